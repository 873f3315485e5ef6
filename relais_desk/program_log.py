"""The program's own log: a rotating file under the user's log folder, where every unexpected error
goes with its traceback (a Windows GUI has no console to read stderr from).

No person data is written here: messages name tasks and error types, never form contents.

The terminal gets warnings and errors, and the program's own notices; the libraries' INFO lines (APScheduler
says one every minute) go to the file only — to the terminal too when the file cannot be written.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

APP_NAME = "relais-desk"
MAX_BYTES = 1_000_000
BACKUPS = 5


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / "relais-desk.log"


class TerminalFilter(logging.Filter):
    """What the terminal shows: warnings and errors of anyone, lesser notices of relais-desk only."""

    def __init__(self) -> None:
        super().__init__()
        self.everything = False  # set when the log file is refused: the terminal is then the only record

    def filter(self, record: logging.LogRecord) -> bool:
        return (self.everything or record.levelno >= logging.WARNING or record.name == "relais_desk"
                or record.name.startswith("relais_desk."))


def _terminal(root: logging.Logger) -> logging.StreamHandler | None:
    return next((h for h in root.handlers if type(h) is logging.StreamHandler), None)


def setup(level: int = logging.INFO) -> Path | None:
    """Log to the rotating file (and stderr, filtered by TerminalFilter); returns the file, or None when its
    folder is refused (the program still runs, logging everything to stderr)."""
    root = logging.getLogger()
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    stream = _terminal(root)
    if stream is None:
        stream = logging.StreamHandler()
        stream.setFormatter(fmt)
        root.addHandler(stream)
    terminal = next((f for f in stream.filters if isinstance(f, TerminalFilter)), None)
    if terminal is None:
        terminal = TerminalFilter()
        stream.addFilter(terminal)
    path = log_file()
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
    except OSError:
        terminal.everything = True
        logging.getLogger(__name__).warning("log folder %s refused: logging to stderr only", path.parent)
        return None
    handler.setFormatter(fmt)
    root.addHandler(handler)
    return path
