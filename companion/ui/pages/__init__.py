"""Sections and screens."""
