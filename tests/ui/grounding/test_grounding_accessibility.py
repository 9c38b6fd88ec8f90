"""The accessibility walk over the grounding screens: every focusable control is named (or has a
label buddy) and Tab reaches all of them — library, details, history, the player (with and
without motion), its ending, the editor, both pack dialogs and "Ground me now" when locked."""

from __future__ import annotations

from companion.exercises.packs import make_pack
from companion.ui.grounding.pack_dialog import PackImportDialog
from tests.ui.conftest import unlock
from tests.ui.grounding.grounding_helpers import open_grounding
from tests.ui.grounding.test_packs_and_editor import group_exercise
from tests.ui.test_accessibility import check_screen


def test_grounding_screens_are_named_and_reachable(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    window = harness.window
    page = open_grounding(qtbot, harness)
    check_screen(qtbot, window, "grounding library, nothing chosen")
    page.library.select("long-exhale-breathing")  # variants, notes and a caution
    assert page.library.details.variant_row.isVisible()
    check_screen(qtbot, window, "grounding library with details")

    page.library.details.start_button.click()
    page.player.next_step()
    assert page.player.pace_row.isVisible()
    check_screen(qtbot, window, "player with the pacer")
    page.player.stop()
    check_screen(qtbot, window, "player ending")
    page.player.done_button.click()

    window._reduced_motion = True
    page.library.select("box-breathing")
    page.library.details.start_button.click()
    while page.player.state.phase is None:
        page.player.move_on()  # Next, then Skip the short timed step
    assert page.player.still_box.isVisible()
    check_screen(qtbot, window, "player with reduced motion")
    page.player.stop()
    page.player.done_button.click()

    page.show_history()
    qtbot.waitUntil(lambda: page.history.history_model.rowCount() == 2, timeout=5000)
    check_screen(qtbot, window, "practice history")
    page.tabs.setCurrentWidget(page.library)

    page.edit_exercise(None)
    check_screen(qtbot, page.editor_dialog, "exercise editor")
    assert page.editor_dialog.accessibleName()
    page.editor_dialog.reject()

    pack = make_pack("Tuesday group", "Sam", 1, [group_exercise()])
    dialog = PackImportDialog(harness.session, pack, "tuesday.json", {}, set(page.shipped.ids), window)
    dialog.open()
    qtbot.waitExposed(dialog)
    check_screen(qtbot, dialog, "pack import")
    dialog.reject()
    page.export_pack()
    qtbot.waitExposed(page.pack_dialog)
    check_screen(qtbot, page.pack_dialog, "pack export")
    page.pack_dialog.reject()


def test_ground_me_now_on_the_lock_screen_is_named_and_reachable(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    window = harness.window
    check_screen(qtbot, window, "unlock screen with Ground me now")
    window.ground_now()
    check_screen(qtbot, window, "ground me now, locked")
