"""Compiled translations (companion_<lang>.qm), loaded by companion.ui.i18n; a package so wheels ship them."""
