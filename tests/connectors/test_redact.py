"""Redaction of secrets in text and log records."""

from __future__ import annotations

import io
import logging

from qbsync_desktop.core import redact
from qbsync_desktop.core.connectors.errors import QboFault


def test_patterns_mask_secret_shapes() -> None:
    text = (
        "Authorization: Bearer eyJabc.def-ghi GET /oauth/v1/access-tokens/CJSP5qf1KhIC "
        'body {"access_token": "AT-1", "refresh_token":"RT-2", "token": "tok-3"} '
        "form grant_type=refresh_token&refresh_token=RT-9&client_secret=CS-1 "
        "redirect ?code=AB11xyz&state=s&realmId=93"
    )
    out = redact.redact(text)
    for secret in (
        "eyJabc.def-ghi",
        "CJSP5qf1KhIC",
        "AT-1",
        "RT-2",
        "tok-3",
        "RT-9",
        "CS-1",
        "AB11xyz",
    ):
        assert secret not in out, secret
    assert "realmId=93" in out  # account ids are not secrets


def test_known_values_masked_anywhere() -> None:
    redact.remember("plain-value-known-secret")
    assert "plain-value-known-secret" not in redact.redact("x plain-value-known-secret y")
    err = QboFault("echo plain-value-known-secret", detail="again plain-value-known-secret")
    assert "plain-value-known-secret" not in str(err)


def test_log_filter_masks_messages_args_and_tracebacks() -> None:
    stream = io.StringIO()
    logger = logging.getLogger("test.redact")
    handler = logging.StreamHandler(stream)
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    redact.install_log_redaction(logger)
    redact.remember("sekrit-token-42")
    try:
        logger.info("token %s", "sekrit-token-42")
        try:
            raise RuntimeError("failed with sekrit-token-42")
        except RuntimeError:
            logger.exception("boom")
    finally:
        logger.removeHandler(handler)
    out = stream.getvalue()
    assert "sekrit-token-42" not in out
    assert out.count(redact.MASK) >= 2 and "RuntimeError" in out
