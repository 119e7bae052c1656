"""A real SMTP server on loopback (aiosmtpd) whose faults the tests choose."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections import Counter
from dataclasses import dataclass, field
from email import message_from_bytes
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    # aiosmtpd's Controller(port=0) does not report the port it got: pick one ourselves.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class SinkHandler:
    """Receives messages. `faults` is consumed one per DATA: "451", "550", "drop" (close the
    connection after the data arrived, before answering), "slow" (answer late)."""

    faults: list[str] = field(default_factory=list)
    slow_seconds: float = 3.0
    received: list[bytes] = field(default_factory=list)
    ids: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        fault = self.faults.pop(0) if self.faults else None
        content = envelope.original_content or envelope.content
        if fault == "451":
            return "451 4.3.0 Try again later"
        if fault == "550":
            return "550 5.1.1 No such user here"
        if fault == "drop":
            self._keep(content)  # the server had it: this is the "unknown" case
            server.transport.close()
            return "250 OK"
        if fault == "slow":
            self._keep(content)
            await asyncio.sleep(self.slow_seconds)
            return "250 OK"
        self._keep(content)
        return "250 OK: queued"

    def _keep(self, content: bytes) -> None:
        message_id = str(message_from_bytes(content).get("Message-ID", ""))
        with self.lock:
            self.received.append(content)
            self.ids[message_id] += 1


class SmtpSink:
    def __init__(self, handler: SinkHandler | None = None) -> None:
        self.handler = handler or SinkHandler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SmtpSink:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()
