"""Item models the views read."""
