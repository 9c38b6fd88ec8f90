"""The Share section: start the wizard, saved recipes, and the share log ("what was shared when").

Sharing is always the person's own act: nothing is suggested for sharing, nothing leaves
the journal until the wizard's last step, and the log (kept inside the encrypted journal)
records when and what, never where. Entries that went out show "Shared on <date>" in the
wizard's list. The wizard itself is built the first time it is needed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStackedWidget,
    QWidget,
)

from companion.errors import CompanionError
from companion.ui.session import Session
from companion.ui.share.recipe_list_model import RecipeListModel
from companion.ui.share.share_log_model import ShareLogModel
from companion.ui.widgets.common import button, card, fill_with, hbox, label, named
from companion.ui.widgets.reflow import ScrollBody

LOG_LIMIT = 200


def read_home(vault):
    """Recipes, the share log and the titles of the entries in it (on the database worker)."""
    from companion.export.selection import RecipeBook
    from companion.store.share_log import ShareLogRepository

    records = ShareLogRepository(vault.connection, vault.db_path).history(LOG_LIMIT)
    ids = sorted({e.entry_id for r in records for e in r.entries})
    titles = {e.id: e.title for e in vault.entries.get_many(ids)}
    return RecipeBook(vault.settings).all(), records, titles


class SharePage(QWidget):
    def __init__(self, session: Session, reduced_motion=False, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._reduced_motion = reduced_motion
        self._wizard = None
        self.recipes = RecipeListModel(self)
        self.log = ShareLogModel(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._home())
        fill_with(self, self.stack)
        session.unlocked.connect(self.refresh)
        session.locked.connect(self._on_session_locked)

    # -- layout ---------------------------------------------------------------------------------------
    def _home(self) -> QWidget:
        # Up and down scrolling (never sideways) when the cards are taller than the window, e.g. at
        # 200% text: every card keeps the height its wrapped words need.
        page = ScrollBody()
        col = page.body_layout
        col.setContentsMargins(4, 4, 12, 12)
        col.setSpacing(14)
        col.addWidget(label(self.tr("Share with a group"), "title"))

        start_card, start = card(18)
        start.addWidget(label(self.tr(
            "Bring a reflection to a group, on paper or as a file. You choose the entries — or only some "
            "passages — hide names and places, and see every page before anything is made. Nothing leaves "
            "your journal until the last step, and you can stop at any moment."), "muted"))
        self.start_button = button(self.tr("Start sharing…"), self.tr("Start sharing"), primary=True)
        self.start_button.setAutoDefault(False)
        self.start_button.setDefault(False)
        self.start_button.clicked.connect(lambda: self.start_wizard())
        start.addLayout(hbox(self.start_button))
        col.addWidget(start_card)

        recipe_card, recipes = card(18)
        recipes.addWidget(label(self.tr("Saved recipes"), "heading"))
        recipes.addWidget(label(self.tr(
            "A recipe keeps the words to hide, the dates, the template and the look for a recurring group. "
            "Save one in the wizard's Protect step."), "muted"))
        self.recipe_view = named(QListView(), self.tr("Saved recipes"))
        self.recipe_view.setModel(self.recipes)
        self.recipe_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recipe_view.setMaximumHeight(120)
        self.recipe_view.activated.connect(lambda _i: self._start_with_recipe())
        self.recipe_start = button(self.tr("Start with this recipe"), self.tr("Start sharing with the selected recipe"))
        self.recipe_start.clicked.connect(self._start_with_recipe)
        self.recipe_delete = button(self.tr("Delete recipe"), self.tr("Delete the selected recipe"))
        self.recipe_delete.clicked.connect(self._delete_recipe)
        self.recipe_empty = label(self.tr("No recipes yet."), "muted")
        recipes.addWidget(self.recipe_view)
        recipes.addWidget(self.recipe_empty)
        recipes.addLayout(hbox(self.recipe_start, self.recipe_delete))
        col.addWidget(recipe_card)

        log_card, log = card(18)
        log.addWidget(label(self.tr("What I have shared"), "heading"))
        log.addWidget(label(self.tr(
            "When and what went out, kept inside your locked journal. Where a file was saved is never kept."),
            "muted"))
        self.log_view = named(QListView(), self.tr("Share log, newest first"))
        self.log_view.setModel(self.log)
        self.log_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_view.setWordWrap(True)
        self.log_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.log_forget = button(self.tr("Remove from the log"), self.tr("Remove the selected share from the log"))
        self.log_forget.clicked.connect(self._forget_record)
        self.log_empty = label(self.tr("Nothing shared yet."), "muted")
        log.addWidget(self.log_view, 1)
        log.addWidget(self.log_empty)
        log.addLayout(hbox(self.log_forget))
        col.addWidget(log_card, 1)
        self.message = label("", "status")
        self.message.setAccessibleName(self.tr("Share: message"))
        col.addWidget(self.message)
        self._show_counts()
        return page

    # -- the wizard ---------------------------------------------------------------------------------------
    @property
    def wizard(self):
        if self._wizard is None:
            from companion.ui.share.wizard import ShareWizard

            self._wizard = ShareWizard(self.session, self._reduced_motion)
            self._wizard.closed.connect(self.show_home)
            self._wizard.shared.connect(self._on_shared)
            self._wizard.recipes_changed.connect(self.refresh)
            self.stack.addWidget(self._wizard)
        return self._wizard

    def start_wizard(self, recipe=None) -> None:
        if not self.session.is_open:
            return
        wizard = self.wizard
        self.stack.setCurrentWidget(wizard)
        wizard.start(recipe)

    def show_home(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()
        self.start_button.setFocus()

    def _on_shared(self) -> None:
        self.refresh()
        if self._wizard is not None:
            self._wizard.reload_entries()  # "Shared on …" appears on the entries that went out

    # -- data -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        def done(payload):
            recipes, records, titles = payload
            self.recipes.set_rows(recipes)
            self.log.set_rows(records, titles)
            self._show_counts()

        self.session.run(read_home, done, self._show_error, name="share: log and recipes")

    def _show_counts(self) -> None:
        has_recipes = self.recipes.rowCount() > 0
        self.recipe_view.setVisible(has_recipes)
        self.recipe_empty.setVisible(not has_recipes)
        self.recipe_start.setEnabled(has_recipes)
        self.recipe_delete.setEnabled(has_recipes)
        if has_recipes and not self.recipe_view.currentIndex().isValid():
            self.recipe_view.setCurrentIndex(self.recipes.index(0, 0))
        has_log = self.log.rowCount() > 0
        self.log_view.setVisible(has_log)
        self.log_empty.setVisible(not has_log)
        self.log_forget.setEnabled(has_log)
        if has_log and not self.log_view.currentIndex().isValid():
            self.log_view.setCurrentIndex(self.log.index(0, 0))

    def _start_with_recipe(self) -> None:
        recipe = self.recipes.recipe(self.recipe_view.currentIndex().row())
        if recipe is not None:
            self.start_wizard(recipe)

    def _delete_recipe(self) -> None:
        recipe = self.recipes.recipe(self.recipe_view.currentIndex().row())
        if recipe is None:
            return
        from companion.export.selection import RecipeBook

        name = recipe.name
        self.session.run(lambda v: RecipeBook(v.settings).delete(name), lambda _r: (
            self.message.setText(self.tr("Deleted the recipe “%1”.").replace("%1", name)), self.refresh()),
            self._show_error, name="share: delete recipe")

    def _forget_record(self) -> None:
        share_id = self.log_view.currentIndex().data(Qt.ItemDataRole.UserRole)
        if share_id is None:
            return
        from companion.store.share_log import ShareLogRepository

        def work(vault):
            ShareLogRepository(vault.connection, vault.db_path).delete(share_id)

        self.session.run(work, lambda _r: (self.message.setText(self.tr("Removed from the log.")), self.refresh()),
                         self._show_error, name="share: forget record")

    def _show_error(self, error) -> None:
        self.message.setText(str(error) if isinstance(error, CompanionError)
                             else self.tr("Something could not be read from your journal."))

    def _on_session_locked(self, _reason: str) -> None:
        self.recipes.clear()
        self.log.clear()
        self.message.setText("")
        self.stack.setCurrentIndex(0)
        self._show_counts()
