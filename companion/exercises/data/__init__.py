"""Shipped exercise files (one JSON file per exercise, named for its id); a package so wheels include them."""
