"""Write your own exercise in a form: what it is on the left, its steps on the right (one above the
other when they do not fit side by side, e.g. at 200% text; the form then scrolls).

The form builds the same JSON an exercise file holds and checks it with the core
validator (companion.exercises.validate); a problem comes back as one plain sentence
naming the field ("Step 2's text must not be empty."). Saving stores it in the vault.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.errors import CompanionError
from companion.exercises.model import Exercise
from companion.exercises.validate import CATEGORIES, FORMAT_VERSION, INTENSITIES, Problem, exercise_problems
from companion.ui.grounding.models import StepListModel
from companion.ui.grounding.words import category_label, intensity_label, phase_short, tr
from companion.ui.widgets.common import button, label, named
from companion.ui.widgets.reflow import FlowLayout, SideBySide, flow_row, same_width
from companion.ui.widgets.scroll_dialog import ScrollDialog

TIMING_WAIT, TIMING_TIMED, TIMING_BREATHING = "wait", "timed", "breathing"
PHASE_ORDER = ("in", "hold", "out", "hold_empty")
_STEP_PATH = re.compile(r"steps\[(\d+)\](?:\.(\w+))?")
_LIST_PATH = re.compile(r"(content_notes|cautions)\[(\d+)\]")


def slug_for(title: str, taken: set[str]) -> str:
    """'my-evening-walk' from 'Evening walk', unique among `taken` (shipped and own ids)."""
    words = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")
    base = ("my-" + words if words else "my-exercise")[:56].rstrip("-")
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def friendly_problem(problem: Problem, more: int = 0) -> str:
    """One plain sentence for the first problem the validator found."""
    path, reason = problem.path, problem.reason
    what = tr("Something in the exercise")
    step = _STEP_PATH.match(path)
    listed = _LIST_PATH.match(path)
    if step:
        n = int(step.group(1)) + 1
        field = step.group(2) or ""
        if field == "text":
            what = tr("Step %1's text").replace("%1", str(n))
        elif field == "duration_seconds":
            what = tr("Step %1's length").replace("%1", str(n))
        elif field == "breathing":
            what = tr("Step %1's breathing").replace("%1", str(n))
            if ".cycles" in path:
                what = tr("Step %1's number of breaths").replace("%1", str(n))
            elif ".seconds" in path:
                what = tr("Each breathing count in step %1").replace("%1", str(n))
        else:
            what = tr("Step %1").replace("%1", str(n))
    elif path == "steps":
        what = tr("The steps")
        if reason == "must not be empty":
            reason = tr("need at least one step")
    elif listed:
        n = int(listed.group(2)) + 1
        what = (tr("Content note %1") if listed.group(1) == "content_notes" else tr("Caution %1")).replace("%1", str(n))
    else:
        what = {
            "title": tr("The title"), "id": tr("The title"), "summary": tr("The summary"),
            "source": tr("Where it comes from"), "duration_minutes": tr("The typical length"),
            "category": tr("The kind"), "intensity": tr("The intensity"),
            "content_notes": tr("The content notes"), "cautions": tr("The cautions"),
        }.get(path, what)
    sentence = f"{what} {reason}."
    if more:
        sentence += " " + tr("(There is %1 more thing to check after that.)" if more == 1 else
                             "(There are %1 more things to check after that.)").replace("%1", str(more))
    return sentence


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(float(value), 2)


class ExerciseEditorDialog(ScrollDialog):
    saved = Signal(object)  # the Exercise as stored

    def __init__(self, session, taken_ids: set[str], exercise: Exercise | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent=parent, margins=(20, 18, 20, 16))
        self.session = session
        self._taken = set(taken_ids)
        self._original = exercise
        self._current_row = -1
        self._loading = False
        self.set_title(self.tr("Edit your exercise") if exercise is not None else self.tr("New exercise"))
        self.base_size = QSize(1000, 640)  # at 100% text; it grows with the text, up to the screen
        self.steps_model = StepListModel(self)
        self._build()
        self._load(exercise)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.body.body_layout.addWidget(label(self.tr(
            "Write it in your own words. Invitations tend to feel kinder than commands (“you might…”), "
            "and a way to keep your eyes open helps. Everything is plain text."), "muted"))
        self.columns = SideBySide(spacing=18)
        self.body.body_layout.addWidget(self.columns, 1)

        about = QFormLayout()
        about.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        about.setVerticalSpacing(8)
        self.title_edit = named(QLineEdit(), self.tr("Title"))
        self.summary_edit = self._text_edit(self.tr("Summary"), 60)
        self.category_combo = named(QComboBox(), self.tr("Kind"))
        for category in CATEGORIES:
            self.category_combo.addItem(category_label(category), category)
        self.minutes_spin = named(QDoubleSpinBox(), self.tr("Typical length in minutes"))
        self.minutes_spin.setRange(0.5, 120)
        self.minutes_spin.setSingleStep(0.5)
        self.minutes_spin.setDecimals(1)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.intensity_combo = named(QComboBox(), self.tr("Intensity"))
        for intensity in INTENSITIES:
            self.intensity_combo.addItem(intensity_label(intensity), intensity)
        self.notes_edit = self._text_edit(self.tr("Content notes, one per line"), 54)
        self.cautions_edit = self._text_edit(self.tr("Cautions, one per line"), 54)
        self.source_edit = named(QLineEdit(), self.tr("Where it comes from"))
        for text, widget in ((self.tr("Title"), self.title_edit), (self.tr("Summary"), self.summary_edit),
                             (self.tr("Kind"), self.category_combo), (self.tr("Typical length"), self.minutes_spin),
                             (self.tr("Intensity"), self.intensity_combo),
                             (self.tr("Content notes"), self.notes_edit), (self.tr("Cautions"), self.cautions_edit),
                             (self.tr("Comes from"), self.source_edit)):
            about.addRow(label(text, buddy=widget, wrap=False), widget)
        left = QWidget()
        left.setLayout(about)
        self.columns.add(left, 5)

        steps = QVBoxLayout()
        steps.setSpacing(8)
        steps.addWidget(label(self.tr("Steps"), "heading"))
        self.steps_view = named(QListView(), self.tr("Steps"))
        self.steps_view.setModel(self.steps_model)
        self.steps_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps_view.setMinimumHeight(110)
        self.steps_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.steps_view.setSpacing(2)
        self.steps_view.selectionModel().currentChanged.connect(lambda cur, _prev: self._show_step(cur.row()))
        steps.addWidget(self.steps_view, 1)
        self.add_step_button = button(self.tr("Add step"), self.tr("Add a step"))
        self.add_step_button.clicked.connect(self._on_add_step_clicked)
        self.remove_step_button = button(self.tr("Remove step"), self.tr("Remove this step"))
        self.remove_step_button.clicked.connect(self._on_remove_step_clicked)
        self.up_button = button(self.tr("Up"), self.tr("Move step up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = button(self.tr("Down"), self.tr("Move step down"))
        self.down_button.clicked.connect(lambda: self._move(+1))
        steps.addWidget(flow_row(self.add_step_button, self.remove_step_button, self.up_button, self.down_button,
                                 spacing=6))

        # The step's fields: a form whose labels go above their fields when narrow, and the breathing
        # counts in a row that wraps (Tab order: text, timing, seconds, in, hold, out, hold, breaths).
        self.step_box = QFrame()
        self.step_box.setProperty("role", "banner")
        box = QFormLayout(self.step_box)
        box.setContentsMargins(10, 8, 10, 8)
        box.setVerticalSpacing(6)
        box.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        box.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.step_text = self._text_edit(self.tr("Step text"), 70)
        self.step_text.setMaximumHeight(120)
        self.timing_combo = named(QComboBox(), self.tr("Timing"))
        self.timing_combo.addItem(self.tr("Waits until I choose Next"), TIMING_WAIT)
        self.timing_combo.addItem(self.tr("Timed"), TIMING_TIMED)
        self.timing_combo.addItem(self.tr("Paced breathing"), TIMING_BREATHING)
        self.seconds_spin = named(QSpinBox(), self.tr("Step length in seconds"))
        self.seconds_spin.setRange(1, 600)
        self.seconds_spin.setValue(30)
        self.seconds_spin.setSuffix(self.tr(" s"))
        box.addRow(label(self.tr("Text"), buddy=self.step_text, wrap=False), self.step_text)
        timing_row = QWidget()
        timing = FlowLayout(timing_row, spacing=8, row_spacing=6)
        timing.addWidget(self.timing_combo)
        timing.addWidget(self.seconds_spin)
        box.addRow(label(self.tr("Timing"), buddy=self.timing_combo, wrap=False), timing_row)
        self.phase_spins: dict[str, QDoubleSpinBox] = {}
        counts = QWidget()
        counts_flow = FlowLayout(counts, spacing=14, row_spacing=6)
        count_labels = []

        def count(text: str, spin) -> None:
            lab = label(text, buddy=spin, wrap=False)
            count_labels.append(lab)
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(lab)
            row.addWidget(spin, 1)
            counts_flow.addWidget(pair)

        for kind in PHASE_ORDER:
            spin = named(QDoubleSpinBox(), self.tr("%1 seconds (0 leaves it out)").replace("%1", phase_short(kind)))
            spin.setRange(0, 60)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" s"))
            spin.setValue({"in": 4, "out": 6}.get(kind, 0))
            self.phase_spins[kind] = spin
            count(phase_short(kind), spin)
        self.cycles_spin = named(QSpinBox(), self.tr("Number of breaths"))
        self.cycles_spin.setRange(1, 50)
        self.cycles_spin.setValue(6)
        count(self.tr("Breaths"), self.cycles_spin)
        same_width(*count_labels)  # the counts line up when they wrap
        box.addRow(counts)
        steps.addWidget(self.step_box)
        right = QWidget()
        right.setLayout(steps)
        self.columns.add(right, 6)

        self.step_text.textChanged.connect(self._store_step)
        self.timing_combo.currentIndexChanged.connect(self._on_timing_changed)
        for spin in (self.seconds_spin, self.cycles_spin, *self.phase_spins.values()):
            spin.valueChanged.connect(lambda _v: self._store_step())

        self.message = label("", "error")
        self.message.setAccessibleName(self.tr("Message"))
        self.outer.insertWidget(1, self.message)  # between the body and the buttons
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = button(self.tr("Save exercise"), primary=True)
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.add_buttons(self.cancel_button, self.save_button)

    def _text_edit(self, name: str, height: int) -> QPlainTextEdit:
        edit = named(QPlainTextEdit(), name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        return edit

    # -- loading and steps ----------------------------------------------------------------
    def _load(self, exercise: Exercise | None) -> None:
        if exercise is None:
            self.source_edit.setText(self.tr("My own words"))
            self.minutes_spin.setValue(3)
            self.steps_model.set_rows([{"text": ""}])
        else:
            self.title_edit.setText(exercise.title)
            self.summary_edit.setPlainText(exercise.summary)
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(exercise.category)))
            self.minutes_spin.setValue(exercise.duration_minutes)
            self.intensity_combo.setCurrentIndex(max(0, self.intensity_combo.findData(exercise.intensity)))
            self.notes_edit.setPlainText("\n".join(exercise.content_notes))
            self.cautions_edit.setPlainText("\n".join(exercise.cautions))
            self.source_edit.setText(exercise.source)
            self.steps_model.set_rows([s.to_dict() for s in exercise.steps])
        self.steps_view.setCurrentIndex(self.steps_model.index(0, 0))
        self._show_step(0)

    def _show_step(self, row: int) -> None:
        step = self.steps_model.step(row)
        self._current_row = row if step is not None else -1
        self.step_box.setEnabled(step is not None)
        self._loading = True
        step = step or {"text": ""}
        self.step_text.setPlainText(step.get("text", ""))
        if "breathing" in step:
            timing = TIMING_BREATHING
            phases = {p["kind"]: p["seconds"] for p in step["breathing"].get("phases", [])}
            for kind, spin in self.phase_spins.items():
                spin.setValue(float(phases.get(kind, 0)))
            self.cycles_spin.setValue(int(step["breathing"].get("cycles", 6)))
        elif "duration_seconds" in step:
            timing = TIMING_TIMED
            self.seconds_spin.setValue(round(step["duration_seconds"]))
        else:
            timing = TIMING_WAIT
        self.timing_combo.setCurrentIndex(self.timing_combo.findData(timing))
        self._loading = False
        self._sync_timing_fields()

    def _on_timing_changed(self, _index: int) -> None:
        self._sync_timing_fields()
        self._store_step()

    def _sync_timing_fields(self) -> None:
        timing = self.timing_combo.currentData()
        self.seconds_spin.setEnabled(timing == TIMING_TIMED)
        for spin in (*self.phase_spins.values(), self.cycles_spin):
            spin.setEnabled(timing == TIMING_BREATHING)

    def _step_from_fields(self) -> dict:
        step: dict = {"text": self.step_text.toPlainText().strip()}
        timing = self.timing_combo.currentData()
        if timing == TIMING_TIMED:
            step["duration_seconds"] = self.seconds_spin.value()
        elif timing == TIMING_BREATHING:
            phases = [{"kind": kind, "seconds": _num(self.phase_spins[kind].value())}
                      for kind in PHASE_ORDER if self.phase_spins[kind].value() > 0]
            step["breathing"] = {"phases": phases, "cycles": self.cycles_spin.value()}
        return step

    def _store_step(self) -> None:
        if self._loading or self._current_row < 0:
            return
        self.steps_model.replace(self._current_row, self._step_from_fields())

    def _on_add_step_clicked(self) -> None:
        row = self.steps_model.insert(self._current_row + 1, {"text": ""})
        self.steps_view.setCurrentIndex(self.steps_model.index(row, 0))
        self.step_text.setFocus()

    def _on_remove_step_clicked(self) -> None:
        row = self._current_row
        if row < 0:
            return
        self.steps_model.remove(row)
        row = min(row, self.steps_model.rowCount() - 1)
        if row >= 0:
            self.steps_view.setCurrentIndex(self.steps_model.index(row, 0))
        self._show_step(row)

    def _move(self, delta: int) -> None:
        if self._current_row < 0:
            return
        row = self.steps_model.move(self._current_row, delta)
        self.steps_view.setCurrentIndex(self.steps_model.index(row, 0))

    # -- saving ------------------------------------------------------------------------------
    def document(self) -> dict:
        """The exercise as its file would hold it (not yet checked)."""
        original = self._original
        title = self.title_edit.text().strip()
        exercise_id = original.id if original is not None else slug_for(title, self._taken)
        return {
            "format_version": FORMAT_VERSION,
            "id": exercise_id,
            "version": original.version + 1 if original is not None else 1,
            "title": title,
            "summary": self.summary_edit.toPlainText().strip(),
            "category": self.category_combo.currentData(),
            "duration_minutes": _num(self.minutes_spin.value()),
            "intensity": self.intensity_combo.currentData(),
            "content_notes": _lines(self.notes_edit),
            "cautions": _lines(self.cautions_edit),
            "variants": [],
            "source": self.source_edit.text().strip(),
            "steps": self.steps_model.steps(),
        }

    def check(self) -> Exercise | None:
        """The exercise if the form is valid; otherwise None, with one sentence on screen."""
        self._store_step()
        data = self.document()
        problems = exercise_problems(data)
        if problems:
            self.message.setText(friendly_problem(problems[0], len(problems) - 1))
            self._focus_problem(problems[0])
            return None
        self.message.setText("")
        return Exercise.from_dict(data)

    def _focus_problem(self, problem: Problem) -> None:
        step = _STEP_PATH.match(problem.path)
        if step:
            row = int(step.group(1))
            self.steps_view.setCurrentIndex(self.steps_model.index(row, 0))
            self.step_text.setFocus()
            return
        target = {"title": self.title_edit, "id": self.title_edit, "summary": self.summary_edit,
                  "source": self.source_edit, "steps": self.add_step_button}.get(problem.path.split("[")[0])
        if problem.path.startswith("content_notes"):
            target = self.notes_edit
        elif problem.path.startswith("cautions"):
            target = self.cautions_edit
        if target is not None:
            target.setFocus()

    def save(self) -> None:
        exercise = self.check()
        if exercise is None:
            return
        if not self.session.is_open:
            self.message.setText(self.tr("Your journal is locked, so the exercise can't be saved right now."))
            return
        self.save_button.setEnabled(False)

        def failed(error):
            self.save_button.setEnabled(True)
            self.message.setText(str(error) if isinstance(error, CompanionError)
                                 else self.tr("The exercise could not be saved; nothing was changed."))

        def done(_):
            self.saved.emit(exercise)
            self.accept()

        self.session.run(lambda v: v.exercises.save(exercise), done, failed, name="save exercise")
