"""Files that hold people's data are readable by their owner only: 0600 files in a 0700 folder we create.

The embedded database holds pseudonymous persons, call notes and password hashes; a backup holds the same.
Another account on the same computer must not read them. On Windows, chmod only sets the read-only
flag: the user's profile folder's ACLs protect the files there, and these helpers change nothing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")  # SQLite's own files beside the database

_POSIX = os.name == "posix"


def private_dir(path: Path) -> None:
    """Create `path` (and missing parents) as 0700 folders; an existing folder is left as it is."""
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    path.mkdir(parents=True, exist_ok=True)
    if _POSIX:
        for folder in missing:
            os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is filtered by the umask: set it explicitly


def private_file(path: Path, *, create: bool = False) -> None:
    """Make `path` 0600: created so when `create` and missing (never overwriting), tightened when looser."""
    if create:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
        os.close(fd)
    if not _POSIX or not path.exists():
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        os.chmod(path, mode & ~0o077)
        log.warning("%s was readable by other accounts (mode %o): now readable by its owner only (%o)",
                    path, mode, mode & ~0o077)
    elif create:
        os.chmod(path, PRIVATE_FILE)  # the umask cannot widen 0600, but a strange one may have narrowed it


def private_sqlite_database(path: Path) -> None:
    """Before SQLite opens `path`: its folder and the file 0600 if we create them; existing ones tightened.

    SQLite gives its -wal and -shm files the mode of the database file, so a private database keeps
    private companions; those left looser by an older version are tightened too.
    """
    private_dir(path.parent)
    for file in (path, *(path.with_name(path.name + suffix) for suffix in SQLITE_COMPANIONS)):
        private_file(file)


def create_private_sqlite_file(path: Path) -> None:
    """Just before SQLite creates a new database: an empty 0600 file (an empty file is an empty database).

    Called when a connection is opened, not when a `Database` is built: building one creates nothing.
    Another process may create it at the same moment: then it is theirs, as it is.
    """
    if not path.exists():
        with contextlib.suppress(FileExistsError):
            private_file(path, create=True)
