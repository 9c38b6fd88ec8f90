"""Shipped reflection data (prompts, support lines); a package so the wheel includes it."""
