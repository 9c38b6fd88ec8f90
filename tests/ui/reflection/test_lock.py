"""Canary: a word written into every reflection page is gone from every widget and model after locking."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from companion.journal.model import EntryDraft
from companion.reflection.checkins import CheckIn
from companion.reflection.records import CopingPlan, Milestone, Person, Strength, TriggerLog
from companion.ui.reflection import preferences as prefs
from tests.ui.reflection.helpers import in_vault, open_app, settle, show_checkins, show_toolkit

CANARY = "Bluewren7"


def texts_in(root: QWidget) -> list[str]:
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        found += [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            found.append(w.text())
        if isinstance(w, (QPlainTextEdit, QTextEdit)):
            found.append(w.toPlainText())
            assert not w.document().isUndoAvailable(), f"{w.accessibleName()} keeps an undo history"
        if isinstance(w, QLineEdit):
            assert not w.isUndoAvailable(), f"{w.accessibleName()} keeps an undo history"
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                found += [str(index.data(Qt.ItemDataRole.DisplayRole)), str(index.data(Qt.ItemDataRole.UserRole + 2))]
    return [t for t in found if t]


def test_everything_is_dropped_when_the_session_locks(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    today = date.today()
    now = datetime.now().replace(microsecond=0)

    def seed(vault):
        vault.checkins.add(CheckIn(created_at=now, mood=2, distress=8, note=f"{CANARY} check-in"))
        vault.trigger_logs.add(TriggerLog(created_at=now, what_happened=f"{CANARY} trigger"))
        vault.strengths.add(Strength(text=f"{CANARY} strength", created_at=now))
        vault.milestones.add(Milestone(text=f"{CANARY} win", date=today))
        vault.people.add(Person(name=f"{CANARY} person", how_to_reach="555"))
        vault.coping_plan.save(CopingPlan(self_help=(f"{CANARY} plan",)))
        from companion.reflection.prompts import make_personal_prompt

        vault.personal_prompts.save(make_personal_prompt("my-canary", "hopes", f"{CANARY} prompt"))
        last_year = today.replace(year=today.year - 1, day=min(today.day, 28))
        vault.entries.add(EntryDraft(title=f"{CANARY} memory", body="x", entry_date=f"{last_year} 09:00"))

    in_vault(harness, seed)
    harness.session.set_setting(prefs.ON_THIS_DAY, True)
    harness.session.set_setting(prefs.SUPPORT_OWN_LINES, [{"id": "own-1", "name": f"{CANARY} line",
                                                          "number": "123"}])
    checkins = show_checkins(qtbot, harness, sections)
    qtbot.waitUntil(lambda: checkins.model.rowCount() == 1)
    checkins.list_view.setCurrentIndex(checkins.model.index(0, 0))
    checkins.edit_selected()
    assert CANARY in checkins.form.note_edit.text()
    checkins.form.note_edit.setText(f"{CANARY} typing")
    checkins.form.note_edit.insert(" more")  # leaves an undo history behind, which must go too
    if today.day <= 28:
        checkins.show_insights()
        qtbot.waitUntil(lambda: checkins.insights.memories.rowCount() == 1)
    toolkit = sections.toolkit
    for part in toolkit.parts():
        show_toolkit(qtbot, harness, sections, part)
    qtbot.waitUntil(lambda: toolkit.trigger_log.model.rowCount() == 1)
    qtbot.waitUntil(lambda: toolkit.prompts.model.rowCount() > 0)
    toolkit.people.list_view.setCurrentIndex(toolkit.people.model.index(0, 0))
    toolkit.people.edit_selected()
    toolkit.strengths.look_back_button.click()
    toolkit.plan.edits["warning_signs"].insertPlainText(f"{CANARY} unsaved")
    settle(qtbot, harness)
    roots = [checkins, toolkit, sections.journal_invitation]
    before = " ".join(t for root in roots for t in texts_in_unchecked(root))
    for where in ("check-in", "typing", "trigger", "strength", "win", "person", "plan", "prompt", "line",
                  "unsaved"):
        assert f"{CANARY} {where}" in before, where

    harness.session.lock("manual")
    leftovers = [t for root in roots for t in texts_in(root) if CANARY in t]
    assert leftovers == []
    editor = harness.window.journal.editor
    assert not editor.prompt_banner.isVisible() and editor.prompt_banner.text() == ""


def texts_in_unchecked(root: QWidget) -> list[str]:
    """texts_in without the undo checks (before locking, undo histories are expected)."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            found.append(w.text())
        if isinstance(w, (QPlainTextEdit, QTextEdit)):
            found.append(w.toPlainText())
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            found += [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    return found
