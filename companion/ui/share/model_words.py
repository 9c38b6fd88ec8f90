"""Words and dates shown by the Share section's item models: short local dates, "Shared on …",
and the names of templates, formats and date precisions."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShareModels", text)  # (one context for every Share model)


def short_date(value: str) -> str:
    """'2026-03-02 08:15' or '2026-03-14T09:30:00Z' -> '2 Mar 2026' in the person's locale."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def local_time(utc_stamp: str) -> datetime | None:
    """A share-log time (UTC, '…Z') as local time."""
    try:
        return datetime.fromisoformat(utc_stamp).astimezone()
    except ValueError:
        return None


def shared_on_label(utc_stamp: str) -> str:
    when = local_time(utc_stamp)
    shown = short_date(when.date().isoformat()) if when is not None else utc_stamp
    return _tr("Shared on %1").replace("%1", shown)


def template_label(value: str) -> str:
    return {"group": _tr("Group-safe"), "personal": _tr("Personal copy")}.get(value, value)


def format_label(value: str) -> str:
    return {"pdf": "PDF", "md": "Markdown", "html": "HTML", "txt": _tr("Plain text"),
            "print": _tr("Printed")}.get(value, value)


def dates_label(value: str | None) -> str:
    return {None: _tr("the template's dates"), "exact": _tr("exact dates"), "week": _tr("dates by week"),
            "month": _tr("dates by month"), "none": _tr("no dates")}.get(value, str(value))
