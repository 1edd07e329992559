"""Benchmark the QBO sandbox: seed time at --size and a 1000-row query over HTTP (in process).

Targets (issue 3): --size 100000 seeds in under 60 s; a 1000-row query answers in under 200 ms.
Run: .venv/bin/python bench/bench_qbo_sandbox.py [--size 100000] [--seed 1]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

import httpx

from qbsync_desktop.sandbox.common import SandboxSettings, build_app
from qbsync_desktop.sandbox.qbo.service import QboSandbox

SEED_TARGET_S = 60.0
QUERY_TARGET_S = 0.200
REDIRECT = "http://127.0.0.1:9/cb"


async def _token(http: httpx.AsyncClient, svc: QboSandbox) -> tuple[str, str]:
    code = svc.grants.issue_code(
        svc.client_id, REDIRECT, svc.realm_id, ["com.intuit.quickbooks.accounting"]
    )
    resp = await http.post(
        "/oauth2/v1/tokens/bearer",
        data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT},
        auth=(svc.client_id, svc.client_secret),
    )
    resp.raise_for_status()
    return resp.json()["access_token"], svc.realm_id


async def main(size: int, seed: int, repeats: int) -> None:
    svc = QboSandbox(settings=SandboxSettings(rate_limits=False))
    started = time.perf_counter()
    counts = svc.seed(size, seed)
    seed_s = time.perf_counter() - started
    print(f"seed --size {size}: {seed_s:.2f} s ({seed_s / SEED_TARGET_S:.2f} of the 60 s target)")
    print(f"  counts: {counts}")
    transport = httpx.ASGITransport(app=build_app(svc))
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as http:
        token, realm = await _token(http, svc)
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        queries = {
            "page 1": "select * from Customer startposition 1 maxresults 1000",
            "last page": f"select * from Customer startposition {max(1, counts['customers'] - 999)}"
            " maxresults 1000",
            "where+orderby": "select * from Customer where Active = true and DisplayName like '%a%'"
            " orderby DisplayName startposition 1 maxresults 1000",
        }
        for label, text in queries.items():
            times = []
            rows = 0
            for _ in range(repeats):
                t0 = time.perf_counter()
                resp = await http.get(
                    f"/v3/company/{realm}/query", params={"query": text}, headers=headers
                )
                times.append(time.perf_counter() - t0)
                resp.raise_for_status()
                rows = resp.json()["QueryResponse"].get("maxResults", 0)
            med = statistics.median(times)
            print(
                f"query {label}: {rows} rows, median {med * 1000:.1f} ms "
                f"({med / QUERY_TARGET_S:.2f} of the 200 ms target)"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main(args.size, args.seed, args.repeats))
