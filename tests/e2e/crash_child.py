"""Child process for the crash test: imports batches and edits contacts until it is killed.

After every commit it appends a line to the report file and fsyncs it, so the parent knows
exactly which work had *returned* before the SIGKILL.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from sqlalchemy import insert, select

from crm_desktop.services import build_services
from crm_desktop.services.contacts import ContactInput
from crm_desktop.storage import search
from crm_desktop.storage.engine import open_database
from crm_desktop.storage.models import Contact

BATCH_SIZE = 400


def main() -> None:
    data_dir, report_path, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    services = build_services(open_database(data_dir / "crm.sqlite3"))
    report_file = open(report_path, "a", encoding="utf-8")  # noqa: SIM115 - lives until killed

    def report(line: str) -> None:
        report_file.write(line + "\n")
        report_file.flush()
        os.fsync(report_file.fileno())

    rng = random.Random(seed)
    created: list[int] = []
    report("ready")
    step = 0
    while True:
        step += 1
        roll = rng.random()
        if roll < 0.1:  # an import: one transaction, all or nothing
            label = f"batch-{seed}-{step}"
            with services.db.session() as s:
                s.execute(
                    insert(Contact),
                    [{"first_name": f"Imported {i}", "last_name": label, "source": label} for i in range(BATCH_SIZE)],
                )
                ids = list(s.scalars(select(Contact.id).where(Contact.source == label)))
                search.reindex(s.connection(), "contact", ids)
            report(f"batch {label}")
        elif roll < 0.6 or not created:
            new_id = services.contacts.create(
                ContactInput(first_name=f"Child{seed}", last_name=f"Step{step}", emails=[f"c{seed}.{step}@example.org"])
            )
            created.append(new_id)
            report(f"create {new_id}")
        else:
            target = rng.choice(created)
            services.contacts.update(
                target, ContactInput(first_name=f"Child{seed}", last_name="Edited", notes=f"edit-{seed:03d}-{step:06d}")
            )
            report(f"edit {target} edit-{seed:03d}-{step:06d}")


if __name__ == "__main__":
    main()
