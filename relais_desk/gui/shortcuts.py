"""Every keyboard shortcut of the application, in one table: the windows bind theirs from it, and the
printable keyboard card (`make guide`, gui/keyboard_card.py) is made from it, so the card cannot drift.

Keys are Qt's portable texts (« Ctrl+Shift+R »), never a platform's standard key: QKeySequence.Refresh
is Ctrl+R on some desktops, which is *Réserver* in Nouvel appel. `bound` says how a key is bound:
"action" (a QAction of the main window), "shortcut" (a QShortcut of a screen) or "key" (read by a
widget's keyPressEvent, e.g. Entrée that saves a call but reserves on the finder's list).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

CONTEXT = "Shortcuts"
MAX_SCREENS = 9  # Ctrl+1 … Ctrl+9: the screens in the order of the list on the left


@dataclass(frozen=True)
class Shortcut:
    name: str  # what the code binds it by
    keys: tuple[str, ...]
    where: str  # French, translated under CONTEXT: the part of the application it works in
    does: str  # French, translated under CONTEXT
    bound: str = "shortcut"

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]


EVERYWHERE = QT_TRANSLATE_NOOP("Shortcuts", "Partout")
NEW_CALL = QT_TRANSLATE_NOOP("Shortcuts", "Nouvel appel")
SLIP_PREVIEW = QT_TRANSLATE_NOOP("Shortcuts", "Aperçu du bon")

TABLE: tuple[Shortcut, ...] = (
    Shortcut("new_call", ("Ctrl+N",), EVERYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Un appel arrive : ouvrir Nouvel appel, quel que soit l'écran"), "action"),
    Shortcut("screen", tuple(f"Ctrl+{n}" for n in range(1, MAX_SCREENS + 1)), EVERYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Aller au 1er, 2e, 3e… écran de la liste de gauche"), "action"),
    Shortcut("refresh", ("F5",), EVERYWHERE, QT_TRANSLATE_NOOP("Shortcuts", "Actualiser l'écran"), "action"),
    Shortcut("lock", ("Ctrl+L",), EVERYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Verrouiller le poste (votre mot de passe pour revenir)"), "action"),
    Shortcut("quit", ("Ctrl+Q",), EVERYWHERE, QT_TRANSLATE_NOOP("Shortcuts", "Quitter"), "action"),
    Shortcut("help_keys", ("F1",), EVERYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Afficher ces raccourcis (menu Préférences)"), "action"),
    Shortcut("person_step", ("Down", "Up"), NEW_CALL,
             QT_TRANSLATE_NOOP("Shortcuts", "Dans le pseudonyme : choisir une personne déjà connue"), "key"),
    Shortcut("reserve", ("Ctrl+R",), NEW_CALL,
             QT_TRANSLATE_NOOP("Shortcuts", "Réserver le lit choisi dans la liste des abris")),
    Shortcut("reserve_on_list", ("Return",), NEW_CALL,
             QT_TRANSLATE_NOOP("Shortcuts", "Sur un abri de la liste : le réserver"), "key"),
    Shortcut("refusal", ("Ctrl+Shift+R",), NEW_CALL,
             QT_TRANSLATE_NOOP("Shortcuts", "Noter un refus faute de place")),
    Shortcut("orient", ("Ctrl+O",), NEW_CALL,
             QT_TRANSLATE_NOOP("Shortcuts", "Orienter vers un autre service (sans lit)")),
    Shortcut("print_slip", ("Ctrl+P",), NEW_CALL,
             QT_TRANSLATE_NOOP("Shortcuts", "Imprimer le bon d'orientation")),
    Shortcut("save_call", ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"), NEW_CALL,
             QT_TRANSLATE_NOOP("Shortcuts", "Enregistrer l'appel, avec tout ce qui a été fait pendant l'appel")),
    Shortcut("save_call_enter", ("Return",), NEW_CALL,
             QT_TRANSLATE_NOOP("Shortcuts", "Depuis un champ : enregistrer l'appel"), "key"),
    Shortcut("abandon", ("Esc",), NEW_CALL,
             QT_TRANSLATE_NOOP("Shortcuts", "Abandonner l'appel (ses lits retournent au réseau)")),
    Shortcut("preview_print", ("Ctrl+P",), SLIP_PREVIEW,
             QT_TRANSLATE_NOOP("Shortcuts", "Imprimer (le choix de l'imprimante s'ouvre)")),
    Shortcut("preview_print_enter", ("Return",), SLIP_PREVIEW,
             QT_TRANSLATE_NOOP("Shortcuts", "Imprimer (le bouton Imprimer est celui par défaut)"), "key"),
    Shortcut("preview_pdf", ("Ctrl+S",), SLIP_PREVIEW,
             QT_TRANSLATE_NOOP("Shortcuts", "Enregistrer le bon en PDF dans Documents")),
    Shortcut("preview_close", ("Esc",), SLIP_PREVIEW, QT_TRANSLATE_NOOP("Shortcuts", "Fermer l'aperçu"), "key"),
)

# How the card names keys (French keyboards say « Maj », « Entrée », « Échap »); F1 shows them translated.
KEY_NAMES_FR = {"Shift": QT_TRANSLATE_NOOP("Shortcuts", "Maj"), "Return": QT_TRANSLATE_NOOP("Shortcuts", "Entrée"),
                "Enter": QT_TRANSLATE_NOOP("Shortcuts", "Entrée"), "Esc": QT_TRANSLATE_NOOP("Shortcuts", "Échap"),
                "Down": QT_TRANSLATE_NOOP("Shortcuts", "Flèche bas"), "Up": QT_TRANSLATE_NOOP("Shortcuts", "Flèche haut")}


def shortcut(name: str) -> Shortcut:
    """The table's entry of that name (a KeyError is a bug: every binding names a row of the table)."""
    return next(s for s in TABLE if s.name == name)


def sequences(name: str) -> list[QKeySequence]:
    return shortcut(name).sequences()


def key_text(key: str, word: Callable[[str], str] = str) -> str:
    """« Ctrl+Maj+R », « Entrée »: a key as a French keyboard card prints it (`word` translates the names)."""
    return "+".join(word(KEY_NAMES_FR[part]) if part in KEY_NAMES_FR else part for part in key.split("+"))


def keys_text(s: Shortcut, word: Callable[[str], str] = str) -> str:
    if s.name == "screen":
        return f"{key_text(s.keys[0], word)} … {key_text(s.keys[-1], word)}"
    return " / ".join(dict.fromkeys(key_text(k, word) for k in s.keys))


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def table_html() -> str:
    """The table in the user's language, as rich text (the Préférences → Raccourcis clavier box)."""
    from relais_desk.gui.rich_text import escape

    out, where = [], None
    for s in TABLE:
        if s.where != where:
            where = s.where
            out.append(f"<tr><td colspan='2'><h4>{escape(translated(where))}</h4></td></tr>")
        out.append(f"<tr><td><b>{escape(keys_text(s, translated))}</b>&nbsp;&nbsp;</td><td>{escape(translated(s.does))}</td></tr>")
    return "<table cellpadding='2'>" + "".join(out) + "</table>"
