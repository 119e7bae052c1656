"""`pursuit deploy --domain D --user U --home PATH [--output DIR]`: the server's files, filled in.

The templates are the files of `deploy/` in the repository (systemd units for the web server,
the workers and the nightly backup, the nginx site, the environment file), with placeholders
such as `@DOMAIN@`. Without --output they are printed, each under a line naming where it is
installed; with --output they are written into that directory.
"""

from __future__ import annotations

import re
import sys
from argparse import ArgumentParser
from pathlib import Path, PurePosixPath
from typing import Any

from pursuit.cli.base import PursuitCommand
from pursuit.core.errors import BadInput

# Template file -> where it is installed on the server.
FILES = {
    "pursuit-web.service": "/etc/systemd/system/pursuit-web.service",
    "pursuit-worker@.service": "/etc/systemd/system/pursuit-worker@.service",
    "pursuit-backup.service": "/etc/systemd/system/pursuit-backup.service",
    "pursuit-backup.timer": "/etc/systemd/system/pursuit-backup.timer",
    "nginx-pursuit.conf": "/etc/nginx/sites-available/pursuit",
    "pursuit.env": "/etc/pursuit/env",
}
ENV_FILE = "/etc/pursuit/env"
DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
USER = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")
PLACEHOLDER = re.compile(r"@[A-Z_]+@")

NEXT_STEPS = """\
Next, as root (docs/deploy.md says more):
  cp {out}/pursuit-web.service {out}/pursuit-worker@.service {out}/pursuit-backup.* \
/etc/systemd/system/
  install -D -m 0640 -g {user} {out}/pursuit.env /etc/pursuit/env
  cp {out}/nginx-pursuit.conf /etc/nginx/sites-available/pursuit && \
ln -sf ../sites-available/pursuit /etc/nginx/sites-enabled/pursuit && nginx -t
  systemctl daemon-reload && systemctl enable --now pursuit-web pursuit-worker@1 \
pursuit-worker@2 pursuit-backup.timer && systemctl reload nginx"""


def templates_dir() -> Path:
    """deploy/ of the checkout this code runs from (the way docs/deploy.md installs Pursuit),
    else the copy a wheel installs under share/pursuit/deploy."""
    checkout = Path(__file__).resolve().parents[5] / "deploy"
    installed = Path(sys.prefix) / "share" / "pursuit" / "deploy"
    for folder in (checkout, installed):
        if (folder / "pursuit-web.service").is_file():
            return folder
    raise BadInput(f"the deploy/ templates are missing (looked in {checkout} and {installed})",
                   where="deploy")


def absolute(value: str, option: str) -> str:
    path = PurePosixPath(value)
    if not path.is_absolute() or any(c in value for c in " \t\n\"'\\%$"):
        raise BadInput(f"expected an absolute path without spaces or quotes, got {value!r}",
                       where=option)
    return str(path)


def render(template: str, values: dict[str, str]) -> str:
    text = template
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


class Command(PursuitCommand):
    help = ("Write the files a server needs, filled in for a domain, a system user and a "
            "directory: systemd units (web, workers, nightly backup timer), the nginx site and "
            "the environment file. Printed, or written into --output DIR.")
    uses_database = False

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--domain", required=True,
                            help="the site's domain name, e.g. pursuit.example.org")
        parser.add_argument("--user", required=True,
                            help="the system user (and group) the services run as, e.g. pursuit")
        parser.add_argument("--home", required=True, metavar="PATH",
                            help="the service's directory, e.g. /srv/pursuit: the checkout in "
                                 "PATH/app, the data in PATH/data")
        parser.add_argument("--app", metavar="DIR",
                            help="the checkout with its .venv (default: HOME/app)")
        parser.add_argument("--port", type=int, default=8000,
                            help="the local port nginx forwards to (default 8000)")
        parser.add_argument("--database-url", metavar="URL",
                            help="DATABASE_URL (default: postgres://USER@/USER, the local "
                                 "PostgreSQL by peer authentication)")
        parser.add_argument("--output", metavar="DIR",
                            help="write the files into this directory instead of printing them")

    def handle(self, *args: Any, **options: Any) -> None:
        domain = options["domain"].strip().lower().rstrip(".")
        if not DOMAIN.match(domain):
            raise BadInput(f"not a domain name: {options['domain']!r}", where="--domain")
        user = options["user"]
        if not USER.match(user):
            raise BadInput(f"not a system user name: {user!r}", where="--user")
        home = absolute(options["home"], "--home")
        app = absolute(options["app"], "--app") if options["app"] else f"{home}/app"
        if not 0 < options["port"] < 65536:
            raise BadInput(f"not a port: {options['port']}", where="--port")
        values = {
            "DOMAIN": domain, "USER": user, "APP": app, "DATA": f"{home}/data",
            "PORT": str(options["port"]), "ENV_FILE": ENV_FILE,
            "PURSUIT": f"{app}/.venv/bin/pursuit",
            "DATABASE_URL": options["database_url"] or f"postgres://{user}@/{user}",
        }
        folder = templates_dir()
        rendered = {name: render((folder / name).read_text(encoding="utf-8"), values)
                    for name in FILES}
        for name, text in rendered.items():
            left = PLACEHOLDER.findall(text)
            if left:  # a template names a value this command does not know: our bug
                raise RuntimeError(f"{name}: no value for {left[0]}")
        out = Path(options["output"]) if options["output"] else None
        if out:
            if out.exists() and not out.is_dir():
                raise BadInput("is a file, not a directory", where=str(out))
            try:
                out.mkdir(parents=True, exist_ok=True)
                for name, text in rendered.items():
                    (out / name).write_text(text, encoding="utf-8")
            except OSError as exc:
                raise BadInput(f"cannot write: {exc.strerror}", where=str(out)) from None
        if options["json"]:
            self.print_json({"files": [
                {"name": name, "install_to": FILES[name],
                 **({"path": str(out / name)} if out else {"content": text})}
                for name, text in rendered.items()]})
        elif out:
            for name in rendered:
                self.stdout.write(f"{out / name}  ->  {FILES[name]}")
            self.stderr.write(NEXT_STEPS.format(out=out, user=user))
        else:
            for name, text in rendered.items():
                self.stdout.write(f"# ==> {FILES[name]} <==\n{text}")
