"""Insights: charts render offscreen, gentle framing, hiding them entirely, and "on this day" that never
shows never-resurface entries and shows content-noted ones only when asked."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from companion.journal.model import EntryDraft
from companion.reflection.checkins import CheckIn
from companion.ui.reflection import preferences as prefs
from tests.ui.reflection.helpers import in_vault, open_app, settle, show_checkins


def _seed(vault, today: date) -> None:
    for days, mood, distress in ((0, 3, 4), (1, 2, 7), (2, 4, 3), (5, 3, 5), (6, 5, 1), (12, 1, 9)):
        when = datetime.combine(today - timedelta(days=days), datetime.min.time()).replace(hour=9)
        vault.checkins.add(CheckIn(created_at=when, mood=mood, distress=distress))
    start = datetime.combine(today - timedelta(days=3), datetime.min.time()).replace(hour=20)
    for before, after in ((8, 5), (6, 4)):
        pid = vault.practices.start("box-breathing", start, distress_before=before)
        vault.practices.finish(pid, start + timedelta(minutes=4), True, distress_after=after)
    for years, title, note, never in ((1, "Plain memory", "", False), (2, "Heavy memory", "a flashback", False),
                                      (3, "Hidden memory", "", True)):
        try:
            day = today.replace(year=today.year - years)
        except ValueError:  # 29 February
            day = today.replace(year=today.year - years, day=28)
        vault.entries.add(EntryDraft(title=title, body=f"{title} body", entry_date=f"{day.isoformat()} 10:00",
                                     content_note=note, never_resurface=never))


def _non_background_pixels(view) -> int:
    image = view.grab().toImage()
    assert not image.isNull() and image.width() > 100 and image.height() > 100
    background = image.pixelColor(image.width() // 2, 3)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y) != background:
                count += 1
    return count


def _seeded_insights(qtbot, make_app, vault_dir):
    """(harness, sections, page, insights, today): the seeded journal with Insights shown and read."""
    harness, sections = open_app(qtbot, make_app, vault_dir)
    today = date.today()
    in_vault(harness, lambda v: _seed(v, today))
    page = show_checkins(qtbot, harness, sections)
    page.show_insights()
    insights = page.insights
    qtbot.waitUntil(lambda: insights.data is not None, timeout=5000)
    return harness, sections, page, insights, today


def test_charts_render_with_gentle_framing_and_can_be_hidden(qtbot, make_app, vault_dir):
    harness, sections, page, insights, today = _seeded_insights(qtbot, make_app, vault_dir)
    assert insights.stack.currentWidget() is insights.shown_page
    texts = " ".join(w.text() for w in insights.findChildren(type(insights.summary)))
    assert "Healing isn't a straight line" in texts
    for word in ("streak", "score", "better", "worse", "missed"):
        assert word not in texts.lower()

    # month view: five check-ins in the past month, one box-breathing summary
    assert insights.period_combo.currentData() == "month"
    assert "6 check-ins on 6 days" in insights.summary.text()
    assert insights.data.exercises[0].rated_practices == 2
    assert "7.0 before, 4.5 after" in insights.exercise_text.text()
    assert "Check-ins on 6 of the" in insights.heat_text.text()
    heat_cells = [c for c in insights.heatmap.heat.cells() if c.count]
    assert len(heat_cells) == 6
    for view in (insights.mood_view, insights.distress_view, insights.exercise_view):
        assert view.accessibleDescription()
        assert _non_background_pixels(view) > 400, view.accessibleName()
    heat_image = insights.heatmap.grab().toImage()
    assert heat_image.width() > 300

    insights.period_combo.setCurrentIndex(insights.period_combo.findData("week"))
    qtbot.waitUntil(lambda: insights.data.period == "week")
    assert "5 check-ins on 5 days" in insights.summary.text()
    assert harness.session.setting(prefs.INSIGHTS_PERIOD) == "week"
    insights.period_combo.setCurrentIndex(insights.period_combo.findData("year"))
    qtbot.waitUntil(lambda: insights.data.period == "year")
    assert _non_background_pixels(insights.mood_view) > 400

    # hide entirely: nothing shown, nothing kept, and the choice is remembered
    insights.hide_button.click()
    assert insights.stack.currentWidget() is insights.hidden_page
    assert insights.data is None and insights.summary.text() == "" and insights.heatmap.heat is None
    assert harness.session.setting(prefs.INSIGHTS_SHOWN) is False
    settle(qtbot, harness)
    assert in_vault(harness, lambda v: v.settings.get(prefs.INSIGHTS_SHOWN)) is False
    page.tabs.setCurrentIndex(0)
    page.show_insights()
    settle(qtbot, harness)
    assert insights.data is None and insights.stack.currentWidget() is insights.hidden_page
    insights.show_button.click()
    qtbot.waitUntil(lambda: insights.data is not None)
    assert insights.stack.currentWidget() is insights.shown_page


def test_on_this_day_is_opt_in_and_never_shows_what_should_not_resurface(qtbot, make_app, vault_dir):
    harness, sections, page, insights, today = _seeded_insights(qtbot, make_app, vault_dir)
    assert not insights.on_this_day_check.isChecked()  # off until the person turns it on
    assert insights.data.memories == [] and not insights.memory_view.isVisibleTo(insights)

    insights.on_this_day_check.click()
    qtbot.waitUntil(lambda: insights.memories.rowCount() == 1)
    assert [e.title for e in insights.memories.rows()] == ["Plain memory"]
    assert harness.session.setting(prefs.ON_THIS_DAY) is True
    assert insights.sensitive_check.isVisibleTo(insights)

    insights.sensitive_check.click()  # the person asks for entries with a content note too
    qtbot.waitUntil(lambda: insights.memories.rowCount() == 2)
    titles = [e.title for e in insights.memories.rows()]
    assert titles == ["Plain memory", "Heavy memory"]
    assert "content note" in insights.memories.index(1, 0).data()
    assert "Hidden memory" not in " ".join(titles)

    insights.memory_view.setCurrentIndex(insights.memories.index(0, 0))
    insights.open_button.click()
    journal = harness.window.journal
    assert harness.window.pages.currentWidget() is journal
    qtbot.waitUntil(lambda: journal.editor.title_edit.text() == "Plain memory")

    # asking for content-noted entries is not remembered
    harness.window.show_section("checkins")
    harness.session.lock("manual")
    assert insights.memories.rowCount() == 0 and not insights.sensitive_check.isChecked()
