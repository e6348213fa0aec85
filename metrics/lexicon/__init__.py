"""Lexicons: names of things that reports call by many names, each with its canonical key."""
