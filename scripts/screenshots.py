"""Screenshots of the main pages with the demo account, at desktop and phone widths, for a
person to look at: `.venv/bin/python scripts/screenshots.py [OUT_DIR] [PATH ...]`."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.server import running_server  # noqa: E402

PAGES = ["/", "/board/", "/applications/", "/contacts/", "/network/", "/outbox/", "/settings/"]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "artifacts/look")
    pages = sys.argv[2:] or PAGES
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="pursuit-look-")
    env = dict(os.environ, PURSUIT_HOME=home)
    env.pop("DATABASE_URL", None)
    run = [sys.executable, "-m", "pursuit.cli.main"]
    subprocess.run([*run, "demo", "--user", "demo@example.com", "--password-stdin"],
                   input="demo password 42\n", text=True, env=env, check=True,
                   capture_output=True)
    from playwright.sync_api import sync_playwright

    with running_server(Path(home), "--no-worker", env=env) as base, \
            sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for width, name in ((1280, "desktop"), (390, "phone")):
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(f"{base}/login/")
            page.get_by_label("E-mail").fill("demo@example.com")
            page.get_by_label("Password").fill("demo password 42")
            page.get_by_role("button", name="Sign in").click()
            page.wait_for_load_state()
            for path in pages:
                page.goto(f"{base}{path}")
                slug = path.strip("/").replace("/", "-") or "today"
                page.screenshot(path=str(out / f"{slug}-{name}.png"), full_page=True)
        browser.close()
    print(out)


if __name__ == "__main__":
    main()
