"""The Grounding section with a real vault: start, pause, resume, stop, ratings in the practice log;
lock while running; "Ground me now" unlocked (noted) and on the lock screen (nothing stored)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from companion.ui.grounding.ground_now import GroundNowPage
from tests.ui.conftest import unlock
from tests.ui.grounding.grounding_helpers import open_grounding, practices


def test_start_pause_resume_stop_and_ratings_are_noted(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    page = open_grounding(qtbot, harness)
    assert page.library.select("box-breathing")
    details = page.library.details
    assert details.notes_box.isVisible() and details.notes_text.text().startswith("Content notes\n•")
    assert "\n\nTake care\n•" in details.notes_text.text()  # cautions shown before starting
    details.before_rating.buttons[7].click()
    details.start_button.click()
    player = page.player
    assert page.stack.currentWidget() is player and player.running
    assert player.title_label.text() == "Box breathing"
    player.pause_button.click()
    assert player.state.paused and player.pause_button.text() == "Resume"
    player.pause_button.click()
    assert not player.state.paused
    harness.window.show_section("journal")  # nothing keeps moving where it can't be seen
    assert player.state.paused and not player.pacer.animation_timer.isActive()
    harness.window.show_section("grounding")
    player.resume()
    with qtbot.waitSignal(player.ended):
        player.stop_button.click()
    assert player.end_title.text() == "You can come back any time."
    assert player.after_rating.isVisible()
    player.after_rating.buttons[4].click()
    player.done_button.click()
    assert page.stack.currentWidget() is page.browse
    qtbot.waitUntil(lambda: harness.tasks.pending == 0)
    [record] = practices(qtbot, harness)
    assert record.exercise_id == "box-breathing"
    assert record.completed is False and record.ended_at is not None
    assert (record.distress_before, record.distress_after) == (7, 4)

    # the history tab shows it, and "what has helped me" counts it without averaging a stopped practice
    page.show_history()
    qtbot.waitUntil(lambda: page.history.history_model.rowCount() == 1, timeout=5000)
    assert page.history.history_model.index(0, 3).data() == "Stopped when I chose"
    assert page.history.helped_model.index(0, 5).data() == "—"


def test_going_through_to_the_end_without_ratings(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    page = open_grounding(qtbot, harness)
    assert page.library.select("mental-grounding")  # every step waits for Next
    page.library.details.start_button.click()
    player = page.player
    with qtbot.waitSignal(player.ended) as ended:
        while player.running:
            player.next_button.click()
    assert ended.args[0] == "completed"
    assert player.end_title.text() == "That's the end of this exercise."
    player.done_button.click()  # no rating given: fine
    qtbot.waitUntil(lambda: harness.tasks.pending == 0)
    [record] = practices(qtbot, harness)
    assert record.completed is True and record.distress_before is None and record.distress_after is None


def test_locking_while_running_ends_quietly_and_forgets(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    page = open_grounding(qtbot, harness)
    page.library.select("box-breathing")
    page.library.details.start_button.click()
    assert page.player.running
    harness.session.lock("manual")
    assert not page.player.running and page.player.step_text.text() == ""
    assert page.library.model.rowCount() == 0 and page.library.details.exercise is None
    assert page.history.history_model.rowCount() == 0
    assert not page.player.pacer.animation_timer.isActive()
    unlock(qtbot, harness)
    [record] = practices(qtbot, harness)
    assert record.completed is False and record.ended_at is not None  # an ordinary "stopped"


def test_favourites_are_kept_in_the_vault_settings(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    page = open_grounding(qtbot, harness)
    page.library.select("orienting")
    page.library.details.favourite_button.click()
    assert harness.session.setting("grounding.favourites") == ["orienting"]
    page.library.favourites_check.setChecked(True)
    assert page.library.model.rowCount() == 1
    page.library.favourites_check.setChecked(False)
    page.library.search_edit.setText("breath")
    assert 0 < page.library.model.rowCount() < 19
    page.library.search_edit.setText("box")
    page.library.category_combo.setCurrentIndex(page.library.category_combo.findData("temperature"))
    assert page.library.model.rowCount() == 0
    assert page.library.info.text().startswith("Nothing matches")
    page.library.search_edit.setText("")
    assert page.library.model.exercise(0).category == "temperature"


def test_ground_me_now_unlocked_starts_at_once_and_is_noted(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    window = harness.window
    qtbot.keyClick(window.journal.editor.body, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    page = open_grounding(qtbot, harness)
    assert window.pages.currentWidget() is page
    assert page.player.running and page.player.exercise.id == "five-senses"
    page.player.stop()
    page.player.done_button.click()
    qtbot.waitUntil(lambda: harness.tasks.pending == 0)
    assert len(practices(qtbot, harness)) == 1


def test_ground_me_now_on_the_lock_screen_stores_nothing(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    window = harness.window
    assert not harness.session.is_open
    qtbot.waitUntil(lambda: window._finished_startup)  # shortcuts come right after the first paint
    qtbot.keyClick(window.unlock_page.field.edit, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    ground = window.screens.currentWidget()
    assert isinstance(ground, GroundNowPage) and ground.running
    player = ground.player
    assert not player.ask_rating and not player.after_rating.isVisible()
    player.next_step()
    assert player.state.phase == "in"  # five-senses: the short pacer comes second
    ground.choice_buttons[1].click()  # another quick exercise
    assert player.exercise.id == "orienting"
    player.stop()
    assert player.end_title.text() == "You can come back any time."
    assert player.done_button.text() == "Back"
    player.done_button.click()
    assert window.screens.currentWidget() is window.unlock_page

    window.ground_button.click()  # the top bar button does the same
    assert window.screens.currentWidget() is ground and ground.running
    ground.back_button.click()
    assert window.screens.currentWidget() is window.unlock_page and not ground.running
    unlock(qtbot, harness)
    assert practices(qtbot, harness) == []


def test_quick_exit_stops_lock_screen_grounding(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    window = harness.window
    window.ground_now()
    ground = window.screens.currentWidget()
    assert ground.running
    window.quick_exit()
    assert not ground.running and not ground.player.pacer.animation_timer.isActive()
    assert harness.quits  # the default action closes the app
