"""Languages (#15): every screen in English shows no French source string, and French shows no English one.

The walk opens a demo network and reads every text a user can see on every screen reachable without a side
effect (board, Appels and a new call with its finder, Mon abri, Recensement, Statistiques and its tabs,
Partenaires, Administration and its tabs, the menus). What the users typed is data, not interface: shelter
names, cities, pseudonyms, notes, the network's name are taken out before looking. A bed category has a label in
each language: in English its French label counts as French interface text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from sqlalchemy import select

from relais_desk import demo
from relais_desk.domain.models import (
    AppUser,
    BedCategory,
    BedState,
    Call,
    Capacity,
    Orientation,
    Partner,
    Person,
    Refusal,
)
from relais_desk.gui.app import install_translations
from relais_desk.gui.main_window import MainWindow
from relais_desk.services import users
from relais_desk.store import migrate
from relais_desk.store.database import Database
from tests.gui import ui_texts
from tests.gui.conftest import make_context

ACCOUNTS = {"admin": "demo-admin-comptes", "operateur": "demo-oper-ligne-24", "abri1": "demo-abri-lits-libres"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):  # noqa: ANN001, ANN201
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('lang') / 'demo.sqlite3'}")
    migrate.upgrade(db)
    demo.generate(db, seed=1, years=1, shelters=6)
    yield db
    db.dispose()


def typed_data(db: Database) -> set[str]:
    """Everything the demo's users typed or named: shown as typed, in no language of ours."""
    columns = [Partner.name, Partner.city, Partner.address, Partner.phone, Partner.email, Partner.what_to_bring,
               BedCategory.code, BedCategory.label_fr, BedCategory.label_en, Capacity.note, BedState.unavailable_reason,
               Person.alias, AppUser.username, AppUser.display_name, Call.location, Call.notes, Orientation.note,
               Refusal.note]
    with db.read() as session:
        out = {str(v) for c in columns for v in session.execute(select(c).distinct()).scalars() if v}
        from relais_desk.services import settings

        network = settings.get_all(session)
    out.add(str(network["network_name"]))
    out.update(line.strip() for text in list(out) for line in text.splitlines() if line.strip())
    return out


def french_category_labels(db: Database) -> set[str]:
    """The bed categories' French labels that differ from their English one: French interface text in English."""
    with db.read() as session:
        return {fr for fr, en in session.execute(select(BedCategory.label_fr, BedCategory.label_en)) if fr != en}


def walk(db: Database, qtbot) -> list[str]:  # noqa: ANN001
    """The texts of every screen of the three demo roles, and of a call being taken."""
    texts: list[str] = []
    for username in ("admin", "abri1", "operateur"):
        user = users.authenticate(db, username, ACCOUNTS[username])
        window = MainWindow(make_context(db, user))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        for row, key in enumerate(window.screen_keys()):
            window.nav.setCurrentRow(row)
            screen = window.screens[key]
            if key == "stats":
                for i in range(screen.tabs.count()):
                    screen.tabs.setCurrentIndex(i)
                    QCoreApplication.processEvents()
            if key == "partners":
                screen.table.selectRow(0)
            if key == "admin":
                for i in range(screen.tabs.count()):
                    screen.tabs.setCurrentIndex(i)
            if key == "calls":
                screen.journal.table.selectRow(0)
            QCoreApplication.processEvents()
        texts += ui_texts.visible_texts(window)
        if "calls" in window.screens:
            window.new_call()
            intake = window.screens["calls"].intake
            intake.alias.setText("Nadia B.")
            intake.birth_year.setText("1987")
            intake.gender.setCurrentIndex(intake.gender.findData("femme"))
            intake.refresh_finder()
            QCoreApplication.processEvents()
            texts += ui_texts.visible_texts(window)
            intake.abandon(confirm=False)
        window.close()
    return texts


