"""Support lines: the shipped offline directory, plus lines the person adds, clearly labelled.

"Check the number where you live" is said first and plainly. Numbers are text only:
Companion never dials them, never opens a website and never checks them online. Each
shipped line shows its source and the month it was checked. The person's own lines are
kept in the vault (a setting), so the directory can be corrected where they live.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from companion.errors import CompanionError
from companion.reflection.support_lines import SupportDirectory, load_support_directory
from companion.ui.reflection import preferences as prefs
from companion.ui.reflection.models import Roles, SupportLineListModel
from companion.ui.session import Session
from companion.ui.widgets.common import button, card, label, named

OWN = "own"
MAX_OWN_LINES = 40


class SupportLinesWidget(QWidget):
    def __init__(self, session: Session, add_to_plan: Callable[[str], None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._add_to_plan = add_to_plan
        self.directory: SupportDirectory | None = None
        self.model = SupportLineListModel(self)

        warning = card(16)
        frame, lay = warning
        frame.setProperty("role", "banner")
        self.check_label = label(self.tr("Check the number where you live."), "heading")
        lay.addWidget(self.check_label)
        self.note = label(self.tr("Numbers and services change. Companion only lists these numbers: it never "
                                  "dials them, opens a website or checks them online."), "")
        lay.addWidget(self.note)

        list_card, list_lay = card(16)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Support lines"), "heading"), 1)
        self.country_combo = named(QComboBox(), self.tr("Country"))
        self.country_combo.currentIndexChanged.connect(self._on_country_changed)
        self.country_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(label(self.tr("Where"), wrap=False, buddy=self.country_combo))
        top.addWidget(self.country_combo)
        list_lay.addLayout(top)
        self.list_view = named(QListView(), self.tr("Support lines"))
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setWordWrap(True)
        self.list_view.setSpacing(3)
        self.list_view.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        list_lay.addWidget(self.list_view, 1)
        self.plan_button = button(self.tr("Add to my coping plan"), self.tr("Add the chosen line to my coping plan"))
        self.plan_button.clicked.connect(self._on_plan_clicked)
        self.remove_button = button(self.tr("Remove"), self.tr("Remove the chosen line that you added"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.plan_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        list_lay.addLayout(row)

        own_card, own_lay = card(16)
        own_lay.addWidget(label(self.tr("Add a line you use"), "heading"))
        own_lay.addWidget(label(self.tr("For a local service, or a number that has changed. Kept in your "
                                        "journal."), "muted"))
        self.own_name = named(QLineEdit(), self.tr("Name of the line"))
        self.own_name.setMaxLength(120)
        self.own_number = named(QLineEdit(), self.tr("Number"))
        self.own_number.setMaxLength(40)
        self.own_note = named(QLineEdit(), self.tr("What it is for (optional)"))
        self.own_note.setMaxLength(300)
        grid = QGridLayout()
        for r, (text, widget) in enumerate(((self.tr("Name"), self.own_name), (self.tr("Number"), self.own_number),
                                            (self.tr("For"), self.own_note))):
            grid.addWidget(label(text, wrap=False, buddy=widget), r, 0)
            grid.addWidget(widget, r, 1)
        own_lay.addLayout(grid)
        self.add_button = button(self.tr("Add line"), self.tr("Add this support line"))
        self.add_button.clicked.connect(self.add_own)
        self.status = label("", "status")
        self.status.setAccessibleName(self.tr("Support lines status"))
        arow = QHBoxLayout()
        arow.addWidget(self.add_button)
        arow.addWidget(self.status, 1)
        own_lay.addLayout(arow)
        own_lay.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(list_card, 3)
        columns.addWidget(own_card, 2)
        lay_all = QVBoxLayout(self)
        lay_all.setContentsMargins(4, 8, 12, 12)
        lay_all.setSpacing(12)
        lay_all.addWidget(frame)
        lay_all.addLayout(columns, 1)
        self._update_buttons()

    # -- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.directory is not None:
            self._fill_countries()
            self._show_lines()
            return
        # reading the shipped file is quick, but it is still file work: keep it off the GUI thread
        self.session.run(lambda _v: load_support_directory(), self._on_directory_loaded, self._show_error,
                         name="support lines")

    def _on_directory_loaded(self, directory: SupportDirectory) -> None:
        self.directory = directory
        self.note.setText(self.tr("Numbers and services change; this list was last checked in %1. Companion only "
                                  "lists these numbers: it never dials them, opens a website or checks them "
                                  "online.").replace("%1", directory.checked))
        self._fill_countries()
        self._show_lines()

    def _fill_countries(self) -> None:
        if self.directory is None:
            return
        wanted = prefs.get(self.session, prefs.SUPPORT_COUNTRY) or self._guess_country()
        self.country_combo.blockSignals(True)
        self.country_combo.clear()
        for code, name in sorted(self.directory.countries.items(), key=lambda kv: kv[1]):
            self.country_combo.addItem(name, code)
        self.country_combo.addItem(self.tr("Only lines I added"), OWN)
        index = self.country_combo.findData(wanted)
        self.country_combo.setCurrentIndex(max(0, index))
        self.country_combo.blockSignals(False)

    def _guess_country(self) -> str:
        name = QLocale().name()
        return name.split("_")[1] if "_" in name else ""

    def _on_country_changed(self, _index: int) -> None:
        if self.session.is_open:
            self.session.set_setting(prefs.SUPPORT_COUNTRY, self.country_combo.currentData())
        self._show_lines()

    def own_lines(self) -> list[dict]:
        value = prefs.get(self.session, prefs.SUPPORT_OWN_LINES) or []
        return [dict(line) for line in value if isinstance(line, dict)]

    def _show_lines(self) -> None:
        code = self.country_combo.currentData()
        rows: list = list(self.own_lines())
        if self.directory is not None and code and code != OWN:
            rows += list(self.directory.for_country(code))
        self.model.set_rows(rows)
        self._update_buttons()

    def selected(self):
        index = self.list_view.currentIndex()
        return index.data(Roles.Item) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.plan_button.setEnabled(chosen is not None and self._add_to_plan is not None)
        self.remove_button.setEnabled(isinstance(chosen, dict))

    def add_own(self) -> None:
        name, number = self.own_name.text().strip(), self.own_number.text().strip()
        if not name or not number:
            self.status.setText(self.tr("A name and a number are enough."))
            return
        if "://" in name or "://" in number or "://" in self.own_note.text():
            self.status.setText(self.tr("Please write the line as text; links are not kept."))
            return
        lines = self.own_lines()
        if len(lines) >= MAX_OWN_LINES:
            self.status.setText(self.tr("That is as many lines as the list keeps."))
            return
        ids = {line.get("id") for line in lines}
        new_id = next(f"own-{i}" for i in range(1, MAX_OWN_LINES + 2) if f"own-{i}" not in ids)
        lines.append({"id": new_id, "name": name, "number": number,
                      "purpose": self.own_note.text().strip() or None})
        self.session.set_setting(prefs.SUPPORT_OWN_LINES, lines)
        for edit in (self.own_name, self.own_number, self.own_note):
            edit.setText("")
        self.status.setText(self.tr("Added."))
        self._show_lines()

    def remove_selected(self) -> None:
        chosen = self.selected()
        if not isinstance(chosen, dict):
            return
        lines = [line for line in self.own_lines() if line.get("id") != chosen.get("id")]
        self.session.set_setting(prefs.SUPPORT_OWN_LINES, lines)
        self.status.setText(self.tr("Removed."))
        self._show_lines()

    def _on_plan_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None or self._add_to_plan is None:
            return
        get = chosen.get if isinstance(chosen, dict) else (lambda k: getattr(chosen, k, None))
        self._add_to_plan(f"{get('name')}: {get('number')}")
        self.status.setText(self.tr("Added to your coping plan."))

    def _show_error(self, error: BaseException) -> None:
        self.status.setText(str(error) if isinstance(error, CompanionError)
                            else self.tr("The support line list could not be read."))

    def forget(self) -> None:
        self.model.clear()
        self.country_combo.clear()
        for edit in (self.own_name, self.own_number, self.own_note):
            edit.setText("")
        self.status.setText("")
        self._update_buttons()
