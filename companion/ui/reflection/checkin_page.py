"""The Check-ins section: a quick check-in, today's prompt, recent check-ins, and Insights.

Two tabs: "Check in" (the form, the prompt of the day and the list of recent check-ins
with Edit and Delete) and "Insights" (built only when first opened, and only if the
person has not hidden insights). After a check-in with high distress an inline
invitation to try grounding appears above the tabs; it never takes focus.
Data is read when the page is first shown after unlocking, and all of it is dropped
when the session locks.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QListView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.errors import CompanionError
from companion.reflection.checkins import CheckIn, should_offer_grounding
from companion.ui.reflection import preferences as prefs
from companion.ui.reflection.checkin_form import CheckInFormWidget
from companion.ui.reflection.invitation import InvitationWidget
from companion.ui.reflection.models import CheckInListModel, Roles
from companion.ui.reflection.prompts_panel import PromptOfTheDayWidget, WritePrompt
from companion.ui.session import Session
from companion.ui.widgets.common import button, card, label, named
from companion.ui.widgets.reflow import scroll_area

UNDO_MS = 15000


class CheckInListView(QListView):
    """Enter edits the chosen check-in; Delete removes it (with undo)."""

    def __init__(self, on_edit: Callable[[], None], on_delete: Callable[[], None]):
        super().__init__()
        self._on_edit, self._on_delete = on_edit, on_delete

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_edit()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self._on_delete()
            return
        super().keyPressEvent(event)


class CheckInPage(QWidget):
    def __init__(self, session: Session, write_with_prompt: WritePrompt, open_grounding: Callable[[], None],
                 open_entry: Callable[[int], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._open_entry = open_entry
        self._stale = True
        self._undo: CheckIn | None = None
        self.insights = None  # InsightsPage, built when its tab is first opened
        self.model = CheckInListModel(self._fetch_page, self)

        self.invitation = InvitationWidget(session, open_grounding)
        self.form = CheckInFormWidget(session)
        self.form.saved.connect(self._on_form_saved)
        self.prompt = PromptOfTheDayWidget(session, write_with_prompt)

        # recent check-ins
        recent, recent_lay = card(16)
        recent_lay.addWidget(label(self.tr("Recent check-ins"), "heading"))
        self.list_view = named(CheckInListView(self.edit_selected, self.delete_selected), self.tr("Recent check-ins"),
                               self.tr("Enter edits the chosen check-in; Delete removes it."))
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setSpacing(2)
        self.list_view.setMinimumHeight(180)
        self.list_view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.list_view.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        for signal in (self.model.modelReset, self.model.rowsRemoved, self.model.rowsInserted):
            signal.connect(self._update_buttons)
        self.list_view.setWordWrap(True)
        self.empty = label(self.tr("Nothing here yet. Check-ins you make will be listed here, newest first."), "muted")
        recent_lay.addWidget(self.empty)
        recent_lay.addWidget(self.list_view, 1)
        self.edit_button = button(self.tr("Edit"), self.tr("Edit the chosen check-in"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = button(self.tr("Delete"), self.tr("Delete the chosen check-in"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.open_entry_button = button(self.tr("Open linked entry"), self.tr("Open the linked journal entry"))
        self.open_entry_button.clicked.connect(self._open_linked_entry)
        row = QHBoxLayout()
        for b in (self.edit_button, self.delete_button, self.open_entry_button):
            row.addWidget(b)
        row.addStretch(1)
        recent_lay.addLayout(row)
        self.undo_banner = QFrame()
        self.undo_banner.setProperty("role", "banner")
        undo_lay = QHBoxLayout(self.undo_banner)
        undo_lay.setContentsMargins(10, 6, 6, 6)
        undo_lay.addWidget(label(self.tr("Check-in deleted."), wrap=True), 1)
        self.undo_button = button(self.tr("Undo"), self.tr("Undo deleting the check-in"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_lay.addWidget(self.undo_button)
        self.undo_banner.setVisible(False)
        recent_lay.addWidget(self.undo_banner)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        self._undo_timer.timeout.connect(self._forget_undo)

        # the "Check in" tab: form on the left; prompt and recent check-ins on the right
        inner = QWidget()
        columns = self.columns = QHBoxLayout(inner)
        columns.setContentsMargins(4, 8, 12, 12)
        columns.setSpacing(14)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.prompt)
        right.addWidget(recent, 1)
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)
        self._left, self._right = left, right
        self.scroll = scroll_area(inner)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.viewport().installEventFilter(self)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(self.tr("Check-in views"))
        self.tabs.addTab(self.scroll, self.tr("Check in"))
        self.insights_holder = QWidget()
        QVBoxLayout(self.insights_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.insights_holder, self.tr("Insights"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(self.invitation)
        lay.addWidget(self.tabs, 1)

        focus_form = QAction(self)
        focus_form.setShortcut(QKeySequence("Ctrl+Shift+K"))
        focus_form.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus_form.triggered.connect(self.start_checkin)
        self.addAction(focus_form)

        session.unlocked.connect(self._on_session_unlocked)
        session.locked.connect(self._on_session_locked)
        self._update_buttons()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns(event.size().width())
        return super().eventFilter(watched, event)

    def _fit_columns(self, available: int) -> None:
        """Side by side when both columns fit; one column (the form first) in a narrow window."""
        margins = self.columns.contentsMargins()
        needed = (self._left.minimumSize().width() + self._right.minimumSize().width() + self.columns.spacing()
                  + margins.left() + margins.right())
        direction = QHBoxLayout.Direction.LeftToRight if needed <= available else QHBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    # -- loading --------------------------------------------------------------------------------
    def _fetch_page(self, after, limit, deliver) -> None:
        task = self.session.run(lambda v: v.checkins.recent(limit, before=after), deliver,
                                lambda _e: self.model.fetch_failed(), name="check-ins page")
        if task is None:
            self.model.fetch_failed()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale and self.session.is_open:
            self.refresh()
        # Arriving here (Ctrl+3 or the navigation list): the keyboard starts at the first question.
        if self.tabs.currentIndex() == 0 and not self.isAncestorOf(QApplication.focusWidget()):
            self.form.focus_first()

    def refresh(self) -> None:
        self._stale = False
        self.model.reload()
        self.prompt.refresh()
        if self.insights is not None and self.tabs.currentWidget() is self.insights_holder:
            self.insights.refresh()

    def _on_session_unlocked(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_session_locked(self, _reason: str) -> None:
        self._stale = True
        self.model.clear()
        self.form.forget()
        self._forget_undo()
        self.invitation.dismiss(quietly=True)
        self.tabs.setCurrentIndex(0)
        if self.insights is not None:
            self.insights.forget()

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is not self.insights_holder:
            return
        if self.insights is None:
            from companion.ui.reflection.insights_page import InsightsPage  # QtCharts: only when wanted

            self.insights = InsightsPage(self.session, self._open_entry)
            self.insights_holder.layout().addWidget(self.insights)
        if self.session.is_open:
            self.insights.refresh()

    def show_insights(self) -> None:
        self.tabs.setCurrentWidget(self.insights_holder)

    # -- check-ins ------------------------------------------------------------------------------
    def start_checkin(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.form.focus_first()

    def _on_form_saved(self, checkin: CheckIn, created: bool) -> None:
        if created:
            self.model.add_newest(checkin)
            threshold = int(prefs.get(self.session, prefs.GROUNDING_THRESHOLD))
            if should_offer_grounding(checkin, threshold):
                self.invitation.offer("checkin")
        else:
            self.model.replace(checkin)
        self._update_buttons()
        if self.insights is not None:
            self.insights.mark_stale()

    def selected(self) -> CheckIn | None:
        index = self.list_view.currentIndex()
        return index.data(Roles.Item) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        self.open_entry_button.setVisible(chosen is not None and chosen.entry_id is not None
                                          and self._open_entry is not None)
        self.empty.setVisible(self.model.rowCount() == 0 and not self.model.is_loading)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.tabs.setCurrentIndex(0)
            self.form.edit(chosen)

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return

        def done(_r):
            self.model.remove(chosen.id)
            if self.form.editing is not None and self.form.editing.id == chosen.id:
                self.form.reset(keep_status=False)
            self._undo = chosen
            self.undo_banner.setVisible(True)
            self._undo_timer.start()
            self.list_view.setFocus()
            if self.insights is not None:
                self.insights.mark_stale()

        self.session.run(lambda v: v.checkins.delete(chosen.id), done, self._show_error, name="delete check-in")

    def undo_delete(self) -> None:
        checkin = self._undo
        if checkin is None:
            return
        self._forget_undo()
        again = CheckIn(created_at=checkin.created_at, mood=checkin.mood, distress=checkin.distress,
                        energy=checkin.energy, present=checkin.present, note=checkin.note, entry_id=checkin.entry_id)

        def work(vault):
            if again.entry_id is not None:
                try:
                    vault.entries.get(again.entry_id)
                except CompanionError:
                    return vault.checkins.add(CheckIn(**{**again.__dict__, "entry_id": None}))
            return vault.checkins.add(again)

        self.session.run(work, lambda saved: self.model.add_newest(saved), self._show_error, name="undo delete")

    def _forget_undo(self) -> None:
        self._undo_timer.stop()
        self._undo = None
        self.undo_banner.setVisible(False)

    def _open_linked_entry(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.entry_id is not None and self._open_entry is not None:
            self._open_entry(chosen.entry_id)

    def _show_error(self, error: BaseException) -> None:
        self.form._set_status(str(error) if isinstance(error, CompanionError) else self.tr("That did not work."))

    def current_index_for(self, checkin_id: int) -> QModelIndex:
        row = self.model.row_of(checkin_id)
        return self.model.index(row, 0) if row >= 0 else QModelIndex()
