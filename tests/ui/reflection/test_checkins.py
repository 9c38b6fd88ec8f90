"""Check-ins: keyboard only in seconds, edit and delete with undo, link to an entry, the grounding invitation."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.ui.reflection import preferences as prefs
from tests.ui.reflection.helpers import in_vault, open_app, settle, show_checkins, show_toolkit

CTRL = Qt.KeyboardModifier.ControlModifier


def _checkin_by_keyboard(qtbot, page, mood_key, distress_keys, note=""):
    form = page.form
    qtbot.keyClick(page, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)  # to the form
    assert QApplication.focusWidget() is form.mood
    qtbot.keyClick(form.mood, mood_key)
    qtbot.keyClick(form.mood, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.distress
    for key in distress_keys:
        qtbot.keyClick(form.distress, key)
    if note:
        form.note_edit.setFocus()
        qtbot.keyClicks(form.note_edit, note)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)


def test_a_check_in_by_keyboard_alone_takes_seconds(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    window, page = harness.window, sections.checkins
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.journal.editor.body)
    start = time.perf_counter()
    # from the journal: Ctrl+3, a mood digit, Tab, a distress digit, Ctrl+Enter
    qtbot.keyClick(window.journal.editor.body, Qt.Key.Key_3, CTRL)
    assert window.pages.currentWidget() is page
    assert QApplication.focusWidget() is page.form.mood
    qtbot.keyClick(page.form.mood, Qt.Key.Key_3)
    qtbot.keyClick(page.form.mood, Qt.Key.Key_Tab)
    qtbot.keyClick(page.form.distress, Qt.Key.Key_4)
    qtbot.keyClick(page.form.distress, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.is_loading, timeout=5000)
    elapsed = time.perf_counter() - start
    print(f"\nkeyboard check-in, keys to saved and listed: {elapsed * 1000:.0f} ms")
    assert elapsed < 10
    saved = in_vault(harness, lambda v: v.checkins.recent())
    assert [(c.mood, c.distress, c.energy, c.present, c.note) for c in saved] == [(3, 4, None, (), None)]
    assert "okay-ish" in page.model.index(0, 0).data()
    assert page.form.status.text() == "Saved. Thank you for checking in."
    assert page.form.mood.value is None and page.form.distress.value is None  # ready for next time
    assert not page.invitation.isVisible()  # distress 4: nothing offered


def test_ten_is_typed_as_one_then_zero_and_mood_needs_a_choice(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    page = show_checkins(qtbot, harness, sections)
    form = page.form
    form.save()
    assert "Choose a mood word" in form.status.text()
    assert QApplication.focusWidget() is form.mood or not harness.window.isActiveWindow()
    form.distress.setFocus()
    qtbot.keyClick(form.distress, Qt.Key.Key_1)
    qtbot.keyClick(form.distress, Qt.Key.Key_0)
    assert form.distress.value == 10
    qtbot.keyClick(form.distress, Qt.Key.Key_Left)
    assert form.distress.value == 9
    assert "9 of 10" in form.distress.accessibleDescription()
    form.energy.buttons[2].click()
    assert form.energy.value == 2
    form.energy.buttons[2].click()  # a second click un-chooses an optional scale
    assert form.energy.value is None


def test_edit_and_delete_with_undo(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    page = show_checkins(qtbot, harness, sections)
    form = page.form
    form.mood.set_value(2)
    form.distress.set_value(5)
    form.energy.set_value(4)
    form.more_button.setChecked(True)
    form.feeling_buttons["tired"].setChecked(True)
    form.note_edit.setText("long day")
    form.save_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    page.list_view.setFocus()
    page.list_view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.list_view, Qt.Key.Key_Return)  # Enter edits
    assert form.editing is not None
    assert form.save_button.text() == "Save changes"
    assert (form.mood.value, form.distress.value, form.energy.value) == (2, 5, 4)
    assert form.feeling_buttons["tired"].isChecked() and form.note_edit.text() == "long day"
    qtbot.keyClick(form.mood, Qt.Key.Key_4)
    form.feeling_buttons["hopeful"].setChecked(True)
    form.save_button.click()
    qtbot.waitUntil(lambda: form.editing is None)
    settle(qtbot, harness)
    [saved] = in_vault(harness, lambda v: v.checkins.recent())
    assert (saved.mood, saved.distress, saved.present, saved.note) == (4, 5, ("hopeful", "tired"), "long day")
    assert page.model.rowCount() == 1 and "fairly good" in page.model.index(0, 0).data()

    page.list_view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert in_vault(harness, lambda v: v.checkins.recent()) == []
    assert page.undo_banner.isVisible()
    page.undo_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    [back] = in_vault(harness, lambda v: v.checkins.recent())
    assert (back.mood, back.distress, back.present, back.created_at) == (4, 5, ("hopeful", "tired"),
                                                                          saved.created_at)


def test_a_check_in_can_be_linked_to_an_entry(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    page = show_checkins(qtbot, harness, sections)
    form = page.form
    form.more_button.setChecked(True)
    qtbot.waitUntil(lambda: form.entry_combo.count() > 1)
    index = next(i for i in range(form.entry_combo.count()) if "Therapy notes" in form.entry_combo.itemText(i))
    form.entry_combo.setCurrentIndex(index)
    entry_id = form.entry_combo.currentData()
    form.mood.set_value(3)
    form.distress.set_value(2)
    form.save()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    [saved] = in_vault(harness, lambda v: v.checkins.recent())
    assert saved.entry_id == entry_id
    assert "linked to an entry" in page.model.index(0, 0).data()
    page.list_view.setCurrentIndex(page.model.index(0, 0))
    assert page.open_entry_button.isVisibleTo(page)
    page.open_entry_button.click()
    assert harness.window.pages.currentWidget() is harness.window.journal
    qtbot.waitUntil(lambda: harness.window.journal.editor.title_edit.text() == "Therapy notes")


def test_high_distress_invites_grounding_inline_dismissible_and_can_be_turned_off(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    opened = []
    sections.open_grounding = lambda: opened.append(True)  # (no grounding section in this test)
    page = show_checkins(qtbot, harness, sections)
    page.invitation._open_grounding = sections.open_grounding
    harness.window.activateWindow()
    _checkin_by_keyboard(qtbot, page, Qt.Key.Key_2, [Qt.Key.Key_8])
    qtbot.waitUntil(lambda: page.invitation.isVisible())
    assert "grounding exercise" in page.invitation.text.text()
    focus = QApplication.focusWidget()
    assert focus is not None and page.invitation.isAncestorOf(focus) is False  # it never takes focus
    assert QApplication.activeModalWidget() is None and QApplication.activePopupWidget() is None

    page.invitation.later_button.click()  # "Not now"
    assert not page.invitation.isVisible()

    _checkin_by_keyboard(qtbot, page, Qt.Key.Key_1, [Qt.Key.Key_9])
    qtbot.waitUntil(lambda: page.invitation.isVisible())
    page.invitation.try_button.click()
    assert opened == [True] and not page.invitation.isVisible()

    _checkin_by_keyboard(qtbot, page, Qt.Key.Key_1, [Qt.Key.Key_9])
    qtbot.waitUntil(lambda: page.invitation.isVisible())
    page.invitation.off_button.click()  # "Don't offer this again"
    assert not page.invitation.isVisible()
    assert harness.session.setting(prefs.GROUNDING_INVITATION) is False
    settle(qtbot, harness)
    assert in_vault(harness, lambda v: v.settings.get(prefs.GROUNDING_INVITATION)) is False
    _checkin_by_keyboard(qtbot, page, Qt.Key.Key_1, [Qt.Key.Key_1, Qt.Key.Key_0])
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    qtbot.wait(50)
    assert not page.invitation.isVisible()

    # and it can be turned on again under Toolkit → Choices
    toolkit = show_toolkit(qtbot, harness, sections, lambda t: t.choices)
    choices = toolkit.choices
    assert not choices.invitation_check.isChecked() and not choices.threshold_spin.isEnabled()
    choices.invitation_check.click()
    assert harness.session.setting(prefs.GROUNDING_INVITATION) is True
    choices.threshold_spin.setValue(9)
    assert harness.session.setting(prefs.GROUNDING_THRESHOLD) == 9
    harness.window.show_section("checkins")
    _checkin_by_keyboard(qtbot, page, Qt.Key.Key_2, [Qt.Key.Key_8])  # 8 is below the new threshold
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    assert not page.invitation.isVisible()
    _checkin_by_keyboard(qtbot, page, Qt.Key.Key_2, [Qt.Key.Key_9])
    qtbot.waitUntil(lambda: page.invitation.isVisible())


def test_a_heavy_entry_brings_the_invitation_to_the_journal_once(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    editor = harness.window.journal.editor
    invitation = sections.journal_invitation
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "It was a lot today.")
    editor.note_edit.setText("a hard memory")
    editor._on_changed()
    editor.save_now("test")
    qtbot.waitUntil(lambda: invitation.isVisible())
    assert invitation.reason == "entry"
    assert QApplication.focusWidget() is not invitation.try_button
    invitation.later_button.click()
    qtbot.keyClicks(editor.body, " More words.")
    editor.save_now("test")
    settle(qtbot, harness)
    assert not invitation.isVisible()  # once per entry
