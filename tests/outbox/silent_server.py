"""A mail server that accepts connections and never says a word: a hung server, or a firewall
that lets the handshake through. It counts the connections it accepted and those the client
gave up on (closed), so tests can tell what happened before the client's timeout."""

from __future__ import annotations

import socket
import threading


class SilentServer:
    def __init__(self) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = int(self._listener.getsockname()[1])
        self.accepted = 0
        self.given_up = 0  # connections the client closed (its timeout ran out)
        self._lock = threading.Lock()
        self._connections: list[socket.socket] = []

    def __enter__(self) -> SilentServer:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._listener.close()
        with self._lock:
            for conn in self._connections:
                conn.close()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.accepted += 1
                self._connections.append(conn)
            threading.Thread(target=self._hold, args=(conn,), daemon=True).start()

    def _hold(self, conn: socket.socket) -> None:
        try:
            while conn.recv(1024):
                pass  # whatever the client says, no answer
        except OSError:
            pass
        with self._lock:
            self.given_up += 1
