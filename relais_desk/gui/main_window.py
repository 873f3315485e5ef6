"""The main window: a thin shell that composes the screens a role may use.

It ends its session by `session_ended(message)` (change user, or the server ended the session): the
app goes back to the login dialog, which shows the message. After the network's idle time without
input, the screens hide behind a lock panel and come back exactly as they were once unlocked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from relais_desk.domain.enums import Role
from relais_desk.domain.nights import utcnow
from relais_desk.gui import rich_text, shortcuts, window_fit
from relais_desk.gui.admin.screen import AdminScreen, role_label
from relais_desk.gui.board.model import age_text
from relais_desk.gui.board.screen import BoardScreen
from relais_desk.gui.calls.screen import CallsScreen
from relais_desk.gui.census.screen import CensusScreen
from relais_desk.gui.context import AppContext
from relais_desk.gui.dialogs.password import ChangePasswordDialog
from relais_desk.gui.idle_lock import IdleWatcher, LockPanel
from relais_desk.gui.my_shelter.screen import MyShelterScreen
from relais_desk.gui.partners.screen import PartnersScreen
from relais_desk.gui.stats import formats
from relais_desk.gui.stats.screen import StatsScreen
from relais_desk.gui.widgets import ask_once
from relais_desk.services.login_throttle import LoginThrottle

LIVE_COLORS = {"live": "#1b7f3b", "reconnecting": "#b26a00", "offline": "#b3261e", "ended": "#b3261e"}


class MainWindow(QMainWindow):
    session_ended = Signal(str)  # back to the login dialog, showing this message (empty: change user)
    closed = Signal()  # the user quit the app

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, idle_lock_ms: int | None = None,
                 throttle: LoginThrottle | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._session_over = False
        self.unsaved_draft: dict[str, str] | None = None  # a call typed when the server ended the session
        self.locked = False
        self._focus_before_lock: QWidget | None = None
        self._enabled_before_lock: list[QAction] = []
        self.session_ended.connect(self._leave_session)  # first, before whoever returns to the login
        self._show_network_name()
        self.setWindowIcon(QIcon(":/icons/relais-desk.svg"))
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget(self)
        self.screens: dict[str, QWidget] = {}
        self._add_screens()
        self.nav.currentRowChanged.connect(self._show)
        split = QSplitter(self)
        split.addWidget(self.nav)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([self.nav.width(), 10_000])  # the fixed-width side bar, and every other pixel to the screen
        self.content = split
        # The lock panel replaces the screens on the same stack: hidden screens take no focus and no keys.
        self.pages = QStackedWidget(self)
        self.pages.addWidget(split)
        self.lock_panel = LockPanel(ctx, throttle if throttle is not None else LoginThrottle(), self)
        self.lock_panel.unlocked.connect(self.unlock)
        self.lock_panel.change_user.connect(self.change_user)
        self.pages.addWidget(self.lock_panel)
        self.setCentralWidget(self.pages)
        self._status_bar()
        self._file_menu()
        self._preferences_menu()
        self._idle_from_network = idle_lock_ms is None  # a test or a kiosk may fix it; otherwise the network's
        self.idle = IdleWatcher(self._network_idle_ms() if idle_lock_ms is None else idle_lock_ms, self)
        self.idle.idle.connect(self.lock)
        self.tray = QSystemTrayIcon(QIcon(":/icons/relais-desk.svg"), self) if QSystemTrayIcon.isSystemTrayAvailable() else None
        if self.tray is not None:
            self.tray.show()
        board = self.screens.get("board")
        if isinstance(board, BoardScreen):
            board.saturation.connect(self.alert_saturation)
            board.refreshed.connect(self._update_live)
        # bound methods, not lambdas: Qt drops the connection when this window is deleted (a late
        # worker error after the session ended must not reach a deleted window)
        ctx.errors.message.connect(self._show_error)
        if ctx.live is not None:
            ctx.live.state_changed.connect(self._on_feed_state)
        ctx.connectivity.changed.connect(self._connectivity_changed)
        ctx.network_watch.changed.connect(self._network_changed)
        self._restore()
        self.nav.setCurrentRow(0)

    # -- composition
    def _add_screens(self) -> None:
        role = self.ctx.user.role
        entries: list[tuple[str, str, Callable[[], QWidget]]] = []
        if role == Role.ABRI:
            entries.append(("my_shelter", self.tr("Mon abri"), lambda: MyShelterScreen(self.ctx)))
        if role in (Role.OPERATEUR, Role.COORDINATION, Role.ADMIN):
            entries.append(("calls", self.tr("Appels"), lambda: CallsScreen(self.ctx)))
        entries.append(("board", self.tr("Lits"), lambda: BoardScreen(self.ctx)))
        entries.append(("census", self.tr("Recensement"), lambda: CensusScreen(self.ctx, load=False)))
        if role in (Role.COORDINATION, Role.ADMIN):
            entries.append(("stats", self.tr("Statistiques"), lambda: StatsScreen(self.ctx)))
        entries.append(("partners", self.tr("Partenaires"), lambda: PartnersScreen(self.ctx)))
        if role == Role.ADMIN:
            entries.append(("admin", self.tr("Administration"), lambda: AdminScreen(self.ctx)))
        for number, (key, label, make) in enumerate(entries, start=1):
            screen = make()
            screen.setObjectName(f"screen_{key}")
            self.screens[key] = screen
            self.stack.addWidget(screen)
            item = QListWidgetItem(f"{label}")
            item.setToolTip(f"Ctrl+{number}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            action = QAction(self)
            action.setShortcut(shortcuts.sequences("screen")[number - 1])
            action.triggered.connect(lambda _c=False, row=number - 1: self.nav.setCurrentRow(row))
            self.addAction(action)
        if "calls" in self.screens:
            new_call = QAction(self)
            new_call.setShortcuts(shortcuts.sequences("new_call"))  # a call comes in, whatever is on screen
            new_call.triggered.connect(self.new_call)
            self.addAction(new_call)
        refresh = QAction(self)
        refresh.setShortcuts(shortcuts.sequences("refresh"))  # F5, never the platform's Ctrl+R (Réserver)
        refresh.triggered.connect(self.refresh_current)
        self.addAction(refresh)

    def _show(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.refresh_current()

    def new_call(self) -> None:
        calls = self.screens["calls"]
        self.nav.setCurrentRow(self.screen_keys().index("calls"))
        calls.new_call()

    def refresh_current(self) -> None:
        screen = self.stack.currentWidget()
        if hasattr(screen, "refresh"):
            screen.refresh()

    def screen_keys(self) -> list[str]:
        return [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]

    # -- the session: password, change user, lock
    def _file_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.change_password_action = menu.addAction(self.tr("Changer mon mot de passe…"))
        self.change_password_action.triggered.connect(self.change_password)
        self.change_user_action = menu.addAction(self.tr("Changer d'utilisateur"))
        self.change_user_action.triggered.connect(self.change_user)
        self.lock_action = menu.addAction(self.tr("Verrouiller"))
        self.lock_action.setShortcuts(shortcuts.sequences("lock"))
        self.lock_action.triggered.connect(self.lock)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("Quitter"))
        quit_action.setShortcuts(shortcuts.sequences("quit"))
        quit_action.triggered.connect(self.close)

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.ctx, self)
        if ask_once(dialog) and dialog.user is not None:  # (deleted later: its answer is still readable)
            self.ctx.user = dialog.user
            self.statusBar().showMessage(self.tr("Votre mot de passe a été changé."), 10_000)

    def change_user(self) -> None:
        """Back to the login dialog; a call in progress is asked about first, exactly as when quitting."""
        if self.may_leave(then=self.change_user):
            self.end_session("")

    def ended_by_server(self, reason: str) -> None:
        """The server ended this session (account deactivated, changed, password reset): back to the login,
        saying why and what was not saved. What was typed of a call is kept in memory (never on the
        login screen, which anyone at the desk can read) and comes back if the same person logs in."""
        calls = self.screens.get("calls")
        self.unsaved_draft = calls.intake.draft() if calls is not None else None
        if self.unsaved_draft:
            reason += "\n" + self.tr("L'appel en cours n'a pas été enregistré : vous le retrouverez à votre "
                                     "prochaine connexion sur ce poste.")
        self.end_session(reason)

    def end_session(self, message: str = "") -> None:
        """This session is over (no question asked): the login dialog comes back, showing `message`."""
        self.session_ended.emit(message)

    def _leave_session(self, _message: str) -> None:
        self._session_over = True
        self.idle.pause()
        self.close()

    def lock(self) -> None:
        """Hide every screen behind the lock panel; they stay as they are, underneath."""
        if self.locked or self._session_over:
            return
        self.locked = True
        self.idle.pause()
        focus = QApplication.focusWidget()
        self._focus_before_lock = focus if focus is not None and self.content.isAncestorOf(focus) else None
        self._enabled_before_lock = [a for a in self._session_actions() if a.isEnabled()]
        for action in self._enabled_before_lock:
            action.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.statusBar().clearMessage()  # a message may name a person
        self.pages.setCurrentWidget(self.lock_panel)
        self.lock_panel.reset()

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self.pages.setCurrentWidget(self.content)
        self.menuBar().setEnabled(True)
        for action in self._enabled_before_lock:
            action.setEnabled(True)
        self._enabled_before_lock = []
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus()
        self.idle.resume()

    def _session_actions(self) -> list[QAction]:
        menus = [a for m in self.menuBar().findChildren(QMenu) for a in m.actions()]
        return [*self.actions(), *menus]

    def may_leave(self, then: Callable[[], None]) -> bool:
        """True when nothing is under way. Otherwise a call in progress asks first: back to it, or abandon it
        (its beds given back) and `then` runs once they are."""
        calls = self.screens.get("calls")
        if calls is not None and not calls.intake.confirm_close(then=then):
            if calls.intake.has_content():
                self.new_call()  # back to the call in progress, nothing lost
            return False
        return True

    # -- the network's settings, applied as soon as they change anywhere
    def _show_network_name(self) -> None:
        self.setWindowTitle(self.tr("relais-desk — %1").replace("%1", self.ctx.network.get("network_name", "")))

    def _network_idle_ms(self) -> int:
        return max(0, self.ctx.setting_int("idle_lock_minutes", 10)) * 60_000

    def _network_changed(self, keys: frozenset[str]) -> None:
        if "network_name" in keys:
            self._show_network_name()
        if "idle_lock_minutes" in keys and self._idle_from_network:
            self.idle.set_timeout(self._network_idle_ms())
            if not self.locked and not self._session_over:
                self.idle.resume()  # counts the new time from now

    # -- preferences
    def _preferences_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Préférences"))
        language = menu.addMenu(self.tr("Langue"))
        current = QSettings().value("ui/language", "fr", str)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("fr", "Français"), ("en", "English")):
            action = language.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            self.language_actions[code] = action
        keys = menu.addAction(self.tr("Raccourcis clavier…"), self.show_shortcuts)
        keys.setShortcuts(shortcuts.sequences("help_keys"))
        menu.addAction(self.tr("À propos de relais-desk…"), self.show_about)

    def show_shortcuts(self) -> None:
        """The shortcut table, the one the keyboard card of the guide is printed from."""
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Raccourcis clavier"), shortcuts.table_html(),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("shortcutsBox")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_about(self) -> None:
        """Version, database and the program's log file (where the details of an unexpected error are)."""
        from relais_desk import __version__, program_log

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("À propos de relais-desk"),
                          self.tr("relais-desk %1").replace("%1", __version__), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("aboutBox")
        box.setInformativeText(
            self.tr("Base de données : %1\nJournal du programme : %2")
            .replace("%1", self.ctx.db.url_for_display()).replace("%2", str(program_log.log_file())))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def set_language(self, code: str) -> None:
        """Remember the language; it applies at the next start (screens are built in one language)."""
        QSettings().setValue("ui/language", code)
        for other, action in self.language_actions.items():
            action.setChecked(other == code)
        self.statusBar().showMessage(self.tr("La langue choisie s'appliquera au prochain démarrage."), 10_000)

    # -- status bar: backend, live indicator with the age of the data, user, clock
    def _status_bar(self) -> None:
        db = self.ctx.db
        self.backend_label = QLabel(self.tr("Base locale") if db.is_sqlite else
                                    self.tr("Serveur %1").replace("%1", db.backend.where), self)
        self.backend_label.setToolTip(db.backend.where)
        self.live_label = QLabel(self)
        self.live_label.setObjectName("liveIndicator")
        user = self.ctx.user
        who = user.display_name or user.username
        self.user_label = rich_text.plain(QLabel(f"{who} · {role_label(user.role)}"
                                                 + (f" · {user.shelter}" if user.shelter else ""), self))
        self.clock = QLabel(self)
        for widget in (self.backend_label, self.live_label, self.user_label, self.clock):
            self.statusBar().addPermanentWidget(widget)
        self._tick()
        timer = QTimer(self, interval=15_000)
        timer.timeout.connect(self._tick)
        timer.start()

    def _tick(self) -> None:
        self.clock.setText(formats.moment(utcnow(), "HH:mm"))  # network time (Brussels), not the PC's zone
        self._update_live()

    def _on_feed_state(self, state: str, message: str) -> None:
        if state == "live":
            self.ctx.errors.reached()
            self.refresh_current()  # catch up on what happened while away
        else:
            self.ctx.errors.lost(message)
        self._update_live()

    def live_state(self) -> str:
        if not self.ctx.connectivity.online:
            return "offline"
        return self.ctx.live.state.value if self.ctx.live is not None else "live"

    def _show_error(self, text: str, _connection_problem: bool) -> None:
        self.statusBar().showMessage(text, 15_000)

    def _connectivity_changed(self, _online: bool, _message: str) -> None:
        self._update_live()

    def _update_live(self) -> None:
        state = self.live_state()
        board = self.screens.get("board")
        loaded = getattr(board, "loaded_at", None)
        age = age_text(loaded, utcnow()) if loaded else ""
        text = {"live": self.tr("● En direct"), "reconnecting": self.tr("● Reconnexion…"),
                "offline": self.tr("● Hors ligne"), "ended": self.tr("● Session terminée")}[state]
        if state != "live" and age:
            text += " " + self.tr("(données %1)").replace("%1", age)
        self.live_label.setText(text)
        self.live_label.setStyleSheet(f"QLabel {{ color: {LIVE_COLORS[state]}; font-weight: 600; }}")
        self.live_label.setToolTip(self.ctx.connectivity.message or "")

    def alert_saturation(self, category: str, free: int) -> None:
        text = (self.tr("Saturation : plus aucun lit « %2 » libre dans le réseau.") if free <= 0 else
                self.tr("Saturation : plus que %1 lit(s) « %2 » libre(s) dans le réseau.")).replace(
            "%1", str(free)).replace("%2", category)
        self.statusBar().showMessage(text, 60_000)
        if self.tray is not None:
            self.tray.showMessage(self.tr("relais-desk — saturation"), text, QSystemTrayIcon.MessageIcon.Warning)

    # -- layout remembered
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        # never taller or wider than the screen (a 1366×768 laptop, another screen than last time)
        window_fit.fit_window(self, first=not restored)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._session_over and not self.may_leave(then=self.close):
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.idle.pause()
        super().closeEvent(event)
        if not self._session_over:
            self.closed.emit()
