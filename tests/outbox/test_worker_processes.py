"""Real worker processes against a real SMTP sink: killed mid-run, or two at once.

They run on the database the suite runs on: SQLite in a fresh data directory, or the
PostgreSQL server of DATABASE_URL in the PostgreSQL pass of the suite."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from email import message_from_bytes
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.outbox.smtp_sink import SinkHandler, SmtpSink


class SlowSink(SinkHandler):
    """Takes a little time per message, so that a kill lands in the middle of the run."""

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        import asyncio

        await asyncio.sleep(0.01)
        return await super().handle_DATA(server, session, envelope)


class SlowerSink(SinkHandler):
    """A quarter of a second a message: slow enough that a skip started meanwhile meets it."""

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        import asyncio

        await asyncio.sleep(0.25)
        return await super().handle_DATA(server, session, envelope)


def env_for(home: Path) -> dict[str, str]:
    env = dict(os.environ, PURSUIT_HOME=str(home))
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def python(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env_for(home),
                          capture_output=True, text=True, timeout=300)
    # What the command printed is the only clue when it fails in CI: show it.
    assert done.returncode == 0, f"{args} exited {done.returncode}:\n{done.stderr[-3000:]}"
    return done


def worker(home: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pursuit.cli.main", "worker", "--idle-sleep", "0.05", *extra],
        cwd=ROOT, env=env_for(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def states(home: Path) -> dict[str, list[str]]:
    return json.loads(python(["-m", "tests.outbox.seed", "states"], home).stdout)


def wait_for(condition, seconds: float = 120) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


def test_sigkill_mid_run_loses_nothing_and_sends_nothing_twice(home: Path) -> None:
    with SmtpSink(SlowSink()) as sink:
        python(["-m", "tests.outbox.seed", str(sink.port), "200"], home)
        first = worker(home)
        wait_for(lambda: len(sink.handler.ids) >= 60)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        assert len(sink.handler.ids) < 200, "the kill came too late to test anything"
        # With the default lease of 5 minutes: the new worker sees that the killed one's
        # process is gone, and takes its claims back at once.
        second = subprocess.run(
            [sys.executable, "-m", "pursuit.cli.main", "worker", "--once"],
            cwd=ROOT, env=env_for(home), capture_output=True, text=True, timeout=300)
        assert second.returncode == 0, second.stderr
        by_state = states(home)
    sent, unknown = by_state.get("sent", []), by_state.get("unknown", [])
    assert len(sent) + len(unknown) == 200, by_state.keys()
    assert len(unknown) <= 1
    assert all(sink.handler.ids[mid] == 1 for mid in sent)
    assert all(sink.handler.ids[mid] <= 1 for mid in unknown)
    assert max(sink.handler.ids.values()) == 1


class Gate(SinkHandler):
    """Keeps the answer to the AT-th message until the test opens the gate."""

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at = at
        self.reached = threading.Event()
        self.open = threading.Event()

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        import asyncio

        answer = await super().handle_DATA(server, session, envelope)
        if len(self.received) == self.at:
            self.reached.set()
            while not self.open.is_set():
                await asyncio.sleep(0.02)
        return answer


def test_a_message_queued_meanwhile_waits_for_no_more_than_the_message_in_hand(
        home: Path) -> None:
    """One account's long run of messages is being sent when another account queues one:
    that one goes out next, not after the rest of the first account's round."""
    with SmtpSink(Gate(at=5)) as sink:
        python(["-m", "tests.outbox.seed", str(sink.port), "60"], home)
        process = worker(home)
        try:
            assert sink.handler.reached.wait(120), "the worker did not start sending"
            # The worker waits for the server's answer to the 5th message: queue one now.
            python(["-m", "tests.outbox.seed", "add", "quiet@example.com", str(sink.port), "1"],
                   home)
            sink.handler.open.set()
            wait_for(lambda: len(sink.handler.received) >= 61)
        finally:
            process.send_signal(signal.SIGTERM)
            process.communicate(timeout=60)
    senders = [str(message_from_bytes(raw)["From"]) for raw in sink.handler.received]
    assert senders[:5] == ["seed@example.com"] * 5
    assert senders[5] == "quiet@example.com", senders[:10]


def test_two_workers_never_send_one_message_twice(home: Path) -> None:
    with SmtpSink(SlowSink()) as sink:
        python(["-m", "tests.outbox.seed", str(sink.port), "200"], home)
        workers = [worker(home, "--once", "--json"), worker(home, "--once", "--json")]
        handled = []
        for process in workers:
            out, err = process.communicate(timeout=300)
            assert process.returncode == 0, err
            handled.append(json.loads(out)["handled"])
        by_state = states(home)
    assert len(by_state.get("sent", [])) == 200
    assert sum(sink.handler.ids.values()) == 200 and max(sink.handler.ids.values()) == 1
    assert sum(handled) == 200
    print("messages per worker:", handled)


def test_sigterm_finishes_the_message_in_hand(home: Path) -> None:
    with SmtpSink(SlowSink()) as sink:
        python(["-m", "tests.outbox.seed", str(sink.port), "100"], home)
        process = worker(home)
        wait_for(lambda: len(sink.handler.ids) >= 10)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        by_state = states(home)
    assert "sending" not in by_state and "unknown" not in by_state
    assert len(by_state["sent"]) == len(sink.handler.ids) < 100


def test_a_skip_racing_the_worker_sends_at_most_once_and_says_which(home: Path) -> None:
    """The worker sends the oldest follow-ups first while another process skips the newest
    first: the two meet on some message. Each message goes out at most once, only when the
    skip lost the race, and the skip's answer says so exactly then."""
    count = 40
    with SmtpSink(SlowerSink()) as sink:
        python(["-m", "tests.outbox.race", "seed", str(sink.port), str(count)], home)
        process = worker(home)
        wait_for(lambda: len(sink.handler.ids) >= 3)
        told = json.loads(python(["-m", "tests.outbox.race", "skip"], home).stdout)
        wait_for(lambda: all(s["message"] not in ("queued", "claimed", "sending", "retry")
                             for s in json.loads(python(["-m", "tests.outbox.race", "report"],
                                                        home).stdout).values()))
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=60)
        final = json.loads(python(["-m", "tests.outbox.race", "report"], home).stdout)
    received = sink.handler.ids
    assert max(received.values()) == 1  # never twice
    sent = [mid for mid in final if received[mid]]
    stopped = [mid for mid in final if not received[mid]]
    assert sent and stopped, "the race did not happen: one side finished before the other"
    for mid in sent:
        assert final[mid]["message"] == "sent"
        # Done by the worker before the skip came, or skipped while it was being sent: then
        # the skip said the message was already on its way.
        assert final[mid]["touch"] == "done" or told[mid]["told_too_late"], (mid, final[mid])
    for mid in stopped:
        assert final[mid] == {"touch": "skipped", "message": "cancelled"}, final[mid]
        assert not told[mid]["told_too_late"]
    print(f"sent before the skip: {len(sent)}, withdrawn: {len(stopped)}")