def test_english_walk_shows_no_french_source_string(demo_db, qtbot, qapp) -> None:  # noqa: ANN001
    install_translations(qapp, "en")
    try:
        texts = walk(demo_db, qtbot)
    finally:
        install_translations(qapp, "fr")
    english = ui_texts.catalogue("en")
    # a source written alike in both languages ("Police", "Total") is no leak
    same = {t for forms in english.values() for t in forms} | set(english)
    french_only = {s: forms for s, forms in english.items() if s not in {f for fs in english.values() for f in fs}}
    pieces = ui_texts.words_of(french_only, other={p for fs in english.values() for f in fs
                                                   for p in ui_texts.fragments(f)})
    assert len(texts) > 500 and pieces
    assert not same.isdisjoint(texts)  # the walk did read the interface
    # a category is named by its label_en in English: its French label is a leak, not the users' data
    categories = french_category_labels(demo_db)
    assert categories
    found = ui_texts.leaks(texts, [*pieces, *sorted(categories)], typed_data(demo_db) - categories)
    assert not found, "\n".join(f"{piece!r} in {text!r}" for piece, text in sorted(found.items()))


def test_french_walk_shows_no_english_translation(demo_db, qtbot) -> None:  # noqa: ANN001
    texts = walk(demo_db, qtbot)
    english = ui_texts.catalogue("en")
    translations = {f: [f] for forms in english.values() for f in forms if f not in english}
    pieces = ui_texts.words_of(translations, other={p for s in english for p in ui_texts.fragments(s)})
    found = ui_texts.leaks(texts, pieces, typed_data(demo_db))
    assert not found, "\n".join(f"{piece!r} in {text!r}" for piece, text in sorted(found.items()))


def test_qt_own_dialogs_speak_french(qapp) -> None:  # noqa: ANN001
    """QFileDialog, QMessageBox… are Qt's: their strings come from the qtbase catalogue loaded with ours."""
    install_translations(qapp, "fr")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Voir dans\u00a0:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Fichiers de type\u00a0:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert QCoreApplication.translate("QPrintDialog", "Print") == "Imprimer"
    assert QLocale().decimalPoint() == ","
    install_translations(qapp, "en")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
        assert QLocale().decimalPoint() == "."
    finally:
        install_translations(qapp, "fr")


def test_service_errors_are_shown_in_the_users_language(qapp) -> None:  # noqa: ANN001
    """A service error carries a key and parameters: French in its message (the CLI), English on an English GUI."""
    from datetime import date

    from relais_desk.gui.tasks import describe
    from relais_desk.services.errors import Conflict, InvalidValue, OverCapacity, ProfileNotAccepted

    period = InvalidValue.of("period_end_before_start", field="end")
    counts = OverCapacity.of("over_capacity", field="occupied", shelter="L'Escale", category_label="Femmes",
                             category_label_en="Women", occupied=1200, unavailable=2, held=1, total=1203,
                             capacity=1000)
    status = Conflict.of("orientation_status_final", field="status", status="arrivee", new_status="annulee")
    profile = ProfileNotAccepted.of("profile_not_accepted", field="shelter", shelter="L'Escale", category_label="Femmes",
                                    category_label_en="Women", why=["no_dogs", "no_household"], household=3)
    night = InvalidValue.of("night_not_closed", field="night", night=date(2026, 1, 5), closes=date(2026, 1, 6))
    required = InvalidValue.of("required", field="alias", label="Pseudonyme")
    assert period.key == "period_end_before_start" and period.as_dict()["key"] == "period_end_before_start"
    assert period.message == "La fin de la période précède son début."
    assert counts.message == ("L'Escale – Femmes : 1200 occupés + 2 hors service + 1 réservés = 1203, plus que les "
                              "1000 lits de la capacité.")
    assert status.message == "Cette orientation est déjà arrivée : elle ne peut pas devenir annulée."
    assert profile.message == ("L'Escale – Femmes : chiens non acceptés, ne prend pas de ménage de 3 personnes. "
                               "Rien n'a été réservé.")
    assert required.message == "Pseudonyme : ce champ est obligatoire."
    install_translations(qapp, "en")
    try:
        assert describe(period) == "The end of the period is before its start."
        assert describe(counts) == ("L'Escale – Women: 1,200 occupied + 2 out of service + 1 held = 1,203, more than "
                                    "the 1,000 beds of the capacity.")
        assert describe(status) == "This referral is already arrived: it cannot become cancelled."
        assert describe(profile) == ("L'Escale – Women: no dogs, takes no household of 3 people. Nothing was held.")
        assert describe(night) == "The night of 05/01/2026 is not closed yet: it will be on 06/01/2026 at noon."
        assert describe(required) == "Alias: this field is required."
    finally:
        install_translations(qapp, "fr")
    # in French too the GUI writes numbers as the locale does (a narrow no-break space groups digits)
    assert describe(counts).startswith("L'Escale – Femmes : 1\u202f200 occupés + 2 hors service")


