"""The pure rules of Pursuit.

Nothing in this package imports Django, reads the clock or does I/O: frozen dataclasses go in,
values come out. A test imports it in a fresh interpreter and checks that Django stays unloaded.
"""
