"""The benchmark's book in the shape issue 6 names, built from the shared demo pieces.

`bench_book(size, seed)`: `size` HubSpot contacts, `size` QBO customers, `size/2` of them
overlapping by email; products: `0.2×size` in HubSpot and `0.2×size` items in QBO, half
of each sharing a SKU with the other side (`0.3×size` distinct products). At size 10,000:
10,000 / 10,000 / 5,000 overlapping, 2,000 HubSpot products, 2,000 QBO items (1,000 by SKU).

It starts from `demo_book(size, seed)` (so the troublesome records at fixed keys stay: the
contact without email, the company collision, the vendor holding a contact's name) and adds
the QBO-only customers and the product split. `sandbox/demo.py` is not changed: the bench's
sandbox child process hands this book to both sandboxes' seeders (`use_bench_book`).
"""

from __future__ import annotations

import random

from qbsync_desktop.sandbox import demo
from qbsync_desktop.sandbox.demo import DemoBook


def bench_book(size: int = 10_000, seed: int = 1) -> DemoBook:
    book = demo.demo_book(size, seed)
    rng = random.Random(seed * 7919 + size)
    # demo_book has 0.8×size customers, size/2 overlapping: add QBO-only people up to size.
    next_key = 1 + max(p.key for p in (*book.hubspot_contacts, *book.qbo_customers))
    missing = max(len(book.hubspot_contacts) - len(book.qbo_customers), 0)
    book.qbo_customers += [demo._person(rng, next_key + i) for i in range(missing)]
    n_products = max(int(size * 0.3), 9)
    products = [demo._product(rng, k) for k in range(n_products)]
    third = n_products // 3
    book.hubspot_products = products[: n_products - third]  # 0.2×size
    book.qbo_items = products[third:]  # 0.2×size; the middle third in both
    return book


def use_bench_book() -> None:
    """Make both sandboxes' seeders (in this process) build `bench_book` instead of the demo.

    Only for the bench's own child process: the seeders look the book function up by name.
    """
    from qbsync_desktop.sandbox.hubspot import seed as hubspot_seed
    from qbsync_desktop.sandbox.qbo import seeding as qbo_seeding

    cache: dict[tuple[int, int], DemoBook] = {}

    def book(size: int, seed: int) -> DemoBook:
        if (size, seed) not in cache:
            cache[(size, seed)] = bench_book(size, seed)
        return cache[(size, seed)]

    hubspot_seed.demo_book = book  # type: ignore[attr-defined]
    qbo_seeding.demo_book = book  # type: ignore[attr-defined]
