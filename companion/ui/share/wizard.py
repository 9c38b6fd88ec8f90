"""The share wizard: Choose → Protect → Preview → Output, with Back and Next, all by keyboard.

Alt+N goes on, Alt+B goes back, and "Stop sharing" (Escape) leaves at any moment, forgetting
every choice; nothing is written until the last step. Vault reads go through the session's
database worker; composing and laying out the pages runs on the thread pool (jobs.py), so
the window stays responsive even for a long selection.

The document shown in the preview is the document that is printed or written: the output
step receives the very same ExportDocument.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from companion.errors import CompanionError
from companion.journal.model import HIGHLIGHT_END, HIGHLIGHT_START, ShareState
from companion.ui.models.entry_list import Roles
from companion.ui.session import Session
from companion.ui.share.choose_step import ChooseStep
from companion.ui.share.entry_choice_model import ShareRow
from companion.ui.share.output_step import OutputStep
from companion.ui.share.preview_step import PreviewStep
from companion.ui.share.protect_step import ProtectStep
from companion.ui.share.section_models import ExerciseRow, RecordRow
from companion.ui.widgets.common import button, label

CHOOSE, PROTECT, PREVIEW, OUTPUT = range(4)


def fetch_rows(vault, query, cursor, limit):
    """One page of the choose list (on the database worker): rows with their last share time."""
    from companion.store.share_log import ShareLogRepository

    if query.has_text:
        result, start = cursor if cursor is not None else (vault.entries.search(query), 0)
        hits = vault.entries.hits(result, start, limit)
        rows = [ShareRow(h.id, h.entry_date, h.title,
                         h.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, ""), tuple(h.tags),
                         h.share_state) for h in hits]
        following = (result, start + len(hits))
    else:
        summaries = vault.entries.page(query, after=cursor, limit=limit)
        rows = [ShareRow(s.id, s.entry_date, s.title, s.preview, tuple(s.tags), s.share_state) for s in summaries]
        following = (summaries[-1].entry_date, summaries[-1].id) if summaries else None
    shared = ShareLogRepository(vault.connection, vault.db_path).shared_dates([r.id for r in rows])
    rows = [ShareRow(r.id, r.entry_date, r.title, r.preview, r.tags, r.share_state,
                     (shared.get(r.id) or [None])[0]) for r in rows]
    return rows, following


def optional_data(vault):
    """What the optional sections and the suggestions offer (on the database worker)."""
    from companion.exercises.library import load_shipped
    from companion.export.redact import suggest_terms

    summaries = vault.practices.summaries()
    names: dict[str, str] = {}
    if summaries:
        try:
            names.update({e.id: e.title for e in load_shipped()})
        except CompanionError:
            pass
        try:
            names.update({e.id: e.title for e in vault.exercises.all()})
        except CompanionError:
            pass
    exercises = [ExerciseRow(s.exercise_id, names.get(s.exercise_id, s.exercise_id), s)
                 for s in summaries if s.total_practices]
    records = [RecordRow("milestone", m) for m in vault.milestones.all()]
    records += [RecordRow("strength", s) for s in vault.strengths.all()]
    from companion.export.selection import RecipeBook

    return {
        "tags": [name for name, _count in vault.entries.tags()],
        "people": suggest_terms(vault.people.all()),
        "exercises": exercises,
        "records": records,
        "recipes": RecipeBook(vault.settings).all(),
    }


class ShareWizard(QWidget):
    closed = Signal()  # stopped or done: the share page goes back to its start
    shared = Signal()  # something was printed or written (and logged if asked)
    recipes_changed = Signal()

    def __init__(self, session: Session, reduced_motion=False, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._reduced_motion = reduced_motion
        self._generation = 0  # bumped on reset/lock: late answers are dropped
        self.prepared = None
        self.selection = None
        self._prepare_call = None
        self._build()
        session.locked.connect(self._on_session_locked)

    # -- layout -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = label(self.tr("Share with a group"), "title")
        self.step_label = label("", "muted")
        self.step_label.setAccessibleName(self.tr("Step"))
        self.choose = ChooseStep()
        self.protect = ProtectStep()
        self.preview = PreviewStep(self._reduced_motion)
        self.output = OutputStep(self._reduced_motion)
        self.steps = QStackedWidget()
        for step in (self.choose, self.protect, self.preview, self.output):
            self.steps.addWidget(step)
        self.message = label("", "error")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)
        self.cancel_button = button(self.tr("Stop sharing"), self.tr("Stop sharing and forget these choices"),
                                    tooltip=self.tr("Nothing is written until the last step (Escape)"))
        self.back_button = button(self.tr("&Back"), self.tr("Back"), tooltip=self.tr("Back (Alt+B)"))
        self.next_button = button(self.tr("&Next"), self.tr("Next"), primary=True, tooltip=self.tr("Next (Alt+N)"))
        self.next_button.setDefault(False)
        self.next_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.stop)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addSpacing(12)
        head.addWidget(self.step_label, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.cancel_button)
        foot.addStretch(1)
        foot.addWidget(self.back_button)
        foot.addWidget(self.next_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 0, 0)
        lay.setSpacing(8)
        lay.addLayout(head)
        lay.addWidget(self.steps, 1)
        lay.addWidget(self.message)
        lay.addLayout(foot)

        escape = QAction(self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self._on_escape)
        self.addAction(escape)

        self.choose.search_changed.connect(self.reload_entries)
        self.choose.entry_requested.connect(self._open_entry)
        self.protect.recipe_save_requested.connect(self._save_recipe)
        self.output.written.connect(self._on_written)
        self.output.busy_changed.connect(self._on_output_busy)
        self._show_step(CHOOSE)

    def _on_escape(self) -> None:
        if self.steps.currentIndex() == CHOOSE and self.choose.search_edit.hasFocus() and \
                self.choose.search_edit.text():
            self.choose.search_edit.setText("")
            return
        self.stop()

    # -- starting ------------------------------------------------------------------------------------------
    def start(self, recipe=None) -> None:
        """Begin afresh (optionally with a saved recipe's protections)."""
        self.reset()
        self.reload_entries()
        generation = self._generation

        def done(data):
            if generation != self._generation:
                return
            self.choose.set_tags(data["tags"])
            self.choose.set_optional_data(data["exercises"], data["records"])
            self.protect.set_people(data["people"])
            self.protect.set_recipes(data["recipes"])
            if recipe is not None:
                self.protect.apply_recipe(recipe)

        self.session.run(optional_data, done, self._show_error, name="share: what to offer")
        self._show_step(CHOOSE)
        self.choose.focus_search()

    def reset(self) -> None:
        """Forget every choice and everything shown."""
        self._generation += 1
        old, self.prepared = self.prepared, None
        self.selection = None
        self.choose.forget()
        self.protect.forget()
        self.preview.forget()
        self.output.forget()
        if old is not None:
            old.release()
        self._hide_message()
        self._show_step(CHOOSE)

    def stop(self) -> None:
        if self.output.is_busy:
            self.output.stop()
            return
        self.reset()
        self.closed.emit()

    def _on_session_locked(self, _reason: str) -> None:
        self.reset()

    # -- entries ------------------------------------------------------------------------------------------------
    def phases(self) -> list[tuple[str, object]]:
        from companion.journal.query import parse

        try:
            base = parse(self.choose.search_text())
        except CompanionError as error:
            self.choose.list_info.setText(str(error))
            return []
        tag = self.choose.tag_value()
        base = base.with_filters(tags=[tag] if tag else [])
        state = self.choose.state_value()
        if state:
            base = base.with_filters(share_states=[ShareState(state)])
        if base.share_states:
            only_ready = set(base.share_states) == {ShareState.READY}
            return [(self.tr("Ready to share") if only_ready else self.tr("Entries"), base)]
        ready = base.with_filters(share_states=[ShareState.READY])
        others = base.with_filters(share_states=[ShareState.MAYBE, ShareState.PRIVATE])
        return [(self.tr("Ready to share"), ready), (self.tr("Other entries"), others)]

    def reload_entries(self) -> None:
        if not self.session.is_open:
            return
        self.choose.list_info.setText("")
        model = self.choose.entries
        model.set_fetcher(self._fetch_page)
        model.load(self.phases())  # (choices survive a new search)

    def _fetch_page(self, query, cursor, limit, deliver) -> None:
        model = self.choose.entries

        def failed(error):
            model.fetch_failed()
            self.choose.list_info.setText(str(error) if isinstance(error, CompanionError)
                                          else self.tr("The entries could not be read."))

        def done(payload):
            rows, following = payload
            deliver(rows, following)
            if model.entry_count == 0 and not model.canFetchMore() and not model.is_loading:
                self.choose.list_info.setText(self.tr("No entries match. Fewer words or other filters may help."))

        task = self.session.run(lambda v: fetch_rows(v, query, cursor, limit), done, failed, name="share: entries")
        if task is None:
            model.fetch_failed()

    def _open_entry(self, entry_id: int) -> None:
        generation = self._generation

        def done(entry):
            if generation == self._generation and self.choose.list_view.currentIndex().data(Roles.Id) == entry_id:
                self.choose.show_entry(entry)

        self.session.run(lambda v: v.entries.get(entry_id), done, self._show_error, name="share: open entry")

    # -- steps --------------------------------------------------------------------------------------------------
    def _show_step(self, index: int) -> None:
        names = (self.tr("Choose"), self.tr("Protect"), self.tr("Preview"), self.tr("Bring it"))
        self.steps.setCurrentIndex(index)
        text = self.tr("Step %1 of 4: %2").replace("%1", str(index + 1)).replace("%2", names[index])
        self.step_label.setText(text)
        self.steps.currentWidget().setAccessibleName(text)
        self.back_button.setEnabled(index > CHOOSE)
        self.next_button.setVisible(index < OUTPUT)
        self.cancel_button.setText(self.tr("Done") if index == OUTPUT else self.tr("Stop sharing"))
        self.cancel_button.setAccessibleName(self.tr("Done, back to Share") if index == OUTPUT
                                             else self.tr("Stop sharing and forget these choices"))

    @property
    def current_step(self) -> int:
        return self.steps.currentIndex()

    def go_back(self) -> None:
        if self.output.is_busy:
            return
        index = self.steps.currentIndex()
        if index > CHOOSE:
            self._hide_message()
            self._show_step(index - 1)
            self._focus_step()

    def go_next(self) -> None:
        index = self.steps.currentIndex()
        self._hide_message()
        if index == CHOOSE:
            if not self.choose.picks and not self._has_sections():
                self._show_message(self.tr("Choose at least one entry, or something under “More to bring”."))
                return
            missing = [i for i, p in self.choose.picks.items() if not p.whole and not p.spans]
            if missing:
                title = self.choose.titles.get(missing[0]) or self.tr("an entry")
                self._show_message(self.tr("“%1” is set to passages, but none is selected yet.").replace("%1", title))
                return
            self._show_step(PROTECT)
            self._focus_step()
        elif index == PROTECT:
            self.build_preview()
        elif index == PREVIEW:
            if self.prepared is None:
                return
            self.output.set_document(self.prepared)
            self._show_step(OUTPUT)
            self.output.check_now()
            self._focus_step()

    def _focus_step(self) -> None:
        index = self.steps.currentIndex()
        if index == CHOOSE:
            self.choose.list_view.setFocus()
        elif index == PROTECT:
            self.protect.term_edit.setFocus()
        elif index == PREVIEW:
            self.preview.focus_pages()
        else:
            self.output.format_buttons[self.output.kind].setFocus()

    def _has_sections(self) -> bool:
        c = self.choose
        return bool(c.trend_days() or (c.exercise_check.isChecked() and c.exercises.chosen())
                    or (c.records_check.isChecked() and (c.records.chosen("milestone") or c.records.chosen("strength")))
                    or c.bring_text().strip() or c.questions())

    # -- building the document ------------------------------------------------------------------------------------
    def current_selection(self, trend=None):
        """The ShareSelection from the first two steps (the trend section is read from the vault)."""
        from companion.export.selection import (
            EntryChoice,
            ExerciseItem,
            ExercisesSection,
            Sections,
            ShareSelection,
            StrengthsSection,
        )

        c = self.choose
        entries = tuple(EntryChoice(entry_id, () if pick.whole else tuple(pick.spans))
                        for entry_id, pick in c.picks.items())
        exercises = None
        if c.exercise_check.isChecked():
            items = tuple(ExerciseItem.from_summary(r.summary, r.name, helped=True if r.helped else None)
                          for r in c.exercises.chosen())
            exercises = ExercisesSection(items) if items else None
        strengths = None
        if c.records_check.isChecked():
            milestones, kept = tuple(c.records.chosen("milestone")), tuple(c.records.chosen("strength"))
            if milestones or kept:
                strengths = StrengthsSection(milestones, kept)
        sections = Sections(trend=trend, exercises=exercises, strengths=strengths, bring=c.bring_text(),
                            questions=c.questions())
        return ShareSelection(entries=entries, sections=sections, options=self.protect.options())

    def build_preview(self) -> None:
        """Check the protections, read the chosen entries, compose and lay out off the GUI thread."""
        from companion.export.redact import Redactor
        from companion.ui.share.jobs import PoolCall, prepare_document
        from companion.ui.share.labels import share_labels

        try:
            draft = self.current_selection()
            draft.options.check()  # (the whole selection is checked again by compose)
            Redactor(draft.options.redactions)
        except CompanionError as error:
            self._show_message(str(error))
            return
        ids = draft.entry_ids
        days = self.choose.trend_days()
        generation = self._generation
        labels = share_labels()
        gui_thread = QCoreApplication.instance().thread()
        self.prepared = None
        self.preview.set_document(None)
        self.preview.show_building()
        self._show_step(PREVIEW)
        self.next_button.setEnabled(False)

        def gather(vault):
            entries = vault.entries.get_many(ids)
            trend = None
            if days:
                from companion.export.selection import TrendSection
                from companion.reflection.stats import (
                    distress_series,
                    mood_series,
                    trend_summary,
                )

                end = date.today()
                start = end - timedelta(days=days - 1)
                checkins = vault.checkins.between(datetime.combine(start, datetime.min.time()),
                                                  datetime.combine(end + timedelta(days=1), datetime.min.time()))
                trend = TrendSection(trend_summary(checkins, start, end),
                                     tuple(mood_series(checkins, "week", start, end)),
                                     tuple(distress_series(checkins, "week", start, end)))
            return entries, trend

        def gathered(payload):
            if generation != self._generation:
                return
            entries, trend = payload
            from dataclasses import replace

            selection = replace(draft, sections=replace(draft.sections, trend=trend))  # as chosen at Next
            call = PoolCall(lambda: prepare_document(selection, entries, labels, gui_thread), self)
            call.done.connect(lambda prepared: self._on_prepared(call, generation, selection, prepared))
            call.failed.connect(lambda error: self._on_prepare_failed(call, generation, error))
            self._prepare_call = call
            call.start()

        def failed(error):
            if generation == self._generation:
                self._on_prepare_failed(None, generation, error)

        self.session.run(gather, gathered, failed, name="share: read chosen entries")

    def _on_prepared(self, call, generation: int, selection, prepared) -> None:
        call.deleteLater()
        if generation != self._generation or call is not self._prepare_call:
            prepared.release()
            return
        self._prepare_call = None
        old = self.prepared
        self.prepared = prepared
        self.selection = selection
        self.preview.set_document(prepared)
        if old is not None:
            old.release()
        self.next_button.setEnabled(True)
        self.preview.focus_pages()

    def _on_prepare_failed(self, call, generation: int, error) -> None:
        if call is not None:
            call.deleteLater()
        if generation != self._generation:
            return
        self._prepare_call = None
        self.preview.forget()
        self.next_button.setEnabled(True)
        self._show_step(PROTECT)
        self._show_message(str(error) if isinstance(error, CompanionError)
                           else self.tr("The pages could not be made; nothing was written."))

    # -- after writing -------------------------------------------------------------------------------------------------
    def _on_written(self, kind: str, _path: str) -> None:
        if self.selection is None or not self.output.log_check.isChecked():
            self.shared.emit()
            return
        from companion.export.output import log_share

        selection = self.selection
        recipe = self.protect.applied_recipe
        self.session.run(lambda v: log_share(v, kind, selection, recipe), lambda _id: self.shared.emit(),
                         self._show_error, name="share: log")

    def _on_output_busy(self, busy: bool) -> None:
        self.back_button.setEnabled(not busy and self.steps.currentIndex() > CHOOSE)
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Done"))

    def _save_recipe(self, recipe) -> None:
        from companion.export.redact import Redactor
        from companion.export.selection import RecipeBook

        try:
            Redactor(recipe.redactions)
        except CompanionError as error:
            self.protect.recipe_status.setText(str(error))
            return

        def work(vault):
            book = RecipeBook(vault.settings)
            book.save(recipe)
            return book.all()

        def done(recipes):
            self.protect.set_recipes(recipes)
            self.protect.recipe_saved(recipe.name)
            self.recipes_changed.emit()

        self.session.run(work, done, lambda e: self.protect.recipe_status.setText(
            str(e) if isinstance(e, CompanionError) else self.tr("The recipe could not be saved.")),
            name="share: save recipe")

    # -- messages ------------------------------------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setVisible(True)

    def _hide_message(self) -> None:
        self.message.setText("")
        self.message.setVisible(False)

    def _show_error(self, error) -> None:
        self._show_message(str(error) if isinstance(error, CompanionError)
                           else self.tr("Something could not be read from your journal."))
