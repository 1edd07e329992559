"""QBO's query language: parse, validate and run against `Books` (qbo.md 2.6).

SELECT * | COUNT(*) FROM <Entity> [WHERE p op v [AND ...]] [ORDERBY|ORDER BY p [ASC|DESC], ...]
[STARTPOSITION n] [MAXRESULTS n]; ops = < > <= >= IN LIKE. OR is a parse error.
Keywords, entity and property names and string values are case-insensitive.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from . import faults
from .books import ENTITIES, NAME_LISTS, SINGLETONS, Books, Obj

MAX_RESULTS = 1000
DEFAULT_RESULTS = 100
META = ("MetaData.CreateTime", "MetaData.LastUpdatedTime")
_NAMES = ("DisplayName", "GivenName", "MiddleName", "FamilyName", "CompanyName", "Title")
_PERSON = ("Id", *_NAMES, "Suffix", "FullyQualifiedName", "PrintOnCheckName", "PrimaryEmailAddr")
_TXN = ("Id", "DocNumber", "TxnDate", "CustomerRef", "TotalAmt", "Balance", *META)
# Filterable/sortable properties per entity (others answer 4001, as QBO does).
QUERYABLE: dict[str, tuple[str, ...]] = {
    "Customer": (*_PERSON, "PrimaryPhone", "Active", "Balance", "Job", "ParentRef", *META),
    "Vendor": (*_PERSON, "PrimaryPhone", "Active", "Balance", *META),
    "Employee": (*_PERSON, "Active", *META),
    "Item": ("Id", "Name", "Sku", "Type", "Active", "FullyQualifiedName", "Taxable",
             "UnitPrice", "IncomeAccountRef", "ParentRef", *META),
    "Account": ("Id", "Name", "AccountType", "AccountSubType", "Classification", "Active",
                "FullyQualifiedName", "AcctNum", "CurrentBalance", *META),
    "TaxCode": ("Id", "Name", "Active", "Taxable", *META),
    "TaxRate": ("Id", "Name", "Active", *META),
    "Term": ("Id", "Name", "Active", *META),
    "Invoice": (*_TXN, "DueDate", "EmailStatus", "PrintStatus"),
    "CreditMemo": _TXN,
    "Payment": ("Id", "TxnDate", "CustomerRef", "TotalAmt", "PaymentRefNum", *META),
    "CompanyInfo": ("Id", *META),
    "Preferences": ("Id", *META),
}  # fmt: skip
NUMERIC = {"Balance", "TotalAmt", "UnitPrice", "CurrentBalance"}
BOOLEAN = {"Active", "Job", "Taxable"}
SUBFIELD = {"PrimaryEmailAddr": "Address", "PrimaryPhone": "FreeFormNumber"}
ENTITY_NAMES = {e.casefold(): e for e in (*ENTITIES, *SINGLETONS)}

_TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:\\.|[^'\\])*')|(?P<num>-?\d+(?:\.\d+)?)(?![\w.])"
    r"|(?P<ident>[A-Za-z_][\w.]*)|(?P<op><=|>=|!=|<>|=|<|>)|(?P<punct>[(),*]))"
)


@dataclass
class Token:
    kind: str  # str | num | ident | op | punct | end
    text: str
    pos: int

    @property
    def word(self) -> str:
        return self.text.casefold() if self.kind == "ident" else ""


@dataclass
class Condition:
    prop: str
    op: str  # = < > <= >= in like
    values: list[Token]


@dataclass
class Query:
    entity: str
    count: bool = False
    where: list[Condition] = field(default_factory=list)
    order: list[tuple[str, bool]] = field(default_factory=list)  # (prop, descending)
    start: int = 1
    max_results: int = DEFAULT_RESULTS


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    text = text.rstrip().rstrip(";")
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            col = pos + 1 + (len(text[pos:]) - len(text[pos:].lstrip()))
            raise faults.query_parse(f"Lexical error at line 1, column {col}.")
        kind = m.lastgroup or "punct"
        tokens.append(Token(kind, m.group(kind), m.start(kind)))
        pos = m.end()
    tokens.append(Token("end", "<EOF>", len(text)))
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.i = 0

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def fail(self, tok: Token, expecting: str) -> faults.QboError:
        shown = tok.text if tok.kind != "end" else "<EOF>"
        kind = {"ident": "<IDENTIFIER>", "str": "<STRING>", "num": "<INTEGER>"}.get(
            tok.kind, tok.text
        )
        return faults.query_parse(
            f'Encountered " {kind} "{shown} "" at line 1, column {tok.pos + 1}.\n'
            f"Was expecting: {expecting}"
        )

    def keyword(self, *words: str) -> Token:
        tok = self.take()
        if tok.word not in words:
            raise self.fail(tok, " | ".join(f'"{w}"' for w in words))
        return tok

    def punct(self, char: str) -> None:
        tok = self.take()
        if tok.text != char:
            raise self.fail(tok, f'"{char}"')

    def integer(self) -> int:
        tok = self.take()
        if tok.kind != "num" or not tok.text.lstrip("-").isdigit():
            raise self.fail(tok, "<INTEGER>")
        return int(tok.text)

    def parse(self) -> Query:
        self.keyword("select")
        count = False
        if self.peek().word == "count":
            self.take()
            self.punct("(")
            self.punct("*")
            self.punct(")")
            count = True
        else:
            # `*`, `*, Sku` or a projection list: rows are always returned whole.
            while True:
                tok = self.take()
                if tok.text != "*" and tok.kind != "ident":
                    raise self.fail(tok, '"*" | <IDENTIFIER>')
                if self.peek().text != ",":
                    break
                self.take()
        self.keyword("from")
        ent = self.take()
        if ent.kind != "ident" or ent.word not in ENTITY_NAMES:
            raise self.fail(ent, "<ENTITY>")
        query = Query(ENTITY_NAMES[ent.word], count=count)
        if self.peek().word == "where":
            self.take()
            query.where.append(self.condition())
            while self.peek().word in ("and", "or"):
                if self.take().word == "or":
                    # QBO's grammar has no OR (qbo.md 2.6): the parser rejects it.
                    raise self.fail(self.tokens[self.i - 1], '"AND" | "ORDERBY" | <EOF>')
                query.where.append(self.condition())
        while self.peek().kind != "end":
            tok = self.take()
            if tok.word in ("orderby", "order"):
                if tok.word == "order":
                    self.keyword("by")
                query.order.append(self.order_item())
                while self.peek().text == ",":
                    self.take()
                    query.order.append(self.order_item())
            elif tok.word == "startposition":
                query.start = max(1, self.integer())
            elif tok.word == "maxresults":
                # Above 1000 is clamped [U: QBO may instead answer 4001].
                query.max_results = max(0, min(MAX_RESULTS, self.integer()))
            else:
                raise self.fail(tok, '"ORDERBY" | "STARTPOSITION" | "MAXRESULTS" | <EOF>')
        return query

    def order_item(self) -> tuple[str, bool]:
        prop = self.take()
        if prop.kind != "ident":
            raise self.fail(prop, "<IDENTIFIER>")
        desc = False
        if self.peek().word in ("asc", "desc"):
            desc = self.take().word == "desc"
        return prop.text, desc

    def condition(self) -> Condition:
        prop = self.take()
        if prop.kind != "ident":
            raise self.fail(prop, "<IDENTIFIER>")
        op_tok = self.take()
        if op_tok.word in ("in", "like"):
            op = op_tok.word
        elif op_tok.kind == "op" and op_tok.text in ("=", "<", ">", "<=", ">="):
            op = op_tok.text
        else:
            raise self.fail(op_tok, '"=" | "<" | ">" | "<=" | ">=" | "IN" | "LIKE"')
        if op == "in":
            self.punct("(")
            values = [self.literal()]
            while self.peek().text == ",":
                self.take()
                values.append(self.literal())
            self.punct(")")
        else:
            values = [self.literal()]
        return Condition(prop.text, op, values)

    def literal(self) -> Token:
        tok = self.take()
        if tok.kind in ("str", "num") or tok.word in ("true", "false"):
            return tok
        raise self.fail(tok, "<STRING> | <NUMBER> | true | false")


def parse(text: str) -> Query:
    return _Parser(text).parse()


def _literal_text(tok: Token) -> str:
    if tok.kind == "str":
        return re.sub(r"\\(.)", r"\1", tok.text[1:-1])
    return tok.text


class _Resolver:
    """Turns property names into fast getters for one entity."""

    def __init__(self, books: Books, entity: str) -> None:
        self.books = books
        self.entity = entity
        self.props = {p.casefold(): p for p in QUERYABLE[entity]}
        self.props.update({"metadata.lastupdatedtime": META[1], "metadata.createtime": META[0]})

    def canonical(self, prop: str) -> str:
        name = self.props.get(prop.casefold())
        if name is None or (name in META and name not in QUERYABLE[self.entity]):
            raise faults.query_validation(f"property '{prop}' is not queryable")
        return name

    def getter(self, prop: str) -> Callable[[Obj], Any]:
        name = self.canonical(prop)
        if name == "Id":
            return lambda o: int(o["Id"]) if str(o["Id"]).isdigit() else o["Id"]
        if name == META[1]:
            stamps = self.books.updated_at.get(self.entity, {})
            return lambda o: stamps.get(o["Id"], 0.0)
        if name == META[0]:
            return lambda o: faults.parse_time(o["MetaData"]["CreateTime"])
        if name in SUBFIELD:
            sub = SUBFIELD[name]
            return lambda o: (o.get(name) or {}).get(sub)
        if name.endswith("Ref"):
            return lambda o: (o.get(name) or {}).get("value")
        if name in BOOLEAN:
            return lambda o: o.get(name, name == "Active")
        return lambda o: o.get(name)

    def coerce(self, name: str, tok: Token) -> Any:
        text = _literal_text(tok)
        try:
            if name == "Id":
                return int(text) if text.isdigit() else text
            if name in META:
                return faults.parse_time(text)
            if name in BOOLEAN:
                if text.casefold() not in ("true", "false"):
                    raise ValueError(text)
                return text.casefold() == "true"
            if name in NUMERIC:
                return Decimal(text)
        except (ValueError, InvalidOperation) as exc:
            raise faults.query_validation(f"invalid value {text!r} for {name}") from exc
        return text.casefold()


def _predicate(res: _Resolver, cond: Condition) -> Callable[[Obj], bool]:
    name = res.canonical(cond.prop)
    get = res.getter(cond.prop)
    if name == "Id" and cond.op not in ("=", "in"):
        raise faults.query_validation("Id supports only the = and IN operators")
    values = [res.coerce(name, v) for v in cond.values]
    numeric = name in NUMERIC
    plain = name not in BOOLEAN and name not in META and name != "Id" and not numeric

    def norm(raw: Any) -> Any:
        if raw is None:
            return None
        if numeric:
            return Decimal(str(raw))
        if plain:
            return str(raw).casefold()
        return raw

    if cond.op == "like":
        if not plain:
            raise faults.query_validation(f"LIKE is not supported on {name}")
        pattern = re.compile(
            "".join(".*" if ch == "%" else re.escape(ch) for ch in values[0]), re.DOTALL
        )
        return lambda o: (v := norm(get(o))) is not None and pattern.fullmatch(v) is not None
    if cond.op == "in":
        allowed = set(values)
        return lambda o: norm(get(o)) in allowed
    target = values[0]
    compare: dict[str, Callable[[Any], bool]] = {
        "=": lambda v: v == target,
        "<": lambda v: v < target,
        ">": lambda v: v > target,
        "<=": lambda v: v <= target,
        ">=": lambda v: v >= target,
    }
    check = compare[cond.op]

    def pred(o: Obj) -> bool:
        v = norm(get(o))
        if v is None:
            return False
        try:
            return check(v)
        except TypeError:
            return False

    return pred


def run(books: Books, text: str) -> dict[str, Any]:
    """The QueryResponse payload for one query string."""
    query = parse(text)
    res = _Resolver(books, query.entity)
    if query.entity in SINGLETONS:
        rows: Iterable[Obj] = [books.singletons[query.entity]]
    else:
        rows = books.objects[query.entity].values()
    preds = [_predicate(res, c) for c in query.where]
    mentions_active = any(res.canonical(c.prop) == "Active" for c in query.where)
    if query.entity in NAME_LISTS and not mentions_active:
        # Name lists answer active rows unless the query says otherwise (qbo.md 2.6).
        preds.insert(0, lambda o: o.get("Active", True) is not False)
    if len(preds) == 1:
        rows = filter(preds[0], rows)
    elif preds:
        rows = (o for o in rows if all(p(o) for p in preds))
    if query.count:
        return {"totalCount": sum(1 for _ in rows)}
    if len(query.order) == 1:
        # One sort key: a bounded heap beats sorting every row (same order as sorted()).
        prop, desc = query.order[0]
        get = res.getter(prop)
        pick = heapq.nlargest if desc else heapq.nsmallest
        top = pick(query.start - 1 + query.max_results, rows, key=lambda o: _sort_key(get(o)))
        rows = top
    elif query.order:
        ordered = list(rows)
        for prop, desc in reversed(query.order):
            get = res.getter(prop)
            ordered.sort(key=lambda o, g=get: _sort_key(g(o)), reverse=desc)
        rows = ordered
    page = list(itertools.islice(rows, query.start - 1, query.start - 1 + query.max_results))
    if not page:
        return {}
    return {query.entity: page, "startPosition": query.start, "maxResults": len(page)}


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (0, "")
    if isinstance(value, str):
        return (1, value.casefold())
    if isinstance(value, bool | int | float):
        return (1, value)
    return (1, str(value))
