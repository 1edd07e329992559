"""Walking the records of one object sync: the QBO side whole, then HubSpot page by page.

The rules are in `plan.py`; this decides which records meet. The QBO side and the links
come through two small interfaces, so a streamed full run can keep them in SQLite (the
mirror, `mirror.MirrorSide`; the link table) while `plan_sync` and dry runs keep them in
memory. The planner itself does no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from functools import partial
from typing import Protocol, TypeGuard

from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.errors import Problem
from qbsync_desktop.core.sync.mapping import NameSet, ObjectSpec, match_key, record_label
from qbsync_desktop.core.sync.plan import add_create, add_pair, filtered_out, key_of, validate
from qbsync_desktop.core.sync.settings import ObjectSettings
from qbsync_desktop.core.sync.vocabulary import LinkInfo, PairPlan, Plan, SideRecord, Skip

FINISH_PART = 500  # QBO-only records per part of `finish_parts` (each is written as it comes)


class QboIndex(Protocol):
    """The QBO records of one object sync, classified for matching (see `QboSide`)."""

    skips: list[Skip]  # QBO records that cannot sync: no key, duplicate key, filtered

    def get(self, qbo_id: str) -> SideRecord | None: ...
    def take(self, key: str) -> SideRecord | None: ...  # the free record with this key
    def holder(self, key: str) -> str | None: ...  # label of a linked record with this key
    def filtered(self, key: str) -> Problem | None: ...
    def leftovers(self) -> Iterator[SideRecord]: ...  # free records nobody took
    # The keys a page will ask `take`/`holder` about: an index in SQLite fetches them at once.
    def prepared(self, keys: Iterable[str]) -> AbstractContextManager[None]: ...


class FreeKeys(Protocol):
    """The keys of the QBO side's free records, peeked at without taking them (a streamed
    run asks HubSpot about them while its listing is still being read)."""

    def free_keys(self, after: int, n: int) -> list[tuple[int, str]]: ...  # (position, key)


class LinkIndex(Protocol):
    def for_hubspot(self, ids: Iterable[str]) -> dict[str, LinkInfo]: ...
    def holding(self, keys: Iterable[str]) -> dict[str, LinkInfo]: ...  # key -> link holding it
    def see(self, hubspot_ids: Iterable[str]) -> None: ...  # records the run read
    def unseen(self) -> Iterator[LinkInfo]: ...  # links whose HubSpot record was not read


class KeyClaims(Protocol):
    """The keys earlier HubSpot pages used, each with its first record's label."""

    def of(self, keys: Iterable[str]) -> dict[str, str]: ...
    def claim(self, labels: Mapping[str, str]) -> None: ...  # a key's first claim stays


class MemoryClaims:
    def __init__(self) -> None:
        self.labels: dict[str, str] = {}

    def of(self, keys: Iterable[str]) -> dict[str, str]:
        return {k: label for k in keys if (label := self.labels.get(k)) is not None}

    def claim(self, labels: Mapping[str, str]) -> None:
        for key, label in labels.items():
            self.labels.setdefault(key, label)


def _same(rec: SideRecord) -> SideRecord:
    return rec


