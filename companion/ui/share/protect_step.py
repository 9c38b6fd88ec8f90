"""Step 2 of the share wizard: words to hide, dates, what else is left out, the look, recipes.

Words are hidden as whole words in any case, in titles, text and every section; each is
replaced by the placeholder beside it. Names from "My people" are offered as suggestions
(never added on their own). A recipe keeps these choices for a recurring occasion.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QSpinBox,
    QTableView,
    QWidget,
)

from companion.export.selection import (
    DEFAULT_PLACEHOLDER,
    MAX_TEXT_SIZE,
    MIN_TEXT_SIZE,
    TEMPLATE_DATES,
    TEMPLATE_TEXT_SIZE,
    DatePrecision,
    Paper,
    ShareOptions,
    ShareRecipe,
    Template,
)
from companion.ui.share.recipe_list_model import RecipeListModel
from companion.ui.share.redaction_model import RedactionModel
from companion.ui.widgets.common import button, card, field_row, fill_with, form_layout, hbox, label, named
from companion.ui.widgets.reflow import scroll_area


class ProtectStep(QWidget):
    recipe_save_requested = Signal(object)  # ShareRecipe

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.redactions = RedactionModel(self)
        self.recipes = RecipeListModel(self)
        self.suggestions = QStringListModel(self)
        self._people: list[str] = []
        self.redactions.changed.connect(self._refresh_suggestions)
        self._build()

    def _build(self) -> None:
        # -- words to hide --------------------------------------------------------------------------
        hide_card, hide = card(16)
        hide.addWidget(label(self.tr("Words to hide"), "heading"))
        hide.addWidget(label(self.tr(
            "Names, places or any words. Each is replaced wherever it appears as a whole word, in any case: "
            "titles, text and every section."), "muted"))
        self.term_edit = named(QLineEdit(), self.tr("Word or name to hide"))
        self.term_edit.setPlaceholderText(self.tr("A name, place or word"))
        self.placeholder_edit = named(QLineEdit(DEFAULT_PLACEHOLDER), self.tr("Printed instead"))
        self.placeholder_edit.setMaximumWidth(160)
        self.add_button = button(self.tr("Hide it"), self.tr("Add to the words to hide"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.term_edit.returnPressed.connect(self._on_add_clicked)
        self.placeholder_edit.returnPressed.connect(self._on_add_clicked)
        row = QHBoxLayout()
        term_label = label(self.tr("Hide"), wrap=False)
        term_label.setBuddy(self.term_edit)
        instead_label = label(self.tr("print"), wrap=False)
        instead_label.setBuddy(self.placeholder_edit)
        row.addWidget(term_label)
        row.addWidget(self.term_edit, 1)
        row.addWidget(instead_label)
        row.addWidget(self.placeholder_edit)
        row.addWidget(self.add_button)
        hide.addLayout(row)
        self.table = named(QTableView(), self.tr("Words to hide and what is printed instead"),
                           self.tr("F2 edits a cell; Delete removes the row"))
        self.table.setModel(self.redactions)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(220)
        hide.addWidget(self.table)
        self.remove_button = button(self.tr("Stop hiding the selected word"), self.tr("Remove the selected word"))
        self.remove_button.clicked.connect(self._remove_current)
        hide.addLayout(hbox(self.remove_button))
        self.suggest_title = label(self.tr("From My people"), "heading")
        self.suggest_view = named(QListView(), self.tr("Names from My people you may want to hide"))
        self.suggest_view.setModel(self.suggestions)
        self.suggest_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggest_view.setMaximumHeight(96)
        self.suggest_view.activated.connect(lambda _i: self._add_suggestion())
        self.suggest_button = button(self.tr("Hide this name"), self.tr("Hide the selected name from My people"))
        self.suggest_button.clicked.connect(self._add_suggestion)
        self.suggest_empty = label(self.tr("Names you add to My people will be offered here."), "muted")
        self.suggest_done = label(self.tr("Everyone from My people is on the list."), "muted")
        hide.addWidget(self.suggest_title)
        hide.addWidget(self.suggest_view)
        hide.addLayout(hbox(self.suggest_button))
        hide.addWidget(self.suggest_empty)
        hide.addWidget(self.suggest_done)
        self.message = label("", "error")
        self.message.setAccessibleName(self.tr("Words to hide: message"))
        hide.addWidget(self.message)
        hide.addStretch(1)

        # -- options ------------------------------------------------------------------------------------
        opt_card, opt = card(16)
        opt.addWidget(label(self.tr("How it looks"), "heading"))
        self.recipe_combo = named(QComboBox(), self.tr("Saved recipe"))
        self.recipe_combo.setModel(self.recipes)
        self.recipe_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.recipe_combo.setMinimumContentsLength(12)
        self.recipe_combo.setPlaceholderText(self.tr("No recipes yet"))
        self.apply_button = button(self.tr("Use"), self.tr("Use the chosen recipe"))
        self.apply_button.clicked.connect(self._apply_current_recipe)
        recipe_row = field_row(self.recipe_combo, self.apply_button)
        self.template_combo = named(QComboBox(), self.tr("Template"))
        self.template_combo.addItem(self.tr("Group-safe"), Template.GROUP.value)
        self.template_combo.addItem(self.tr("Personal copy"), Template.PERSONAL.value)
        self.template_note = label("", "muted")
        self.template_combo.currentIndexChanged.connect(self._on_template_changed)
        self.template_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_combo.setMinimumContentsLength(14)
        self.dates_combo = named(QComboBox(), self.tr("Dates"))
        for value, text in ((DatePrecision.NONE, self.tr("No dates")), (DatePrecision.MONTH, self.tr("Month only")),
                            (DatePrecision.WEEK, self.tr("Week only")),
                            (DatePrecision.EXACT, self.tr("Exact day and time"))):
            self.dates_combo.addItem(text, value.value)
        self.tags_check = named(QCheckBox(self.tr("Keep tags")), self.tr("Keep each entry's tags"))
        self.meta_check = named(QCheckBox(self.tr("Keep content notes")), self.tr("Keep content notes"))
        self.paper_combo = named(QComboBox(), self.tr("Paper size"))
        self.paper_combo.addItem(self.tr("A4"), Paper.A4.value)
        self.paper_combo.addItem(self.tr("Letter"), Paper.LETTER.value)
        self.size_spin = named(QSpinBox(), self.tr("Text size in points"))
        self.size_spin.setRange(MIN_TEXT_SIZE, MAX_TEXT_SIZE)
        self.size_spin.setSuffix(self.tr(" pt"))
        self.size_spin.setValue(TEMPLATE_TEXT_SIZE[Template.GROUP])
        form = form_layout(12, 8)
        for text, widget in ((self.tr("Recipe"), recipe_row), (self.tr("Template"), self.template_combo),
                             (self.tr("Dates"), self.dates_combo), (self.tr("Paper"), self.paper_combo),
                             (self.tr("Text size"), self.size_spin)):
            lab = label(text, wrap=False)
            lab.setBuddy(self.recipe_combo if widget is recipe_row else widget)
            form.addRow(lab, widget)
        form.insertRow(2, self.template_note)
        opt.addLayout(form)
        opt.addWidget(label(self.tr("Tags and content notes are left out unless you keep them."), "muted"))
        opt.addWidget(self.tags_check)
        opt.addWidget(self.meta_check)

        self.recipe_name = named(QLineEdit(), self.tr("Name for a new recipe"))
        self.recipe_name.setPlaceholderText(self.tr("e.g. Tuesday group"))
        self.save_recipe = button(self.tr("Save as recipe"), self.tr("Save these choices as a recipe"))
        self.save_recipe.clicked.connect(self._on_save_recipe_clicked)
        self.recipe_name.returnPressed.connect(self._on_save_recipe_clicked)
        save_row = hbox(self.recipe_name, self.save_recipe, grow=self.recipe_name)
        opt.addSpacing(6)
        opt.addWidget(label(self.tr("Keep the words to hide, dates, template and look for next time:"), "muted"))
        opt.addLayout(save_row)
        self.recipe_status = label("", "status")
        opt.addWidget(self.recipe_status)
        opt.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addWidget(hide_card, 3)
        columns.addWidget(opt_card, 2)
        inner = QWidget()
        inner.setLayout(columns)
        columns.setContentsMargins(8, 10, 8, 8)
        fill_with(self, scroll_area(inner, frame=False))
        self._on_template_changed()
        self._refresh_suggestions()

    # -- events -----------------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.table and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.table.state() != QAbstractItemView.State.EditingState:
            self._remove_current()
            return True
        return super().eventFilter(watched, event)

    def _on_add_clicked(self) -> None:
        term = self.term_edit.text().strip()
        if not term:
            self.message.setText(self.tr("Type a word or name to hide first."))
            self.term_edit.setFocus()
            return
        placeholder = self.placeholder_edit.text().strip() or DEFAULT_PLACEHOLDER
        error = self.check_one(term, placeholder)
        if error:
            self.message.setText(error)
            return
        row = self.redactions.add(term, placeholder)
        self.table.setCurrentIndex(self.redactions.index(row, 0))
        self.term_edit.setText("")
        self.message.setText("")
        self.term_edit.setFocus()

    def add_term(self, term: str, placeholder: str = DEFAULT_PLACEHOLDER) -> None:
        self.redactions.add(term, placeholder)

    def check_one(self, term: str, placeholder: str) -> str:
        from companion.errors import CompanionError
        from companion.export.redact import Redactor
        from companion.export.selection import Redaction

        try:
            Redactor([*self.redactions.redactions(), Redaction(term, placeholder)])
        except CompanionError as error:
            return str(error)
        return ""

    def _remove_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            row = index.row()
            self.redactions.remove(row)
            if self.redactions.rowCount():
                self.table.setCurrentIndex(self.redactions.index(min(row, self.redactions.rowCount() - 1), 0))

    def _add_suggestion(self) -> None:
        index = self.suggest_view.currentIndex()
        if not index.isValid():
            index = self.suggestions.index(0, 0)
        name = index.data() if index.isValid() else None
        if name:
            self.redactions.add(name, DEFAULT_PLACEHOLDER)

    def set_people(self, names: list[str]) -> None:
        self._people = list(names)
        self._refresh_suggestions()

    def _refresh_suggestions(self) -> None:
        taken = self.redactions.terms()
        left = [n for n in self._people if n.casefold() not in taken]
        self.suggestions.setStringList(left)
        has = bool(left)
        self.suggest_view.setVisible(has)
        self.suggest_button.setVisible(has)
        self.suggest_empty.setVisible(not self._people)
        self.suggest_done.setVisible(bool(self._people) and not has)
        if has and not self.suggest_view.currentIndex().isValid():
            self.suggest_view.setCurrentIndex(self.suggestions.index(0, 0))

    def _on_template_changed(self, *_args) -> None:
        template = Template(self.template_combo.currentData())
        self.template_note.setText(self.tr("Large type, a neutral header, no dates.") if template is Template.GROUP
                                   else self.tr("Normal type, exact dates: a copy for yourself."))
        self.template_combo.setAccessibleDescription(self.template_note.text())
        self.dates_combo.setCurrentIndex(max(0, self.dates_combo.findData(TEMPLATE_DATES[template].value)))
        self.size_spin.setValue(TEMPLATE_TEXT_SIZE[template])

    # -- recipes ------------------------------------------------------------------------------------------
    def set_recipes(self, recipes: list[ShareRecipe]) -> None:
        current = self.recipe_combo.currentText()
        self.recipes.set_rows(recipes)
        has = bool(recipes)
        self.recipe_combo.setEnabled(has)
        self.apply_button.setEnabled(has)
        names = self.recipes.names()
        if current in names:
            self.recipe_combo.setCurrentIndex(names.index(current))

    def _apply_current_recipe(self) -> None:
        recipe = self.recipes.recipe(self.recipe_combo.currentIndex())
        if recipe is not None:
            self.apply_recipe(recipe)
            self.recipe_status.setText(self.tr("Using “%1”.").replace("%1", recipe.name))

    def apply_recipe(self, recipe: ShareRecipe) -> None:
        options = recipe.apply()
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(options.template.value)))
        self.dates_combo.setCurrentIndex(max(0, self.dates_combo.findData(options.effective_dates.value)))
        self.size_spin.setValue(options.effective_text_size)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(options.paper.value)))
        self.tags_check.setChecked(options.keep_tags)
        self.meta_check.setChecked(options.keep_metadata)
        self.redactions.set_rows(options.redactions)
        self.applied_recipe = recipe.name
        names = self.recipes.names()
        if recipe.name in names:
            self.recipe_combo.setCurrentIndex(names.index(recipe.name))

    applied_recipe = ""

    def _on_save_recipe_clicked(self) -> None:
        name = " ".join(self.recipe_name.text().split())
        if not name:
            self.recipe_status.setText(self.tr("Please give the recipe a name."))
            self.recipe_name.setFocus()
            return
        self.recipe_save_requested.emit(ShareRecipe.from_options(name, self.options()))

    def recipe_saved(self, name: str) -> None:
        self.recipe_status.setText(self.tr("Saved as “%1”.").replace("%1", name))
        self.recipe_name.setText("")
        self.applied_recipe = name

    # -- reading ------------------------------------------------------------------------------------------
    def options(self) -> ShareOptions:
        template = Template(self.template_combo.currentData())
        size = self.size_spin.value()
        return ShareOptions(
            redactions=self.redactions.redactions(),
            dates=DatePrecision(self.dates_combo.currentData()),
            keep_tags=self.tags_check.isChecked(),
            keep_metadata=self.meta_check.isChecked(),
            template=template,
            paper=Paper(self.paper_combo.currentData()),
            text_size=None if size == TEMPLATE_TEXT_SIZE[template] else size,
        )

    def forget(self) -> None:
        self.redactions.clear()
        self._people = []
        self._refresh_suggestions()
        self.recipes.clear()
        self.set_recipes([])
        for edit in (self.term_edit, self.recipe_name):
            edit.setText("")
        self.placeholder_edit.setText(DEFAULT_PLACEHOLDER)
        self.template_combo.setCurrentIndex(0)
        self._on_template_changed()
        self.paper_combo.setCurrentIndex(0)
        self.tags_check.setChecked(False)
        self.meta_check.setChecked(False)
        self.message.setText("")
        self.recipe_status.setText("")
        self.applied_recipe = ""
