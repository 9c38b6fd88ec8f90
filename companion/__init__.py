"""Companion: a private, offline journal for people doing the work of healing."""

__version__ = "0.1.0"
APP_NAME = "Companion"
