"""A password changed on one server ends the other sessions on another server at once, though
that server's processes keep the user's row between requests. Two real `pursuit serve`
processes on one data directory (each with two web processes), real HTTP."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_pursuit
from tests.deploy.http_user import HttpUser
from tests.server import running_server

EMAIL, PASSWORD, NEW_PASSWORD = "jordan@example.com", "correct horse battery 42", \
    "a brand new passphrase 7"


def lands_on(user: HttpUser, path: str) -> str:
    """The path a GET of `path` ends on, after redirects."""
    with user.opener.open(user.base + path, timeout=60) as response:
        assert response.status == 200
        return str(response.geturl()).removeprefix(user.base)


def test_a_password_changed_on_one_server_signs_out_a_session_on_the_other(
        tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    made = run_pursuit("createuser", EMAIL, "--password-stdin", home=home, stdin=PASSWORD)
    assert made.returncode == 0, made.stderr
    with running_server(home, "--no-worker") as one, running_server(home, "--no-worker") as two:
        laptop, phone = HttpUser(one), HttpUser(two)
        laptop.sign_in(EMAIL, PASSWORD)
        phone.sign_in(EMAIL, PASSWORD)
        for _ in range(8):  # the second server's processes now keep the row
            assert lands_on(phone, "/") == "/"
        assert lands_on(laptop, "/") == "/"

        status = laptop.post("/password/", {"old_password": PASSWORD,
                                            "new_password1": NEW_PASSWORD,
                                            "new_password2": NEW_PASSWORD})
        assert status == 200
        assert lands_on(laptop, "/") == "/"  # the session that changed it goes on

        for _ in range(8):  # whichever process of the other server answers
            assert lands_on(phone, "/").startswith("/login/")
