"""The sandboxes answer without Nagle's delay: every connection they accept has TCP_NODELAY.

Without it a small response waits for the client's delayed ACK (~40 ms on Linux) after
the previous segment, which the bench measured as ~48 ms per call instead of ~4 ms.
asyncio only sets TCP_NODELAY itself on sockets created with proto=IPPROTO_TCP, so the
listening socket must carry the option for accepted sockets to inherit it.
"""

from __future__ import annotations

import socket
from typing import Any

import httpx

from tests.support.sandboxes import RunningSandboxes


def _nodelay(sock: Any) -> int:
    return int(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


def test_connections_that_answer_requests_have_tcp_nodelay(sandboxes: RunningSandboxes) -> None:
    servers = sandboxes.servers
    with httpx.Client(timeout=10) as client:  # keep-alive: the connections stay open
        for info in (sandboxes.hubspot, sandboxes.quickbooks):
            assert client.get(f"{info.base_url}/_sandbox/inspect").status_code == 200
        for name, server in servers._servers.items():
            accepted = [
                conn.transport.get_extra_info("socket") for conn in server.server_state.connections
            ]
            assert accepted, name
            assert [_nodelay(sock) for sock in accepted] == [1] * len(accepted), name
            assert _nodelay(servers._sockets[name]) == 1, name
