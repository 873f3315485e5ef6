"""This workstation's connection: embedded SQLite or a shared PostgreSQL server.

Kept in an INI file in the user's config folder, without any password: on a shared server each
person logs in with their own account, whose password is typed at login and kept nowhere.
`RELAIS_DB_URL` overrides the file; `RELAIS_CONFIG_DIR` moves the folder (tests, portable installs).
"""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import psycopg
from sqlalchemy.engine import URL

from relais_desk.store import pg_probe, secrets
from relais_desk.store.errors import BadDatabaseUrl, DatabaseUnreachable, StoreError

APP_NAME = "relais-desk"


class BadPassword(StoreError):
    code = "bad_password"


class UnknownDatabase(StoreError):
    code = "unknown_database"


class BadTlsSetting(StoreError):
    code = "bad_tls_setting"


# libpq's sslmode values, weakest first. `prefer` (libpq's default) encrypts when the server can; only
# verify-ca / verify-full check the server's certificate against the network's CA file (sslrootcert).
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_SSLMODE = "prefer"
VERIFYING_SSLMODES = ("verify-ca", "verify-full")


def config_dir() -> Path:
    return Path(os.environ.get("RELAIS_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME, appauthor=False))


def config_path() -> Path:
    return config_dir() / "connection.ini"


@dataclass(frozen=True)
class WorkstationConfig:
    backend: str = "sqlite"  # "sqlite" or "postgresql"
    sqlite_path: str = ""
    host: str = "localhost"
    port: int = 5432
    dbname: str = "relais"
    user: str = ""  # none for the app: each person logs in as their own login (kept for older files)
    sslmode: str = DEFAULT_SSLMODE
    sslrootcert: str = ""  # the network's CA certificate file (PEM), for verify-ca / verify-full

    def ssl_query(self) -> dict[str, str]:
        """The TLS part of the connection, as libpq URL parameters; raises BadTlsSetting when unusable."""
        if self.sslmode not in SSLMODES:
            raise BadTlsSetting.of("tls_mode_unknown", field="sslmode", sslmode=self.sslmode[:30],
                                   modes=", ".join(SSLMODES))
        query = {"sslmode": self.sslmode}
        if self.sslrootcert:
            query["sslrootcert"] = self.sslrootcert
        return query

    def check_ssl_files(self) -> None:
        """verify-ca / verify-full need the network's CA file, and it must be readable here."""
        self.ssl_query()
        if self.sslmode in VERIFYING_SSLMODES and not self.sslrootcert.strip():
            raise BadTlsSetting.of("tls_needs_ca_file", field="sslrootcert", sslmode=self.sslmode)
        if self.sslrootcert:
            path = Path(self.sslrootcert).expanduser()
            try:
                with open(path, "rb") as f:
                    f.read(1)
            except OSError as exc:
                raise BadTlsSetting.of("tls_ca_file_unreadable", field="sslrootcert",
                                       path=self.sslrootcert[:200]) from exc

    def url(self, password: str | None = None) -> str:
        if self.backend == "sqlite":
            from relais_desk.store.database import default_sqlite_path

            return f"sqlite:///{self.sqlite_path or default_sqlite_path()}"
        if self.backend != "postgresql":
            raise BadDatabaseUrl.of("database_kind_unknown", kind=self.backend[:30])
        return URL.create("postgresql+psycopg", username=self.user or None, password=password, host=self.host,
                          port=self.port, database=self.dbname,
                          query=self.ssl_query()).render_as_string(hide_password=False)

    @property
    def keyring_account(self) -> str:
        return secrets.account(self.user, self.host, self.port, self.dbname)


def load() -> WorkstationConfig | None:
    """The saved configuration, or None on a first run."""
    path = config_path()
    if not path.exists():
        return None
    parser = configparser.ConfigParser()
    parser.read(path, encoding="utf-8")
    if "database" not in parser:
        return None
    section = parser["database"]
    try:
        port = int(section.get("port", "5432"))
    except ValueError:
        port = 5432
    return WorkstationConfig(
        backend=section.get("backend", "sqlite"),
        sqlite_path=section.get("sqlite_path", ""),
        host=section.get("host", "localhost"),
        port=port,
        dbname=section.get("dbname", "relais"),
        user=section.get("user", ""),
        sslmode=section.get("sslmode", DEFAULT_SSLMODE).strip() or DEFAULT_SSLMODE,
        sslrootcert=section.get("sslrootcert", ""),
    )


def save(cfg: WorkstationConfig) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    parser = configparser.ConfigParser()
    parser["database"] = {
        "backend": cfg.backend, "sqlite_path": cfg.sqlite_path, "host": cfg.host, "port": str(cfg.port),
        "dbname": cfg.dbname, "user": cfg.user, "sslmode": cfg.sslmode, "sslrootcert": cfg.sslrootcert,
    }
    with open(path, "w", encoding="utf-8") as f:
        f.write("# relais-desk: connection of this workstation. No password, here or anywhere on this workstation:\n"
                "# on a shared server each person logs in with their own account.\n")
        parser.write(f)
    return path


def configured_url() -> str | None:
    """RELAIS_DB_URL, else the saved configuration's URL (no user: each person logs in as their own)."""
    if os.environ.get("RELAIS_DB_URL"):
        return os.environ["RELAIS_DB_URL"]
    cfg = load()
    return cfg.url() if cfg else None


def check_server(cfg: WorkstationConfig, password: str | None, *, user: str | None = None) -> None:
    """Try the server once and say plainly what is wrong: TLS, unreachable, bad password, unknown database.

    `user` is the PostgreSQL login to try (an account's own login); by default the configuration's.
    """
    cfg.check_ssl_files()
    user = cfg.user if user is None else user
    conninfo = URL.create("postgresql", username=user or None, password=password or None, host=cfg.host,
                          port=cfg.port, database=cfg.dbname,
                          query=cfg.ssl_query()).render_as_string(hide_password=False)
    try:
        with psycopg.connect(conninfo, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.OperationalError as exc:
        raise why_refused(cfg, user, password, exc) from exc


def _connects(cfg: WorkstationConfig, user: str | None, password: str | None, dbname: str) -> bool:
    conninfo = URL.create("postgresql", username=user or None, password=password or None, host=cfg.host,
                          port=cfg.port, database=dbname, query=cfg.ssl_query()).render_as_string(hide_password=False)
    try:
        with psycopg.connect(conninfo, connect_timeout=5):
            return True
    except psycopg.Error:  # (a login name libpq cannot even parse is simply one that cannot connect)
        return False


def why_refused(cfg: WorkstationConfig, user: str, password: str | None, exc: psycopg.OperationalError) -> StoreError:
    """The plain reason a connection failed, from probes and libpq's facts, never from message text."""
    where = f"{cfg.host}:{cfg.port}"
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else "pas de réponse"
    if not pg_probe.tcp_answers(cfg.host, cfg.port):
        return DatabaseUnreachable.of("server_unreachable_detail", field="host", where=where, detail=detail)
    tls = pg_probe.tls_problem(cfg.host, cfg.port, cfg.sslmode, cfg.sslrootcert)
    if tls:
        return BadTlsSetting.of("server_tls_failed", field="sslmode", where=where, sslmode=cfg.sslmode, detail=tls)
    # The same login on the server's maintenance database: if it gets in there, this database is missing.
    if cfg.dbname != "postgres" and _connects(cfg, user, password, "postgres"):
        return UnknownDatabase.of("server_no_such_database", field="dbname", where=where, dbname=cfg.dbname)
    pgconn = getattr(exc, "pgconn", None)
    if pgconn is not None and pgconn.used_password:
        return BadPassword.of("server_wrong_password", field="password", where=where, user=user)
    return BadPassword.of("server_login_refused", field="user", where=where, user=user, detail=detail)
