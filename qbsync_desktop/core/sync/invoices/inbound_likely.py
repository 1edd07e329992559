"""Inbound E1's likely match: a QuickBooks invoice whose customer has no linked HubSpot
contact names the HubSpot contact that is probably that customer (same email, else same
first and last name), as outbound's E1 names a likely QuickBooks customer.

Asked only for invoices failing with the unlinked customer: one QuickBooks query and one
HubSpot search per 100 such customers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from qbsync_desktop.core.connectors.hubspot import HsObject, HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboClient
from qbsync_desktop.core.sync.changes import qbo_by_ids
from qbsync_desktop.core.sync.invoices.store import Outcome
from qbsync_desktop.core.sync.problems import Problem, ProblemCode

CHUNK = 100  # customers per QuickBooks query and values per HubSpot IN filter
PROPS = ("email", "firstname", "lastname")


def _fold(text: object) -> str:
    return " ".join(str(text or "").split()).casefold()


def _email(customer: Mapping[str, Any]) -> str:
    return _fold((customer.get("PrimaryEmailAddr") or {}).get("Address"))


def _name(customer: Mapping[str, Any]) -> tuple[str, str]:
    return _fold(customer.get("GivenName")), _fold(customer.get("FamilyName"))


def _shown(contact: HsObject) -> str:
    """How the problem names the contact: "Ana Silva (ana@example.com)"."""
    p = contact.properties
    name = " ".join(x for x in (p.get("firstname"), p.get("lastname")) if x).strip()
    email = p.get("email") or ""
    return f"{name} ({email})" if name and email else name or email


async def _contacts(
    hubspot: HubSpotClient, emails: Sequence[str], names: Sequence[tuple[str, str]]
) -> list[HsObject]:
    """HubSpot contacts with one of the emails, or one of the first and last names."""
    groups: list[dict[str, Any]] = []
    if emails:
        groups.append({"filters": [{"propertyName": "email", "operator": "IN", "values": emails}]})
    if names:
        firsts = sorted({f for f, _ in names})
        lasts = sorted({last for _, last in names})
        filters = [
            {"propertyName": "firstname", "operator": "IN", "values": firsts},
            {"propertyName": "lastname", "operator": "IN", "values": lasts},
        ]
        groups.append({"filters": filters})
    if not groups:
        return []
    page = await hubspot.search("contacts", groups, PROPS, limit=200)
    return list(page.results)


def _likely(customer: Mapping[str, Any], contacts: Sequence[HsObject]) -> HsObject | None:
    email, name = _email(customer), _name(customer)
    for contact in contacts:
        if email and _fold(contact.properties.get("email")) == email:
            return contact
    if all(name):
        for contact in contacts:
            p = contact.properties
            if (_fold(p.get("firstname")), _fold(p.get("lastname"))) == name:
                return contact
    return None


async def likely_contacts(
    hubspot: HubSpotClient, qbo: QboClient, customer_ids: Sequence[str]
) -> dict[str, str]:
    """QuickBooks customer id -> its likely HubSpot contact, as the problem names it."""
    out: dict[str, str] = {}
    wanted = sorted(set(customer_ids))
    for start in range(0, len(wanted), CHUNK):
        customers = await qbo_by_ids(qbo, "Customer", wanted[start : start + CHUNK])
        emails = sorted({e for c in customers if (e := _email(c))})
        names = sorted({n for c in customers if all(n := _name(c))})
        contacts = await _contacts(hubspot, emails, names)
        for customer in customers:
            found = _likely(customer, contacts)
            if found is not None:
                out[str(customer.get("Id"))] = _shown(found)
    return out


def _unlinked(outcome: Outcome) -> str | None:
    problem = outcome.problem
    if problem is None or problem.code != ProblemCode.CUSTOMER_UNLINKED:
        return None
    return problem.params.get("id") or None


async def with_likely_contacts(
    hubspot: HubSpotClient, qbo: QboClient, outcomes: list[Outcome]
) -> list[Outcome]:
    """The outcomes, each unlinked-customer failure naming a likely contact where one is."""
    ids = [i for o in outcomes if (i := _unlinked(o))]
    if not ids:
        return outcomes
    likely = await likely_contacts(hubspot, qbo, ids)
    out = []
    for o in outcomes:
        customer = _unlinked(o)
        if customer is not None and customer in likely and o.problem is not None:
            params = {**o.problem.params, "likely_match": likely[customer]}
            o = replace(o, problem=unlinked_likely(params, o.problem.field))
        out.append(o)
    return out


def unlinked_likely(params: Mapping[str, str], field: str | None = "CustomerRef") -> Problem:
    """E1 inbound with the contact that is probably the customer."""
    return Problem(ProblemCode.CUSTOMER_UNLINKED_LIKELY, dict(params), field)
