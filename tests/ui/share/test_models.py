"""The Share section's item models through Qt's model tester; lazy groups, markers, editing."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt

from companion.export.selection import DatePrecision, Redaction, ShareRecipe, Template
from companion.journal.model import ShareState
from companion.reflection.records import Milestone, Strength
from companion.reflection.stats import ExerciseSummary
from companion.store.share_log import SharedEntry, ShareRecord
from companion.ui.models.entry_list import Roles
from companion.ui.share.entry_choice_model import ShareEntryModel, ShareRow
from companion.ui.share.passage_model import PassageListModel
from companion.ui.share.recipe_list_model import RecipeListModel
from companion.ui.share.redaction_model import RedactionModel
from companion.ui.share.section_models import ExerciseChoiceModel, ExerciseRow, RecordChoiceModel, RecordRow
from companion.ui.share.share_log_model import ShareLogModel


class Source:
    """Serves each group's rows a page at a time, immediately."""

    def __init__(self, groups):
        self.groups = groups
        self.calls = 0

    def __call__(self, query, cursor, limit, deliver):
        self.calls += 1
        rows = self.groups[query]
        start = cursor or 0
        deliver(rows[start:start + limit], start + limit)


def _rows(prefix: str, n: int, state=ShareState.PRIVATE):
    return [ShareRow(id=hash((prefix, i)) % 100000, entry_date=f"2026-03-{1 + i % 27:02d} 10:00",
                     title=f"{prefix} {i}", preview="text", share_state=state,
                     shared_at="2026-03-10T09:00:00Z" if i == 0 else None) for i in range(n)]


def test_share_entry_model_groups_lazily_and_passes_the_tester(qtmodeltester):
    source = Source({"ready": _rows("ready", 3, ShareState.READY), "empty": [], "other": _rows("other", 25)})
    model = ShareEntryModel(source, page_size=10)
    model.load([("Ready to share", "ready"), ("Nothing here", "empty"), ("Other entries", "other")])
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.entry_count == 28
    headers = [model.index(r, 0).data() for r in range(model.rowCount()) if model.index(r, 0).data(Roles.IsHeader)]
    assert headers == ["Ready to share", "Other entries"]  # an empty group has no header
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    first = model.index(1, 0)
    assert first.data(Roles.Markers) == ["Ready to share", "Shared on 10 Mar 2026"]
    toggled = []
    model.choice_toggled.connect(lambda i, on: toggled.append((i, on)))
    assert model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert toggled == [(first.data(Roles.Id), True)]
    model.set_choice(first.data(Roles.Id), "whole entry")
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert first.data(Roles.Markers)[0] == "Chosen: whole entry"
    assert "Chosen: whole entry" in first.data(Qt.ItemDataRole.AccessibleTextRole)
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_redaction_model_edits_and_passes_the_tester(qtmodeltester):
    model = RedactionModel()
    model.add("Sam")
    model.add("the river", "[place]")
    model.add("sam", "[friend]")  # the same word: its placeholder changes
    qtmodeltester.check(model)
    assert model.redactions() == (Redaction("Sam", "[friend]"), Redaction("the river", "[place]"))
    assert model.setData(model.index(1, 0), "  the   lake ")
    assert not model.setData(model.index(1, 0), "   ")  # a term cannot be emptied
    assert model.redactions()[1].term == "the lake"
    model.remove(0)
    assert [r.term for r in model.redactions()] == ["the lake"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Printed instead"


def test_optional_section_models_pass_the_tester(qtmodeltester):
    summary = ExerciseSummary("five-senses", 2, 6.0, 3.5, -2.5, 1, 0)
    exercises = ExerciseChoiceModel()
    exercises.set_rows([ExerciseRow("five-senses", "5-4-3-2-1", summary)])
    qtmodeltester.check(exercises)
    helped = exercises.index(0, ExerciseChoiceModel.HELPED)
    exercises.setData(helped, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert exercises.chosen()[0].helped and exercises.chosen()[0].include  # "helped" includes it
    assert exercises.index(0, 1).data() == "3"

    records = RecordChoiceModel()
    records.set_rows([RecordRow("milestone", Milestone("Went to the group", date(2026, 3, 3))),
                      RecordRow("strength", Strength("I ask for help", datetime(2026, 3, 1, 9)))])
    qtmodeltester.check(records)
    records.setData(records.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert [m.text for m in records.chosen("milestone")] == ["Went to the group"] and records.chosen("strength") == []
    assert records.index(0, 0).data() == "Milestone, 3 Mar 2026: Went to the group"

    passages = PassageListModel()
    passages.set_spans("One two three four", [(8, 13), (0, 3)])
    qtmodeltester.check(passages)
    assert passages.index(0, 0).data() == "Passage 1: “One”"


def test_recipe_and_log_models_pass_the_tester(qtmodeltester):
    recipes = RecipeListModel()
    recipes.set_rows([ShareRecipe("Tuesday group", Template.GROUP, DatePrecision.MONTH, (Redaction("Sam"),))])
    qtmodeltester.check(recipes)
    assert recipes.index(0, 0).data() == "Tuesday group — Group-safe, dates by month, 1 word hidden"
    log = ShareLogModel()
    log.set_rows([ShareRecord(1, "2026-03-10T09:00:00Z", "pdf", "group", "Tuesday group", ("questions",),
                              (SharedEntry(3), SharedEntry(4, ((0, 5), (9, 12)))))], {3: "Walk", 4: ""})
    qtmodeltester.check(log)
    text = log.index(0, 0).data()
    assert "PDF, Group-safe" in text and "Walk; Untitled entry (2 passages)" in text and "questions" in text
