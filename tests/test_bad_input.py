"""Bad input through every service entry and CLI command: a typed error, a clear message, no change."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlmodel import SQLModel

from relais_desk.cli import main
from relais_desk.domain.errors import UserFacingError
from relais_desk.services import (
    beds,
    calls,
    census,
    finder,
    orientations,
    partners,
    persons,
    refusals,
    stats,
    users,
)
from relais_desk.services import (
    settings as network_settings,
)
from relais_desk.services.calls import RefusalDraft
from tests.network import SINCE, SYSTEM

NASTY_TEXT = st.sampled_from(["", "   ", "x" * 10_000, "'; DROP TABLE partner; --", "Robert'); --", "\x00abc",
                              "%", "_", "ünïcødé ☃", "NULL", "1 OR 1=1"])
BAD_NUMBER = st.one_of(st.integers(max_value=-1), st.integers(min_value=10_001, max_value=10**30),
                       st.booleans(), st.floats(allow_nan=True), st.sampled_from(["", "abc", "-3", "1e3", "2.5",
                                                                                 "'; DROP TABLE bed_state; --"]))
UNKNOWN_NAME = st.one_of(NASTY_TEXT, st.text(min_size=1, max_size=30).filter(
    lambda s: s.strip().lower() not in {"abri dourlet", "maison bienvenue", "le rebond", "comptoir de jour",
                                        "hommes", "femmes", "familles", "mixte"}))
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def fingerprint(db) -> tuple:  # noqa: ANN001
    with db.read() as s:
        counts = tuple(s.execute(select(func.count()).select_from(t)).scalar_one()
                       for t in SQLModel.metadata.sorted_tables)
    return counts, tuple(beds.board(db))


def refused(db, call) -> UserFacingError:  # noqa: ANN001
    before = fingerprint(db)
    with pytest.raises(UserFacingError) as err:
        call()
    assert err.value.message.strip(), "a user error must say something"
    assert fingerprint(db) == before, "a refused change must change nothing"
    return err.value


@SETTINGS
@given(number=BAD_NUMBER, field=st.sampled_from(["occupied", "unavailable"]))
def test_bed_counts(network_db, number, field):
    err = refused(network_db, lambda: beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes",
                                                      actor=SYSTEM, **{field: number}))
    assert err.field == field


@SETTINGS
@given(name=UNKNOWN_NAME, which=st.sampled_from(["shelter", "category"]))
def test_unknown_shelters_and_categories(network_db, name, which):
    args = {"shelter": "Abri Dourlet", "category": "hommes", which: name}
    err = refused(network_db, lambda: beds.hold_bed(network_db, actor=SYSTEM, **args))
    assert err.field == which
    refused(network_db, lambda: beds.set_counts(network_db, occupied=1, actor=SYSTEM, **args))
    refused(network_db, lambda: orientations.orient_to_bed(network_db, actor=SYSTEM, **args, source="tests"))


@SETTINGS
@given(text=NASTY_TEXT)
def test_free_text_fields(network_db, text):
    if len(text) <= 300 and "\x00" not in text:
        # An ordinary (if odd) text is accepted: SQL metacharacters are just characters, stored as typed.
        beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", unavailable=1,
                        unavailable_reason=text, actor=SYSTEM)
        row = next(r for r in beds.board(network_db) if (r.shelter, r.category) == ("Abri Dourlet", "hommes"))
        assert row.unavailable_reason == text.strip()
        return
    refused(network_db, lambda: beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes",
                                                unavailable=1, unavailable_reason=text, actor=SYSTEM))


@SETTINGS
@given(hold_id=st.one_of(st.integers(min_value=10_000), st.integers(max_value=0)))
def test_unknown_holds_and_orientations(network_db, hold_id):
    refused(network_db, lambda: beds.release_hold(network_db, hold_id, actor=SYSTEM))
    refused(network_db, lambda: beds.mark_arrived(network_db, hold_id, actor=SYSTEM))
    refused(network_db, lambda: orientations.set_status(network_db, hold_id, "arrivee", actor=SYSTEM, source="tests"))


@SETTINGS
@given(name=NASTY_TEXT, kind=st.sampled_from(["accueil_de_nuit", "bar", "", "'; --"]), quota=BAD_NUMBER)
def test_partners_and_capacities(network_db, name, kind, quota):
    if kind == "accueil_de_nuit" and name.strip() and len(name) <= 200 and "\x00" not in name:
        refused(network_db, lambda: partners.add_partner(network_db, kind=kind, name=name, quota_nights=quota,
                                                         quota_days=30, actor=SYSTEM))
    else:
        refused(network_db, lambda: partners.add_partner(network_db, kind=kind, name=name, actor=SYSTEM))
    refused(network_db, lambda: partners.set_capacity(network_db, shelter="Le Rebond", category="mixte",
                                                      beds=quota, valid_from=SINCE, actor=SYSTEM))
    refused(network_db, lambda: partners.set_capacity(network_db, shelter="Comptoir de jour", category="mixte",
                                                      beds=3, valid_from=SINCE, actor=SYSTEM))
    refused(network_db, lambda: partners.set_capacity(network_db, shelter="Le Rebond", category="mixte", beds=3,
                                                      valid_from=date(2026, 1, 2), valid_to=date(2026, 1, 1),
                                                      actor=SYSTEM))


@SETTINGS
@given(username=NASTY_TEXT, password=st.sampled_from(["", "court", "x" * 2000]),
       role=st.sampled_from(["operateur", "root", "", "abri"]))
def test_users(network_db, username, password, role):
    refused(network_db, lambda: users.add_user(network_db, username=username, role=role, password=password,
                                               actor=SYSTEM))
    refused(network_db, lambda: users.authenticate(network_db, username, password))


@SETTINGS
@given(reason=NASTY_TEXT, category=UNKNOWN_NAME)
def test_refusals(network_db, reason, category):
    refused(network_db, lambda: refusals.record_refusal(network_db, category="hommes", reason=reason,
                                                        partner="Abri Dourlet", actor=SYSTEM))
    refused(network_db, lambda: refusals.record_refusal(network_db, category=category, reason="saturation",
                                                        partner="Abri Dourlet", actor=SYSTEM))


@SETTINGS
@given(text=NASTY_TEXT, number=BAD_NUMBER,
       field=st.sampled_from(["channel", "caller_type", "outcome", "needs", "location", "notes", "birth_year",
                              "alias", "refusal", "received_at"]))
def test_calls_and_persons(network_db, text, number, field):
    kwargs: dict = {"channel": "telephone"}
    if field in ("channel", "caller_type", "outcome"):
        kwargs[field] = text or "inconnu"
    elif field == "needs":
        kwargs["needs"] = [text or "dormir"]
    elif field in ("location", "notes"):
        if len(text) <= 2000 and "\x00" not in text:
            return
        kwargs[field] = text
    elif field == "birth_year":
        if number == "":
            return  # an empty birth year means "unknown", which is allowed
        kwargs["new_person"] = {"alias": "Marc D.", "birth_year": number}
    elif field == "alias":
        if text.strip() and len(text) <= 80 and "\x00" not in text:
            return
        kwargs["new_person"] = {"alias": text}
    elif field == "refusal":
        kwargs["refusals"] = [RefusalDraft(category="hommes", reason=text or "x")]
    elif field == "received_at":
        kwargs["received_at"] = datetime(2999, 1, 1)
    refused(network_db, lambda: calls.create_call(network_db, actor=SYSTEM, **kwargs, source="tests"))
    if field == "birth_year":
        refused(network_db, lambda: persons.create_person(network_db, alias="Marc D.", birth_year=number,
                                                          actor=SYSTEM))


@SETTINGS
@given(value=NASTY_TEXT, key=st.sampled_from(["census_time", "hold_deadline", "stale_after_hours", "nope"]))
def test_settings_census_stats_and_finder(network_db, value, key):
    if key == "census_time" and len(value) < 6:
        pass
    refused(network_db, lambda: network_settings.set_value(network_db, key, value, actor=SYSTEM))
    refused(network_db, lambda: census.write_night(network_db, date(2999, 1, 1), actor=SYSTEM))
    refused(network_db, lambda: census.write_night(network_db, "2026-01-01", actor=SYSTEM))  # type: ignore[arg-type]
    refused(network_db, lambda: stats.occupancy(network_db, stats.Filters(date(2026, 2, 1), date(2026, 1, 1))))
    refused(network_db, lambda: finder.find_beds(network_db, "femme"))  # type: ignore[arg-type]


CLI_BAD = [
    ["board", "--at", "hier soir"],
    ["board", "--at", "2026-13-45T25:00"],
    ["beds", "set", "Abri Inconnu", "hommes", "--occupied", "1"],
    ["beds", "set", "Abri Dourlet", "licornes", "--occupied", "1"],
    ["beds", "set", "Abri Dourlet", "hommes", "--occupied", "-4"],
    ["beds", "set", "Abri Dourlet", "hommes", "--occupied", "99999999999999999999"],
    ["beds", "set", "Abri Dourlet", "hommes", "--occupied", "'; DROP TABLE bed_state; --"],
    ["beds", "set", "Abri Dourlet", "hommes", "--occupied", "6"],
    ["beds", "set", "Abri Dourlet", "hommes"],
    ["beds", "set", "x" * 10_000, "hommes", "--occupied", "1"],
    ["user", "add", "", "--role", "admin", "--password-stdin"],
    ["user", "add", "lea", "--role", "abri", "--password-stdin"],
    ["user", "add", "lea", "--role", "operateur", "--password-stdin"],
    ["census", "run", "--night", "demain"],
    ["census", "show", "--night", "2026-02-30"],
    ["report", "annual", "--year", "0", "--out", "/tmp/relais-never.pdf"],
    ["report", "unmet", "--start", "2026-02-01", "--end", "2026-01-01", "--out", "/tmp/relais-never.csv"],
    ["db", "backup", "/nonexistent-folder/backup.sqlite3"],
]


@pytest.mark.parametrize("argv", CLI_BAD, ids=lambda a: " ".join(a)[:50])
def test_cli_bad_arguments_exit_2_with_a_french_message(network_db, db_url, argv, capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("court\n"))
    before = fingerprint(network_db)
    try:
        status = main([*argv, "--db", db_url])
    except SystemExit as exc:  # argparse usage errors
        status = exc.code
    assert status == 2
    err = capsys.readouterr().err
    assert err.strip()
    if "usage" not in err:
        assert err.startswith("relais-desk : ")
    assert fingerprint(network_db) == before


@pytest.mark.parametrize("username", ["\x00", "admin\x00", "x" * 65])
def test_login_with_impossible_usernames_is_a_plain_failure(network_db, username):
    err = refused(network_db, lambda: users.authenticate(network_db, username, "whatever-password"))
    assert err.message == "Identifiant ou mot de passe incorrect."
