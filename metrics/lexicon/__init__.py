"""Lexicons: closed word lists with the examples that test them."""
