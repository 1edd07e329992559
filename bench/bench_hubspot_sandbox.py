"""Benchmark the HubSpot sandbox: seeding --size N, and a 100-input batch upsert.

Targets (issue 4): size 100000 seeds in under 60 s; a 100-input contact batch upsert
answers in under 100 ms. Prints each measurement with its ratio to the target
(ratio < 1 means within target).

    .venv/bin/python bench/bench_hubspot_sandbox.py [--size 100000] [--rounds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

import httpx

from qbsync_desktop.sandbox.common import SandboxSettings, build_app
from qbsync_desktop.sandbox.hubspot.service import HubSpotSandbox

SEED_TARGET_S = 60.0
UPSERT_TARGET_MS = 100.0


async def bench_upsert(svc: HubSpotSandbox, rounds: int) -> list[float]:
    token = svc.issue_direct(["crm.objects.contacts.read", "crm.objects.contacts.write"])
    app = build_app(svc)
    timings: list[float] = []
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://sandbox",
        headers={"Authorization": f"Bearer {token['access_token']}"},
    ) as client:
        for r in range(rounds):
            # Half updates of existing demo contacts, half new contacts.
            inputs = [
                {
                    "id": f"bench{r}-{i}@bench.test" if i % 2 else f"bench-existing-{i}@bench.test",
                    "idProperty": "email",
                    "properties": {"firstname": f"B{r}", "city": "Bench City", "phone": str(i)},
                }
                for i in range(100)
            ]
            start = time.perf_counter()
            resp = await client.post(
                "/crm/v3/objects/contacts/batch/upsert", json={"inputs": inputs}
            )
            timings.append((time.perf_counter() - start) * 1000)
            assert resp.status_code == 200, resp.text
            assert len(resp.json()["results"]) == 100
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    svc = HubSpotSandbox(settings=SandboxSettings(rate_limits=False))
    start = time.perf_counter()
    counts = svc.seed(args.size, args.seed)
    seed_s = time.perf_counter() - start
    print(
        f"seed size={args.size}: {seed_s:.2f} s (target {SEED_TARGET_S:.0f} s, "
        f"ratio {seed_s / SEED_TARGET_S:.3f}) counts={counts}"
    )

    timings = asyncio.run(bench_upsert(svc, args.rounds))
    median = statistics.median(timings)
    worst = max(timings)
    print(
        f"batch upsert 100 inputs: median {median:.1f} ms, max {worst:.1f} ms over "
        f"{len(timings)} rounds (target {UPSERT_TARGET_MS:.0f} ms, "
        f"ratio median {median / UPSERT_TARGET_MS:.3f}, max {worst / UPSERT_TARGET_MS:.3f})"
    )

    start = time.perf_counter()
    snap = svc.snapshot()
    snap_s = time.perf_counter() - start
    n_contacts = len(snap["crm"]["records"]["contacts"])
    print(f"snapshot of size={args.size}: {snap_s:.2f} s ({n_contacts} contacts)")


if __name__ == "__main__":
    main()
