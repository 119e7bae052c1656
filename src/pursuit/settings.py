"""Django settings. Every knob comes from the environment (or a .env file) through
`pursuit.config`."""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

from pursuit.config import (
    data_dir,
    env_bool,
    env_int,
    env_list,
    env_str,
    load_env_files,
    secret_key,
)

load_env_files()  # PURSUIT_ENV_FILE and $PURSUIT_HOME/.env; the environment wins over both
BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()

SECRET_KEY = secret_key(DATA_DIR)
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "ninja",  # the API docs page then uses its local assets, not a CDN
    "pursuit.accounts",
    "pursuit.jobs",
    "pursuit.contacts",
    "pursuit.pipeline",
    "pursuit.cadence",
    "pursuit.outbox",
    "pursuit.calendar_feed",
    "pursuit.digest",
    "pursuit.networking",
    "pursuit.letters",
    "pursuit.cards",
    "pursuit.coaching",
    "pursuit.postings",
    "pursuit.career",
    "pursuit.api",
    "pursuit.web",
    "pursuit.cli",
]

MIDDLEWARE = [
    # First: a request body over the limit is refused before anything reads it.
    "pursuit.common.uploads.UploadLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "pursuit.urls"
WSGI_APPLICATION = "pursuit.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
            ],
        },
    },
]

_database_url = env_str("DATABASE_URL")
if _database_url:
    DATABASES = {"default": dj_database_url.parse(_database_url, conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "pursuit.sqlite3"),
            "OPTIONS": {
                # The web process and the worker share this file: IMMEDIATE takes the write lock
                # at BEGIN so two writers queue on the busy timeout instead of failing with
                # "database is locked" half-way through a transaction; WAL lets readers go on
                # while one of them writes.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                ),
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
# Django's ModelBackend, keeping the signed-in user's row between requests while the user's
# stamp in the shared cache says it is fresh (pursuit.accounts.backends).
AUTHENTICATION_BACKENDS = ["pursuit.accounts.backends.KeptUserBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"  # stored in UTC; each user reasons in their own timezone
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
# Collected (hashed names, gzipped copies) by `pursuit serve` when it starts: see
# pursuit/web/storage.py. PURSUIT_STATIC_ROOT lets several data directories share one.
STATIC_ROOT = Path(env_str("PURSUIT_STATIC_ROOT") or DATA_DIR / "static")
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns on every start when missing
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "pursuit.web.storage.StaticStorage"},
}
# The most a request may send (an import, card photos, any form or API call), checked before
# the body is read; nginx's client_max_body_size in docs/deploy.md matches the default.
PURSUIT_MAX_UPLOAD_MB = env_int("PURSUIT_MAX_UPLOAD_MB", 25)
PURSUIT_MAX_UPLOAD_BYTES = PURSUIT_MAX_UPLOAD_MB * 1024 * 1024
# Uploads larger than 2.5 MB are streamed to a file here (never held in memory), in the data
# directory: on the same disk as the staged imports (a link, not a copy, stages them), and
# writable under the systemd unit of docs/deploy.md, which makes /tmp read-only.
FILE_UPLOAD_TEMP_DIR = DATA_DIR / "uploads"
FILE_UPLOAD_TEMP_DIR.mkdir(exist_ok=True)
# WhiteNoise serves STATIC_ROOT; hashed names get a ten-year immutable Cache-Control.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
# Source maps are fetched only by a developer's browser tools: not worth compressing.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = (
    "jpg", "jpeg", "png", "gif", "webp", "zip", "gz", "tgz", "bz2", "tbz", "xz", "br", "swf",
    "flv", "woff", "woff2", "3gp", "3gpp", "asf", "avi", "m4v", "mov", "mp4", "mpeg", "mpg",
    "webm", "wmv", "map",
)

# Shared by the server's processes (a file per entry in the data directory): the web app caches
# rendered page bodies per user in it (pursuit.common.pagecache).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(DATA_DIR / "cache"),
    }
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "today"
LOGOUT_REDIRECT_URL = "login"

