"""The PostgreSQL connection's TLS settings: saved, put in the URL, checked before and when trying the server."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from relais_desk.store import config
from relais_desk.store.config import BadTlsSetting, WorkstationConfig
from relais_desk.store.database import Database, parse_url


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("RELAIS_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("RELAIS_DB_URL", raising=False)
    return tmp_path / "config"


def test_sslmode_and_ca_file_survive_a_save_and_go_into_the_url(config_dir, tmp_path):
    ca = tmp_path / "reseau-ca.crt"
    cfg = WorkstationConfig(backend="postgresql", host="db.relais.example", dbname="relais", user="nadia",
                            sslmode="verify-full", sslrootcert=str(ca))
    config.save(cfg)
    assert config.load() == cfg
    url = make_url(config.configured_url())
    assert (url.host, url.query["sslmode"], url.query["sslrootcert"]) == ("db.relais.example", "verify-full", str(ca))


def test_an_old_connection_file_means_prefer(config_dir):
    config_dir.mkdir()
    config.config_path().write_text("[database]\nbackend = postgresql\nhost = db\n", encoding="utf-8")
    loaded = config.load()
    assert (loaded.sslmode, loaded.sslrootcert) == ("prefer", "")
    assert make_url(loaded.url()).query == {"sslmode": "prefer"}


def test_a_command_line_url_keeps_its_tls_parameters(tmp_path):
    ca = tmp_path / "ca.pem"
    url = parse_url(f"postgresql://nadia@db.relais.example/relais?sslmode=verify-full&sslrootcert={ca}")
    assert url.drivername == "postgresql+psycopg"
    assert dict(url.query) == {"sslmode": "verify-full", "sslrootcert": str(ca)}
    db = Database(f"postgresql://nadia@db.relais.example/relais?sslmode=verify-full&sslrootcert={ca}")
    assert db.engine.url.query["sslmode"] == "verify-full"  # what psycopg will be given
    db.dispose()


def test_verify_full_needs_a_readable_ca_file(tmp_path):
    cfg = WorkstationConfig(backend="postgresql", sslmode="verify-full")
    with pytest.raises(BadTlsSetting, match="certificat de l'autorité"):
        config.check_server(cfg, None)
    with pytest.raises(BadTlsSetting, match="introuvable ou illisible"):
        config.check_server(WorkstationConfig(backend="postgresql", sslmode="verify-ca",
                                              sslrootcert=str(tmp_path / "absent.crt")), None)
    with pytest.raises(BadTlsSetting, match="inconnu"):
        WorkstationConfig(backend="postgresql", sslmode="verify_full").url()


def _local(pg_url: str, **tls: str) -> WorkstationConfig:
    url = make_url(pg_url)
    return WorkstationConfig(backend="postgresql", host=url.host, port=url.port or 5432, dbname=url.database,
                             user=url.username, **tls)


def test_check_server_and_database_with_sslmode_disable(pg_url):
    cfg = _local(pg_url, sslmode="disable")
    config.check_server(cfg, None)  # no error: the server answered
    db = Database(cfg.url())
    with db.read() as session:
        assert session.execute(text("SELECT 1")).scalar() == 1
    db.dispose()


def test_require_against_a_server_without_tls_says_so(pg_url):
    db = Database(pg_url)
    with db.read() as session:
        has_tls = session.execute(text("SHOW ssl")).scalar() == "on"
    db.dispose()
    if has_tls:
        pytest.skip("this PostgreSQL server offers TLS")
    with pytest.raises(BadTlsSetting, match="chiffrée échoue en mode require"):
        config.check_server(_local(pg_url, sslmode="require"), None)
