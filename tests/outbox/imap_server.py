"""A real IMAP server on loopback for the tests: Debian's dovecot with its own config, users
and maildirs in a temporary directory, on a free port."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

from tests.outbox.smtp_sink import free_port

CONFIG = """\
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
instance_name = pursuit-test-{port}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = {storage}:{dir}/mail/%u
default_login_user = {login_user}
default_internal_user = {user}
first_valid_uid = {uid}
first_valid_gid = {gid}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={dir}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""


def dovecot_available() -> bool:
    return shutil.which("dovecot") is not None or Path("/usr/sbin/dovecot").exists()


class ImapServer:
    def __init__(self, users: dict[str, str], extra_config: str = "",
                 storage: str = "maildir") -> None:
        # Not under pytest's tmp_path: dovecot's unprivileged processes must be able to reach
        # the directory, and pytest's base directory is private to root.
        self.dir = Path(tempfile.mkdtemp(prefix="pursuit-imap-"))
        self.dir.chmod(0o755)
        self.port = free_port()
        self.users = users
        self.extra_config = extra_config  # more dovecot settings (bench_send: mail_fsync)
        # dovecot's mailbox format: maildir (a file per message, the tests' default, easy to
        # look into) or mdbox (several messages per file: what bench_send's server uses).
        if storage not in ("maildir", "mdbox", "sdbox"):
            raise ValueError(f"unknown dovecot mailbox format {storage!r}")
        self.storage = storage

    def __enter__(self) -> ImapServer:
        # As root, dovecot drops privileges to its packaged users (mail can't be kept as root);
        # otherwise everything runs as us.
        root = os.getuid() == 0
        me = pwd.getpwnam("dovecot") if root else pwd.getpwuid(os.getuid())
        login_user = "dovenull" if root else me.pw_name
        user = me.pw_name
        for sub in ("run", "state", "mail", "home"):
            (self.dir / sub).mkdir(parents=True, exist_ok=True)
            if root and sub in ("mail", "home"):
                os.chown(self.dir / sub, me.pw_uid, me.pw_gid)
        (self.dir / "users").write_text(
            "".join(f"{name}:{{PLAIN}}{password}\n" for name, password in self.users.items()))
        self.config = self.dir / "dovecot.conf"
        self.config.write_text(CONFIG.format(dir=self.dir, port=self.port, uid=me.pw_uid,
                                             storage=self.storage,
                                             gid=me.pw_gid, login_user=login_user, user=user)
                               + self.extra_config)
        binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
        subprocess.run([binary, "-c", str(self.config)], check=True, timeout=30)
        deadline = time.monotonic() + 20
        while True:
            try:
                IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=2).logout()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        binary = shutil.which("doveadm") or "/usr/bin/doveadm"
        subprocess.run([binary, "-c", str(self.config), "stop"], check=False, timeout=30,
                       capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)

    def deliver(self, user: str, raw: bytes) -> None:
        """Put a message in a user's INBOX, as their mail server would on delivery."""
        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=5)
        client.login(user, self.users[user])
        client.append("INBOX", raw)
        client.logout()
