"""The files a server installs from (deploy/): `pursuit deploy` fills them in, systemd accepts
the units, they name commands and options that exist, and nginx accepts the site."""

from __future__ import annotations

import configparser
import json
import re
import shlex
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django.core.management import get_commands, load_command_class

from tests.conftest import ROOT, run_pursuit

DOMAIN = "pursuit.example.org"
UNITS = ["pursuit-web.service", "pursuit-worker@.service", "pursuit-backup.service",
         "pursuit-backup.timer"]
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
NGINX = shutil.which("nginx") or (Path("/usr/sbin/nginx") if Path("/usr/sbin/nginx").exists()
                                  else None)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`pursuit deploy` for a server whose checkout has a real `pursuit` in its .venv."""
    home = tmp_path_factory.mktemp("srv") / "pursuit"
    venv_bin = home / "app" / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    # The units start APP/.venv/bin/pursuit: here, the pursuit of the environment under test.
    (venv_bin / "pursuit").symlink_to(Path(sys.executable).parent / "pursuit")
    out = home / "generated"
    result = run_pursuit("deploy", "--domain", DOMAIN, "--user", "pursuit", "--home", str(home),
                         "--output", str(out), home=tmp_path_factory.mktemp("data"))
    assert result.returncode == 0, result.stderr
    return out


def test_deploy_fills_in_every_file(server: Path, pursuit_home: Path) -> None:
    names = sorted(p.name for p in server.iterdir())
    assert names == sorted([*UNITS, "nginx-pursuit.conf", "pursuit.env"])
    assert names == sorted(p.name for p in (ROOT / "deploy").iterdir() if p.name != "README.md")
    for path in server.iterdir():
        left = re.findall(r"@[A-Z_]+@", path.read_text(encoding="utf-8"))
        assert left == [], f"{path.name} has placeholders left"
    env = (server / "pursuit.env").read_text()
    assert f"ALLOWED_HOSTS={DOMAIN}\n" in env and f"PURSUIT_HOME={server.parent}/data\n" in env
    printed = run_pursuit("deploy", "--domain", DOMAIN, "--user", "pursuit", "--home", "/srv/p",
                          "--json", home=pursuit_home)
    assert printed.returncode == 0, printed.stderr
    files = json.loads(printed.stdout)["files"]
    assert {f["name"]: f["install_to"] for f in files}["pursuit.env"] == "/etc/pursuit/env"
    assert all("/srv/p/app/.venv/bin/pursuit" in f["content"] for f in files
               if f["name"].endswith(".service"))


def test_deploy_refuses_bad_values_in_one_line(pursuit_home: Path) -> None:
    for args, field in ((["--domain", "not a domain"], "--domain"),
                        (["--user", "Root Admin"], "--user"),
                        (["--home", "relative/path"], "--home")):
        values = {"--domain": DOMAIN, "--user": "pursuit", "--home": "/srv/pursuit"}
        values[args[0]] = args[1]
        result = run_pursuit("deploy", *[x for kv in values.items() for x in kv],
                             home=pursuit_home)
        assert result.returncode == 2 and result.stderr.startswith(f"error: {field}:")
        assert result.stderr.count("\n") == 1


def exec_lines(path: Path) -> list[list[str]]:
    parser = configparser.ConfigParser(strict=True, interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    return [shlex.split(parser[section][key]) for section in parser.sections()
            for key in parser[section] if key.startswith("Exec")]


def test_units_parse_strictly_and_name_real_commands_and_options(server: Path) -> None:
    """Each ExecStart names the venv's pursuit and a command whose parser accepts the options."""
    seen = []
    for name in UNITS:
        for argv in exec_lines(server / name):
            assert Path(argv[0]) == server.parent / "app/.venv/bin/pursuit"
            assert Path(argv[0]).resolve().is_file()
            command, options = argv[1], argv[2:]
            assert command in get_commands(), f"{name}: no command {command!r}"
            parser = load_command_class(get_commands()[command], command).create_parser(
                "pursuit", command)
            parser.parse_args(options)  # raises on an unknown option or a bad value
            seen.append(command)
    assert sorted(seen) == ["backup", "serve", "worker"]


@pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="needs systemd-analyze (package systemd)")
def test_systemd_accepts_the_units(server: Path) -> None:
    # A template unit is verified through an instance, as systemd would start it.
    instance = server / "pursuit-worker@1.service"
    shutil.copy(server / "pursuit-worker@.service", instance)
    try:
        done = subprocess.run(
            [str(SYSTEMD_ANALYZE), "verify", "--man=no",
             *[str(server / n) for n in UNITS if "@" not in n], str(instance)],
            capture_output=True, text=True, timeout=120, cwd=server, check=False)
    finally:
        instance.unlink()
    # Unknown keys and values it cannot parse are only warnings for systemd: none is allowed.
    assert done.returncode == 0 and done.stderr.strip() == "", done.stderr


def self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, DOMAIN)])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "fullchain.pem", folder / "privkey.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.mark.skipif(NGINX is None, reason="needs nginx (scripts/test installs it)")
def test_nginx_accepts_the_site(server: Path, tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    site = (server / "nginx-pursuit.conf").read_text(encoding="utf-8")
    live = f"/etc/letsencrypt/live/{DOMAIN}"
    assert f"{live}/fullchain.pem" in site and f"{live}/privkey.pem" in site
    site = site.replace(f"{live}/fullchain.pem", str(cert)).replace(f"{live}/privkey.pem",
                                                                     str(key))
    (tmp_path / "site.conf").write_text(site, encoding="utf-8")
    temp_paths = "\n".join(f"  {kind}_temp_path {tmp_path}/{kind};"
                           for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    # The http block of Debian's nginx.conf, reduced to what `nginx -t` needs, outside /etc.
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  access_log off;\n{temp_paths}\n  include {tmp_path}/site.conf;\n}}\n")
    done = subprocess.run([str(NGINX), "-t", "-p", str(tmp_path), "-c",
                           str(tmp_path / "nginx.conf")],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "syntax is ok" in done.stderr and "test is successful" in done.stderr
