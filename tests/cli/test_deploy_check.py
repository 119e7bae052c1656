"""The production settings of docs/deploy.md pass Django's deployment checks with no warning."""

from __future__ import annotations

import secrets
from pathlib import Path

from tests.conftest import run_pursuit

PRODUCTION = {
    "PURSUIT_HTTPS": "true",
    "ALLOWED_HOSTS": "pursuit.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://pursuit.example.org",
    "EMAIL_HOST": "smtp.example.org",
    "SECRET_KEY": secrets.token_urlsafe(60),
}


def test_check_deploy_is_clean_with_the_documented_settings(pursuit_home: Path) -> None:
    result = run_pursuit("check", "--deploy", "--fail-level", "WARNING", home=pursuit_home,
                         extra_env=PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_when_https_is_off(pursuit_home: Path) -> None:
    result = run_pursuit("check", "--deploy", "--fail-level", "WARNING", home=pursuit_home,
                         extra_env=PRODUCTION | {"PURSUIT_HTTPS": "false"})
    assert result.returncode != 0 and "SESSION_COOKIE_SECURE" in result.stderr
