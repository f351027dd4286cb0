"""``crm-desktop search TEXT``: find contacts from the terminal."""

from __future__ import annotations

import argparse

from crm_desktop.commands import open_services


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("search", parents=[common], help="find contacts by name, email, phone, company or notes")
    p.add_argument("text", nargs="+", help="what to look for")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (default 20)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    services = open_services(args)
    query = " ".join(args.text)
    ids = services.contacts.ordered_ids(sort="rank", query=query)[: max(args.limit, 0)]
    rows = services.contacts.rows(ids)
    if not ids:
        print(f"No contact matches “{query}”.")
        return 1
    for contact_id in ids:
        row = rows[contact_id]
        print("\t".join((row.name, row.email or "-", row.company or "-")))
    return 0
