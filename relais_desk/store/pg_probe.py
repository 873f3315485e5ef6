"""Why a PostgreSQL connection failed, told by what the network and the server do, never by the text
of their messages (a server with French `lc_messages` words them differently; libpq gives a failed
connection no SQLSTATE).

Each probe sends no password: a TCP connect, PostgreSQL's own TLS request, and libpq facts
(`used_password`) about the attempt that failed.
"""

from __future__ import annotations

import socket
import ssl
import struct

_SSL_REQUEST = struct.pack("!ii", 8, 80877103)  # PostgreSQL protocol: "may we speak TLS?"


def tcp_answers(host: str, port: int, timeout: float = 3.0) -> bool:
    """Something accepts TCP connections at host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def tls_problem(host: str, port: int, sslmode: str, rootcert: str, timeout: float = 3.0) -> str | None:
    """Why TLS as `sslmode` asks cannot be set up with this server, in French; None when it can."""
    if sslmode not in ("require", "verify-ca", "verify-full"):
        return None
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            raw.sendall(_SSL_REQUEST)
            answer = raw.recv(1)
            if answer != b"S":
                return "le serveur n'accepte pas les connexions chiffrées (ssl = off dans postgresql.conf)"
            ctx = ssl.create_default_context(cafile=rootcert or None) if sslmode != "require" else \
                ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            ctx.check_hostname = sslmode == "verify-full"
            if sslmode == "require":
                ctx.verify_mode = ssl.CERT_NONE
            with ctx.wrap_socket(raw, server_hostname=host):
                return None
    except ssl.SSLCertVerificationError as exc:
        return f"le certificat du serveur n'est pas reconnu par l'autorité du réseau ({exc.verify_message})"
    except ssl.SSLError as exc:
        return f"la négociation TLS échoue ({exc.reason or type(exc).__name__})"
    except OSError:
        return None  # not a TLS problem: the caller reports the network
