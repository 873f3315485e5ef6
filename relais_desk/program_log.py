"""The program's own log: a rotating file under the user's log folder, where every unexpected error
goes with its traceback (a Windows GUI has no console to read stderr from).

No person data is written here: messages name tasks and error types, never form contents.
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


def setup(level: int = logging.INFO) -> Path | None:
    """Log to the rotating file (and stderr); returns the file, or None when its folder is refused
    (the program still runs, logging to stderr only)."""
    root = logging.getLogger()
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    if not any(isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)
               for h in root.handlers):
        stream = logging.StreamHandler()
        stream.setFormatter(fmt)
        root.addHandler(stream)
    path = log_file()
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
    except OSError:
        logging.getLogger(__name__).warning("log folder %s refused: logging to stderr only", path.parent)
        return None
    handler.setFormatter(fmt)
    root.addHandler(handler)
    return path
