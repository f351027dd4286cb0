"""The reports dashboard: every figure by one aggregate query, never by loading every deal.

Definitions (shown to the user in plain words by the view):

- Deal figures follow the pipeline selector (a deal counts in its *current* pipeline);
  activities, follow-ups and new contacts are business-wide.
- "Open pipeline" and "pipeline by stage" are today's open deals, whatever the period.
- Won/lost figures use the day a deal was closed (``closed_at``, local time) inside the
  period. A deal reopened after being lost is open again (no ``closed_at``) and counts
  only as open.
- Weighted value = value x probability, the deal's own probability if set, else its
  stage's. Money is never added across currencies: every money figure is per currency.
- Win rate = won / (won + lost) among deals closed in the period.
- Days to close = from the deal's creation to its win, averaged over deals won in the period.
- A follow-up is done on time when it was completed on or before its due day (local
  time: any time up to midnight at the end of ``due_date``). Overdue = not done and its
  due time has passed.
- Activities per week count what people did (notes, calls, meetings, emails), not the
  automatic stage-change entries; weeks start on Monday.
- Soft-deleted rows (``deleted_at`` set) never count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo

from dateutil import tz as dateutil_tz
from sqlalchemy import and_, case, func, literal, select, true
from sqlalchemy.orm import Session, aliased

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.i18n import user_text
from crm_desktop.domain.reports import (
    CustomerRow,
    Dashboard,
    DealQuery,
    DealRow,
    MoneyTotal,
    MonthCount,
    MonthMoney,
    Period,
    Preset,
    ReasonRow,
    StageRow,
    WeekCount,
    add_months,
    local_midnight_utc,
    month_key,
    month_label,
    month_start,
)
from crm_desktop.storage import report_sql as sql
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Activity, Company, Contact, Deal, FollowUp, Pipeline, Stage

FORECAST_MONTHS = 6
TOP_CUSTOMERS = 10
DRILL_LIMIT = 500
# What people did; the automatic kinds (stage changes, system updates) are not counted.
USER_ACTIVITIES = [k.value for k in ActivityKind if k not in (ActivityKind.STAGE_CHANGE, ActivityKind.SYSTEM)]
NO_REASON = user_text("No reason given")


def _weighted(product_sum: int | None) -> int:
    """Sum of value x percent -> minor units, rounded half up."""
    total = int(product_sum or 0)
    return (total + 50) // 100 if total >= 0 else -((-total + 50) // 100)


class ReportService:
    """Read-only figures for the reports dashboard. ``tz`` and ``clock`` are injectable."""

    def __init__(
        self,
        db: Database,
        tz: tzinfo | None = None,
        clock: Callable[[], datetime] | None = None,
    ):
        self.db = db
        self.tz = tz or dateutil_tz.gettz() or UTC
        self.clock = clock or (lambda: datetime.now(UTC))

    # --- periods --------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def today(self) -> date:
        return self.now().astimezone(self.tz).date()

    def period(self, preset: Preset | str, start: date | None = None, end: date | None = None) -> Period:
        return Period.of(preset, self.today(), start, end)

    def pipelines(self) -> list[tuple[int, str]]:
        with self.db.reader() as s:
            rows = s.execute(
                select(Pipeline.id, Pipeline.name)
                .where(Pipeline.archived_at.is_(None))
                .order_by(Pipeline.position, Pipeline.id)
            )
            return [(r.id, r.name) for r in rows]

    # --- the dashboard --------------------------------------------------------------------

    def dashboard(self, period: Period, pipeline_id: int | None = None) -> Dashboard:
        now = self.now()
        start, end = period.utc_bounds(self.tz)
        segments = sql.offset_segments(self.tz, start - timedelta(days=1), end + timedelta(days=1))
        d = Dashboard(period=period, pipeline_id=pipeline_id, pipeline_name="", generated_at=now, today=self.today())
        d.won_months = period.months()
        d.activity_weeks = period.weeks()
        first_month = month_start(self.today())
        d.forecast_months = [month_key(add_months(first_month, i)) for i in range(FORECAST_MONTHS)]
        with self.db.reader() as s:
            if pipeline_id is not None:
                d.pipeline_name = s.scalar(select(Pipeline.name).where(Pipeline.id == pipeline_id)) or ""
            self._stages(s, d, pipeline_id)
            self._forecast(s, d, pipeline_id, first_month)
            self._won_lost(s, d, pipeline_id, start, end)
            self._lost_reasons(s, d, pipeline_id, start, end)
            self._top_customers(s, d, pipeline_id, start, end)
            self._activities(s, d)
            self._followups(s, d, start, end, now, segments)
            self._new_contacts(s, d)
        counts: Counter[str] = Counter()
        for row in d.stages:
            counts[row.currency] += row.count
        for m in d.won_by_month:
            counts[m.currency] += m.count
        for f in d.forecast:
            counts[f.currency] += f.count
        d.currencies = [c for c, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        return d

    @staticmethod
    def _alive_deals(pipeline_id: int | None) -> list:
        conds = [Deal.deleted_at.is_(None)]
        if pipeline_id is not None:
            conds.append(Deal.pipeline_id == pipeline_id)
        return conds

    def _stages(self, s: Session, d: Dashboard, pipeline_id: int | None) -> None:
        prob = func.coalesce(Deal.probability_override, Stage.probability)
        q = (
            select(
                Pipeline.name.label("pipeline"),
                Stage.name.label("stage"),
                Stage.id.label("stage_id"),
                Stage.probability,
                Deal.currency,
                func.count().label("n"),
                func.sum(Deal.value_minor).label("total"),
                func.sum(Deal.value_minor * prob).label("product"),
            )
            .join(Stage, Stage.id == Deal.stage_id)
            .join(Pipeline, Pipeline.id == Deal.pipeline_id)
            .where(Deal.status == "open", *self._alive_deals(pipeline_id))
            .group_by(Pipeline.id, Stage.id, Deal.currency)
            .order_by(Pipeline.position, Pipeline.id, Stage.position, Stage.id, Deal.currency)
        )
        totals: dict[str, int] = {}
        for r in s.execute(q):
            weighted = _weighted(r.product)
            d.stages.append(
                StageRow(
                    r.pipeline, r.stage, r.stage_id, r.probability, r.currency, r.n, int(r.total or 0), weighted,
                    DealQuery(statuses=("open",), stage_id=r.stage_id, pipeline_id=pipeline_id,
                              currency=r.currency, title=user_text("Open deals in {stage} ({currency})", stage=r.stage,
                                                             currency=r.currency)),
                )
            )
            totals[r.currency] = totals.get(r.currency, 0) + weighted
            d.open_count += r.n
        d.open_weighted = [MoneyTotal(c, m) for c, m in sorted(totals.items())]

    def _forecast(self, s: Session, d: Dashboard, pipeline_id: int | None, first: date) -> None:
        prob = func.coalesce(Deal.probability_override, Stage.probability)
        last = add_months(first, FORECAST_MONTHS)
        month = sql.date_month(Deal.expected_close)
        q = (
            select(month.label("month"), Deal.currency, func.count().label("n"),
                   func.sum(Deal.value_minor * prob).label("product"))
            .join(Stage, Stage.id == Deal.stage_id)
            .where(Deal.status == "open", Deal.expected_close >= first, Deal.expected_close < last,
                   *self._alive_deals(pipeline_id))
            .group_by(month, Deal.currency)
            .order_by(month, Deal.currency)
        )
        for r in s.execute(q):
            m_first = date.fromisoformat(r.month + "-01")
            d.forecast.append(
                MonthMoney(r.month, r.currency, _weighted(r.product), r.n,
                           DealQuery(statuses=("open",), expected_from=m_first, expected_to=add_months(m_first, 1),
                                     pipeline_id=pipeline_id, currency=r.currency,
                                     title=user_text("Open deals expected to close in {month} ({currency})",
                                                     month=month_label(r.month), currency=r.currency)))
            )

    def _utc_ranges(self, ranges: list[tuple[date, date]]) -> list[tuple[datetime, datetime]]:
        return [(local_midnight_utc(a, self.tz), local_midnight_utc(b, self.tz)) for a, b in ranges]

    def _won_lost(self, s: Session, d: Dashboard, pipeline_id: int | None, start: datetime,
                  end: datetime) -> None:
        """Won and lost deals per local month and currency, in one pass over the closed deals."""
        bounds = self._utc_ranges(d.period.month_ranges())
        b = sql.buckets(bounds)
        q = (
            select(b.c.idx, Deal.status, Deal.currency, func.count().label("n"),
                   func.sum(Deal.value_minor).label("total"),
                   func.sum(sql.days_between(Deal.created_at, Deal.closed_at)).label("days"))
            .select_from(b)
            .join(Deal, and_(Deal.closed_at >= b.c.start, Deal.closed_at < b.c.end))
            .where(Deal.status.in_(("won", "lost")), *self._alive_deals(pipeline_id))
            .group_by(b.c.idx, Deal.status, Deal.currency)
            .order_by(b.c.idx, Deal.currency)
        )
        totals: dict[str, tuple[int, int]] = {}
        days = 0.0
        for r in s.execute(q):
            if r.status == "lost":
                d.lost_count += r.n
                continue
            d.won_count += r.n
            days += float(r.days or 0)
            month = d.won_months[r.idx]
            m_start, m_end = bounds[r.idx]
            total = int(r.total or 0)
            d.won_by_month.append(
                MonthMoney(month, r.currency, total, r.n,
                           DealQuery(statuses=("won",), closed_from=m_start, closed_to=m_end, pipeline_id=pipeline_id,
                                     currency=r.currency, title=user_text("Deals won in {month} ({currency})",
                                                     month=month_label(month), currency=r.currency)))
            )
            old = totals.get(r.currency, (0, 0))
            totals[r.currency] = (old[0] + total, old[1] + r.n)
        d.won_total = [MoneyTotal(c, t) for c, (t, _n) in sorted(totals.items())]
        d.average_deal = [MoneyTotal(c, _div_round(t, n)) for c, (t, n) in sorted(totals.items())]
        d.average_days_to_close = round(days / d.won_count, 1) if d.won_count else None
        d.won_drill = DealQuery(statuses=("won",), closed_from=start, closed_to=end, pipeline_id=pipeline_id,
                                title=user_text("Deals won in the period"))
        d.lost_drill = DealQuery(statuses=("lost",), closed_from=start, closed_to=end, pipeline_id=pipeline_id,
                                 title=user_text("Deals lost in the period"))

    def _lost_reasons(self, s: Session, d: Dashboard, pipeline_id: int | None, start: datetime,
                      end: datetime) -> None:
        reason = func.trim(func.coalesce(Deal.lost_reason, ""))
        q = (
            select(reason.label("reason"), func.count().label("n"))
            .where(Deal.status == "lost", Deal.closed_at >= start, Deal.closed_at < end,
                   *self._alive_deals(pipeline_id))
            .group_by(reason)
            .order_by(func.count().desc(), reason)
        )
        for r in s.execute(q):
            label = r.reason or NO_REASON
            d.lost_reasons.append(
                ReasonRow(label, r.n, DealQuery(statuses=("lost",), closed_from=start, closed_to=end,
                                                pipeline_id=pipeline_id, lost_reason=r.reason,
                                                title=user_text("Deals lost: {reason}", reason=label)))
            )

    def _top_customers(self, s: Session, d: Dashboard, pipeline_id: int | None, start: datetime,
                       end: datetime) -> None:
        co = aliased(Company)
        ct = aliased(Contact)
        kind = case((co.id.is_not(None), "company"), (ct.id.is_not(None), "contact"), else_="")
        ident = case((co.id.is_not(None), co.id), else_=ct.id)
        name = case(
            (co.id.is_not(None), co.name),
            (ct.id.is_not(None), func.trim(ct.first_name + literal(" ") + ct.last_name)),
            else_="",
        )
        total = func.sum(Deal.value_minor)
        inner = (
            select(kind.label("kind"), ident.label("ident"), func.min(name).label("name"), Deal.currency,
                   total.label("total"), func.count().label("n"),
                   func.row_number().over(partition_by=Deal.currency, order_by=(total.desc(), func.min(name)))
                   .label("rank"))
            .outerjoin(co, and_(co.id == Deal.company_id, co.deleted_at.is_(None)))
            .outerjoin(ct, and_(ct.id == Deal.contact_id, ct.deleted_at.is_(None)))
            .where(Deal.status == "won", Deal.closed_at >= start, Deal.closed_at < end,
                   *self._alive_deals(pipeline_id))
            .group_by(kind, ident, Deal.currency)
            .subquery()
        )
        q = select(inner).where(inner.c.rank <= TOP_CUSTOMERS).order_by(inner.c.currency, inner.c.rank)
        for r in s.execute(q):
            base = dict(statuses=("won",), closed_from=start, closed_to=end, pipeline_id=pipeline_id,
                        currency=r.currency)
            if r.kind == "company":
                drill = DealQuery(**base, company_id=r.ident, title=user_text("Deals won with {customer}", customer=r.name))
            elif r.kind == "contact":
                drill = DealQuery(**base, contact_id=r.ident, title=user_text("Deals won with {customer}", customer=r.name))
            else:
                drill = DealQuery(**base, no_customer=True, title=user_text("Deals won with no customer linked"))
            d.top_customers.append(
                CustomerRow(r.name or user_text("(no customer linked)"), r.kind, r.currency, int(r.total or 0), r.n, drill)
            )

    def _activities(self, s: Session, d: Dashboard) -> None:
        """Activities per local week and kind: one index range count per (week, kind)."""
        b = sql.buckets(self._utc_ranges(d.period.week_ranges()))
        k = sql.words(USER_ACTIVITIES, "kinds", "kind")
        n = (
            select(func.count())
            .where(Activity.kind == k.c.kind, Activity.occurred_at >= b.c.start, Activity.occurred_at < b.c.end,
                   Activity.deleted_at.is_(None))
            .correlate(b, k)
            .scalar_subquery()
        )
        q = select(b.c.idx, k.c.kind, n.label("n")).select_from(b.join(k, true()))
        d.activities = sorted(
            (WeekCount(d.activity_weeks[r.idx], r.kind, r.n) for r in s.execute(q) if r.n),
            key=lambda w: (w.week, w.kind),
        )

    def _followups(self, s: Session, d: Dashboard, start: datetime, end: datetime, now: datetime,
                   segments: sql.Segments) -> None:
        on_time = sql.local_date(FollowUp.done_at, segments) <= func.date(FollowUp.due_date)
        row = s.execute(
            select(func.count(), func.sum(case((on_time, 1), else_=0)))
            .where(FollowUp.done_at >= start, FollowUp.done_at < end, FollowUp.deleted_at.is_(None))
        ).one()
        done, ok = int(row[0] or 0), int(row[1] or 0)
        d.followups_on_time, d.followups_late = ok, done - ok
        d.followups_overdue = int(
            s.scalar(
                select(func.count()).where(FollowUp.done_at.is_(None), FollowUp.due_at < now,
                                           FollowUp.deleted_at.is_(None))
            )
            or 0
        )

    def _new_contacts(self, s: Session, d: Dashboard) -> None:
        b = sql.buckets(self._utc_ranges(d.period.month_ranges()))
        n = (
            select(func.count())
            .where(Contact.created_at >= b.c.start, Contact.created_at < b.c.end, Contact.deleted_at.is_(None))
            .correlate(b)
            .scalar_subquery()
        )
        found = {r.idx: r.n for r in s.execute(select(b.c.idx, n.label("n")))}
        d.new_contacts = [MonthCount(m, found.get(i, 0)) for i, m in enumerate(d.won_months)]

    # --- drill-down -----------------------------------------------------------------------

    def deals(self, q: DealQuery, limit: int = DRILL_LIMIT) -> list[DealRow]:
        """The deals behind a figure, biggest first (at most ``limit``)."""
        co = aliased(Company)
        ct = aliased(Contact)
        customer = func.coalesce(co.name, func.trim(ct.first_name + literal(" ") + ct.last_name), "")
        conds = self._alive_deals(q.pipeline_id)
        if q.statuses:
            conds.append(Deal.status.in_(q.statuses))
        if q.closed_from is not None:
            conds.append(Deal.closed_at >= q.closed_from)
        if q.closed_to is not None:
            conds.append(Deal.closed_at < q.closed_to)
        if q.expected_from is not None:
            conds.append(Deal.expected_close >= q.expected_from)
        if q.expected_to is not None:
            conds.append(Deal.expected_close < q.expected_to)
        if q.stage_id is not None:
            conds.append(Deal.stage_id == q.stage_id)
        if q.currency is not None:
            conds.append(Deal.currency == q.currency)
        if q.lost_reason is not None:
            conds.append(func.trim(func.coalesce(Deal.lost_reason, "")) == q.lost_reason)
        if q.company_id is not None:
            conds.append(co.id == q.company_id)
        if q.contact_id is not None:
            conds.extend([co.id.is_(None), ct.id == q.contact_id])
        if q.no_customer:
            conds.extend([co.id.is_(None), ct.id.is_(None)])
        stmt = (
            select(Deal.id, Deal.title, customer.label("customer"), Deal.currency, Deal.value_minor, Deal.status,
                   Pipeline.name.label("pipeline"), Stage.name.label("stage"), Deal.expected_close,
                   Deal.closed_at)
            .join(Stage, Stage.id == Deal.stage_id)
            .join(Pipeline, Pipeline.id == Deal.pipeline_id)
            .outerjoin(co, and_(co.id == Deal.company_id, co.deleted_at.is_(None)))
            .outerjoin(ct, and_(ct.id == Deal.contact_id, ct.deleted_at.is_(None)))
            .where(*conds)
            .order_by(Deal.value_minor.desc(), Deal.id)
            .limit(limit)
        )
        with self.db.reader() as s:
            return [
                DealRow(r.id, r.title, r.customer, r.currency, r.value_minor, r.status, r.pipeline, r.stage,
                        r.expected_close, r.closed_at)
                for r in s.execute(stmt)
            ]


def _div_round(total: int, n: int) -> int:
    return (2 * total + n) // (2 * n) if n else 0

