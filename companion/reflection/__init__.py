"""Reflection toolkit: prompts, check-ins, gentle statistics and personal records.

Everything here is pure Python (no Qt, no SQL) so the UI and the store can share it
and it can be tested without a QApplication or an open vault.
"""
