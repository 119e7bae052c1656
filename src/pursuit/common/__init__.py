"""Plumbing any package may use: the signed-in view decorator and HTTP helpers (`http`), and
the per-user page cache (`pagecache`). It imports no domain package but accounts (the User type
and the user's stamp)."""
