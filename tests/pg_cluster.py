"""A PostgreSQL server of the test session's own, with SCRAM password authentication.

The machine's server trusts every local connection, so it cannot tell a right password from a
wrong one. This one is made with `initdb` in a temporary folder, listens on a free port of
127.0.0.1 only, asks every login for its password (`scram-sha-256`), and is stopped and removed at
the end. PostgreSQL refuses to run as root: as root it runs as `nobody` (through `runuser`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER_PASSWORD = "cluster-de-test-superutilisateur"


def pg_bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for base in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (base / name).exists():
            return str(base / name)
    raise FileNotFoundError(f"{name} (PostgreSQL server binaries) not found")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    root: Path
    port: int
    as_user: list[str]

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, user: str = "postgres", password: str | None = SUPERUSER_PASSWORD,
            database: str = "postgres") -> str:
        from sqlalchemy.engine import URL

        return URL.create("postgresql+psycopg", username=user, password=password, host="127.0.0.1",
                          port=self.port, database=database).render_as_string(hide_password=False)

    def create_database(self, prefix: str = "relais") -> str:
        """A new empty database on this server, with a name of its own: its URL, as the superuser."""
        import psycopg

        name = f"{prefix}_{os.urandom(4).hex()}"
        with psycopg.connect(self.url().replace("+psycopg", ""), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.url(database=name)

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.as_user, *args], check=check, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        self.run(pg_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "-t", "60",
                 "-o", f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off", "start")

    def stop(self, mode: str = "fast") -> None:
        self.run(pg_bin("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def postmaster_pid(self) -> int | None:
        """The running postmaster's pid, from the first line of `data/postmaster.pid` (None: not running)."""
        try:
            return int((self.data / "postmaster.pid").read_text().split("\n", 1)[0])
        except (OSError, ValueError):
            return None

    def kill9(self, timeout_s: float = 30) -> None:
        """SIGKILL the postmaster and every one of its children at once (a crash, not a shutdown), and wait
        until none is left: the server's sockets are closed by the kernel, nothing is said to the clients."""
        pid = self.postmaster_pid()
        if pid is None:
            raise RuntimeError(f"no postmaster.pid in {self.data}: the server is not running")
        victims = [pid, *children(pid)]
        for victim in victims:
            with contextlib.suppress(ProcessLookupError):
                os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + timeout_s
        while any(alive(v) for v in victims):
            if time.monotonic() > deadline:
                raise RuntimeError(f"PostgreSQL processes still alive after SIGKILL: {victims}")
            time.sleep(0.02)
        # The dead postmaster may stay a zombie when nothing reaps orphans here: its pid still "exists",
        # and the next start would take its lock files for a running server's.
        for lock in (self.data / "postmaster.pid", self.root / f".s.PGSQL.{self.port}.lock",
                     self.root / f".s.PGSQL.{self.port}"):
            lock.unlink(missing_ok=True)

    def restart(self) -> None:
        """`pg_ctl start` again on the same port (after kill9: crash recovery runs first); returns when the
        server accepts connections."""
        self.start()


def children(pid: int) -> list[int]:
    """The pids whose parent is `pid` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            # the command name, in parentheses, may hold spaces: the fields after the last ")" are plain
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    """Whether `pid` still runs (a zombie does not: it holds no socket and no shared memory)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def start_cluster() -> Cluster:
    root = Path(tempfile.mkdtemp(prefix="relais-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        as_user = ["runuser", "-u", "nobody", "--"]
        shutil.chown(root, "nobody")
    root.chmod(0o700)
    pwfile = root / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD + "\n")
    if as_user:
        shutil.chown(pwfile, "nobody")
    cluster = Cluster(root, free_port(), as_user)
    cluster.run(pg_bin("initdb"), "-D", str(cluster.data), "-U", "postgres", "--auth=scram-sha-256",
                f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8")
    with (cluster.data / "postgresql.conf").open("a") as conf:
        conf.write("password_encryption = 'scram-sha-256'\n")
    for attempt in range(3):
        try:
            cluster.start()
            break
        except subprocess.CalledProcessError:
            if attempt == 2:
                raise
            cluster.port = free_port()
            time.sleep(0.5)
    return cluster


def remove_cluster(cluster: Cluster) -> None:
    cluster.stop("immediate")
    shutil.rmtree(cluster.root, ignore_errors=True)
