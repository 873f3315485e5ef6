"""The banner a screen shows while the database cannot be reached (the board has its own, with the data's age).

When the connection comes back it hides by itself and takes away the "pas de connexion" messages next to
the fields of its screen: what was typed stays, and saving again works.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from relais_desk.gui.context import AppContext
from relais_desk.gui.widgets import Banner, clear_offline_messages


class ConnectionBanner(Banner):
    """Shown while `ctx.connectivity` is offline; on the way back, clears its screen's offline messages."""

    def __init__(self, ctx: AppContext, screen: QWidget) -> None:
        super().__init__(screen)
        self.setObjectName("connection_banner")
        self.ctx = ctx
        self.screen = screen
        # a slot of this banner: Qt drops the connection when the screen (and the banner) is deleted
        ctx.connectivity.changed.connect(self.follow)
        self.follow(ctx.connectivity.online, ctx.connectivity.message)

    @Slot(bool, str)
    def follow(self, online: bool, _message: str = "") -> None:
        if online:
            self.clear_message()
            clear_offline_messages(self.screen)
            return
        self.show_message(self.tr("Connexion à la base perdue — rien n'est enregistré tant qu'elle ne revient pas ; "
                                  "ce que vous tapez reste affiché. Reconnexion automatique en cours."), "error")
        self.setToolTip(self.ctx.connectivity.message)
