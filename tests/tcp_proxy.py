"""A TCP proxy the tests own, between the app and a database server: it can cut the link (close every
connection), freeze it (keep the connections open and stop forwarding, as a hung server or a
middlebox that still acknowledges does), or add a delay to every byte in each direction (a slow link)."""

from __future__ import annotations

import contextlib
import queue
import select
import socket
import sys
import threading
import time


class TcpProxy:
    def __init__(self, target_host: str, target_port: int, *, delay_s: float = 0.0) -> None:
        self.target = (target_host, target_port)
        self.delay_s = delay_s  # added to each direction: a round trip takes twice as long more
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.frozen = threading.Event()
        self._stop = threading.Event()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self.listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except (TimeoutError, OSError):
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self._lock:
                self._pairs.append((client, server))
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        peers = {a: b, b: a}
        # A slow link: what is read now is sent delay_s later, in order, by one sender per direction
        # (the reading goes on meanwhile, so the delay does not cut the throughput).
        outboxes: dict[socket.socket, queue.Queue[tuple[float, bytes] | None]] = {}
        senders: list[threading.Thread] = []
        if self.delay_s > 0:
            for sock in (a, b):
                outboxes[sock] = queue.Queue()
                senders.append(threading.Thread(target=self._send_later, args=(outboxes[sock], sock), daemon=True))
                senders[-1].start()
        try:
            while not self._stop.is_set():
                if self.frozen.is_set():  # read nothing, forward nothing; the kernel still acknowledges
                    self._stop.wait(0.05)
                    continue
                ready, _, _ = select.select([a, b], [], [], 0.1)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if outboxes:
                        outboxes[peers[sock]].put((time.monotonic() + self.delay_s, data))
                    else:
                        peers[sock].sendall(data)
        except (OSError, ValueError):  # closed by cut(): a closed socket's fd is -1
            return
        finally:
            for outbox in outboxes.values():
                outbox.put(None)  # what was read before the end still goes, then the sender stops
            for sender in senders:
                sender.join(self.delay_s + 1)
            for sock in (a, b):
                with contextlib.suppress(OSError):
                    sock.close()

    def _send_later(self, outbox: queue.Queue[tuple[float, bytes] | None], sock: socket.socket) -> None:
        while (item := outbox.get()) is not None:
            due, data = item
            while (wait := due - time.monotonic()) > 0 and not self._stop.is_set():
                time.sleep(wait)
            try:
                sock.sendall(data)
            except (OSError, ValueError):
                return

    def cut(self) -> None:
        """Close every open connection (new ones are still accepted)."""
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for sock in pair:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                    sock.close()

    def close(self) -> None:
        self._stop.set()
        self.cut()
        self.listener.close()


def main() -> None:
    """`python -m tests.tcp_proxy HOST PORT [DELAY_S]`: the proxy in a process of its own (its threads then take
    no interpreter time from the program being measured). Prints its port; runs until its stdin closes."""
    host, port = sys.argv[1], int(sys.argv[2])
    proxy = TcpProxy(host, port, delay_s=float(sys.argv[3]) if len(sys.argv) > 3 else 0.0)
    print(proxy.port, flush=True)
    sys.stdin.read()
    proxy.close()


if __name__ == "__main__":
    main()
