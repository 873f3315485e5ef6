"""The first window fits the screen it opens on (a 1366×768 office laptop, with or without a window manager).

`fit` is plain arithmetic on (x, y, width, height) tuples so that it is tested without a screen; `fit_window`
applies it to a widget and its screen's available geometry (the screen minus task bars and docks).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

Rect = tuple[int, int, int, int]  # x, y, width, height
WANTED = (1280, 800)  # the size the screens are laid out for, when the screen has room for it
TITLE_BAR = 40  # a window manager adds its title bar above the client area: keep room for it
BORDER = 8  # and a border on the other sides


def fit(wanted: Rect, available: Rect, *, minimum: tuple[int, int] = (0, 0)) -> Rect:
    """The client area `wanted`, shrunk to the available area less room for a frame, and moved inside it.

    A size wanted smaller than the area is kept (a window restored where the user left it); the window
    never grows past the area, and never below `minimum` unless the area itself is smaller."""
    ax, ay, aw, ah = available
    x, y, w, h = wanted
    left, top = ax + BORDER, ay + TITLE_BAR
    room_w, room_h = max(aw - 2 * BORDER, 1), max(ah - TITLE_BAR - BORDER, 1)
    w = min(max(w, min(minimum[0], room_w)), room_w)
    h = min(max(h, min(minimum[1], room_h)), room_h)
    x = min(max(x, left), left + room_w - w)
    y = min(max(y, top), top + room_h - h)
    return x, y, w, h


def centred(size: tuple[int, int], available: Rect) -> Rect:
    """`size` in the middle of the area's room (what `fit` keeps of it)."""
    ax, ay, aw, ah = available
    room_w, room_h = max(aw - 2 * BORDER, 1), max(ah - TITLE_BAR - BORDER, 1)
    w, h = min(size[0], room_w), min(size[1], room_h)
    return ax + BORDER + (room_w - w) // 2, ay + TITLE_BAR + (room_h - h) // 2, w, h


def fit_window(window: QWidget, *, first: bool) -> None:
    """Size `window` for its screen: the first time, `WANTED` centred; afterwards, where it was, but inside."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return  # the window manager sizes it
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    a = screen.availableGeometry()
    available = (a.x(), a.y(), a.width(), a.height())
    hint = window.minimumSizeHint()
    minimum = (max(hint.width(), 0), max(hint.height(), 0))
    if first:
        wanted = centred(WANTED, available)
    else:
        g = window.geometry()
        wanted = (g.x(), g.y(), g.width(), g.height())
    x, y, w, h = fit(wanted, available, minimum=minimum)
    window.setGeometry(x, y, w, h)
