"""Deals: create, edit, move between stages, win, lose, reopen. One Session per call; no Qt.

The board and forecast queries live in ``services/deal_board.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.domain.enums import ActivityKind, DealStatus
from crm_desktop.domain.errors import ConflictError, NotFound, ValidationError
from crm_desktop.domain.i18n import message_of, user_text
from crm_desktop.domain.money import Money, to_minor
from crm_desktop.domain.text import clean
from crm_desktop.services.activities import touch_last_activity
from crm_desktop.services.changes import Change, ChangeHub
from crm_desktop.services.deal_board import DealBoardQueries
from crm_desktop.services.tags import get_or_create, parse_tags
from crm_desktop.storage import search
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Activity, Company, Contact, Deal, Stage, StageHistory

MAX_VALUE_MINOR = 10**15


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class DealInput:
    """What a form says about a deal. ``value`` is an amount in major units ("1 200,50")."""

    title: str = ""
    value: str | int | Decimal = ""
    currency: str = "EUR"
    pipeline_id: int | None = None
    stage_id: int | None = None
    expected_close: date | None = None
    probability_override: int | None = None
    contact_id: int | None = None
    company_id: int | None = None
    tags: list[str] = field(default_factory=list)
    notes: str = ""


@dataclass(frozen=True)
class DealDetail:
    id: int
    title: str
    value_minor: int
    currency: str
    pipeline_id: int
    stage_id: int
    stage_name: str
    status: str
    lost_reason: str
    expected_close: date | None
    probability_override: int | None
    contact_id: int | None
    contact_name: str
    company_id: int | None
    company_name: str
    tags: list[str]
    notes: str
    closed_at: datetime | None
    stage_changed_at: datetime | None
    last_activity_at: datetime | None
    created_at: datetime
    version: int

    @property
    def money(self) -> Money:
        return Money(self.value_minor, self.currency)

    def to_input(self) -> DealInput:
        return DealInput(
            title=self.title, value=self.money.amount, currency=self.currency, pipeline_id=self.pipeline_id,
            stage_id=self.stage_id, expected_close=self.expected_close,
            probability_override=self.probability_override, contact_id=self.contact_id,
            company_id=self.company_id, tags=list(self.tags), notes=self.notes,
        )


@dataclass(frozen=True)
class HistoryRow:
    stage_name: str
    entered_at: datetime
    left_at: datetime | None


@dataclass(frozen=True)
class StageMove:
    """What ``move`` did, so that ``undo_move`` can put everything back exactly."""

    deal_id: int
    from_stage_id: int
    to_stage_id: int
    old_position: float
    new_position: float
    old_stage_changed_at: datetime | None
    history_id: int | None  # the stage_history row the move opened
    activity_id: int | None  # the stage_change activity it wrote


@dataclass(frozen=True)
class _Clean:
    values: dict[str, object]
    tags: list[str]


def validate(data: DealInput) -> _Clean:
    errors: dict[str, str] = {}
    title = clean(data.title)
    if not title:
        errors["title"] = user_text("Enter a title for the deal, e.g. “Website for Bakery Müller”.")
    elif len(title) > 300:
        errors["title"] = user_text("The title is too long (300 characters at most).")
    currency = clean(data.currency).upper() or "EUR"
    if len(currency) != 3 or not currency.isalpha():
        errors["currency"] = user_text("Enter a three-letter currency code such as EUR, USD or GBP.")
    value_minor = 0
    if data.value not in ("", None):
        try:
            value_minor = to_minor(data.value, currency if "currency" not in errors else "EUR")
        except ValueError as exc:
            errors["value"] = message_of(exc)
        else:
            if value_minor < 0:
                errors["value"] = user_text("The value cannot be negative.")
            elif value_minor >= MAX_VALUE_MINOR:
                errors["value"] = user_text("The value is too large.")
    override = data.probability_override
    if override is not None and not 0 <= int(override) <= 100:
        errors["probability_override"] = user_text("The win probability must be between 0 and 100 %.")
    if data.stage_id is None and data.pipeline_id is None:
        errors["stage"] = user_text("Choose a pipeline stage for the deal.")
    try:
        tags = parse_tags(data.tags)
    except ValidationError as exc:
        errors.update(exc.fields)
        tags = []
    if errors:
        raise ValidationError(errors)
    return _Clean(
        values={
            "title": title, "value_minor": value_minor, "currency": currency,
            "expected_close": data.expected_close,
            "probability_override": None if override is None else int(override),
            "contact_id": data.contact_id, "company_id": data.company_id,
            "notes": (data.notes or "").replace("\x00", "").strip(),
        },
        tags=tags,
    )


class DealService(DealBoardQueries):
    def __init__(self, db: Database, hub: ChangeHub):
        self.db = db
        self.hub = hub

    # --- create / edit ------------------------------------------------------------------

    def create(self, data: DealInput) -> int:
        cleaned = validate(data)
        now = utcnow()
        with self.db.session() as s:
            stage = self._resolve_stage(s, data.pipeline_id, data.stage_id)
            self._check_links(s, data.contact_id, data.company_id)
            values = dict(cleaned.values)
            if values["company_id"] is None and values["contact_id"] is not None:
                values["company_id"] = s.scalar(select(Contact.company_id).where(Contact.id == values["contact_id"]))
            top = s.scalar(select(func.max(Deal.position)).where(Deal.stage_id == stage.id, Deal.status == "open"))
            deal = Deal(**values, pipeline_id=stage.pipeline_id, stage_id=stage.id, status="open",
                        position=(top or 0.0) + 1.0, stage_changed_at=now)
            deal.tags = get_or_create(s, cleaned.tags)
            s.add(deal)
            s.flush()
            s.add(StageHistory(deal_id=deal.id, pipeline_id=stage.pipeline_id, stage_id=stage.id,
                               stage_name=stage.name, entered_at=now))
            new_id = deal.id
        self.hub.publish(Change.of("deal", created=[new_id]))
        return new_id

    def update(self, deal_id: int, data: DealInput, expected_version: int | None = None) -> StageMove | None:
        """Save the form. A different stage is a stage move (history and timeline)."""
        cleaned = validate(data)
        try:
            with self.db.session() as s:
                deal = self._load(s, deal_id)
                if expected_version is not None and deal.version != expected_version:
                    raise ConflictError("deal")
                self._check_links(s, data.contact_id, data.company_id)
                for key, value in cleaned.values.items():
                    setattr(deal, key, value)
                deal.tags = get_or_create(s, cleaned.tags)
                move = None
                target = self._resolve_stage(s, data.pipeline_id, data.stage_id)
                if target.id != deal.stage_id:
                    move = self._move(s, deal, target, None)
        except StaleDataError as exc:
            raise ConflictError("deal") from exc
        self.hub.publish(Change.of("deal", updated=[deal_id]))
        return move

    def delete(self, ids: Iterable[int]) -> int:
        """Move deals to the trash (soft delete)."""
        id_list = list(ids)
        with self.db.session() as s:
            result = s.execute(
                update(Deal).where(Deal.id.in_(id_list), Deal.deleted_at.is_(None))
                .values(deleted_at=utcnow(), version=Deal.version + 1)
            )
            search.reindex(s.connection(), "deal", id_list)
            count = result.rowcount
        self.hub.publish(Change.of("deal", deleted=id_list))
        return count

    def restore(self, ids: Iterable[int]) -> None:
        id_list = list(ids)
        with self.db.session() as s:
            s.execute(update(Deal).where(Deal.id.in_(id_list)).values(deleted_at=None, version=Deal.version + 1))
            search.reindex(s.connection(), "deal", id_list)
        self.hub.publish(Change.of("deal", created=id_list))

    # --- stage moves and order ----------------------------------------------------------

    def move(self, deal_id: int, stage_id: int, before_id: int | None = None) -> StageMove:
        """Put an open deal in ``stage_id`` just above ``before_id`` (None: at the bottom).

        A move to another stage is recorded in the stage history and on the deal's timeline;
        a move within the same stage only changes the order."""
        with self.db.session() as s:
            deal = self._load(s, deal_id)
            if deal.status != DealStatus.OPEN:
                raise ValidationError({"stage": user_text("This deal is closed. Reopen it before moving it.")})
            target = s.get(Stage, stage_id)
            if target is None:
                raise NotFound("stage", stage_id)
            if target.pipeline_id != deal.pipeline_id:
                raise ValidationError({"stage": user_text("That stage belongs to another pipeline.")})
            move = self._move(s, deal, target, before_id)
        self._publish_moves([move], undone=False)
        return move

    def move_many(self, deal_ids: Iterable[int], stage_id: int) -> list[StageMove]:
        """Move several open deals to the bottom of one stage in one go: all or none.
        Deals already in that stage stay where they are; closed deals are refused."""
        ids = list(dict.fromkeys(int(i) for i in deal_ids))
        with self.db.session() as s:
            target = s.get(Stage, stage_id)
            if target is None:
                raise NotFound("stage", stage_id)
            found = {d.id: d for d in s.scalars(select(Deal).where(Deal.id.in_(ids), Deal.deleted_at.is_(None)))}
            for deal_id in ids:  # check them all before moving any
                deal = found.get(deal_id)
                if deal is None:
                    raise NotFound("deal", deal_id)
                if deal.status != DealStatus.OPEN:
                    raise ValidationError({"stage": user_text(
                        "“{title}” is closed. Reopen it before moving it, or leave it out.", title=deal.title)})
                if deal.pipeline_id != target.pipeline_id:
                    raise ValidationError({"stage": user_text(
                        "“{title}” is in another pipeline than that stage.", title=deal.title)})
            moving = [found[i] for i in ids if found[i].stage_id != stage_id]
            bottom = s.scalar(select(func.max(Deal.position)).where(
                Deal.stage_id == stage_id, Deal.status == "open", Deal.deleted_at.is_(None))) or 0.0
            moves = [self._move(s, deal, target, None, position=bottom + n) for n, deal in enumerate(moving, 1)]
        self._publish_moves(moves, undone=False)
        return moves

    def undo_move(self, move: StageMove) -> None:
        """Reverse a move: the deal goes back, the history row and the timeline entry go."""
        self.undo_moves([move])

    def undo_moves(self, moves: list[StageMove]) -> None:
        """Reverse moves (latest first) in one go."""
        with self.db.session() as s:
            for move in reversed(moves):
                self._undo_move(s, move)
        self._publish_moves(moves, undone=True)

    def _publish_moves(self, moves: list[StageMove], undone: bool) -> None:
        """Tell the views: the deals changed, and their timeline entries came or went."""
        if not moves:
            return
        activities = [m.activity_id for m in moves if m.activity_id is not None]
        changes = [Change.of("deal", updated=[m.deal_id for m in moves])]
        if activities:
            changes.append(Change.of("activity", **{"deleted" if undone else "created": activities}))
        self.hub.publish(*changes)

    def _undo_move(self, s: Session, move: StageMove) -> None:
        deal = self._load(s, move.deal_id)
        deal.position = move.old_position
        if move.from_stage_id != move.to_stage_id:
            deal.stage_id = move.from_stage_id
            deal.pipeline_id = s.scalar(select(Stage.pipeline_id).where(Stage.id == move.from_stage_id))
            deal.stage_changed_at = move.old_stage_changed_at
            if move.history_id is not None:
                s.execute(delete(StageHistory).where(StageHistory.id == move.history_id))
            previous = s.scalar(
                select(StageHistory)
                .where(StageHistory.deal_id == move.deal_id, StageHistory.stage_id == move.from_stage_id)
                .order_by(StageHistory.entered_at.desc(), StageHistory.id.desc()).limit(1)
            )
            if previous is not None:
                previous.left_at = None
            if move.activity_id is not None:
                s.execute(delete(Activity).where(Activity.id == move.activity_id))
            s.flush()
            touch_last_activity(s, None, None, move.deal_id)

    def _move(self, s: Session, deal: Deal, target: Stage, before_id: int | None,
              position: float | None = None) -> StageMove:
        now = utcnow()
        old_stage, old_position, old_changed = deal.stage_id, deal.position, deal.stage_changed_at
        deal.position = position if position is not None else self._position_before(s, target.id, deal.id, before_id)
        history_id = activity_id = None
        if target.id != old_stage:
            old_name = s.scalar(select(Stage.name).where(Stage.id == old_stage)) or ""
            s.execute(
                update(StageHistory)
                .where(StageHistory.deal_id == deal.id, StageHistory.left_at.is_(None))
                .values(left_at=now)
            )
            history = StageHistory(deal_id=deal.id, pipeline_id=target.pipeline_id, stage_id=target.id,
                                   stage_name=target.name, entered_at=now)
            activity = Activity(kind=ActivityKind.STAGE_CHANGE.value, subject=f"Moved to {target.name}",
                                body=f"Stage changed from “{old_name}” to “{target.name}”.", occurred_at=now,
                                deal_id=deal.id)
            s.add_all([history, activity])
            deal.stage_id = target.id
            deal.pipeline_id = target.pipeline_id
            deal.stage_changed_at = now
            s.flush()
            touch_last_activity(s, None, None, deal.id)
            history_id, activity_id = history.id, activity.id
        return StageMove(deal.id, old_stage, target.id, old_position, deal.position, old_changed,
                         history_id, activity_id)

    def _position_before(self, s: Session, stage_id: int, deal_id: int, before_id: int | None) -> float:
        """A float position between the neighbours; renumbers the column when gaps run out."""
        for attempt in range(2):
            column = s.execute(
                select(Deal.id, Deal.position)
                .where(Deal.stage_id == stage_id, Deal.status == "open", Deal.deleted_at.is_(None), Deal.id != deal_id)
                .order_by(Deal.position, Deal.id)
            ).all()
            index = next((i for i, r in enumerate(column) if r.id == before_id), len(column))
            if index == len(column):
                return (column[-1].position + 1.0) if column else 1.0
            after = column[index].position
            if index == 0:
                return after - 1.0
            prev = column[index - 1].position
            middle = (prev + after) / 2
            if prev < middle < after:
                return middle
            if attempt == 0:  # equal or too close positions: spread the column out once
                for i, row in enumerate(column):
                    s.execute(update(Deal).where(Deal.id == row.id).values(position=float(i + 1))
                              .execution_options(synchronize_session=False))
        return float(len(column) + 1)

    # --- won / lost ---------------------------------------------------------------------

    def mark_won(self, deal_id: int) -> None:
        self._close(deal_id, DealStatus.WON, "")

    def mark_lost(self, deal_id: int, reason: str) -> None:
        reason = clean(reason)
        if not reason:
            raise ValidationError({"lost_reason": user_text("Say why the deal was lost (for example “too expensive”).")})
        self._close(deal_id, DealStatus.LOST, reason[:500])

    def reopen(self, deal_id: int) -> None:
        now = utcnow()
        with self.db.session() as s:
            deal = self._load(s, deal_id)
            if deal.status == DealStatus.OPEN:
                return
            deal.status, deal.closed_at, deal.lost_reason = DealStatus.OPEN.value, None, ""
            top = s.scalar(select(func.max(Deal.position)).where(Deal.stage_id == deal.stage_id, Deal.status == "open"))
            deal.position = (top or 0.0) + 1.0
            s.add(Activity(kind=ActivityKind.SYSTEM.value, subject="Reopened", body="The deal was reopened.",
                           occurred_at=now, deal_id=deal_id))
            s.flush()
            touch_last_activity(s, None, None, deal_id)
        self.hub.publish(Change.of("deal", updated=[deal_id]))

    def _close(self, deal_id: int, status: DealStatus, reason: str) -> None:
        now = utcnow()
        with self.db.session() as s:
            deal = self._load(s, deal_id)
            if deal.status != DealStatus.OPEN:
                raise ValidationError({"status": user_text("This deal is already closed. Reopen it first.")})
            deal.status, deal.closed_at, deal.lost_reason = status.value, now, reason
            body = "The deal was won." if status == DealStatus.WON else f"The deal was lost: {reason}"
            s.add(Activity(kind=ActivityKind.SYSTEM.value, subject=f"Marked as {status.value}", body=body,
                           occurred_at=now, deal_id=deal_id))
            s.flush()
            touch_last_activity(s, None, None, deal_id)
        self.hub.publish(Change.of("deal", updated=[deal_id]))

    # --- reads --------------------------------------------------------------------------

    def get(self, deal_id: int) -> DealDetail:
        with self.db.reader() as s:
            deal = self._load(s, deal_id, tags=True)
            stage_name = s.scalar(select(Stage.name).where(Stage.id == deal.stage_id)) or ""
            contact = s.get(Contact, deal.contact_id) if deal.contact_id else None
            company = s.get(Company, deal.company_id) if deal.company_id else None
            return DealDetail(
                id=deal.id, title=deal.title, value_minor=deal.value_minor, currency=deal.currency,
                pipeline_id=deal.pipeline_id, stage_id=deal.stage_id, stage_name=stage_name, status=deal.status,
                lost_reason=deal.lost_reason, expected_close=deal.expected_close,
                probability_override=deal.probability_override, contact_id=deal.contact_id,
                contact_name=contact.display_name if contact else "", company_id=deal.company_id,
                company_name=company.name if company else "", tags=[t.name for t in deal.tags], notes=deal.notes,
                closed_at=deal.closed_at, stage_changed_at=deal.stage_changed_at,
                last_activity_at=deal.last_activity_at, created_at=deal.created_at, version=deal.version,
            )

    def history(self, deal_id: int) -> list[HistoryRow]:
        """Stage history, newest first."""
        with self.db.reader() as s:
            rows = s.execute(
                select(StageHistory.stage_name, StageHistory.entered_at, StageHistory.left_at)
                .where(StageHistory.deal_id == deal_id)
                .order_by(StageHistory.entered_at.desc(), StageHistory.id.desc())
            )
            return [HistoryRow(*r) for r in rows]

    # --- helpers ------------------------------------------------------------------------

    def _load(self, s: Session, deal_id: int, tags: bool = False) -> Deal:
        stmt = select(Deal).where(Deal.id == deal_id, Deal.deleted_at.is_(None))
        if tags:
            stmt = stmt.options(selectinload(Deal.tags))
        deal = s.scalar(stmt)
        if deal is None:
            raise NotFound("deal", deal_id)
        return deal

    def _resolve_stage(self, s: Session, pipeline_id: int | None, stage_id: int | None) -> Stage:
        if stage_id is not None:
            stage = s.get(Stage, stage_id)
            if stage is None:
                raise ValidationError({"stage": user_text("That stage no longer exists. Choose another one.")})
            return stage
        stage = s.scalar(select(Stage).where(Stage.pipeline_id == pipeline_id).order_by(Stage.position).limit(1))
        if stage is None:
            raise ValidationError({"stage": user_text("This pipeline has no stages yet. Add one in the pipeline settings.")})
        return stage

    def _check_links(self, s: Session, contact_id: int | None, company_id: int | None) -> None:
        if contact_id is not None and s.get(Contact, contact_id) is None:
            raise ValidationError({"contact": user_text("That contact no longer exists. Choose another one.")})
        if company_id is not None and s.get(Company, company_id) is None:
            raise ValidationError({"company": user_text("That company no longer exists. Choose another one.")})
