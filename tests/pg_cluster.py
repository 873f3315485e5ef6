"""A PostgreSQL server of the test session's own, with SCRAM password authentication.

The machine's server trusts every local connection, so it cannot tell a right password from a
wrong one. This one is made with `initdb` in a temporary folder, listens on a free port of
127.0.0.1 only, asks every login for its password (`scram-sha-256`), and is stopped and removed at
the end. PostgreSQL refuses to run as root: as root it runs as `nobody` (through `runuser`).
"""

from __future__ import annotations

import os
import shutil
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

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.as_user, *args], check=check, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        self.run(pg_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "-t", "60",
                 "-o", f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off", "start")

    def stop(self, mode: str = "fast") -> None:
        self.run(pg_bin("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False)


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
