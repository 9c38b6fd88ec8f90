"""Runtime resources shipped inside the package (icons, translations), read with importlib.resources."""
