"""Pursuit: the job-search follow-up and networking assistant."""

__version__ = "0.1.0"
