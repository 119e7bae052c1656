"""Headers every page carries: a strict Content-Security-Policy, no framing, no sniffing."""

from __future__ import annotations

from django.test import Client


def test_pages_carry_a_strict_content_security_policy(owner) -> None:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(owner)
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split(
        "style-src-attr")[0]
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
