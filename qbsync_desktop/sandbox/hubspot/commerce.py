"""Commerce rules, dispatched by object type: line items here; invoices, payments, deals
and taxes in their own modules. `Crm` calls these hooks on every write, so the API,
batch endpoints and seeding all follow the same rules.

Line items (hubspot.md s3.5 [C]): `amount` = quantity x price - discounts; the price must
not be negative; `hs_product_id` copies the product's values; `hs_tax_rate_group_id`
adds tax (tax.py); a line item has exactly one parent (a deal or an invoice here; quotes
are not emulated), so linking one that already belongs elsewhere is a 400.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from . import invoices, payments
from .errors import bad_request
from .money import money, num
from .pipelines import check_deal
from .schema import AssocType, ObjectType
from .store import Rec
from .tax import line_tax

if TYPE_CHECKING:
    from .crm import Crm

LINE_PARENTS = ("invoices", "deals")


def line_amounts(props: dict[str, str]) -> dict[str, str]:
    qty = num(props, "quantity", "1")
    price = num(props, "price")
    pre = qty * price
    discount = qty * num(props, "discount") + pre * num(props, "hs_discount_percentage") / 100
    return {
        "amount": money(pre - discount),
        "hs_pre_discount_amount": money(pre),
        "hs_total_discount": money(discount),
    }


Assocs = list[tuple[AssocType, int]]


def _line_create(crm: Crm, props: dict[str, str], assocs: Assocs, api: bool) -> None:
    _fill_from_product(crm, props)
    _check_price(props)
    props.update(line_amounts(props))
    props.update(line_tax(crm, props))
    for k in [k for k, v in props.items() if v == ""]:
        del props[k]


def _line_update(crm: Crm, rec: Rec, props: dict[str, str]) -> None:
    merged = {**rec.props, **props}
    if "hs_product_id" in props:
        _fill_from_product(crm, merged)
    _check_price(merged)
    props.update(line_amounts(merged))
    props.update(line_tax(crm, {**merged, **props}))


@dataclass(frozen=True)
class Rules:
    """One object type's write rules; a missing one means the type has none there."""

    create: Callable[[Crm, dict[str, str], Assocs, bool], None] | None = None
    update: Callable[[Crm, Rec, dict[str, str]], None] | None = None
    archive: Callable[[Crm, Rec], None] | None = None
    after_write: Callable[[Crm, Rec], None] | None = None
    after_archive: Callable[[Crm, Rec], None] | None = None
    after_link: Callable[[Crm, int, str, int], None] | None = None  # (own id, other type, id)


# The object types with write rules, by their API name (the rest have none).
RULES: dict[str, Rules] = {
    "line_items": Rules(_line_create, _line_update),
    "invoices": Rules(
        lambda crm, props, assocs, api: invoices.before_create(crm, props, assocs, api=api),
        invoices.before_update,
        invoices.before_archive,
        after_write=invoices.recompute,
        after_archive=invoices.after_archive,
        after_link=invoices.after_link,
    ),
    "commerce_payments": Rules(
        lambda crm, props, assocs, api: payments.before_create(props, api=api),
        lambda crm, rec, props: payments.before_update(rec, props),
        lambda crm, rec: payments.refuse_if_processed_by_hubspot(rec, "deleted"),
    ),
    "deals": Rules(
        lambda crm, props, assocs, api: check_deal(props, creating=True, current={}),
        lambda crm, rec, props: check_deal(props, creating=False, current=rec.props),
    ),
}
_NONE = Rules()
for _name in invoices.AMOUNT_LINKS:  # their writes change the amounts of their invoices
    RULES[_name] = replace(
        RULES.get(_name, _NONE), after_write=partial(invoices.recompute_linked, _name)
    )


def before_create(
    crm: Crm,
    t: ObjectType,
    props: dict[str, str],
    assocs: Assocs,
    *,
    api: bool,
) -> None:
    check_new_links(crm, t.name, [(at.to_type, to_id) for at, to_id in assocs])
    rule = RULES.get(t.name, _NONE).create
    if rule is not None:
        rule(crm, props, assocs, api)


