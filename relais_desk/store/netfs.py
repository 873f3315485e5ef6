"""Refuse SQLite databases on network file systems.

SQLite's own guidance (https://www.sqlite.org/useovernet.html): its locking is unreliable over
network file systems and databases get corrupted there. A shared database is PostgreSQL's job.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from relais_desk.store.errors import NetworkShareRefused

NETWORK_FS_TYPES = frozenset(
    {
        "cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "ncpfs", "afs", "coda", "9p",
        "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.gvfsd-fuse", "fuse.s3fs", "davfs", "fuse.davfs2",
        "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "gfs2", "ocfs2",
    }
)


def _unescape_mount(field: str) -> str:
    # /proc/mounts escapes spaces and friends as octal (\040).
    return field.encode().decode("unicode_escape")


def mount_fstype(path: Path, mounts_file: str = "/proc/mounts") -> str | None:
    """File-system type of the mount holding `path` (Linux), or None when unknown."""
    try:
        with open(mounts_file, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best: tuple[int, str] | None = None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fstype = _unescape_mount(parts[1]), parts[2]
        mp = mount_point.rstrip("/") or "/"
        contains = target == mp or target.startswith(mp + "/") or mp == "/"
        if contains and (best is None or len(mp) > best[0]):
            best = (len(mp), fstype)
    return best[1] if best else None


def _windows_is_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    try:
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0]
        if not drive:
            return False
        DRIVE_REMOTE = 4
        return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE  # type: ignore[attr-defined]
    except Exception:
        return False


def check_local_path(path: Path, mounts_file: str = "/proc/mounts") -> None:
    """Raise NetworkShareRefused when `path` (a database file, existing or not) is on a network share."""
    probe = path
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    if sys.platform == "win32":
        remote, fstype = _windows_is_remote(path), "partage réseau Windows"
    else:
        fstype = mount_fstype(probe, mounts_file) or ""
        remote = fstype in NETWORK_FS_TYPES or fstype.startswith("fuse.sshfs") or fstype.startswith("nfs")
    if remote:
        raise NetworkShareRefused.of("database_on_network_share", path=str(path), fstype=fstype)
