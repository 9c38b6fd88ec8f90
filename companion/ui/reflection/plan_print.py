"""The coping plan as one printed page, through the same print path as exports.

A small ExportDocument is composed from the plan and painted by
companion.export.pdf.paint_to_printer onto the QPrinter of a print or preview dialog,
or onto a PDF QPrinter the person chose. Nothing is written anywhere else: no
temporary files. The text size steps down (12 to 9 pt) until the plan fits one page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from companion.reflection.records import PLAN_FOOTER, PLAN_HEADER, PLAN_SECTIONS, CopingPlan

if TYPE_CHECKING:  # the export modules are imported when something is printed, not at start-up
    from companion.export.document import ExportDocument

TEXT_SIZES = (12, 11, 10, 9)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CopingPlan", text)


def section_title(name: str) -> str:
    return _tr(dict(PLAN_SECTIONS)[name])


def plan_document(plan: CopingPlan, *, text_size: int = TEXT_SIZES[0], paper=None) -> ExportDocument:
    from companion.export.document import ExportDocument, Layout, ListBlock, ListItem, Paragraph, Section, plain
    from companion.export.selection import Paper, Template

    paper = paper or Paper.A4
    sections = []
    for name, _heading in PLAN_SECTIONS:
        items: tuple[str, ...] = getattr(plan, name)
        if items:
            block = ListBlock(tuple(ListItem(plain(item)) for item in items))
        else:
            block = ListBlock((ListItem(plain(" ")), ListItem(plain(" "))))  # room to write by hand
        sections.append(Section(kind="plan", heading=section_title(name), blocks=(block,)))
    sections.append(Section(kind="plan", heading="", blocks=(Paragraph(plain(_tr(PLAN_FOOTER)), role="note"),)))
    layout = Layout(template=Template.PERSONAL, paper=paper, text_size=text_size, page_numbers=False)
    return ExportDocument(title=_tr("My coping plan"), intro=_tr(PLAN_HEADER), sections=tuple(sections),
                          layout=layout, file_title="Plan")


def fitting_document(plan: CopingPlan, paper=None) -> ExportDocument:
    """The largest text size that keeps the plan on one page (the smallest if none does)."""
    from companion.export.pdf import page_count

    document = plan_document(plan, text_size=TEXT_SIZES[-1], paper=paper)
    for size in TEXT_SIZES:
        candidate = plan_document(plan, text_size=size, paper=paper)
        if page_count(candidate) <= 1:
            return candidate
    return document


def print_plan(plan: CopingPlan, printer, document: ExportDocument | None = None) -> int:
    """Paint the plan onto `printer` (already configured, or configured here). Returns the page count."""
    from companion.export.pdf import paint_to_printer

    document = document or fitting_document(plan)
    return paint_to_printer(document, printer)


def prepare_printer(printer, document: ExportDocument) -> None:
    from companion.export.pdf import configure_printer

    configure_printer(printer, document)
