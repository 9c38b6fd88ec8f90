"""Fixtures for the accessibility tests: the desktop app tests' harness (real vault, real window)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import (  # noqa: F401 - fixtures are found by name
    PASSPHRASE,
    _private_desktop_data,
    make_app,
    make_vault,
    sample_drafts,
    unlock,
    vault_dir,
    vault_template,
)


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            # the offscreen platform plugin's own notes (see tests/ui/conftest.py)
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"))


@pytest.fixture
def light_theme(qapp):
    """Every test starts and ends on the light theme at 100% (the app object is shared)."""
    from companion.ui import theme

    theme.apply(qapp, "light", 1.0)
    yield
    theme.apply(qapp, "light", 1.0)