class SortedQboSide:
    """How QBO's unlinked records are sorted, shared by both `QboIndex` implementations (so a
    dry run, planned in memory, decides as a real run over the mirror does).

    Linked records hold their key first, so an unlinked duplicate is the odd one; a record a
    filter excludes keeps its key out of play on both sides (its counterpart must be neither
    created again nor overwritten through an upsert)."""

    def __init__(self, spec: ObjectSpec, settings: ObjectSettings) -> None:
        self.spec, self.settings = spec, settings
        self.held: dict[str, str] = {}  # key -> label of the linked record holding it
        self._filtered: dict[str, Problem] = {}
        self.skips: list[Skip] = []

    def _holder_of(self, key: str) -> str | None:
        raise NotImplementedError  # the free record's label, else the linked holder's

    def _is_free(self, key: str | None, record: Callable[[], SideRecord]) -> TypeGuard[str]:
        """Sort one unlinked, active record: True when it is free to match by `key`;
        otherwise it is skipped (no key, a duplicate key, or excluded by a filter).
        `record` builds the full record only when a skip or a filter needs it."""
        spec = self.spec
        if key is None:
            self.skips.append(Skip(record(), spec.missing_key(), "excluded"))
        elif (holder := self._holder_of(key)) is not None:
            dup = errors.duplicate_key(spec.key_noun, key, "quickbooks", holder)
            self.skips.append(Skip(record(), dup, "failed"))
        elif (
            self.settings.filters
            and (excluded := filtered_out(self.settings, rec := record())) is not None
        ):
            self.skips.append(Skip(rec, excluded, "excluded"))
            self._filtered[key] = excluded
        else:
            return True
        return False

    def holder(self, key: str) -> str | None:
        return self.held.get(key)

    def filtered(self, key: str) -> Problem | None:
        return self._filtered.get(key)

    def prepared(self, keys: Iterable[str]) -> AbstractContextManager[None]:
        return nullcontext()  # in memory: every answer is at hand


class QboSide(SortedQboSide):
    """`QboIndex` in memory (dry runs and `plan_sync`)."""

    def __init__(
        self,
        spec: ObjectSpec,
        settings: ObjectSettings,
        qbo: Iterable[SideRecord],
        linked: set[str],
    ) -> None:
        super().__init__(spec, settings)
        self.by_id: dict[str, SideRecord] = {}
        self.free: dict[str, SideRecord] = {}
        records = list(qbo)
        for rec in records:
            self.by_id[rec.id] = rec
            key = key_of(spec, rec)
            if rec.id in linked and key:
                self.held.setdefault(key, rec.label or rec.id)
        for rec in records:
            if rec.id in linked or not rec.active:
                continue  # unlinked inactive records are not ours to revive
            key = key_of(spec, rec)
            if self._is_free(key, partial(_same, rec)):
                self.free[key] = rec

    def _holder_of(self, key: str) -> str | None:
        free = self.free.get(key)
        return (free.label or free.id) if free is not None else self.held.get(key)

    def get(self, qbo_id: str) -> SideRecord | None:
        return self.by_id.get(qbo_id)

    def take(self, key: str) -> SideRecord | None:
        return self.free.pop(key, None)

    def leftovers(self) -> Iterator[SideRecord]:
        while self.free:
            yield self.free.pop(next(iter(self.free)))


class MemoryLinks:
    """`LinkIndex` over a list of links."""

    def __init__(self, links: Iterable[LinkInfo]) -> None:
        self.by_hs = {ln.hubspot_id: ln for ln in links}
        self.seen: set[str] = set()

    def qbo_ids(self) -> set[str]:
        return {ln.qbo_id for ln in self.by_hs.values()}

    def for_hubspot(self, ids: Iterable[str]) -> dict[str, LinkInfo]:
        return {i: ln for i in ids if (ln := self.by_hs.get(i)) is not None}

    def holding(self, keys: Iterable[str]) -> dict[str, LinkInfo]:
        wanted = set(keys)
        return {
            ln.match_key: ln
            for ln in self.by_hs.values()
            if ln.match_key is not None and ln.match_key in wanted
        }

    def see(self, hubspot_ids: Iterable[str]) -> None:
        self.seen.update(hubspot_ids)

    def unseen(self) -> Iterator[LinkInfo]:
        return (ln for ln in self.by_hs.values() if ln.hubspot_id not in self.seen)


