"""Saving a job posting in one step: from its URL (read by the worker, fetched safely), from
its page's HTML pasted or dropped, from a bookmarklet or a phone's share sheet."""
