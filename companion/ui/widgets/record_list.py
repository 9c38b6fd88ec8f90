"""A list of saved records (people, logs, strengths…) with the buttons that act on the chosen one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from companion.ui.widgets.common import card, hbox, label, named


def record_view(name: str, model, *, on_activated: Callable[[], None] | None = None,
                on_current_changed: Callable[[], None] | None = None) -> QListView:
    """A list named `name` showing `model`: one record chosen at a time, words wrapped (it never
    scrolls sideways). on_activated runs on Enter or a double click, on_current_changed when the
    chosen record changes (e.g. to enable the buttons)."""
    view = named(QListView(), name)
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(True)
    view.setSpacing(2)
    if on_activated is not None:
        view.activated.connect(lambda _index: on_activated())
    if on_current_changed is not None:
        view.selectionModel().currentChanged.connect(lambda *_args: on_current_changed())
    return view


def record_card(title: str, view: QListView, buttons: Sequence[QWidget], intro: str = "") -> QFrame:
    """A card: a heading, an optional line of introduction, the list (taking the height), and a
    row of buttons under it."""
    frame, lay = card(16)
    lay.addWidget(label(title, "heading"))
    if intro:
        lay.addWidget(label(intro, "muted"))
    lay.addWidget(view, 1)
    lay.addLayout(hbox(*buttons))
    return frame
