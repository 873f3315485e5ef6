"""The French words of the call draft's decisions (`services.call_draft.Decision`), translated by Qt.

The draft decides with a stable reason code and parameters; this table says it to the operator. `%1`,
`%2`… are the parameters named in `PARAMS`, in that order.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from relais_desk.gui import category_text
from relais_desk.gui.widgets import FieldError
from relais_desk.services.call_draft import Decision

CONTEXT = "DecisionText"
TEXTS = {
    "saving": QT_TRANSLATE_NOOP("DecisionText", "L'appel est en cours d'enregistrement."),
    "offline": QT_TRANSLATE_NOOP("DecisionText", "Pas de connexion à la base : rien n'est enregistré. Ce que vous "
                                                 "avez tapé reste affiché ; réessayez quand la connexion revient."),
    "no_partner": QT_TRANSLATE_NOOP("DecisionText", "Choisissez un service."),
    "no_selection": QT_TRANSLATE_NOOP("DecisionText", "Aucun lit compatible n'est choisi dans la liste."),
    "no_category": QT_TRANSLATE_NOOP("DecisionText", "Choisissez la catégorie de lit demandée."),
    "birth_year": QT_TRANSLATE_NOOP("DecisionText", "Corrigez d'abord l'année de naissance : elle décide des places "
                                                    "proposées (mineur·e ou adulte)."),
    "second_bed": QT_TRANSLATE_NOOP("DecisionText", "Un lit est déjà réservé pendant cet appel (%1). Un deuxième lit : "
                                                    "Ctrl+R encore. Pour changer de lit, annulez d'abord la ligne dans "
                                                    "« Pendant cet appel »."),
    "already_tonight": QT_TRANSLATE_NOOP("DecisionText", "Déjà orienté·e ce soir : %1. Réserver quand même un autre "
                                                         "lit : Ctrl+R encore."),
    "quota": QT_TRANSLATE_NOOP("DecisionText", "%1 : quota de nuits atteint pour cette personne (%2 nuit(s) sur %3 "
                                               "jours). Réserver quand même : Ctrl+R encore. Sinon, refus « quota "
                                               "dépassé » : Ctrl+Maj+R."),
    "beds_listed": QT_TRANSLATE_NOOP("DecisionText", "La liste montre encore %1 lit(s) « %2 » libre(s) : Ctrl+R pour "
                                                     "en réserver un. Refus « plus de place » quand même : Ctrl+Maj+R "
                                                     "encore."),
    "after_hold": QT_TRANSLATE_NOOP("DecisionText", "Réservation en cours… l'appel sera enregistré dès qu'elle est "
                                                    "faite."),
    "alias": QT_TRANSLATE_NOOP("DecisionText", "Pseudonyme : indiquez-le, ou cochez « Anonyme »."),
}
PARAMS = {
    "second_bed": ("partner",),
    "already_tonight": ("where",),
    "quota": ("shelter", "nights", "days"),
    "beds_listed": ("free", "category_label"),
}


def decision_text(decision: Decision, **shown: Any) -> str | None:
    """What to tell the operator about `decision` (None when there is nothing to say); `shown` adds
    what only the screen knows (a bed type's label as listed)."""
    template = TEXTS.get(decision.reason)
    if template is None:
        return None
    params: Mapping[str, Any] = {**decision.params, **shown}
    if "stays" in params and "where" not in shown:  # where the person is tonight, categories in the UI's language
        params = {**params, "where": ", ".join(f"{s.shelter} ({category_text.of(s)})" for s in params["stays"])}
    text = QCoreApplication.translate(CONTEXT, template)
    for number, name in enumerate(PARAMS.get(decision.reason, ()), start=1):
        text = text.replace(f"%{number}", str(params[name]))
    return text


def refused(decision: Decision, error: FieldError, **shown: Any) -> bool:
    """Say why an action is not done (or not yet) next to `error`; True unless the draft says to do it."""
    if decision.do:
        return False
    text = decision_text(decision, **shown)
    if decision.reason == "offline":
        error.show_offline(text or "")  # goes by itself when the connection is back
    elif text is not None:
        error.show_error(text)
    return True
