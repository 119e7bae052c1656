"""Does the command line stay quick as it gains commands? `.venv/bin/python bench/bench_cli.py`

Times `pursuit today --json` (a fresh process, as a script or a shell prompt runs it) on a data
directory holding the demo account, against a baseline measured in the same run with the same
settings and the same data directory: a fresh interpreter that only runs `django.setup()`.
That baseline is what any Django command pays before doing anything, so the ratio says what
the command line itself adds (its dispatch, the command's module, the migration check, the
queries, the JSON) whatever the machine's speed. Target: at most 1.5x.

Both kinds of run alternate, so a moment of load elsewhere on the machine falls on both; the
medians of RUNS runs each are compared. `--runs N` changes RUNS.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 15
TARGET_RATIO = 1.5
BARE_SETUP = ("import os, django; "
              "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'pursuit.settings'); "
              "django.setup()")


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="runs of each kind")
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory(prefix="pursuit-bench-cli-") as home:
        env = {k: v for k, v in os.environ.items()
               if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
        env["PURSUIT_HOME"] = home
        # The demo account: about a dozen applications with touches due, so `today` has work.
        subprocess.run([sys.executable, "-m", "pursuit.cli.main", "demo", "--json"], env=env,
                       check=True, stdout=subprocess.DEVNULL, timeout=600)
        today = [sys.executable, "-m", "pursuit.cli.main", "today", "--json"]
        out = subprocess.run(today, env=env, check=True, capture_output=True, text=True)
        assert '"items"' in out.stdout, out.stdout
        bare = [sys.executable, "-c", BARE_SETUP]
        times: dict[str, list[float]] = {"today": [], "bare": []}
        timed(bare, env), timed(today, env)  # warm the file cache and the .pyc files
        for _ in range(runs):
            times["bare"].append(timed(bare, env))
            times["today"].append(timed(today, env))
    bare_median = statistics.median(times["bare"])
    today_median = statistics.median(times["today"])
    ratio = today_median / bare_median
    print(f"bare django.setup():     median {bare_median * 1000:7.1f} ms over {runs} runs")
    print(f"pursuit today --json:    median {today_median * 1000:7.1f} ms over {runs} runs")
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"ratio today / bare setup: {ratio:.2f}x ({verdict} the {TARGET_RATIO}x target)")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