class Planner:
    """Plan one object sync page by page: the QBO side whole, then HubSpot a page at a time.

    A full read gets QBO's few big pages long before HubSpot's many small ones, so each
    HubSpot page is planned as it arrives (and its QBO writes can go out at once); what is
    left of the QBO side (records to create in HubSpot) and links whose HubSpot record never
    came (deleted there) are known only at the end (`finish_parts`). Across pages the
    planner keeps the display names taken so far (one growing set, so names stay unique
    across pages) and the keys earlier HubSpot pages used: a later HubSpot record with such
    a key fails as a duplicate naming the earlier one.
    """

    def __init__(
        self,
        spec: ObjectSpec,
        settings: ObjectSettings,
        qbo: QboIndex,
        links: LinkIndex,
        *,
        existing_qbo_names: set[str] | None = None,
        taken: NameSet | None = None,
        claims: KeyClaims | None = None,
        early: KeyClaims | None = None,
        complete: bool = True,
    ) -> None:
        """`taken`: the names taken, kept elsewhere (a streamed run's `mirror.TakenNames`);
        else a set of `existing_qbo_names`, growing by the names the run gives. `claims`:
        likewise the keys earlier pages used (in memory unless given)."""
        self.spec = spec
        self.settings = settings
        self.fields = spec.fields(settings)
        self.complete = complete
        self.links = links
        self.qbo = qbo
        self.taken = taken if taken is not None else {n.lower() for n in existing_qbo_names or ()}
        self.claims = claims if claims is not None else MemoryClaims()
        self.moved_to: dict[str, str] = {}  # new key of a linked record -> that record's label
        # Key -> QBO id of the records `creates_in_hubspot` planned before the listing ended
        # (`early`: kept elsewhere, as `claims`; a 100k book's ~58k were the run's last growth).
        self.created_early = early if early is not None else MemoryClaims()
        self._any_early = False
        self._first = True

    def _start(self, plan: Plan) -> None:
        if self._first:  # the QBO side's own skips go with the first part
            plan.skips += self.qbo.skips
            self._first = False

    def page(self, hubspot: Iterable[SideRecord]) -> Plan:
        """Plan one page of HubSpot records."""
        spec, settings, fields, qbo = self.spec, self.settings, self.fields, self.qbo
        plan = Plan(spec.name)
        self._start(plan)
        hs_list = list(hubspot)
        by_hs = self.links.for_hubspot([r.id for r in hs_list])
        if self._any_early:
            made = self.created_early.of({k for r in hs_list if (k := key_of(spec, r))})
            hs_list = [r for r in hs_list if not self._made_early(r, by_hs.get(r.id), made)]
        # Keys several HubSpot records share (SKUs are not unique there): unlinked ones fail.
        hs_by_key: dict[str, list[SideRecord]] = {}
        for rec in hs_list:
            if (k := key_of(spec, rec)) is not None:
                hs_by_key.setdefault(k, []).append(rec)
        claimed = self.claims.of(hs_by_key)  # key -> label of an earlier page's record
        with qbo.prepared(hs_by_key):
            linked = self._decide(plan, hs_list, by_hs, hs_by_key, claimed)
        firsts = {
            k: next((r for r in recs if r.id in by_hs), recs[0]) for k, recs in hs_by_key.items()
        }
        self.claims.claim({k: r.label or r.id for k, r in firsts.items() if k not in claimed})
        self._refuse_taken_keys(plan, linked)

        creates = plan.of("create_quickbooks")
        if spec.name_new_qbo is not None:
            spec.name_new_qbo(creates, settings, self.taken)
        else:
            for pair in creates:
                pair.qbo_name = pair.merged.get(spec.qbo_name_from)
        validate(spec, plan, fields)
        # Only linked records and those this page links can be a link's HubSpot side at the
        # end (`unseen`): the others need no row (a first sync's listing wrote one a record).
        self.links.see({*by_hs, *(p.hubspot.id for p in plan.pairs if p.hubspot is not None)})
        return plan

    def _decide(
        self,
        plan: Plan,
        hs_list: list[SideRecord],
        by_hs: dict[str, LinkInfo],
        hs_by_key: dict[str, list[SideRecord]],
        claimed: dict[str, str],
    ) -> list[tuple[PairPlan, LinkInfo]]:
        """Each HubSpot record of a page: paired, created in QBO or skipped; the linked
        pairs (whose key may have moved) are returned."""
        spec, settings, fields, qbo = self.spec, self.settings, self.fields, self.qbo
        linked: list[tuple[PairPlan, LinkInfo]] = []
        for rec in hs_list:
            link = by_hs.get(rec.id)
            if link is not None:
                other = qbo.get(link.qbo_id)
                if other is None:
                    if self.complete:
                        gone = errors.deleted("quickbooks", spec.record_noun)
                        plan.skips.append(Skip(rec, gone, "excluded", link.qbo_id))
                    continue
                if not other.active:
                    gone = errors.deleted("quickbooks", spec.record_noun)
                    plan.skips.append(Skip(other, gone, "excluded", rec.id))
                    continue
                add_pair(plan, fields, settings, rec, other, link.baseline, new_link=False)
                linked.append((plan.pairs[-1], link))
                continue
            key = key_of(spec, rec)
            if key is None:
                plan.skips.append(Skip(rec, spec.missing_key(), "excluded"))
                continue
            sharing = [r for r in hs_by_key.get(key, []) if r.id != rec.id]
            holder = claimed.get(key)
            if sharing or holder is not None:
                if holder is None:
                    first = next((r for r in sharing if r.id in by_hs), sharing[0])
                    holder = first.label or first.id
                problem = errors.duplicate_key(spec.key_noun, key, "hubspot", holder)
                plan.skips.append(Skip(rec, problem, "failed"))
                if (other := qbo.take(key)) is not None:
                    # Which HubSpot record it belongs to is unclear: it waits too (not created).
                    plan.skips.append(Skip(other, problem, "failed"))
                continue
            excluded = filtered_out(settings, rec) or qbo.filtered(key)
            if excluded is not None:
                plan.skips.append(Skip(rec, excluded, "excluded"))
                if (other := qbo.take(key)) is not None:
                    plan.skips.append(Skip(other, excluded, "excluded", rec.id))
                continue
            if (match := qbo.take(key)) is not None:
                add_pair(plan, fields, settings, rec, match, None, new_link=True)
            elif (held := qbo.holder(key)) is not None:
                problem = errors.duplicate_key(spec.key_noun, key, "quickbooks", held)
                plan.skips.append(Skip(rec, problem, "failed"))
            elif settings.writes_to("quickbooks"):
                add_create(plan, fields, rec, target="quickbooks")
        return linked

    def creates_in_hubspot(self, keys: Iterable[str]) -> Plan:
        """The free QBO records with these keys, which HubSpot was just asked for and holds
        none of, planned as HubSpot creates now rather than after the listing's last page
        (so HubSpot writes while QBO does). Keys a page took meanwhile are left out."""
        plan = Plan(self.spec.name)
        self._start(plan)
        if self.settings.writes_to("hubspot"):
            wanted = list(keys)
            with self.qbo.prepared(wanted):
                taken = [(key, self.qbo.take(key)) for key in wanted]
            made: dict[str, str] = {}
            for key, rec in taken:
                if rec is not None:
                    add_create(plan, self.fields, rec, target="hubspot")
                    made[key] = rec.id
            self.created_early.claim(made)
            self._any_early = self._any_early or bool(made)
        validate(self.spec, plan, self.fields)
        return plan

    def _made_early(self, rec: SideRecord, link: LinkInfo | None, made: dict[str, str]) -> bool:
        """A HubSpot record holding a key created early is that create's record (creates
        upsert on the key, so one made in HubSpot meanwhile was updated, not doubled): its
        create's outcome records it, whether or not its answer came before this page."""
        qbo_id = made.get(key_of(self.spec, rec) or "")
        return qbo_id is not None and (link is None or link.qbo_id == qbo_id)

    def _refuse_taken_keys(self, plan: Plan, linked: list[tuple[PairPlan, LinkInfo]]) -> None:
        """A linked record whose key changed to one another linked record holds (or another
        record moved to earlier in this run) fails, naming the holder, and nothing of it is
        written: copied across, the key would be shared by two records on each side."""
        spec = self.spec
        moves: list[tuple[PairPlan, LinkInfo, str]] = []
        for pair, link in linked:
            key = match_key(pair.merged.get(spec.match_key))
            old = link.match_key or match_key(link.baseline.get(spec.match_key))
            if key is not None and key != old:
                moves.append((pair, link, key))
        if not moves:
            return
        holders = self.links.holding({key for _, _, key in moves})
        refused: set[int] = set()
        for pair, link, key in moves:
            holder = holders.get(key)
            if holder is not None and holder.hubspot_id != link.hubspot_id:
                name = self._label_of(holder)
            elif (earlier := self.moved_to.get(key)) is not None:
                name = earlier
            else:
                self.moved_to[key] = pair.label
                continue
            # The side the new key came from is the record that failed.
            rec, other = (pair.qbo, pair.hubspot)
            if spec.match_key in pair.to_qbo or spec.match_key not in pair.to_hubspot:
                rec, other = pair.hubspot, pair.qbo
            assert rec is not None and other is not None  # both sides of a linked pair
            problem = errors.key_in_use(spec.key_noun, key, name)
            plan.skips.append(Skip(rec, problem, "failed", other.id))
            refused.add(id(pair))
        plan.pairs = [p for p in plan.pairs if id(p) not in refused]

    def _label_of(self, link: LinkInfo) -> str:
        rec = self.qbo.get(link.qbo_id)
        label = rec.label if rec is not None else record_label(self.spec, link.baseline)
        return f"{label or 'the record'} (QuickBooks id {link.qbo_id})"

    def finish_parts(self, size: int = FINISH_PART) -> Iterator[Plan]:
        """What only the end can tell, in parts: linked records deleted in HubSpot, then the
        QBO records nobody matched (created in HubSpot)."""
        plan = Plan(self.spec.name)
        self._start(plan)
        if self.complete:
            for link in self.links.unseen():
                if (rec := self.qbo.get(link.qbo_id)) is not None:
                    gone = errors.deleted("hubspot", self.spec.record_noun)
                    plan.skips.append(Skip(rec, gone, "excluded", link.hubspot_id))
        if self.settings.writes_to("hubspot"):
            for rec in self.qbo.leftovers():
                add_create(plan, self.fields, rec, target="hubspot")
                if len(plan.pairs) >= size:
                    validate(self.spec, plan, self.fields)
                    yield plan
                    plan = Plan(self.spec.name)
        validate(self.spec, plan, self.fields)
        yield plan

    def finish(self) -> Plan:
        whole = Plan(self.spec.name)
        for part in self.finish_parts():
            whole.extend(part)
        return whole


def plan_sync(
    spec: ObjectSpec,
    settings: ObjectSettings,
    hubspot: Iterable[SideRecord],
    qbo: Iterable[SideRecord],
    links: Iterable[LinkInfo],
    *,
    existing_qbo_names: set[str] | None = None,
    complete: bool = True,
) -> Plan:
    """Plan one object sync with every record in memory and HubSpot's in one page.

    `complete` says both record streams hold every record (a full read): then a linked
    record missing from its side was deleted. Incremental runs pass only what changed
    plus the counterparts of those changes, with complete=False.
    """
    link_index = MemoryLinks(links)
    side = QboSide(spec, settings, qbo, link_index.qbo_ids())
    planner = Planner(
        spec, settings, side, link_index, existing_qbo_names=existing_qbo_names, complete=complete
    )
    plan = planner.page(hubspot)
    plan.extend(planner.finish())
    return plan
