"""Helpers for the grounding screens: the section's page, and reading the vault on its worker."""

from __future__ import annotations


def grounding_page(harness):
    window = harness.window
    window.ensure_sections()
    return next(s.widget for s in window.sections if s.key == "grounding")


def vault_call(qtbot, harness, fn):
    """Run fn(vault) on the worker (as the app does) and wait for its result."""
    box: list = []
    task = harness.session.run(fn, box.append, lambda error: box.append(error), name="test read")
    assert task is not None, "the journal is locked"
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def practices(qtbot, harness):
    return vault_call(qtbot, harness, lambda v: v.practices.records())


def open_grounding(qtbot, harness):
    page = grounding_page(harness)
    harness.window.show_section("grounding")
    qtbot.waitUntil(lambda: page.library.model.rowCount() > 0, timeout=5000)
    return page
