"""Runtime icon files (see assets/render_icons.py); read with importlib.resources."""
