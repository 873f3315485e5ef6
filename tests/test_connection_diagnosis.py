"""Why a connection to the network's server failed, told from what the server does (a password asked
and refused, a database missing, nothing listening), never from the wording of its messages: a server
with French `lc_messages` must give the same answers (issue #14, fault 8)."""

from __future__ import annotations

import pytest

from relais_desk.store import config
from relais_desk.store.config import BadPassword, BadTlsSetting, UnknownDatabase, WorkstationConfig
from relais_desk.store.errors import DatabaseUnreachable
from tests import pg_cluster


def _cfg(cluster, dbname: str = "postgres", sslmode: str = "disable") -> WorkstationConfig:  # noqa: ANN001
    return WorkstationConfig(backend="postgresql", host="127.0.0.1", port=cluster.port, dbname=dbname,
                             sslmode=sslmode)


def test_a_wrong_password_is_a_wrong_password(scram_cluster) -> None:  # noqa: ANN001
    with pytest.raises(BadPassword, match="avec ce mot de passe") as err:
        config.check_server(_cfg(scram_cluster), "pas-le-bon-mot-de-passe", user="postgres")
    assert err.value.field == "password"


def test_an_unknown_login_is_refused_like_a_wrong_password(scram_cluster) -> None:  # noqa: ANN001
    # SCRAM answers an unknown login as it answers a wrong password: the server tells nobody which it was
    with pytest.raises(BadPassword):
        config.check_server(_cfg(scram_cluster), "peu-importe", user="personne_de_connu")


def test_a_missing_database_is_named(scram_cluster) -> None:  # noqa: ANN001
    with pytest.raises(UnknownDatabase, match="« pas_de_base_ici » n'existe pas") as err:
        config.check_server(_cfg(scram_cluster, "pas_de_base_ici"), pg_cluster.SUPERUSER_PASSWORD, user="postgres")
    assert err.value.field == "dbname"


def test_nothing_listening_is_unreachable() -> None:
    port = pg_cluster.free_port()
    with pytest.raises(DatabaseUnreachable, match="Impossible de joindre") as err:
        config.check_server(WorkstationConfig(backend="postgresql", host="127.0.0.1", port=port, sslmode="disable"),
                            "x", user="postgres")
    assert err.value.field == "host"


def test_a_server_without_tls_is_told_apart_from_a_wrong_password(scram_cluster) -> None:  # noqa: ANN001
    with pytest.raises(BadTlsSetting, match="n'accepte pas les connexions chiffrées"):
        config.check_server(_cfg(scram_cluster, sslmode="require"), "pas-le-bon", user="postgres")
