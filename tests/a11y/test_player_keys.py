"""The keyboard shortcuts page lists every key the exercise player handles, with its own words.

The player is built only when an exercise first starts, so the page lists its keys from a
table (companion/ui/shortcuts_dialog.py); this checks the table against the keys a real
player binds, before any player exists in the window and after one does (listed once).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from companion.ui.grounding.player import PlayerWidget
from companion.ui.shortcuts_dialog import collect, show_shortcuts
from tests.ui.conftest import unlock


def player_keys(player: PlayerWidget) -> set[str]:
    keys = {sc.key().toString(QKeySequence.SequenceFormat.PortableText) for sc in player.findChildren(QShortcut)}
    for action in player.findChildren(QAction):
        keys |= {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()}
    return {k for k in keys if k}


def during_an_exercise(window) -> list:
    area = QCoreApplication.translate("ShortcutsDialog", "During an exercise")
    return [row for row in collect(window) if row.area == area]


def test_the_shortcuts_page_lists_every_key_the_player_handles(qtbot, make_app, vault_dir, light_theme):
    # keys handled in a keyPressEvent would not show up as shortcuts here: the player uses QShortcut only
    assert PlayerWidget.keyPressEvent is QWidget.keyPressEvent, "list the player's own keys in this test"
    player = PlayerWidget()
    qtbot.addWidget(player)
    keys = player_keys(player)
    assert {"Space", "Esc", "Right"} <= keys  # pause/resume, stop, move on

    harness = make_app(vault_dir)
    window = harness.window
    unlock(qtbot, harness)
    grounding = next(s.widget for s in window.sections if s.key == "grounding")
    assert grounding._player is None  # not built yet: the page still lists its keys
    rows = during_an_exercise(window)
    assert keys <= {r.keys for r in rows}, f"not on the shortcuts page: {sorted(keys - {r.keys for r in rows})}"
    assert all(r.text.strip() and r.text != r.keys for r in rows), "each key says what it does"

    grounding.player  # built now (as when an exercise starts): listed once, not twice
    rows = during_an_exercise(window)
    assert keys <= {r.keys for r in rows}
    assert len(rows) == len({r.keys for r in rows})

    dialog = show_shortcuts(window)
    try:
        assert keys <= dialog.keys_listed()
    finally:
        dialog.close()
