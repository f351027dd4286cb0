"""``crm-desktop demo``: fill the database with realistic demo data."""

from __future__ import annotations

import argparse
import time

from crm_desktop.commands import open_services


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="add realistic demo data (contacts, companies, activities...)")
    p.add_argument("--contacts", type=int, default=300, metavar="N", help="how many contacts (default 300)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (same seed, same data)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services.demo import generate

    if args.contacts < 1:
        print("crm-desktop: --contacts must be at least 1")
        return 2
    services = open_services(args)
    started = time.perf_counter()
    ctx = generate(services.db, contacts=args.contacts, seed=args.seed)
    took = time.perf_counter() - started
    made = ", ".join(f"{n:,} {what}" for what, n in ctx.counts.items())
    print(f"Added demo data: {made} in {took:.1f} s.")
    print(f"Database: {services.db.path}")
    return 0
