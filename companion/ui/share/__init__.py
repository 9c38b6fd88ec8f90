"""The Share section: a wizard that brings exactly what was chosen to a group, and "Your data"."""
