"""Files that hold people's data are readable by their owner only: 0600 files in a 0700 folder we create.

The embedded database holds pseudonymous persons, call notes and password hashes; a backup holds the same,
and reports and exports hold the network's figures. Another account on the same computer must not read
them. On Windows, chmod only sets the read-only flag: the user's profile folder's ACLs protect the files
there, and these helpers change nothing.

Every file the app writes for a user (backup, report, export, slip) goes through `private_output`: it is
written 0600 into a new file beside the target and only then put in place, so a failure leaves nothing
behind, a symlink at the target is never followed, and an existing file is replaced only when asked.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from relais_desk.store.errors import StoreError

log = logging.getLogger(__name__)

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")  # SQLite's own files beside the database

_POSIX = os.name == "posix"
# Never through a symlink, never over an existing file, never inheriting a handle (O_NOFOLLOW is POSIX).
_CREATE_NEW = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
               | getattr(os, "O_CLOEXEC", 0))


class OutputRefused(StoreError):
    """A file the user asked for cannot be written where they said (exists, symlink, folder, disk)."""

    code = "output_refused"


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
        fd = os.open(path, _CREATE_NEW, PRIVATE_FILE)
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


def check_output(target: Path, *, overwrite: bool = False, field: str | None = None) -> Path:
    """`target` as an absolute path if a file may be written there, else `OutputRefused` (nothing written).

    A symlink is refused even with `overwrite`: whoever placed it chose where our data would land.
    """
    target = Path(target).expanduser().absolute()
    if not target.parent.is_dir():
        raise OutputRefused.of("output_folder_missing", field=field, path=str(target), folder=str(target.parent))
    if target.is_symlink():
        raise OutputRefused.of("output_is_symlink", field=field, path=str(target))
    if target.exists():
        if not target.is_file():
            raise OutputRefused.of("output_not_a_file", field=field, path=str(target))
        if not overwrite:
            raise OutputRefused.of("output_exists", field=field, path=str(target))
    return target


@contextlib.contextmanager
def private_output_path(target: Path, *, overwrite: bool = False, field: str | None = None) -> Iterator[Path]:
    """A new, empty 0600 file beside `target` for a writer that needs a path (SQLite's backup, Qt's writers).

    When the block ends without error the file becomes `target`: atomically replacing an existing regular
    file if `overwrite`, else only if nothing is there yet. On error it is removed and `target` is untouched.
    """
    target = check_output(target, overwrite=overwrite, field=field)
    try:
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")  # 0600, O_EXCL
    except OSError as exc:
        raise _refused(target, exc, field) from exc
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        _publish(temporary, target, overwrite=overwrite, field=field)
    except OSError as exc:
        raise _refused(target, exc, field) from exc
    finally:
        for leftover in (temporary, *(temporary.with_name(temporary.name + s) for s in SQLITE_COMPANIONS)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


@contextlib.contextmanager
def private_output(target: Path, *, overwrite: bool = False, field: str | None = None) -> Iterator[BinaryIO]:
    """A binary file to write `target` into: 0600, in place only once complete (see `private_output_path`)."""
    with private_output_path(target, overwrite=overwrite, field=field) as temporary:
        fd = os.open(temporary, (os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
                                 | getattr(os, "O_BINARY", 0)))
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())  # complete on disk before it takes the target's name


def _publish(temporary: Path, target: Path, *, overwrite: bool, field: str | None) -> None:
    """Give the finished file its name; rename never follows a symlink at the target, it replaces the link."""
    if overwrite:
        check_output(target, overwrite=True, field=field)  # a symlink placed meanwhile is refused, not replaced
        os.replace(temporary, target)
        return
    try:
        os.link(temporary, target)  # atomic "only if absent": fails on anything there, a dangling link included
    except FileExistsError as exc:
        raise OutputRefused.of("output_exists", field=field, path=str(target)) from exc
    except OSError:
        # a filesystem without hard links (FAT, some shares): claim the name, then move the file onto our claim
        try:
            os.close(os.open(target, _CREATE_NEW, PRIVATE_FILE))
        except FileExistsError as exc:
            raise OutputRefused.of("output_exists", field=field, path=str(target)) from exc
        os.replace(temporary, target)


def _refused(target: Path, exc: OSError, field: str | None) -> OutputRefused:
    reason = exc.strerror or exc.__class__.__name__
    return OutputRefused.of("output_write_failed", field=field, path=str(target), detail=reason)


def write_private(target: Path, data: bytes, *, overwrite: bool = False, field: str | None = None) -> Path:
    """Write `data` as the new file `target`, 0600 (see `private_output`); the absolute path written."""
    with private_output(target, overwrite=overwrite, field=field) as out:
        out.write(data)
    return Path(target).expanduser().absolute()
