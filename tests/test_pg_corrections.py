"""What a shelter's own login may correct on a shared database, with plain psycopg and through the services:
withdraw a refusal at its own door during its night (the server stamps who and when), undo an arrival or
an absence within 15 minutes together with its bed counts — and nothing more."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from relais_desk.domain.nights import utcnow
from relais_desk.services import arrival_undo, orientations, refusals, users
from relais_desk.services.errors import NotFound
from relais_desk.store.errors import AccessRefused
from tests.network import SYSTEM
from tests.test_pg_security import Network, refused, rows

pytestmark = pytest.mark.pg


@pytest.fixture
def net(scram_url: str):  # noqa: ANN201
    network = Network(scram_url)
    yield network
    network.db.dispose()


def _door_refusal(net: Network, shelter: str = "Abri Dourlet") -> int:
    return refusals.record_refusal(net.db, category="hommes" if shelter == "Abri Dourlet" else "mixte",
                                   reason="saturation", partner=shelter, actor=SYSTEM).refusal_id


def test_a_shelter_withdraws_its_own_door_refusals_once_and_the_server_says_who_and_when(net):
    mine, other = _door_refusal(net), _door_refusal(net, "Le Rebond")
    with net.connect("abri") as conn:
        # no other column of a refusal, no other shelter's refusal, no stamp of its own
        refused(conn, "UPDATE refusal SET reason = 'autre' WHERE id = %s", (mine,))
        refused(conn, "UPDATE refusal SET night = night - 1 WHERE id = %s", (mine,))
        assert rows(conn, "UPDATE refusal SET withdrawn_at = now() WHERE id = %s", (other,)) == 0
        refused(conn, "INSERT INTO refusal (at, night, source, reason, partner_id, category_id, note, withdrawn_at) "
                      "SELECT now(), relais_tonight(), 'door', 'saturation', relais_my_shelter(), id, '', now() "
                      "FROM bed_category WHERE code = 'hommes'")
        conn.execute("UPDATE refusal SET withdrawn_at = '2020-01-01', withdrawn_by = NULL WHERE id = %s", (mine,))
        stamped, by, me = conn.execute(
            "SELECT withdrawn_at > now() - interval '1 minute', withdrawn_by, relais_app_user_id() FROM refusal "
            "WHERE id = %s", (mine,)).fetchone()
        conn.rollback()
        assert stamped and by == me  # the server's clock and the login's account, not what was sent
    abri = net.session_db("abri")
    actor = users.whoami(abri).actor()
    assert [r.refusal_id for r in refusals.door_refusals_tonight(abri, actor.partner_id, actor=actor)] == [mine]
    assert refusals.withdraw_refusal(abri, mine, actor=actor).withdrawn
    with net.connect("abri") as conn:
        refused(conn, "UPDATE refusal SET withdrawn_at = NULL, withdrawn_by = NULL WHERE id = %s", (mine,))
        refused(conn, "UPDATE refusal SET withdrawn_at = now() WHERE id = %s", (mine,))
    with pytest.raises(NotFound):  # another shelter's refusal: the server does not even show it
        refusals.withdraw_refusal(abri, other, actor=actor)
    abri.dispose()


def test_no_refusal_of_a_closed_night_or_of_a_call_is_withdrawn_by_a_shelter(net):
    mine = _door_refusal(net)
    with net.db.write() as session:  # yesterday's refusal, and one the hotline recorded naming this shelter
        session.execute(text("UPDATE refusal SET night = night - 1 WHERE id = :r"), {"r": mine})
        session.execute(text("INSERT INTO refusal (at, night, source, reason, partner_id, category_id, note) "
                             "SELECT now(), relais_tonight(), 'call', 'saturation', partner_id, category_id, '' "
                             "FROM refusal WHERE id = :r"), {"r": mine})
    with net.connect("abri") as conn:
        refused(conn, "UPDATE refusal SET withdrawn_at = now() WHERE id = %s", (mine,))
        refused(conn, "UPDATE refusal SET withdrawn_at = now() WHERE source = 'call'")
    with net.connect("operateur") as conn:
        refused(conn, "UPDATE refusal SET withdrawn_at = now() WHERE source = 'call'")


def _arrived(net: Network, abri_db) -> orientations.OrientationInfo:  # noqa: ANN001
    o = orientations.orient_to_bed(net.db, shelter="Abri Dourlet", category="femmes", actor=SYSTEM, source="tests")
    return orientations.set_status(abri_db, o.orientation_id, "arrivee", actor=users.whoami(abri_db).actor(),
                                   source="tests")


def test_a_shelter_undoes_an_arrival_with_its_bed_counts_within_15_minutes_and_nothing_else(net):
    abri = net.session_db("abri")
    actor = users.whoami(abri).actor()
    o = _arrived(net, abri)
    with net.connect("abri") as conn:
        # a hold does not reopen without its bed counts, nor an orientation without its hold
        refused(conn, "UPDATE hold SET status = 'active' WHERE id = %s", (o.hold_id,))
        refused(conn, "UPDATE orientation SET status = 'confirmee' WHERE id = %s", (o.orientation_id,))
        refused(conn, "UPDATE hold SET status = 'released' WHERE id = %s", (o.hold_id,))  # no other way out
        conn.execute("UPDATE hold SET closed_at = now() + interval '1 day' WHERE id = %s", (o.hold_id,))
        (closed,) = conn.execute("SELECT closed_at < now() + interval '1 minute' FROM hold WHERE id = %s",
                                 (o.hold_id,)).fetchone()
        conn.rollback()
        assert closed  # when it closed is the server's word: nobody stretches the 15 minutes
    with net.connect("operateur") as conn:  # the hotline undoes no shelter's arrival
        assert conn.execute("UPDATE bed_state SET held = held + 1 WHERE night = relais_tonight() "
                            "AND (partner_id, category_id) = (SELECT partner_id, category_id FROM hold WHERE id = %s)",
                            (o.hold_id,)).rowcount == 1
        refused(conn, "UPDATE hold SET status = 'active' WHERE id = %s", (o.hold_id,))
    recent = arrival_undo.recent_closings(abri, actor.partner_id, actor=actor, source="tests")
    assert [c.orientation_id for c in recent] == [o.orientation_id]
    assert arrival_undo.undo_closing(abri, o.orientation_id, actor=actor, source="tests").status == "confirmee"
    abri.dispose()


def test_after_15_minutes_on_the_servers_clock_the_undo_is_refused(net):
    abri = net.session_db("abri")
    actor = users.whoami(abri).actor()
    o = _arrived(net, abri)
    with net.db.write() as session:  # the arrival was 16 minutes ago, whatever the workstation's clock says
        session.execute(text("UPDATE hold SET closed_at = now() - interval '16 minutes' WHERE id = :h"),
                        {"h": o.hold_id})
    with pytest.raises(AccessRefused):  # the client's own check is fooled by its clock; the server's is not
        arrival_undo.undo_closing(abri, o.orientation_id, actor=actor, source="tests",
                                  now=utcnow() - timedelta(minutes=15))
    abri.dispose()
