"""Read both sandboxes' books over their APIs with the tokens a profile holds."""

from __future__ import annotations

from typing import Any

import httpx
from keyring.backends import SecretService

from qbsync_desktop.core.credentials import CredentialStore
from qbsync_desktop.core.profiles import name_id
from tests.support.sandboxes import RunningSandboxes


def _norm(email: str | None) -> str:
    return (email or "").strip().lower()


def emails_by_side(sb: RunningSandboxes, profile: str) -> tuple[list[str], list[str]]:
    """(HubSpot contact emails, active QBO customer emails), normalised, duplicates kept."""
    creds = CredentialStore(SecretService.Keyring())  # keyed by the raw id given it
    profile_id = name_id(profile)  # the id of a profile made afresh under this name
    hs_tokens = creds.load_tokens(profile_id, "hubspot")
    qbo_tokens = creds.load_tokens(profile_id, "quickbooks")
    assert hs_tokens is not None and qbo_tokens is not None
    hubspot: list[str] = []
    after: str | None = None
    with httpx.Client(timeout=30) as http:
        while True:
            params: dict[str, Any] = {"limit": 100, "properties": "email"}
            if after:
                params["after"] = after
            page = http.get(
                f"{sb.hubspot.base_url}/crm/v3/objects/contacts",
                params=params,
                headers={"Authorization": f"Bearer {hs_tokens.access_token}"},
            ).json()
            hubspot += [
                _norm(r["properties"].get("email"))
                for r in page["results"]
                if r["properties"].get("email")
            ]
            after = page.get("paging", {}).get("next", {}).get("after")
            if not after:
                break
        answer = http.get(
            f"{sb.quickbooks.base_url}/v3/company/{qbo_tokens.account_id}/query",
            params={"query": "select * from Customer maxresults 1000", "minorversion": "75"},
            headers={
                "Authorization": f"Bearer {qbo_tokens.access_token}",
                "Accept": "application/json",
            },
        ).json()
    quickbooks = [
        _norm((c.get("PrimaryEmailAddr") or {}).get("Address"))
        for c in answer["QueryResponse"].get("Customer", [])
        if (c.get("PrimaryEmailAddr") or {}).get("Address")
    ]
    return hubspot, quickbooks
