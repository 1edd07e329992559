"""Commerce payment rules (hubspot.md s3.7 [C payments guide unless marked]).

- A new payment starts `hs_latest_status: processing` unless the caller sets it (the
  documented create example answers `processing`, then PATCHes `succeeded`); only
  `succeeded` counts towards an invoice.
- Create needs `hs_initial_amount` and `hs_initiated_date`.
- Payments processed by HubSpot itself (`hs_processor_type` hubspot/stripe [U values])
  can't be changed or deleted through the API, and an app can't create one [U].
- `hs_has_associated_invoice` / `hs_number_of_associated_invoices` are read-only and
  follow the payment's invoice associations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import bad_request
from .money import money, num
from .properties import HUBSPOT_PROCESSORS
from .store import Rec

if TYPE_CHECKING:
    from .crm import Crm


def before_create(props: dict[str, str], *, api: bool) -> None:
    if api:
        missing = [p for p in ("hs_initial_amount", "hs_initiated_date") if not props.get(p)]
        if missing:
            raise bad_request(f"Missing required properties: {', '.join(missing)}")
        if props.get("hs_processor_type") in HUBSPOT_PROCESSORS:
            raise bad_request(
                "Payments processed by HubSpot are recorded by HubSpot, not through the API"
            )
    props.setdefault("hs_latest_status", "processing")
    props["hs_net_amount"] = net(props)
    props["hs_has_associated_invoice"] = "false"
    props["hs_number_of_associated_invoices"] = "0"


def net(props: dict[str, str]) -> str:
    return money(num(props, "hs_initial_amount") - num(props, "hs_refunds_amount"))


def refuse_if_processed_by_hubspot(rec: Rec, verb: str) -> None:
    if rec.props.get("hs_processor_type") in HUBSPOT_PROCESSORS:
        raise bad_request(f"Payments processed by HubSpot can't be {verb} through the API")


def before_update(rec: Rec, props: dict[str, str]) -> None:
    refuse_if_processed_by_hubspot(rec, "changed")
    props["hs_net_amount"] = net({**rec.props, **props})


def refresh_invoice_count(crm: Crm, pay: Rec) -> None:
    n = len(crm.live_targets("commerce_payments", pay.id, "invoices"))
    changes = {
        "hs_has_associated_invoice": "true" if n else "false",
        "hs_number_of_associated_invoices": str(n),
    }
    changes = {k: v for k, v in changes.items() if pay.props.get(k) != v}
    if changes:
        crm.apply(crm.stores["commerce_payments"].otype, pay, changes)
