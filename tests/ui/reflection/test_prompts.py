"""Prompts: write with today's prompt (the entry keeps its prompt_id), skip, turn off, content notes first,
and prompts of one's own."""

from __future__ import annotations

from datetime import date

from companion.reflection.rotation import PromptEvent
from companion.ui.reflection import preferences as prefs
from tests.ui.conftest import wait_saved
from tests.ui.reflection.helpers import in_vault, open_app, settle, show_checkins, show_toolkit


def test_write_with_the_prompt_of_the_day_attaches_it_to_the_new_entry(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    page = show_checkins(qtbot, harness, sections)
    panel = page.prompt
    qtbot.waitUntil(lambda: panel.prompt is not None)
    prompt = panel.prompt
    assert panel.text.text() == prompt.text
    assert panel.write_button.isVisible() and panel.skip_button.isVisible()

    panel.write_button.click()
    window = harness.window
    editor = window.journal.editor
    assert window.pages.currentWidget() is window.journal
    assert editor.prompt_banner.isVisible()
    assert prompt.text in editor.prompt_banner.text()
    assert editor.body.toPlainText() == ""  # the prompt is attached, not pasted in
    qtbot.keyClicks(editor.body, "Tea with my sister helped.")
    wait_saved(qtbot, harness)
    entry = in_vault(harness, lambda v: v.entries.get(editor.current_id))
    assert entry.prompt_id == prompt.id
    assert entry.body == "Tea with my sister helped."
    events = in_vault(harness, lambda v: v.prompt_events.history())
    assert [(e.prompt_id, e.action) for e in events] == [(prompt.id, "shown"), (prompt.id, "used")]

    editor.new_entry()  # another entry: no prompt banner, no prompt id
    assert not editor.prompt_banner.isVisible() and editor.snapshot().prompt_id is None


def test_skip_gives_another_prompt_and_it_can_be_turned_off(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    page = show_checkins(qtbot, harness, sections)
    panel = page.prompt
    qtbot.waitUntil(lambda: panel.prompt is not None)
    first = panel.prompt
    panel.skip_button.click()
    qtbot.waitUntil(lambda: panel.prompt is not None and panel.prompt.id != first.id)
    second = panel.prompt
    settle(qtbot, harness)
    events = in_vault(harness, lambda v: v.prompt_events.history())
    assert (first.id, "skipped") in [(e.prompt_id, e.action) for e in events]

    # the same prompt stays for the rest of the day (no reshuffle on refresh)
    panel.refresh()
    settle(qtbot, harness)
    assert panel.prompt.id == second.id

    panel.choices_button.click()
    assert panel.choices.isVisible()
    panel.daily_check.click()  # turn off
    qtbot.waitUntil(lambda: panel.prompt is None)
    assert "turned off" in panel.message.text()
    assert not panel.write_button.isVisible() and not panel.skip_button.isVisible()
    assert harness.session.setting(prefs.PROMPTS_DAILY) is False
    settle(qtbot, harness)
    assert in_vault(harness, lambda v: v.settings.get(prefs.PROMPTS_DAILY)) is False
    panel.daily_check.click()  # and on again
    qtbot.waitUntil(lambda: panel.prompt is not None)


def test_a_prompt_with_a_content_note_shows_the_note_first(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    page = show_checkins(qtbot, harness, sections)
    panel = page.prompt
    qtbot.waitUntil(lambda: panel.prompt is not None)
    # only prompts with a content note, and only because the person opted in
    from companion.reflection.prompts import CATEGORIES, load_prompt_library

    noted = [p for p in load_prompt_library().prompts if p.content_note]
    category = noted[0].category
    harness.session.set_setting(prefs.PROMPTS_EXCLUDED, [c for c in CATEGORIES if c != category])
    harness.session.set_setting(prefs.PROMPTS_CONTENT_NOTES, True)
    others = [p for p in load_prompt_library().prompts if p.category == category and not p.content_note]
    today = date.today()
    in_vault(harness, lambda v: [v.prompt_events.record(PromptEvent(today, p.id, "skipped")) for p in others])
    panel.refresh()
    qtbot.waitUntil(lambda: panel.prompt is not None and bool(panel.prompt.content_note))
    settle(qtbot, harness)
    assert panel.note.isVisible() and panel.prompt.content_note in panel.note.text()
    assert not panel.text.isVisible() and panel.text.text() == ""
    panel.reveal_button.click()
    assert panel.text.isVisible() and panel.text.text() == panel.prompt.text


def test_prompts_of_ones_own_can_be_added_edited_removed_and_written_with(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    toolkit = show_toolkit(qtbot, harness, sections, lambda t: t.prompts)
    prompts = toolkit.prompts
    qtbot.waitUntil(lambda: prompts.model.rowCount() > 60)
    prompts.category_combo.setCurrentIndex(prompts.category_combo.findData("hopes"))
    prompts.text_edit.setPlainText("What would a gentle Sunday look like?")
    prompts.save_button.click()
    qtbot.waitUntil(lambda: prompts.status.text() == "Saved.")
    mine = in_vault(harness, lambda v: v.personal_prompts.all())
    assert [(p.category, p.text) for p in mine] == [("hopes", "What would a gentle Sunday look like?")]

    prompts.filter_combo.setCurrentIndex(prompts.filter_combo.findData("mine"))
    qtbot.waitUntil(lambda: prompts.model.rowCount() == 1)
    prompts.list_view.setCurrentIndex(prompts.model.index(0, 0))
    assert prompts.edit_button.isEnabled() and prompts.remove_button.isEnabled()
    prompts.edit_button.click()
    prompts.text_edit.setPlainText("What would a slow Sunday look like?")
    prompts.note_edit.setText("quiet")
    prompts.save_button.click()
    qtbot.waitUntil(lambda: prompts.model.rowCount() == 1 and "slow Sunday" in prompts.model.index(0, 0).data())
    [edited] = in_vault(harness, lambda v: v.personal_prompts.all())
    assert edited.id == mine[0].id and edited.content_note == "quiet"

    prompts.list_view.setCurrentIndex(prompts.model.index(0, 0))
    prompts.write_button.click()
    editor = harness.window.journal.editor
    assert "slow Sunday" in editor.prompt_banner.text()
    assert editor.snapshot().prompt_id == edited.id

    harness.window.show_section("toolkit")
    prompts.list_view.setCurrentIndex(prompts.model.index(0, 0))
    prompts.remove_button.click()
    qtbot.waitUntil(lambda: prompts.model.rowCount() == 0)
    assert in_vault(harness, lambda v: v.personal_prompts.all()) == []
