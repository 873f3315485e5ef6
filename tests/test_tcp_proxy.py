"""The tests' own TCP proxy: what goes through a slowed link arrives whole and in order."""

from __future__ import annotations

import socket
import threading

from tests.tcp_proxy import TcpProxy


def _echo_server() -> socket.socket:
    server = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            while data := conn.recv(65536):
                conn.sendall(data)

    threading.Thread(target=serve, daemon=True).start()
    return server


def test_a_delayed_link_delivers_every_byte_in_order_both_ways():
    server = _echo_server()
    proxy = TcpProxy("127.0.0.1", server.getsockname()[1], delay_s=0.05)
    sent = b"".join(i.to_bytes(4, "big") for i in range(50_000))  # 200 kB: many reads on the way
    try:
        with socket.create_connection(("127.0.0.1", proxy.port), timeout=30) as client:
            threading.Thread(target=client.sendall, args=(sent,), daemon=True).start()
            received = b""
            while len(received) < len(sent):
                chunk = client.recv(65536)
                assert chunk, "the proxy closed the link early"
                received += chunk
        assert received == sent
    finally:
        proxy.close()
        server.close()
