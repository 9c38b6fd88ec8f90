"""Fixtures for the Share section tests (see helpers.py)."""

from tests.ui.share.helpers import share_template, share_vault  # noqa: F401 - fixtures
