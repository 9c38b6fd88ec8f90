"""One exercise before it starts: what it is, its content notes and cautions, the variant, and Start.

Content notes and cautions are always shown here, before anything begins. The eyes-open
(first) variant is chosen unless the person picks another. The rating before starting is
optional and never pre-filled. Sound is off unless turned on here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from companion.exercises.model import Exercise
from companion.ui.grounding.models import exercise_meta
from companion.ui.grounding.rating import DistressRatingWidget
from companion.ui.grounding.sound import ChimePlayer, SoundChoices, speech_service
from companion.ui.widgets.common import button, fill_with, hbox, label, named
from companion.ui.widgets.reflow import scroll_area


class ExerciseDetailsWidget(QWidget):
    start_requested = Signal(str, object, object)  # exercise id, variant id or None, rating before or None
    favourite_toggled = Signal(str, bool)
    edit_requested = Signal(str)
    remove_requested = Signal(str)
    sound_changed = Signal(object)  # SoundChoices

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.exercise: Exercise | None = None
        self._favourite = False
        self._custom = False
        self._loading = False
        self._build()
        self.show_exercise(None)

    def _build(self) -> None:
        inner = QWidget()
        col = QVBoxLayout(inner)
        col.setContentsMargins(6, 2, 14, 12)
        col.setSpacing(10)
        self.title = label("", "title")
        self.meta = label("", "muted")
        self.summary = label("")
        col.addWidget(self.title)
        col.addWidget(self.meta)
        col.addWidget(self.summary)

        self.notes_box = QFrame()
        self.notes_box.setProperty("role", "banner")
        notes = QVBoxLayout(self.notes_box)
        notes.setContentsMargins(12, 10, 12, 10)
        notes.setSpacing(6)
        notes.addWidget(label(self.tr("Before you start"), "heading"))
        self.notes_text = label("")
        self.notes_text.setAccessibleName(self.tr("Content notes and cautions"))
        notes.addWidget(self.notes_text)
        col.addWidget(self.notes_box)
        self.always = label(self.tr("You can pause or stop at any moment, and skip any step. Stopping is always fine."),
                            "muted")
        col.addWidget(self.always)

        self.variant_combo = named(QComboBox(), self.tr("Way of doing it"))
        self.variant_combo.currentIndexChanged.connect(self._on_variant_changed)
        self.variant_label = label(self.tr("Way of doing it"), buddy=self.variant_combo, wrap=False)
        self.variant_text = label("", "muted")
        self.variant_row = QWidget()
        vrow = QVBoxLayout(self.variant_row)
        vrow.setContentsMargins(0, 0, 0, 0)
        vrow.setSpacing(4)
        vrow.addLayout(hbox(self.variant_label, self.variant_combo, grow=self.variant_combo))
        vrow.addWidget(self.variant_text)
        col.addWidget(self.variant_row)

        self.before_rating = DistressRatingWidget(self.tr("If you'd like to note it: how strong does any distress feel right now?"))
        col.addWidget(self.before_rating)

        # sound: off unless chosen; silently unavailable where Qt has no audio or speech
        self.chime_check = named(QCheckBox(self.tr("Soft chime at each change")), self.tr("Soft chime at each change"))
        self.speech_check = named(QCheckBox(self.tr("Spoken guidance")), self.tr("Spoken guidance"))
        self.volume = named(QSlider(Qt.Orientation.Horizontal), self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(60)
        self.volume.setMaximumWidth(140)
        self.volume_label = label(self.tr("Volume"), buddy=self.volume, wrap=False)
        for widget in (self.chime_check, self.speech_check):
            widget.toggled.connect(self._on_sound_toggled)
        self.volume.valueChanged.connect(lambda _v: self._emit_sound())
        col.addLayout(hbox(self.chime_check, self.speech_check, end=(self.volume_label, self.volume)))
        self.sound_note = label("", "muted")
        self.sound_note.setVisible(False)
        col.addWidget(self.sound_note)

        self.start_button = button(self.tr("Start"), self.tr("Start the exercise"), primary=True)
        self.start_button.setDefault(False)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.favourite_button = button(self.tr("Add to favourites"))
        self.favourite_button.clicked.connect(self._on_favourite_clicked)
        self.edit_button = button(self.tr("Edit…"), self.tr("Edit this exercise"))
        self.edit_button.clicked.connect(lambda: self.exercise and self.edit_requested.emit(self.exercise.id))
        self.remove_button = button(self.tr("Remove…"), self.tr("Remove this exercise"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        col.addLayout(hbox(self.start_button, self.favourite_button, end=(self.edit_button, self.remove_button)))
        self.message = label("", "status")
        self.message.setAccessibleName(self.tr("Message"))
        col.addWidget(self.message)
        self.source = label("", "muted")
        self.source.setAccessibleName(self.tr("Source"))
        col.addWidget(self.source)
        col.addStretch(1)

        self.empty = label(self.tr("Choose an exercise to see what it involves before you start."), "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = inner
        self.scroll = scroll_area(inner, frame=False)
        lay = fill_with(self, self.empty)  # (only one of the two is shown at a time)
        lay.addWidget(self.scroll, 1)

    # -- showing ---------------------------------------------------------------------------
    def show_exercise(self, exercise: Exercise | None, *, favourite: bool = False, custom: bool = False) -> None:
        same = exercise is not None and self.exercise is not None and exercise.id == self.exercise.id
        self.exercise = exercise
        self._favourite = favourite
        self._custom = custom
        self.empty.setVisible(exercise is None)
        self.scroll.setVisible(exercise is not None)
        if exercise is None:
            for lab in (self.title, self.meta, self.summary, self.notes_text, self.variant_text, self.source,
                        self.message):
                lab.setText("")
            self.variant_combo.clear()
            self.before_rating.clear()
            return
        self.title.setText(exercise.title)
        steps = exercise.steps_for(None)
        paced = any(s.breathing is not None for s in exercise.steps)
        extra = self.tr("%1 steps").replace("%1", str(len(steps)))
        if paced:
            extra += " · " + self.tr("with a breath pacer")
        self.meta.setText(exercise_meta(exercise) + " · " + extra)
        self.summary.setText(exercise.summary)
        parts = []
        if exercise.content_notes:
            parts.append("\n".join([self.tr("Content notes"), *("•  " + n for n in exercise.content_notes)]))
        if exercise.cautions:
            parts.append("\n".join([self.tr("Take care"), *("•  " + c for c in exercise.cautions)]))
        self.notes_text.setText("\n\n".join(parts))
        self.notes_box.setVisible(bool(parts))
        self._loading = True
        self.variant_combo.clear()
        for v in exercise.variants:
            self.variant_combo.addItem(v.title, v.id)
        self.variant_combo.setCurrentIndex(0)  # the first variant is the gentlest (eyes open)
        self._loading = False
        self.variant_row.setVisible(bool(exercise.variants))
        self._on_variant_changed(0)
        if not same:
            self.before_rating.clear()
            self.message.setText("")
        self._update_favourite()
        self.edit_button.setVisible(custom)
        self.remove_button.setVisible(custom)
        self.remove_button.setProperty("confirm", False)
        self.remove_button.setText(self.tr("Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove this exercise"))
        self.source.setText(self.tr("Source: %1").replace("%1", exercise.source))

    def set_favourite(self, favourite: bool) -> None:
        self._favourite = favourite
        self._update_favourite()

    def _update_favourite(self) -> None:
        text = self.tr("Remove from favourites") if self._favourite else self.tr("Add to favourites")
        self.favourite_button.setText(text)
        self.favourite_button.setAccessibleName(text)

    def _on_variant_changed(self, _index: int) -> None:
        if self._loading or self.exercise is None:
            return
        variant = self.exercise.variant(self.variant_combo.currentData()) if self.variant_combo.count() else None
        self.variant_text.setText(variant.description if variant is not None else "")

    # -- sound ---------------------------------------------------------------------------
    def set_sound(self, choices: SoundChoices) -> None:
        self._loading = True
        self.chime_check.setChecked(choices.chime)
        self.speech_check.setChecked(choices.speech)
        self.volume.setValue(choices.volume)
        self._loading = False

    def sound_choices(self) -> SoundChoices:
        return SoundChoices(self.chime_check.isChecked(), self.speech_check.isChecked(), self.volume.value())

    def _on_sound_toggled(self, on: bool) -> None:
        if self._loading:
            return
        if on:  # find out whether this computer can do it; say so once if not
            if self.chime_check.isChecked() and not ChimePlayer(self).probe():
                self._unavailable(self.chime_check, self.tr("sound"))
            if self.speech_check.isChecked():
                service = speech_service()
                known = service.probe()  # the engine answers from its own thread
                if known is None:
                    service.availability_known.connect(self._on_speech_known, Qt.ConnectionType.SingleShotConnection)
                elif not known:
                    self._unavailable(self.speech_check, self.tr("a speech engine"))
        self._emit_sound()

    def _on_speech_known(self, ok: bool) -> None:
        if not ok and self.speech_check.isChecked():
            self._unavailable(self.speech_check, self.tr("a speech engine"))

    def _unavailable(self, check: QCheckBox, what: str) -> None:
        check.setChecked(False)
        self.sound_note.setText(self.tr("Companion can't find %1 on this computer, so the exercise will be "
                                        "silent. Everything else works the same.").replace("%1", what))
        self.sound_note.setVisible(True)

    def _emit_sound(self) -> None:
        if not self._loading:
            self.sound_changed.emit(self.sound_choices())

    # -- actions -------------------------------------------------------------------------
    def _on_start_clicked(self) -> None:
        if self.exercise is None:
            return
        variant = self.variant_combo.currentData() if self.exercise.variants else None
        self.start_requested.emit(self.exercise.id, variant, self.before_rating.value)

    def _on_favourite_clicked(self) -> None:
        if self.exercise is None:
            return
        self._favourite = not self._favourite
        self._update_favourite()
        self.favourite_toggled.emit(self.exercise.id, self._favourite)

    def _on_remove_clicked(self) -> None:
        if self.exercise is None:
            return
        if not self.remove_button.property("confirm"):
            self.remove_button.setProperty("confirm", True)
            self.remove_button.setText(self.tr("Remove for good"))
            self.remove_button.setAccessibleName(self.tr("Remove this exercise for good"))
            self.message.setText(self.tr("Press “Remove for good” to remove your exercise. Your practice history stays."))
            return
        self.remove_button.setProperty("confirm", False)
        self.remove_requested.emit(self.exercise.id)

    def forget(self) -> None:
        self.show_exercise(None)
        self.set_sound(SoundChoices())
        self.sound_note.setText("")
        self.sound_note.setVisible(False)
