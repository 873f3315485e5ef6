"""What is under way for the call on screen: holds and referrals being taken, a deferred save.

Each call has a number. A hold that comes back after its call was saved or abandoned belongs to no
call on screen: the intake gives it back to the network, and quitting waits until it is given back.
"""

from __future__ import annotations

from collections.abc import Callable


class UnderWay:
    def __init__(self) -> None:
        self.call = 0  # the number of the call on screen
        self.in_flight = 0  # holds and referrals being taken for it
        self.late = 0  # those of earlier calls, still to come back and be given back
        self.save_after = False  # Entrée pressed while a hold was being taken: save once it is held
        self.reserve_after_refresh = False  # Ctrl+R pressed while the list was being refreshed
        self._settled: list[Callable[[], None]] = []

    def start(self) -> int:
        """An action begins for the call on screen; its number, to tell later whether it is still that call."""
        self.in_flight += 1
        return self.call

    def is_current(self, call: int) -> bool:
        return call == self.call

    def ended(self, call: int, *, ok: bool) -> bool:
        """An action of the call on screen came back; True when the deferred save should run now."""
        if call != self.call:
            return False
        self.in_flight -= 1
        if not ok:
            self.save_after = False  # the operator must see what went wrong before the call is saved
            return False
        if self.save_after and not self.in_flight:
            self.save_after = False
            return True
        return False

    def late_done(self) -> None:
        """An action of an earlier call came back (and was given back, or had failed)."""
        self.late -= 1
        if not self.late:
            waiting, self._settled = self._settled, []
            for then in waiting:
                then()

    def next_call(self) -> None:
        """The call on screen was saved or abandoned: what is still under way for it becomes late."""
        self.call += 1
        self.late += self.in_flight
        self.in_flight = 0
        self.save_after = self.reserve_after_refresh = False

    def when_settled(self, then: Callable[[], None]) -> None:
        """Run `then` once nothing of an earlier call is still to come back."""
        if self.late:
            self._settled.append(then)
        else:
            then()
