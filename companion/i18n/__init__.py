"""Translations: .ts sources (ts/), compiled .qm files (qm/), and the script that updates them."""