def before_update(crm: Crm, t: ObjectType, rec: Rec, props: dict[str, str]) -> None:
    rule = RULES.get(t.name, _NONE).update
    if rule is not None:
        rule(crm, rec, props)


def before_archive(crm: Crm, t: ObjectType, rec: Rec) -> None:
    rule = RULES.get(t.name, _NONE).archive
    if rule is not None:
        rule(crm, rec)


def _check_price(props: dict[str, str]) -> None:
    if num(props, "price") < 0:
        raise bad_request("Line item price must not be negative")


def _fill_from_product(crm: Crm, props: dict[str, str]) -> None:
    """hs_product_id copies the product's values the caller did not give [C]."""
    pid = props.get("hs_product_id")
    if not pid:
        return
    try:
        product = crm.stores["products"].live(int(Decimal(pid)))
    except (ValueError, ArithmeticError):
        product = None
    if product is None:
        raise bad_request(f"Product {pid} does not exist", context={"hs_product_id": [pid]})
    for name in ("name", "price", "hs_sku", "description"):
        if name in product.props and not props.get(name):
            props[name] = product.props[name]


# ---- one parent per line item -------------------------------------------------------------
def _other_parent(crm: Crm, line_id: int, parent: tuple[str, int | None]) -> str | None:
    for ptype in LINE_PARENTS:
        for pid in crm.live_targets("line_items", line_id, ptype):
            if (ptype, pid) != parent:
                return f"{ptype[:-1]} {pid}"
    return None


def _refuse_second_parent(line_id: int | None, other: str) -> None:
    which = f"Line item {line_id}" if line_id is not None else "A line item"
    raise bad_request(
        f"{which} already belongs to {other}; a line item has exactly one parent. "
        "Create a separate line item for each deal, quote or invoice.",
        sub_category="LINE_ITEM_ALREADY_HAS_PARENT",  # [U] name
    )


def check_new_links(crm: Crm, type_name: str, links: list[tuple[str, int]]) -> None:
    """Associations in a create payload: the new record has no links yet."""
    if type_name == "line_items":
        parents = {(tt, tid) for tt, tid in links if tt in LINE_PARENTS}
        if len(parents) > 1:
            _refuse_second_parent(None, " and ".join(f"{t[:-1]} {i}" for t, i in sorted(parents)))
    elif type_name in LINE_PARENTS:
        for tt, tid in links:
            if tt == "line_items":
                other = _other_parent(crm, tid, (type_name, None))
                if other:
                    _refuse_second_parent(tid, other)


def check_link(crm: Crm, from_type: str, from_id: int, to_type: str, to_id: int) -> None:
    """A new association between existing records."""
    if from_type == "line_items" and to_type in LINE_PARENTS:
        line_id, parent = from_id, (to_type, to_id)
    elif to_type == "line_items" and from_type in LINE_PARENTS:
        line_id, parent = to_id, (from_type, from_id)
    else:
        return
    other = _other_parent(crm, line_id, parent)
    if other:
        _refuse_second_parent(line_id, other)


# ---- after writes ----------------------------------------------------------------------
def after_write(crm: Crm, t: ObjectType, rec: Rec) -> None:
    hook = RULES.get(t.name, _NONE).after_write
    if hook is not None:
        hook(crm, rec)


def after_archive(crm: Crm, t: ObjectType, rec: Rec) -> None:
    after_write(crm, t, rec)
    hook = RULES.get(t.name, _NONE).after_archive
    if hook is not None:
        hook(crm, rec)


def after_association(crm: Crm, from_type: str, from_id: int, to_type: str, to_id: int) -> None:
    """A new link: each end's type reacts to it (an invoice: recipient, amounts, payments)."""
    for own, own_id, other, other_id in (
        (from_type, from_id, to_type, to_id),
        (to_type, to_id, from_type, from_id),
    ):
        hook = RULES.get(own, _NONE).after_link
        if hook is not None:
            hook(crm, own_id, other, other_id)
