"""Job postings: what a posting page says, read from its schema.org `JobPosting` data.

Pure: HTML text in, frozen values out (no network, no clock, no Django).

    reading = read_page(html, url="https://jobs.example/123")
    reading.postings   # every JobPosting on the page (JSON-LD, then microdata), deduplicated
    reading.best()     # the one to fill the form with, or the page's <title>/Open Graph guess
"""

from pursuit.core.postings.model import EMPLOYMENT_TYPES, REMOTE_CHOICES, Posting, Reading
from pursuit.core.postings.parse import read_page
from pursuit.core.postings.same import posting_key, same_posting, url_key

__all__ = ["EMPLOYMENT_TYPES", "REMOTE_CHOICES", "Posting", "Reading", "posting_key",
           "read_page", "same_posting", "url_key"]
