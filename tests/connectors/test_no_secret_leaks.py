"""After a full flow (connect, use, refresh, failures, disconnect) no secret appears in
log output, exception text or the profile file."""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

from qbsync_desktop.core.connectors.errors import ApiError
from qbsync_desktop.core.redact import RedactingFilter

from .conftest import PROFILE, connect_both, make_connections


async def test_no_token_in_logs_exceptions_or_files(sandboxes: Any, tmp_path: Path) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)  # httpx logs every URL (HubSpot's token-in-path included)
    errors: list[str] = []
    secrets: set[str] = {sandboxes.hubspot.client_secret, sandboxes.quickbooks.client_secret}
    try:
        conns = make_connections(tmp_path)
        await connect_both(conns, sandboxes)
        for service in ("hubspot", "quickbooks"):
            sandboxes.control(service, "expire-tokens")
        async with httpx.AsyncClient() as http:
            hs, qbo = conns.clients(PROFILE, http)
            for service in ("hubspot", "quickbooks"):
                tokens = conns.credentials.load_tokens(PROFILE, service)
                assert tokens is not None
                secrets |= {tokens.access_token, tokens.refresh_token}
            await qbo.query("SELECT * FROM Customer MAXRESULTS 3")
            await hs.list_objects("contacts", ["email"], limit=3)
            await conns.account_info(PROFILE, "hubspot")
            for bad in (
                qbo.create("Customer", {"DisplayName": ""}, "rid-1"),
                hs.batch_update("contacts", [{"id": "999999", "properties": {"nope": "x"}}]),
                qbo.read("Customer", "99999999"),
            ):
                try:
                    await bad
                except ApiError as exc:
                    errors += [str(exc), repr(exc), exc.message]
                    logging.getLogger("test").exception("expected failure")
            sandboxes.control("quickbooks", "revoke", {})
            sandboxes.control("quickbooks", "expire-tokens")
            with pytest.raises(ApiError) as dead:
                await qbo.query("SELECT * FROM Customer")
            errors += [str(dead.value), repr(dead.value)]
        for service in ("hubspot", "quickbooks"):
            tokens = conns.credentials.load_tokens(PROFILE, service)
            if tokens is not None:
                secrets |= {tokens.access_token, tokens.refresh_token}
            await conns.disconnect(PROFILE, service)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    output = stream.getvalue()
    assert "HTTP Request" in output  # httpx really logged URLs through our handler
    files = "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*.json"))
    assert len(errors) >= 4
    for secret in secrets:
        assert secret and len(secret) >= 8
        assert secret not in output
        assert secret not in files
        for text in errors:
            assert secret not in text