# Sessions are read from the shared cache and written through to the database: one query
# fewer on every signed-in page, and a session survives a cleared cache.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Behind HTTPS (a career center's server): secure cookies, HTTPS only, HSTS. The reverse proxy
# terminates TLS and says so in X-Forwarded-Proto. See docs/deploy.md.
HTTPS = env_bool("PURSUIT_HTTPS", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_HSTS_SECONDS = env_int("PURSUIT_HSTS_SECONDS", 31_536_000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("PURSUIT_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("PURSUIT_HSTS_PRELOAD", True)
# The health check answers plain HTTP too, for the proxy and monitoring on the same host.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
X_FRAME_OPTIONS = "DENY"
# Every script and style comes from the app itself; no inline script or handler runs. Inline
# style *attributes* are allowed for the widths of progress bars and chart shapes, which are
# numbers computed by the app.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF, CSP.NONCE],
    "style-src-attr": [CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "connect-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Mail the app sends about the account itself (password resets) goes to the console until an
# operator sets a mailer; the user's own letters go through the outbox and their own mailbox.
_EMAIL_HOST = env_str("EMAIL_HOST")
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": _EMAIL_HOST,
            "port": env_int("EMAIL_PORT", 587),
            "username": env_str("EMAIL_HOST_USER", ""),
            "password": env_str("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", True),
            "timeout": 20,
        },
    } if _EMAIL_HOST else {
        "BACKEND": env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"),
    },
}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "pursuit@localhost")

# "Sign in with Microsoft / Google" for the mail account (docs/mail-oauth.md): a provider
# gets its button once its client ID is set; the endpoints default to the providers' own
# (core.oauth.DEFAULTS) and are set otherwise only by the tests' local authorization server.
PURSUIT_OAUTH = {
    key: {"client_id": env_str(f"PURSUIT_OAUTH_{key.upper()}_CLIENT_ID", ""),
          "client_secret": env_str(f"PURSUIT_OAUTH_{key.upper()}_CLIENT_SECRET", ""),
          "authorize_url": env_str(f"PURSUIT_OAUTH_{key.upper()}_AUTHORIZE_URL", ""),
          "token_url": env_str(f"PURSUIT_OAUTH_{key.upper()}_TOKEN_URL", ""),
          # Microsoft's device grant; Google's userinfo (where its ID token has no address)
          "device_url": env_str("PURSUIT_OAUTH_MICROSOFT_DEVICE_URL", "")
          if key == "microsoft" else "",
          "userinfo_url": env_str("PURSUIT_OAUTH_GOOGLE_USERINFO_URL", "")
          if key == "google" else "",
          # Google's RFC 7009 revocation endpoint (Microsoft has none)
          "revoke_url": env_str("PURSUIT_OAUTH_GOOGLE_REVOKE_URL", "")
          if key == "google" else ""}
    for key in ("microsoft", "google")
}

# How far ahead weekly follow-ups are planned for an open application.
PURSUIT_PLAN_HORIZON_DAYS = env_int("PURSUIT_PLAN_HORIZON_DAYS", 120)
PURSUIT_OPEN_SIGNUP = env_bool("PURSUIT_OPEN_SIGNUP", False)
# The site's address as its users reach it, for links in mail sent by the worker (the morning
# digest), which has no request to take it from. `pursuit serve` sets it for its own worker.
PURSUIT_BASE_URL = env_str("PURSUIT_BASE_URL") or ""
# Reading a job posting from its URL (pursuit/postings/fetch.py): the size and time caps, and
# the hosts let through although private. That list is for the tests' own server on
# 127.0.0.1 and is empty by default: never set it on a server others use.
PURSUIT_FETCH_MAX_BYTES = env_int("PURSUIT_FETCH_MAX_BYTES", 5 * 1024 * 1024)
PURSUIT_FETCH_TIMEOUT_SECONDS = env_int("PURSUIT_FETCH_TIMEOUT_SECONDS", 10)
PURSUIT_FETCH_ALLOW_HOSTS = env_list("PURSUIT_FETCH_ALLOW_HOSTS", [])

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["stderr"], "level": env_str("LOG_LEVEL", "WARNING")},
}
