"""The person in *Nouvel appel*: a known pseudonymous person, a new one, or *anonyme*, and their profile.

↑/↓ in the alias field choose among the known persons whose alias matches (searched off the UI
thread as the operator types); choosing one fills the profile from what the network knows. The
profile (gender, age, children, dog, wheelchair, low threshold) is what the bed finder matches.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from relais_desk.domain.enums import Gender
from relais_desk.domain.errors import UserFacingError
from relais_desk.gui import rich_text
from relais_desk.gui.calls import labels
from relais_desk.gui.context import AppContext
from relais_desk.gui.stats import formats
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import FieldError, add_field
from relais_desk.services import persons
from relais_desk.services.finder import Profile
from relais_desk.services.persons import PersonInfo


class AliasEdit(QLineEdit):
    """The alias field: ↑/↓ step through the known persons listed under it (no event filter needed)."""

    step = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stepping = False  # true while there are known persons to step through

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.stepping and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step.emit(1 if event.key() == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)


class PersonPanel(QGroupBox):
    profile_changed = Signal(str)  # the field that changed ("" when it has no error label)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Personne"), parent)
        self.ctx = ctx
        self.person: PersonInfo | None = None
        self.found: list[PersonInfo] = []
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._search)
        grid = QGridLayout(self)
        self.alias = AliasEdit(self)
        self.alias.setObjectName("alias")
        self.alias.setPlaceholderText(self.tr("Pseudonyme (jamais le nom complet)"))
        self.alias.textEdited.connect(self._alias_edited)
        self.alias.textChanged.connect(lambda _t: self._update_status())
        self.alias.step.connect(lambda step: self.choose(max(-1, min(len(self.found) - 1,
                                                                     self.matches.currentRow() + step))))
        self.birth_year = QLineEdit(self)
        self.birth_year.setObjectName("birth_year")
        self.birth_year.setPlaceholderText(self.tr("ex. 1980"))
        self.birth_year.setMaximumWidth(90)
        self.birth_year.textEdited.connect(lambda _t: self.profile_changed.emit("birth_year"))
        self.birth_year.textEdited.connect(lambda _t: self._search_timer.start())
        self.birth_year.textEdited.connect(lambda _t: self._check_year(finished=False))
        self.birth_year.editingFinished.connect(lambda: self._check_year(finished=True))
        self.anonymous = QCheckBox(self.tr("&Anonyme"), self)
        self.anonymous.setObjectName("anonymous")
        # Tab passes it by (no alias already means anonymous; the standard call keeps its keystrokes); Alt+A
        # ticks it, and Tab goes on from there in the visual order
        self.anonymous.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.gender = QComboBox(self)
        self.gender.setObjectName("gender")
        labels.fill(self.gender, labels.GENDERS)
        self.gender.currentIndexChanged.connect(lambda _i: self.profile_changed.emit("gender"))
        self.minor = QCheckBox(self.tr("Mineur·e"), self)
        self.minor.setObjectName("minor")
        self.children = QSpinBox(self)
        self.children.setObjectName("children")
        self.children.setRange(0, 99)  # the service says what is plausible, next to the field
        self.children.valueChanged.connect(lambda _v: self.profile_changed.emit("children"))
        self.household = QSpinBox(self)
        self.household.setObjectName("household_size")
        self.household.setRange(1, 99)  # the person included; the service says what is plausible
        self.household.setToolTip(self.tr("Personnes à héberger ensemble, la personne comprise : les places "
                                          "famille proposées sont assez grandes pour toutes."))
        self.household.valueChanged.connect(lambda _v: self.profile_changed.emit("household_size"))
        self.with_dog = QCheckBox(self.tr("Avec un chien"), self)
        self.with_dog.setObjectName("with_dog")
        self.wheelchair = QCheckBox(self.tr("En fauteuil roulant"), self)
        self.wheelchair.setObjectName("wheelchair")
        self.intoxicated = QCheckBox(self.tr("Sous l'effet d'alcool ou de produits (bas seuil)"), self)
        self.intoxicated.setObjectName("intoxicated")
        for check in (self.minor, self.with_dog, self.wheelchair, self.intoxicated):
            check.toggled.connect(lambda _c: self.profile_changed.emit(""))
        self.status = rich_text.plain(QLabel(self))  # quotes the alias as typed
        self.status.setObjectName("person_status")
        self.status.setWordWrap(True)
        self.matches = QListWidget(self)
        self.matches.setObjectName("person_matches")
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # ↑/↓ from the alias field choose
        self.matches.setMaximumHeight(78)
        self.matches.itemClicked.connect(lambda item: self.choose(self.matches.row(item)))
        alias_label = QLabel(self.tr("&Pseudonyme"), self)
        alias_label.setBuddy(self.alias)
        grid.addWidget(alias_label, 0, 0)
        grid.addWidget(self.alias, 0, 1)
        grid.addWidget(QLabel(self.tr("Né·e en"), self), 0, 2)
        grid.addWidget(self.birth_year, 0, 3)
        grid.addWidget(self.anonymous, 0, 4)
        self.errors: dict[str, FieldError] = {"alias": FieldError(self), "birth_year": FieldError(self)}
        for key, error in self.errors.items():
            error.setObjectName(f"{key}_error")
        grid.addWidget(self.errors["alias"], 1, 1)
        grid.addWidget(self.errors["birth_year"], 1, 2, 1, 3)
        grid.addWidget(self.status, 2, 1, 1, 4)
        grid.addWidget(self.matches, 3, 1, 1, 4)
        self.errors["gender"] = add_field(grid, 4, 0, self.tr("Genre"), self.gender, "gender")
        grid.addWidget(self.minor, 4, 2, 1, 2)
        # Enfants and « personnes dans le ménage » on one line, each label whole beside its field
        children_label, household_label = QLabel(self.tr("Enfants"), self), QLabel(self.tr("Personnes dans le ménage"), self)
        children_label.setBuddy(self.children)
        household_label.setBuddy(self.household)
        household_row = QHBoxLayout()
        for w in (self.children, household_label, self.household):
            household_row.addWidget(w)
        household_row.addStretch(1)
        grid.addWidget(children_label, 6, 0)
        grid.addLayout(household_row, 6, 1, 1, 4)
        for key, col, span in (("children", 1, 1), ("household_size", 2, 3)):
            self.errors[key] = FieldError(self)
            self.errors[key].setObjectName(f"{key}_error")
            grid.addWidget(self.errors[key], 7, col, 1, span)
        checks = QHBoxLayout()
        for check in (self.with_dog, self.wheelchair):
            checks.addWidget(check)
        checks.addStretch(1)
        grid.addLayout(checks, 8, 1, 1, 4)
        grid.addWidget(self.intoxicated, 9, 1, 1, 4)
        grid.setColumnStretch(1, 1)
        self.errors["person"] = self.errors["alias"]

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order they are seen: row by row, left to right (« Anonyme », beside the birth year,
        is reached by Alt+A, not by Tab)."""
        return [self.alias, self.birth_year, self.anonymous, self.gender, self.minor, self.children, self.household,
                self.with_dog, self.wheelchair, self.intoxicated]

    def reset(self) -> None:
        self._search_timer.stop()
        self.person, self.found = None, []
        self.alias.stepping = False
        self.alias.clear()
        self.birth_year.clear()
        self.gender.setCurrentIndex(0)
        self.children.setValue(0)
        self.household.setValue(1)
        for check in (self.anonymous, self.minor, self.with_dog, self.wheelchair, self.intoxicated):
            check.setChecked(False)
        self.matches.clear()
        self.matches.hide()
        self._update_status()

    # -- choosing the person
    def _alias_edited(self, _text: str) -> None:
        if self.person is not None:
            self.person = None  # typing again means another (new) person
            self.matches.setCurrentRow(-1)
        self.errors["alias"].clear_error()
        self._search_timer.start()
        self._update_status()
        self.profile_changed.emit("")

    def _search(self) -> None:
        text, year = self.alias.text().strip(), self.birth_year.text().strip()
        if not text or self.anonymous.isChecked():
            self._show_found([], text)
            return
        db, actor = self.ctx.db, self.ctx.actor
        year_v = year if year.isdigit() and len(year) == 4 else None
        self.ctx.tasks.run(lambda: persons.search_persons(db, text, actor=actor, source="Appels", birth_year=year_v,
                                                           limit=6),
                           on_done=lambda found: self._show_found(found, text),
                           on_error=lambda _e: self._show_found([], text))

    def _show_found(self, found: list[PersonInfo], text: str) -> None:
        if self.person is not None or text != self.alias.text().strip():
            return  # a person was chosen meanwhile, or the alias changed: a newer search is coming
        self.found = found
        self.alias.stepping = bool(found)
        self.matches.clear()
        for p in found:
            year = self.tr("né·e en %1").replace("%1", str(p.birth_year)) if p.birth_year else self.tr("année inconnue")
            seen = (" — " + self.tr("vu·e le %1").replace("%1", formats.moment(p.last_contact_at, "dd/MM/yyyy"))
                    if p.last_contact_at else "")  # tells apart two persons with the same alias and year
            self.matches.addItem(QListWidgetItem(f"{p.alias} — {year}{seen}"))
        self.matches.setVisible(bool(found))
        self._update_status()

    def choose(self, row: int) -> None:
        self.matches.setCurrentRow(row)
        if row < 0 or row >= len(self.found):
            self.person = None
        else:
            p = self.found[row]
            self.person = p
            self.birth_year.setText(str(p.birth_year) if p.birth_year else "")
            self.gender.setCurrentIndex(max(0, self.gender.findData(p.gender)))
            self.children.setValue(p.children)
            self.with_dog.setChecked(p.with_dog)
            self.wheelchair.setChecked(p.wheelchair)
        self._update_status()
        self.errors["birth_year"].clear_error()
        self.profile_changed.emit("")

    def _anonymous_toggled(self, on: bool) -> None:
        self.alias.setEnabled(not on)
        self.birth_year.setEnabled(not on)
        if on:
            self.person = None
            self.found = []
            self.alias.stepping = False
            self.matches.clear()
            self.matches.hide()
        self._update_status()
        self.profile_changed.emit("")

    def _update_status(self) -> None:
        alias = self.alias.text().strip()
        if self.anonymous.isChecked() or not alias:
            text = self.tr("Anonyme : l'appel est enregistré sans personne.")
        elif self.person is not None:
            text = self.tr("Personne connue : « %1 ».").replace("%1", self.person.alias)
        else:
            text = self.tr("Nouvelle personne « %1 », créée à l'enregistrement.").replace("%1", alias)
            if self.found:
                text += " " + self.tr("Déjà connue ? ↓ pour la choisir dans la liste.")
        self.status.setText(text)

    # -- what the rest of the form needs
    @property
    def person_id(self) -> int | None:
        return self.person.person_id if self.person is not None else None

    def has_content(self) -> bool:
        return bool(self.alias.text().strip())

    def profile(self) -> Profile:
        year = self.birth_year.text().strip()
        return Profile(
            gender=self.gender.currentData() or Gender.INCONNU.value,
            birth_year=int(year) if year.isdigit() and len(year) == 4 else None,
            minor=True if self.minor.isChecked() else None,
            children=self.children.value(), with_dog=self.with_dog.isChecked(),
            wheelchair=self.wheelchair.isChecked(), intoxicated=self.intoxicated.isChecked(),
            person_id=self.person_id, household=self.household.value(),
        )

    def for_call(self) -> dict[str, Any]:
        """`person_id` or `new_person` for `calls.create_call` (both None: anonymous)."""
        if self.anonymous.isChecked() or not self.alias.text().strip():
            return {"person_id": None, "new_person": None}
        profile = {"birth_year": self.birth_year.text().strip(), "gender": self.gender.currentData(),
                   "children": self.children.value(), "with_dog": self.with_dog.isChecked(),
                   "wheelchair": self.wheelchair.isChecked()}
        if self.person is not None:
            p = self.person
            known = {"birth_year": str(p.birth_year or ""), "gender": p.gender, "children": p.children,
                     "with_dog": p.with_dog, "wheelchair": p.wheelchair}
            # what the operator learnt on this call (a dog now, a birth year at last) is kept for the next one
            changes = {k: v for k, v in profile.items() if known[k] != v}
            return {"person_id": p.person_id, "new_person": None, "person_changes": changes or None}
        return {"person_id": None, "new_person": {"alias": self.alias.text(), **profile}}

    def year_problem(self) -> str | None:
        """Why the birth year typed cannot be used (it decides minor or adult), or None."""
        text = self.birth_year.text().strip()
        if not text or not self.birth_year.isEnabled():
            return None
        try:
            persons.validate({"birth_year": text})
        except UserFacingError as exc:
            return describe(exc)
        return None

    def _check_year(self, *, finished: bool) -> None:
        """Said as soon as it is certain (a letter, four digits), not at every digit of a year being typed."""
        text = self.birth_year.text().strip()
        problem = self.year_problem()
        if problem and (finished or len(text) >= 4 or not text.isdigit()):
            self.errors["birth_year"].show_error(problem)
        elif not problem:
            self.errors["birth_year"].clear_error()

    def alias_for_slip(self) -> str | None:
        """The alias the slip may show before the call (and the person) is saved; None when anonymous."""
        return None if self.anonymous.isChecked() else self.alias.text().strip()[:80] or None

    def needs_alias(self) -> bool:
        """A birth year without an alias is probably a forgotten alias, not an anonymous call."""
        return not self.anonymous.isChecked() and not self.alias.text().strip() and bool(self.birth_year.text().strip())
