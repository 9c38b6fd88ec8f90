"""The accessibility walk (tests/ui/test_accessibility.py) over every reflection page and state:
each focusable control is named or labelled, and Tab reaches all of them."""

from __future__ import annotations

from datetime import datetime

from companion.reflection.checkins import CheckIn
from tests.ui.reflection.helpers import in_vault, open_app, settle, show_checkins, show_toolkit
from tests.ui.test_accessibility import check_screen


def test_reflection_pages_are_named_and_reachable_by_tab(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    in_vault(harness, lambda v: v.checkins.add(CheckIn(created_at=datetime.now().replace(microsecond=0), mood=3,
                                                       distress=8, note="a note")))
    window = harness.window
    page = show_checkins(qtbot, harness, sections)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.prompt.prompt is not None)
    page.list_view.setCurrentIndex(page.model.index(0, 0))
    page.invitation.offer("checkin")
    page.form.more_button.setChecked(True)
    page.prompt.choices_button.setChecked(True)
    qtbot.waitUntil(lambda: page.form.entry_combo.count() > 1)
    check_screen(qtbot, window, "check in, with more, prompt choices and the invitation")
    page.form.more_button.setChecked(False)
    page.prompt.choices_button.setChecked(False)

    page.show_insights()
    qtbot.waitUntil(lambda: page.insights is not None and page.insights.data is not None)
    page.insights.on_this_day_check.setChecked(True)
    settle(qtbot, harness)
    check_screen(qtbot, window, "insights")
    page.insights.hide_button.click()
    check_screen(qtbot, window, "insights hidden")

    toolkit = show_toolkit(qtbot, harness, sections)
    for part in toolkit.parts():
        toolkit.show_part(part)
        settle(qtbot, harness)
        if part is toolkit.strengths:
            check_screen(qtbot, window, "strengths")
            part.look_back_button.setChecked(True)
        check_screen(qtbot, window, type(part).__name__)

    window.show_section("journal")
    sections.journal_invitation.offer("entry")
    check_screen(qtbot, window, "journal with the grounding invitation")
