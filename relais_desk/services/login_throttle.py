"""A growing delay after failed logins on this workstation, kept across restarts.

Failures are counted per username (lower-cased) in a small JSON file of the workstation's config
folder (mode 0600). The first three failures cost nothing; then each one doubles the wait (2, 4,
8… seconds, at most five minutes) before the next try. A successful login for that username
forgets its failures. This slows down guessing at a workstation; it is no substitute for the
server's own rules, and a file the user can delete protects nothing on its own.
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


def delay_after(failures: int) -> float:
    """Seconds to wait after `failures` failures in a row: 0, 0, 0, 2, 4, 8… capped at 5 minutes."""
    if failures <= FREE_FAILURES:
        return 0.0
    return min(MAX_DELAY, FIRST_DELAY * 2 ** min(failures - FREE_FAILURES - 1, 32))


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
        entry = self._load().get(self._key(username))
        if not entry:
            return 0.0
        now = self.clock() if now is None else now
        return max(0.0, entry["last"] + delay_after(int(entry["count"])) - now)

    def record_failure(self, username: str, now: float | None = None) -> float:
        """One more failed try; the seconds to wait before the next one."""
        now = self.clock() if now is None else now
        entries = self._load()
        key = self._key(username)
        count = int(entries.get(key, {}).get("count", 0)) + 1
        entries[key] = {"count": count, "last": now}
        try:
            self._save(entries)
        except OSError as exc:
            log.warning("login throttle file not written: %s", exc)
        return delay_after(count)

    def record_success(self, username: str) -> None:
        entries = self._load()
        if entries.pop(self._key(username), None) is not None:
            try:
                self._save(entries)
            except OSError as exc:
                log.warning("login throttle file not written: %s", exc)
