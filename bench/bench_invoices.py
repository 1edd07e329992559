"""Benchmark an initial invoice sync both ways (issue 16): `--invoices` HubSpot invoices and
as many QuickBooks invoices, `--lines` lines each, against both sandboxes at their rate
limits (scaled by --time-scale; 1 = the real limits).

Contacts and products are synced first (not timed); then invoice sync is switched on both
ways and one run is timed. Prints wall time, calls per service and per invoice, and the
floor the documented limits allow for the work (bench/floor.py), counting every line item
and association as a record read or written (HubSpot reads: invoices, line items, the
invoice->contact and invoice->line-item associations; writes: line items, invoices with
their associations, the finalising update; QuickBooks: invoices read and written).

Run: .venv/bin/python bench/bench_invoices.py [--invoices 5000] [--lines 3] [--time-scale 20]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_sync import PROFILE, Calls, connect, connections_with, control  # noqa: E402
from bench.floor import Work, floor_for  # noqa: E402
from qbsync_desktop.core.paths import AppPaths  # noqa: E402
from qbsync_desktop.core.sync.runner import run_sync  # noqa: E402

TARGET_RATIO = 1.3  # issue 16: within 1.3x of the floor
TARGET_CALLS = 1.0  # issue 16: at most 1 call per invoice over both services
CONTACTS = 200  # the book's people (demo_book size): invoices spread over them

CHILD = """
import json, sys
from bench.bench_invoices import use_invoice_book
from qbsync_desktop.sandbox.serve import SandboxServers, make_apps
use_invoice_book(int(sys.argv[1]), int(sys.argv[2]))
servers = SandboxServers(make_apps(None, size=int(sys.argv[3]), seed=1)).start()
print(json.dumps({k: v.as_dict() for k, v in servers.info().items()}), flush=True)
sys.stdin.read()
servers.stop()
"""


def use_invoice_book(invoices: int, lines: int) -> None:
    """Both sandboxes' seeders (in the bench's child process) build the demo book with
    `invoices` open invoices of `lines` lines on each side, for people on both sides."""
    from qbsync_desktop.sandbox import demo
    from qbsync_desktop.sandbox.hubspot import seed as hubspot_seed
    from qbsync_desktop.sandbox.qbo import seeding as qbo_seeding

    cache: dict[tuple[int, int], demo.DemoBook] = {}

    def book(size: int, seed: int) -> demo.DemoBook:
        if (size, seed) in cache:
            return cache[(size, seed)]
        made = demo.demo_book(size, seed)
        rng = random.Random(seed)
        qbo_emails = {p.email for p in made.qbo_customers if p.email}
        people = [p for p in made.hubspot_contacts if p.email in qbo_emails]
        shared = {p.key for p in made.qbo_items} & {p.key for p in made.hubspot_products}
        products = [p for p in made.hubspot_products if p.key in shared]

        def invoice(k: int, prefix: str) -> demo.DemoInvoice:
            chosen = [rng.choice(products) for _ in range(lines)]
            return demo.DemoInvoice(
                key=k,
                person_key=people[k % len(people)].key,
                number=f"{prefix}{10001 + k}",
                date=f"2026-{1 + k % 12:02d}-{1 + k % 27:02d}",
                due=f"2026-{1 + k % 12:02d}-28",
                lines=tuple(demo.InvoiceLine(p.key, p.name, 1 + k % 3, p.price) for p in chosen),
                paid_fraction=0.0,
            )

        made.hubspot_invoices = [invoice(k, "HS-") for k in range(invoices)]
        made.qbo_invoices = [invoice(k, "Q-") for k in range(invoices)]
        cache[(size, seed)] = made
        return made

    hubspot_seed.demo_book = book  # type: ignore[attr-defined]
    qbo_seeding.demo_book = book  # type: ignore[attr-defined]


def start(invoices: int, lines: int) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(invoices), str(lines), str(CONTACTS)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc, json.loads(proc.stdout.readline())


def income_account(conns: Any) -> str:
    async def go() -> str:
        async with conns.http_factory() as http:
            _, qbo = conns.clients(PROFILE, http)
            rows = await qbo.query("SELECT * FROM Account WHERE AccountType = 'Income'")
            return str(rows[0]["Id"])

    return asyncio.run(go())


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _since(line: str, t0: float) -> str:
    """A trace line with its clock turned into seconds from the timed run's start."""
    stamp, rest = line.split(" ", 1)
    return f"{float(stamp) - t0:8.3f} {rest}\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--invoices", type=int, default=5000)
    ap.add_argument("--lines", type=int, default=3)
    ap.add_argument("--time-scale", type=float, default=20.0)
    ap.add_argument("--trace", help="write each timed call (seconds from the start) here")
    ap.add_argument("--profile", help="write the timed run's cProfile stats here")
    args = ap.parse_args()
    n, scale = args.invoices, args.time_scale
    proc, info = start(n, args.lines)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            paths = AppPaths.under(Path(tmp)).ensure()
            calls = Calls()
            conns = connections_with(calls, scale, paths)
            asyncio.run(connect(conns, info))
            run_sync(paths, PROFILE, conns, objects=("contacts", "products"))
            own = {"custom_line_item_account": income_account(conns), "enabled_at": "2000-01-01"}
            prof = conns.profiles.require(PROFILE)
            prof.sync.setdefault("objects", {})["invoices"] = {
                "enabled": True,
                "direction": "both",
                "own": own,
            }
            conns.profiles.save(prof)
            for service in ("hubspot", "quickbooks"):
                control(info[service], "settings", {"time_scale": scale, "rate_limits": True})
            calls.counts.clear()
            calls.trace = [] if args.trace else None
            profiler = cProfile.Profile() if args.profile else None
            cpu0, sandbox_cpu0 = time.process_time(), _cpu_seconds(proc.pid)
            t0 = time.perf_counter()
            if profiler is not None:
                profiler.enable()
            summary = run_sync(paths, PROFILE, conns, objects=("invoices",))
            wall = time.perf_counter() - t0
            cpu = time.process_time() - cpu0
            sandbox_cpu = _cpu_seconds(proc.pid) - sandbox_cpu0
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(args.profile)
            if calls.trace is not None:
                Path(args.trace).write_text("".join(_since(line, t0) for line in calls.trace))
            counts = dict(calls.counts)
        lines = n * args.lines
        work = Work(
            qbo_read=n,  # QuickBooks' invoices (CDC / query rows)
            qbo_written=summary.created["quickbooks"],
            # HubSpot invoices, their line items and the two association reads per invoice.
            hubspot_read=n + lines + 2 * n,
            # Line items, invoices (associations ride in the create), the finalising update.
            hubspot_written=lines + 2 * summary.created["hubspot"],
        )
        floor = floor_for(work, scale)
        total = counts.get("hubspot", 0) + counts.get("quickbooks", 0)
        moved = summary.created["hubspot"] + summary.created["quickbooks"]
        print(f"initial invoice sync both ways: {n} + {n} invoices x {args.lines} lines,")
        print(f"  time_scale={scale}: wall {wall:.1f} s; summary {summary.to_dict()}")
        print(f"  calls {counts}")
        print(
            f"  work: QBO {work.qbo_read} read, {work.qbo_written} written; HubSpot"
            f" {work.hubspot_read} read, {work.hubspot_written} written (lines, associations)"
        )
        ratio = wall / floor.seconds if floor.seconds else float("nan")
        print(
            f"  floor {floor.seconds:.1f} s (QBO {floor.quickbooks_s:.1f} s, HubSpot"
            f" {floor.hubspot_s:.1f} s); ours/floor {ratio:.2f} (target <= {TARGET_RATIO})"
        )
        print(
            f"  CPU during the run: qbsync {cpu:.1f} s, both sandboxes {sandbox_cpu:.1f} s"
            f" (one process; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
        )
        per = total / moved if moved else float("nan")
        print(f"  calls per invoice moved {per:.2f} over both services (target <= {TARGET_CALLS})")
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(30)


if __name__ == "__main__":
    main()
