"""The access log: every person-level read leaves exactly its rows, on both backends; the log is read back
by person, by account and by period; the CLI shows and exports a person's file, logged too."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from relais_desk.cli import main
from relais_desk.domain.enums import Role
from relais_desk.domain.models import AccessLog, Person
from relais_desk.services import audit, calls, orientations, partners, persons, refusals, slips
from relais_desk.services.actor import Actor
from relais_desk.services.errors import NotAllowed, NotFound
from relais_desk.store import ledger
from relais_desk.store.database import Database
from tests.network import SYSTEM


@dataclass
class Night:
    dourlet: Actor
    operator: Actor
    ours: persons.PersonInfo  # oriented to Abri Dourlet
    theirs: persons.PersonInfo  # oriented to Maison Bienvenue only
    our_call: calls.CallInfo
    here: int  # the orientation to Abri Dourlet
    there: int  # the orientation to Maison Bienvenue
    refusal: int  # a refusal of our call at Abri Dourlet, naming Marc


def subject(db: Database, person_id: int) -> str:
    with db.read() as session:
        return session.execute(select(Person.subject).where(Person.id == person_id)).scalar_one()


def log(db: Database) -> list[tuple]:
    """The access rows written since the last call, oldest first, without their time and account."""
    with db.read() as session:
        rows = session.execute(select(AccessLog).order_by(AccessLog.id)).scalars().all()
    seen = getattr(db, "_seen_log", 0)
    db._seen_log = len(rows)  # type: ignore[attr-defined]
    return [(r.subject, r.what, r.source, r.call_id, r.orientation_id) for r in rows[seen:]]


@pytest.fixture
def night(network_db: Database) -> Night:
    db = network_db
    ours = persons.create_person(db, actor=SYSTEM, alias="Marc D.", gender="homme")
    theirs = persons.create_person(db, actor=SYSTEM, alias="Marie L.", gender="femme")
    here = orientations.orient_to_bed(db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM,
                                      person_id=ours.person_id, note="arrive avec son chien", source="tests")
    there = orientations.orient_to_partner(db, partner="Maison Bienvenue", actor=SYSTEM, person_id=ours.person_id,
                                           note="suivi psychologique", source="tests")
    our_call = calls.create_call(db, actor=SYSTEM, channel="telephone", person_id=ours.person_id,
                                 notes="Parle de sa sœur", orientation_ids=[here.orientation_id, there.orientation_id],
                                 source="tests")
    refusal = refusals.record_refusal(db, category="hommes", reason="saturation", actor=SYSTEM,
                                      partner="Abri Dourlet", call_id=our_call.call_id, person_id=ours.person_id,
                                      note="revenir demain")
    other = orientations.orient_to_bed(db, shelter="Maison Bienvenue", category="femmes", actor=SYSTEM,
                                       person_id=theirs.person_id, source="tests")
    calls.create_call(db, actor=SYSTEM, channel="telephone", person_id=theirs.person_id, notes="Violences",
                      orientation_ids=[other.orientation_id], source="tests")
    dourlet_id = next(p.partner_id for p in partners.list_partners(db, actor=SYSTEM) if p.name == "Abri Dourlet")
    log(db)  # what the setup read is not what the tests look at
    return Night(Actor(user_id=None, role=Role.ABRI, partner_id=dourlet_id, name="Abri Dourlet"),
                 Actor(user_id=None, role=Role.OPERATEUR, name="Opératrice"), ours, theirs, our_call,
                 here.orientation_id, there.orientation_id, refusal.refusal_id)


def test_a_search_writes_one_row_per_person_found(network_db, night):
    db = network_db
    found = persons.search_persons(db, "mar", actor=night.operator, source="Appels")
    assert len(found) == 2
    assert sorted(log(db)) == sorted([(subject(db, p.person_id), "search", "Appels", None, None) for p in found])
    # shelter staff find only the person linked to them: only that one is logged
    assert [p.alias for p in persons.search_persons(db, "mar", actor=night.dourlet, source="Mon abri")] == ["Marc D."]
    assert log(db) == [(subject(db, night.ours.person_id), "search", "Mon abri", None, None)]
    assert persons.search_persons(db, "personne", actor=night.operator, source="Appels") == []
    assert log(db) == []


def test_a_record_is_one_row_and_a_refused_record_none(network_db, night):
    db = network_db
    persons.get_person(db, night.theirs.person_id, actor=night.operator, source="cli persons show")
    assert log(db) == [(subject(db, night.theirs.person_id), "person", "cli persons show", None, None)]
    with pytest.raises(NotFound):
        persons.get_person(db, night.theirs.person_id, actor=night.dourlet, source="Mon abri")
    assert log(db) == []
    assert persons.get_person(db, night.ours.person_id, actor=night.dourlet, source="Mon abri").last_contact_at is None


def test_the_journal_is_one_row_per_call_naming_its_person(network_db, night):
    db = network_db
    shown = calls.journal(db, actor=night.operator, source="Journal")
    assert len(shown) == 2
    assert sorted(log(db), key=str) == sorted(
        [(subject(db, c.person_id), "journal", "Journal", c.call_id, None) for c in shown], key=str)
    anonymous = calls.create_call(db, actor=SYSTEM, channel="passage", source="tests")
    log(db)
    assert [c.call_id for c in calls.journal(db, actor=night.operator, source="Journal", alias="marie")] == [
        c.call_id for c in shown if c.alias == "Marie L."]
    assert log(db) == [(subject(db, night.theirs.person_id), "journal", "Journal",
                        next(c.call_id for c in shown if c.alias == "Marie L."), None)]
    calls.get_call(db, anonymous.call_id, actor=night.operator, source="Journal")
    assert log(db) == [(None, "call", "Journal", anonymous.call_id, None)]  # a read that concerns nobody


def test_a_call_with_its_notes_logs_the_call_its_orientations_and_its_refusals(network_db, night):
    db = network_db
    detail = calls.get_call(db, night.our_call.call_id, actor=night.operator, source="Journal")
    assert detail["call"].notes == "Parle de sa sœur"
    marc, cid = subject(db, night.ours.person_id), night.our_call.call_id
    assert sorted(log(db), key=str) == sorted([
        (marc, "call", "Journal", cid, None), (marc, "refusal", "Journal", cid, None),
        (marc, "orientation", "Journal", cid, night.here), (marc, "orientation", "Journal", cid, night.there),
    ], key=str)
    # the shelter's view: the call without notes, and only its own orientation's note
    detail = calls.get_call(db, cid, actor=night.dourlet, source="Mon abri")
    assert detail["call"].notes == "" and {o.partner: o.note for o in detail["orientations"]} == {
        "Abri Dourlet": "arrive avec son chien", "Maison Bienvenue": ""}
    assert sorted(log(db), key=str) == sorted([
        (marc, "call", "Mon abri", cid, None), (marc, "refusal", "Mon abri", cid, None),
        (marc, "orientation", "Mon abri", cid, night.here)], key=str)


def test_the_slip_and_the_shelters_lists_are_logged(network_db, night):
    db = network_db
    marc = subject(db, night.ours.person_id)
    assert slips.slip(db, night.here, actor=night.operator, source="Appels").alias == "Marc D."
    assert log(db) == [(marc, "slip", "Appels", night.our_call.call_id, night.here)]
    expected = orientations.expected_arrivals(db, night.dourlet.partner_id, actor=night.dourlet, source="Mon abri")
    assert [o.alias for o in expected] == ["Marc D."]
    assert log(db) == [(marc, "orientation", "Mon abri", night.our_call.call_id, night.here)]
    from relais_desk.domain.nights import night_of, utcnow

    notes = refusals.refusals_of_night(db, night_of(utcnow()), actor=night.dourlet, source="Mon abri",
                                       partner_id=night.dourlet.partner_id)
    assert [r.note for r in notes] == ["revenir demain"]
    assert log(db) == [(marc, "refusal", "Mon abri", night.our_call.call_id, None)]


def test_updating_a_person_reads_their_record_and_says_so(network_db, night):
    db = network_db
    persons.update_person(db, night.ours.person_id, actor=night.operator, source="Appels", with_dog=True)
    assert log(db) == [(subject(db, night.ours.person_id), "person", "Appels", None, None)]


def test_the_log_of_a_person_includes_merged_records_and_is_itself_logged(network_db, night):
    db = network_db
    marc, marie = subject(db, night.ours.person_id), subject(db, night.theirs.person_id)
    persons.get_person(db, night.ours.person_id, actor=night.operator, source="Appels")
    persons.get_person(db, night.theirs.person_id, actor=night.operator, source="Appels")
    with db.write() as session:  # as services.retention records a merge of Marie's record into Marc's
        ledger.append(session, action="person_merged", entity="person", entity_id=None, user_id=None,
                      after={"subject": marc, "merged_subject": marie})
    log(db)
    rows = audit.person_log(db, night.ours.person_id, actor=SYSTEM, source="Accès")
    assert log(db) == [(marc, "audit", "Accès", None, None)]
    assert {r.subject for r in rows} == {marc, marie}
    assert rows[0].what == "audit"  # newest first: this very read
    with pytest.raises(NotAllowed):
        audit.person_log(db, night.ours.person_id, actor=night.operator, source="Accès")
    with pytest.raises(NotFound, match="introuvable"):
        audit.person_log(db, 999_999, actor=SYSTEM, source="Accès")
    period = audit.period_log(db, actor=SYSTEM, start=date(2020, 1, 1), end=date(2100, 1, 1))
    assert set(rows) <= set(period)


def test_the_export_holds_everything_about_the_person_and_who_read_it(network_db, night):
    db = network_db
    persons.get_person(db, night.ours.person_id, actor=night.operator, source="Appels")
    data = audit.person_file(db, night.ours.person_id, actor=SYSTEM, source="Accès")
    assert data["person"]["alias"] == "Marc D." and data["person"]["id"] == night.ours.person_id
    assert [c["notes"] for c in data["calls"]] == ["Parle de sa sœur"]
    assert sorted(o["note"] for o in data["orientations"]) == ["arrive avec son chien", "suivi psychologique"]
    assert [r["note"] for r in data["refusals"]] == ["revenir demain"] and len(data["holds"]) == 1
    assert {(a["what"], a["source"]) for a in data["accesses"]} >= {("person", "Appels"), ("export", "Accès")}
    assert all(a["subject"] == subject(db, night.ours.person_id) for a in data["accesses"])
    assert "Marie" not in json.dumps(data, ensure_ascii=False)


def test_no_service_changes_or_deletes_an_access_row():
    """On SQLite nothing but the services touch the file: none of them updates or deletes the log."""
    import relais_desk

    root = os.path.dirname(relais_desk.__file__)
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".py") and "migrations" not in folder:
                source = Path(folder, name).read_text(encoding="utf-8")
                for bad in ("update(AccessLog", "delete(AccessLog", "DELETE FROM access_log", "UPDATE access_log"):
                    assert bad not in source, (name, bad)


# --------------------------------------------------------------------------------------------- CLI


def test_persons_show_prints_the_record_and_is_logged(network_db, db_url, night, capsys):
    capsys.readouterr()
    assert main(["persons", "show", str(night.ours.person_id), "--db", db_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["alias"] == "Marc D."
    assert log(network_db) == [(subject(network_db, night.ours.person_id), "person", "cli persons show", None, None)]
    assert main(["persons", "show", str(night.ours.person_id), "--db", db_url]) == 0
    assert "Marc D." in capsys.readouterr().out
    assert main(["persons", "show", "999999", "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert "Personne n° 999999 introuvable" in err and "Traceback" not in err


def test_audit_by_person_and_by_account(network_db, db_url, night, capsys):
    from relais_desk.services import users

    users.add_user(network_db, username="nadia", role="operateur", password="lanterne-rouge-abri-7", actor=SYSTEM)
    capsys.readouterr()
    persons.get_person(network_db, night.ours.person_id, actor=night.operator, source="Appels")
    assert main(["audit", "--person", str(night.ours.person_id), "--db", db_url, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["accesses"]
    assert [(r["what"], r["source"]) for r in rows][:2] == [("audit", "cli audit"), ("person", "Appels")]
    assert main(["audit", "--person", str(night.ours.person_id), "--since", "2000-01-01", "--db", db_url]) == 0
    assert "cli audit" in capsys.readouterr().out
    assert main(["audit", "--user", "nadia", "--db", db_url]) == 0
    assert "Aucune lecture" in capsys.readouterr().out
    assert main(["audit", "--person", "999999", "--db", db_url]) == 2
    assert "introuvable" in capsys.readouterr().err
    assert main(["audit", "--user", "personne", "--db", db_url]) == 2
    assert main(["audit", "--person", "1", "--since", "hier", "--db", db_url]) == 2
    assert "AAAA-MM-JJ" in capsys.readouterr().err


def test_persons_export_writes_a_private_file_and_never_overwrites_unasked(network_db, db_url, night, tmp_path,
                                                                            capsys):
    out = tmp_path / "marc.json"
    assert main(["persons", "export", str(night.ours.person_id), "--out", str(out), "--db", db_url]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"]["alias"] == "Marc D." and data["calls"][0]["notes"] == "Parle de sa sœur"
    assert ("export", "cli persons export") in {(a["what"], a["source"]) for a in data["accesses"]}
    capsys.readouterr()
    assert main(["persons", "export", str(night.ours.person_id), "--out", str(out), "--db", db_url]) == 2
    assert "existe déjà" in capsys.readouterr().err
    link = tmp_path / "lien.json"
    link.symlink_to(tmp_path / "ailleurs.json")
    assert main(["persons", "export", str(night.ours.person_id), "--out", str(link), "--db", db_url, "--force"]) == 2
    assert not (tmp_path / "ailleurs.json").exists()
    os.chmod(out, 0o644)
    assert main(["persons", "export", str(night.ours.person_id), "--out", str(out), "--db", db_url, "--force"]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert main(["persons", "export", "999999", "--out", str(tmp_path / "x.json"), "--db", db_url]) == 2
    assert "introuvable" in capsys.readouterr().err and not (tmp_path / "x.json").exists()


def test_the_log_rows_name_the_subject_never_the_person_id(network_db, night):
    persons.get_person(network_db, night.ours.person_id, actor=night.operator, source="Appels")
    with network_db.read() as session:
        columns = list(session.execute(text("SELECT * FROM access_log")).keys())
    assert "person_id" not in columns and "subject" in columns