def test_store_errors_and_connection_states_are_shown_in_the_users_language(qapp) -> None:  # noqa: ANN001
    """Errors of the database and of the connection, the change feed's states and the errors of Mon abri's undo
    have keys: French for the CLI, English on an English GUI (start-up dialog, banner, status bar)."""
    from datetime import UTC, datetime

    from relais_desk.domain.messages import said
    from relais_desk.gui import error_text
    from relais_desk.gui.tasks import ErrorHub, describe
    from relais_desk.services import passwords
    from relais_desk.services.errors import InvalidValue, NoBedAvailable, UndoTooLate
    from relais_desk.store.errors import DatabaseLost, DatabaseUnreachable, LoginRefused

    lost = DatabaseLost.of("database_file_gone", where="/data/relais.sqlite3")
    unreachable = DatabaseUnreachable.of("server_unreachable", where="db.relais.be:5432")
    session = LoginRefused.of("session_refused", where="db.relais.be:5432")
    taken = NoBedAvailable.of("undo_absence_bed_taken", field="orientation", shelter="L'Escale", category="femmes",
                              category_label="Femmes", category_label_en="Women")
    late = UndoTooLate.of("refusal_night_closed", field="refusal", night=datetime(2026, 1, 5, tzinfo=UTC).date())
    with pytest.raises(InvalidValue) as weak:
        passwords.check_new_password("azertyuiopqs")
    state = said("feed_connection_lost", detail="timeout")
    assert lost.message.startswith("Le fichier de la base (/data/relais.sqlite3) a disparu pendant que relais-desk")
    assert unreachable.message == ("Impossible de joindre le serveur db.relais.be:5432 : vérifiez le nom du serveur, "
                                   "le port et le réseau, puis réessayez.")
    assert taken.message == "Le lit « Femmes » libéré par l'absence a été repris entre-temps : l'absence reste."
    assert weak.value.key == "password_too_weak" and weak.value.message.startswith("Mot de passe trop faible : ")
    assert state == "Connexion perdue avec le serveur, reconnexion… (timeout)"
    install_translations(qapp, "en")
    try:
        assert describe(lost).startswith("The database file (/data/relais.sqlite3) disappeared while relais-desk")
        assert describe(unreachable) == ("Cannot reach the server db.relais.be:5432: check the server's name, the "
                                         "port and the network, then try again.")
        assert describe(session).startswith("The server no longer accepts this session")
        assert describe(taken) == "The “Women” bed freed by the no-show has been taken since: the no-show stays."
        assert describe(late) == "The night of 05/01/2026 is closed: its refusals can no longer be withdrawn."
        assert describe(weak.value).startswith("Password too weak: ")
        assert "Mot de passe" not in describe(weak.value) and "devine" not in describe(weak.value)
        assert error_text.sentence(state) == "Connection to the server lost, reconnecting… (timeout)"
        assert error_text.sentence(said("feed_live")) == "Live."
        hub = ErrorHub()  # the connection banner's and the status bar's text
        hub.note(unreachable)
        assert hub.connectivity.message.startswith("Cannot reach the server db.relais.be:5432")
    finally:
        install_translations(qapp, "fr")
    assert describe(taken) == taken.message


def test_a_category_is_named_in_the_interfaces_language(qapp) -> None:  # noqa: ANN001
    """label_en in English, label_fr in French, and the French one when a row has no English label."""
    from relais_desk.gui import category_text

    row = {"category_fr": "Femmes", "category_en": "Women"}
    assert category_text.of(row) == "Femmes"
    install_translations(qapp, "en")
    try:
        assert category_text.of(row) == "Women"
        assert category_text.label("Mixte", None) == "Mixte"
    finally:
        install_translations(qapp, "fr")
