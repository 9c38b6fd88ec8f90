"""Packs through the dialogs (look first, then accept or decline; export and read back) and the
custom exercise editor (a valid exercise is saved; an invalid one is refused with one sentence)."""

from __future__ import annotations

from companion.exercises.model import Exercise
from companion.exercises.packs import make_pack, read_pack, write_pack
from companion.exercises.validate import Problem
from companion.ui.grounding.exercise_editor_dialog import ExerciseEditorDialog, friendly_problem, slug_for
from companion.ui.grounding.pack_dialog import PackExportDialog, PackImportDialog
from tests.ui.conftest import unlock
from tests.ui.grounding.grounding_helpers import open_grounding, vault_call


def group_exercise(version: int = 1, title: str = "Feet on the floor") -> Exercise:
    return Exercise.from_dict({
        "format_version": 1, "id": "group-feet", "version": version, "title": title,
        "summary": "Noticing the floor under your feet.", "category": "body", "duration_minutes": 2,
        "intensity": "gentle", "source": "Our Tuesday group", "content_notes": ["Attention on the feet."],
        "steps": [{"text": "You might notice your feet on the floor."}, {"text": "Press gently.", "duration_seconds": 20}],
    })


def own_ids(qtbot, harness) -> dict[str, int]:
    return vault_call(qtbot, harness, lambda v: v.exercises.versions())


def open_import(qtbot, page, path) -> PackImportDialog:
    page.pack_dialog = None
    page.open_pack(str(path))
    qtbot.waitUntil(lambda: isinstance(page.pack_dialog, PackImportDialog) and page.pack_dialog.isVisible(),
                    timeout=5000)
    return page.pack_dialog


def test_pack_import_asks_first_then_export_round_trip(qtbot, make_app, vault_dir, tmp_path):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    page = open_grounding(qtbot, harness)
    pack_file = tmp_path / "tuesday.json"
    write_pack(pack_file, make_pack("Tuesday group", "Sam", 1, [group_exercise()]))

    dialog = open_import(qtbot, page, pack_file)
    assert "Feet on the floor (group-feet, version 1)" in dialog.contents.toPlainText()
    assert "Content note: Attention on the feet." in dialog.contents.toPlainText()
    assert dialog.preview.text().startswith("Importing would add 1 exercise and update 0 exercises")
    dialog.cancel_button.click()  # declined: nothing changes
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert own_ids(qtbot, harness) == {}

    dialog = open_import(qtbot, page, pack_file)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Added 1 exercise.", timeout=5000)
    assert own_ids(qtbot, harness) == {"group-feet": 1}
    qtbot.waitUntil(lambda: page.library.model.row_of("group-feet") >= 0, timeout=5000)
    assert page.library.select("group-feet") and page.library.details.edit_button.isVisible()

    # a newer version of the pack updates only with consent
    write_pack(pack_file, make_pack("Tuesday group", "Sam", 2, [group_exercise(2, "Feet, grounded")]))
    dialog = open_import(qtbot, page, pack_file)
    assert "[you already have an exercise with this id]" in dialog.contents.toPlainText()
    assert "update 1 exercise" in dialog.preview.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Updated 1 exercise.", timeout=5000)
    assert own_ids(qtbot, harness) == {"group-feet": 2}

    # export: own exercises are chosen already; add a shipped one and read the file back
    page.library.select("box-breathing")
    page.export_pack()
    export = page.pack_dialog
    assert isinstance(export, PackExportDialog)
    assert set(export.model.checked_ids()) == {"group-feet", "box-breathing"}
    export.author_edit.setText("Sam")
    target = tmp_path / "out" / "ours.json"
    target.parent.mkdir()
    export.save_to(str(target))
    qtbot.waitUntil(lambda: export.message.text().startswith("Saved a pack with 2 exercises"), timeout=5000)
    back = read_pack(target)
    assert {e.id for e in back.exercises} == {"group-feet", "box-breathing"} and back.author == "Sam"
    export.reject()


def test_an_invalid_pack_changes_nothing_and_says_why(qtbot, make_app, vault_dir, tmp_path):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    page = open_grounding(qtbot, harness)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "companion-pack", "format_version": 1, "title": "x", "author": "", '
                   '"version": 1, "exercises": [{"id": "NOPE"}]}', encoding="utf-8")
    page.pack_dialog = None
    page.open_pack(str(bad))
    qtbot.waitUntil(lambda: page.status.text() != "", timeout=5000)
    assert page.status.text().startswith("That pack could not be used; nothing was changed.")
    assert page.pack_dialog is None
    assert own_ids(qtbot, harness) == {}


def test_editor_saves_a_valid_exercise_and_refuses_an_invalid_one(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    page = open_grounding(qtbot, harness)
    page.library.new_button.click()
    dialog = page.editor_dialog
    assert isinstance(dialog, ExerciseEditorDialog) and dialog.isVisible()

    dialog.save_button.click()  # nothing filled in yet
    assert dialog.message.text().startswith("The title must not be empty.")
    assert own_ids(qtbot, harness) == {}

    dialog.title_edit.setText("Evening wind-down")
    dialog.summary_edit.setPlainText("A slow breath and a look around.")
    dialog.step_text.setPlainText("You might look around the room, eyes open.")
    dialog.add_step_button.click()
    dialog.step_text.setPlainText("")
    dialog.timing_combo.setCurrentIndex(dialog.timing_combo.findData("breathing"))
    dialog.save_button.click()
    assert dialog.message.text().startswith("Step 2's text must not be empty.")
    assert dialog.steps_view.currentIndex().row() == 1
    dialog.step_text.setPlainText("Breathe in for four and out for six, if that feels okay.")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save_button.click()
    exercise = saved.args[0]
    assert exercise.id == "my-evening-wind-down" and exercise.steps[1].breathing.cycles == 6
    qtbot.waitUntil(lambda: page.library.model.row_of("my-evening-wind-down") >= 0, timeout=5000)
    stored = vault_call(qtbot, harness, lambda v: v.exercises.all())
    assert [e.to_dict() for e in stored] == [exercise.to_dict()]
    assert page.library.details.exercise.id == "my-evening-wind-down"

    # editing keeps the id and raises the version
    page.edit_exercise("my-evening-wind-down")
    editor = page.editor_dialog
    editor.title_edit.setText("Evening wind-down, shorter")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.save_button.click()
    assert (saved.args[0].id, saved.args[0].version) == ("my-evening-wind-down", 2)


def test_editor_words():
    assert slug_for("Evening walk!", set()) == "my-evening-walk"
    assert slug_for("Evening walk", {"my-evening-walk"}) == "my-evening-walk-2"
    assert slug_for("Пауза", set()) == "my-exercise"
    assert friendly_problem(Problem("steps[2].breathing.cycles", "must be between 1 and 50")) == \
        "Step 3's number of breaths must be between 1 and 50."
    assert friendly_problem(Problem("cautions[0]", "must not be empty"), 2).startswith("Caution 1 must not be empty.")
