"""A growing delay after failed logins on this workstation, kept across restarts.

Failures are counted per username (lower-cased) in a small JSON file of the workstation's config
folder (mode 0600). The first three failures cost nothing; then each one doubles the wait (2, 4,
8… seconds, at most five minutes) before the next try. A successful login for that username
forgets its failures. Failures under any username also add up for the whole workstation (the key
"*"), which meets the same delay after ten of them: trying many usernames does not escape it. A
success forgets that username's failures and the workstation's count (someone who knows a password
is at the desk); the other usernames keep theirs. This slows down guessing at a workstation; it is no
substitute for the server's own rules (auth_delay), and a file the user can delete protects nothing
on its own.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from relais_desk.store.config import config_dir

log = logging.getLogger(__name__)

FREE_FAILURES = 3
FIRST_DELAY = 2.0
MAX_DELAY = 300.0
FILE_NAME = "login-throttle.json"
WORKSTATION = "*"  # every username's failures together (not a valid username)
WORKSTATION_FREE_FAILURES = 10


def delay_after(failures: int, free: int = FREE_FAILURES) -> float:
    """Seconds to wait after `failures` failures in a row: 0, 0, 0, 2, 4, 8… capped at 5 minutes."""
    if failures <= free:
        return 0.0
    return min(MAX_DELAY, FIRST_DELAY * 2 ** min(failures - free - 1, 32))


class LoginThrottle:
    """`wait_seconds(username, now)` before a try; `record_failure` / `record_success` after it."""

    def __init__(self, path: Path | None = None, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path if path is not None else config_dir() / FILE_NAME
        self.clock = clock

    @staticmethod
    def _key(username: str) -> str:
        return username.strip().lower()[:64]

    def _load(self) -> dict[str, dict[str, float]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:  # a damaged file starts afresh, it must never block a login
            log.warning("login throttle file unreadable (%s): starting afresh", exc)
            return {}
        entries = data.get("failures", {}) if isinstance(data, dict) else {}
        clean: dict[str, dict[str, float]] = {}
        for name, entry in entries.items() if isinstance(entries, dict) else ():
            try:
                clean[str(name)] = {"count": int(entry["count"]), "last": float(entry["last"])}
            except (KeyError, TypeError, ValueError):
                continue
        return clean

    def _save(self, entries: dict[str, dict[str, float]]) -> None:
        folder = self.path.parent
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".login-throttle-", dir=folder)  # created 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"failures": entries}, out)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def failures(self, username: str) -> int:
        entry = self._load().get(self._key(username))
        return int(entry["count"]) if entry else 0

    def wait_seconds(self, username: str, now: float | None = None) -> float:
        """Seconds before `username` may try again on this workstation (0: at once)."""
        entries = self._load()
        now = self.clock() if now is None else now
        waits = [0.0]
        for key, free in ((self._key(username), FREE_FAILURES), (WORKSTATION, WORKSTATION_FREE_FAILURES)):
            entry = entries.get(key)
            if entry:
                waits.append(entry["last"] + delay_after(int(entry["count"]), free) - now)
        return max(waits)

    def record_failure(self, username: str, now: float | None = None) -> float:
        """One more failed try; the seconds to wait before the next one."""
        now = self.clock() if now is None else now
        entries = self._load()
        key = self._key(username)
        count = int(entries.get(key, {}).get("count", 0)) + 1
        entries[key] = {"count": count, "last": now}
        together = int(entries.get(WORKSTATION, {}).get("count", 0)) + 1
        entries[WORKSTATION] = {"count": together, "last": now}
        try:
            self._save(entries)
        except OSError as exc:
            log.warning("login throttle file not written: %s", exc)
        return max(delay_after(count), delay_after(together, WORKSTATION_FREE_FAILURES))

    def record_success(self, username: str) -> None:
        entries = self._load()
        mine, together = entries.pop(self._key(username), None), entries.pop(WORKSTATION, None)
        if mine is not None or together is not None:
            try:
                self._save(entries)
            except OSError as exc:
                log.warning("login throttle file not written: %s", exc)
