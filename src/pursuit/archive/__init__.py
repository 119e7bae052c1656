"""Whole-account operations: the full backup and its restore (`backup`), importing any file
a user brings (contacts, or a backup), and deleting an account with everything it owns."""
