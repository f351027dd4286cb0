"""Helpers for follow-up tests: a clock you set by hand, contacts and deals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from crm_desktop.services import Services
from crm_desktop.services.contacts import ContactInput
from crm_desktop.storage.models import Deal, Pipeline, Stage

PARIS = ZoneInfo("Europe/Paris")


class Clock:
    """An injected clock: ``clock()`` returns the time you set; ``advance`` moves it."""

    def __init__(self, when: datetime):
        self.when = when

    def __call__(self) -> datetime:
        return self.when

    def set(self, when: datetime) -> None:
        self.when = when

    def advance(self, **kw: float) -> None:
        self.when = self.when + timedelta(**kw)


def use_clock(services: Services, when: datetime, zone: tzinfo = PARIS) -> Clock:
    clock = Clock(when if when.tzinfo else when.replace(tzinfo=zone))
    services.followups.clock = clock
    services.followups.zone = zone
    return clock


def local(y: int, mo: int, d: int, h: int = 12, mi: int = 0, zone: tzinfo = PARIS) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=zone)


def utc(y: int, mo: int, d: int, h: int = 12, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


def contact(services: Services, first: str = "Ada", last: str = "Lovelace") -> int:
    return services.contacts.create(ContactInput(first_name=first, last_name=last))


def deal(services: Services, title: str = "Website redesign", contact_id: int | None = None,
         status: str = "open") -> int:
    with services.db.session() as s:
        pipeline = s.query(Pipeline).first()
        if pipeline is None:
            pipeline = Pipeline(name="Sales", position=0)
            s.add(pipeline)
            s.flush()
            s.add(Stage(pipeline_id=pipeline.id, name="Lead", position=0, probability=10))
            s.flush()
        stage = s.query(Stage).filter_by(pipeline_id=pipeline.id).first()
        d = Deal(title=title, pipeline_id=pipeline.id, stage_id=stage.id, status=status,
                 contact_id=contact_id, value_minor=100_000, currency="EUR", version=1)
        s.add(d)
        s.flush()
        return d.id
