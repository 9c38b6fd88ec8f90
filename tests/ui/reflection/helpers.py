"""Shared steps for the reflection UI tests: open the app on a vault, reach the sections, read the vault."""

from __future__ import annotations

from companion.ui.reflection.sections import reflection_pages
from tests.ui.conftest import unlock


def open_app(qtbot, make_app, vault_dir):
    """(harness, sections) with the journal unlocked."""
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    return harness, reflection_pages(harness.window)


def in_vault(harness, fn):
    """fn(vault) on the worker, waited for (tests only)."""
    return harness.tasks.run_sync(lambda: fn(harness.session._vault))


def settle(qtbot, harness) -> None:
    """Wait until the worker has run everything queued and delivered the results."""
    qtbot.waitUntil(lambda: harness.tasks.pending == 0, timeout=5000)
    qtbot.wait(20)


def show_checkins(qtbot, harness, sections):
    harness.window.show_section("checkins")
    page = sections.checkins
    qtbot.waitUntil(lambda: page.isVisible())
    settle(qtbot, harness)
    return page


def show_toolkit(qtbot, harness, sections, part=None):
    harness.window.show_section("toolkit")
    page = sections.toolkit
    if part is not None:
        page.show_part(part(page) if callable(part) else part)
    qtbot.waitUntil(lambda: page.isVisible())
    settle(qtbot, harness)
    return page
