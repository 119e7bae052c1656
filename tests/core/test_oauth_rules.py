"""The pure parts of OAuth for mail: XOAUTH2 strings, ID tokens, when to refresh, refusals."""

from __future__ import annotations

import base64
import json

import pytest

from pursuit.core.oauth import (
    id_token_address,
    is_refusal,
    parse_xoauth2,
    xoauth2,
)


def token_with(claims: object) -> str:
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"eyJhbGciOiJub25lIn0.{body}.sig"


def test_xoauth2_is_the_providers_format_and_reads_back() -> None:
    text = xoauth2("ada@example.com", "ya29.token")
    assert text == "user=ada@example.com\x01auth=Bearer ya29.token\x01\x01"
    assert parse_xoauth2(text.encode()) == ("ada@example.com", "ya29.token")
    assert parse_xoauth2(b"user=a\x01auth=Basic x\x01\x01") is None


@pytest.mark.parametrize("user", ["ada@example.com\x01auth=Bearer x", "ada\r\n@example.com"])
def test_xoauth2_refuses_a_control_character(user: str) -> None:
    with pytest.raises(ValueError):
        xoauth2(user, "token")


def test_the_address_of_an_id_token() -> None:
    assert id_token_address(token_with({"email": "ada@example.com"})) == "ada@example.com"
    # Microsoft's personal accounts: the address is the preferred user name.
    assert id_token_address(token_with({"preferred_username": "ada@outlook.com"})) \
        == "ada@outlook.com"
    assert id_token_address(token_with({"preferred_username": "Ada Lovelace"})) is None
    assert id_token_address(token_with(["not", "an", "object"])) is None
    assert id_token_address("not.a-token") is None
    assert id_token_address("a.!!!.c") is None


def test_which_refusals_mean_sign_in_again() -> None:
    assert is_refusal("invalid_grant")
    assert not is_refusal("temporarily_unavailable")
    assert not is_refusal("server_error")
