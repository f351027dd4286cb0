"""Mail merge with a persistent outbox: resumable after a crash, cancel or network failure.

Each recipient row moves pending → sending → sent. 'sending' is written (and committed)
before the SMTP conversation starts and 'sent' after the server accepted the message, so a
crash in between leaves 'sending'. On the next run such a row is settled without guessing:
- a timeline entry with its Message-ID exists → it was sent (the crash came after logging);
- IMAP is configured and the Message-ID is in a Sent folder → it was sent;
- otherwise it becomes 'uncertain' and the user decides ("Send again" or "Mark as sent").
We never resend automatically: a possible duplicate in a customer's inbox is worse than
asking. Recipients the server refused are 'failed' (retry on request); contacts without an
address or marked "do not email" are 'skipped' with the reason.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, update

from crm_desktop.domain.errors import NotFound, ValidationError
from crm_desktop.domain.i18n import joined, message_of, number, user_text
from crm_desktop.mail import imap, message, smtp, templates
from crm_desktop.mail.errors import MailError
from crm_desktop.services.changes import Change
from crm_desktop.services.mail import MailService
from crm_desktop.storage.models import Contact, ContactEmail, MergeJob, MergeRecipient

log = logging.getLogger(__name__)

SCAN_ABOVE = 2000  # plan(): above this many contacts, scan the tables instead of IN (...) lists

STATES = ("pending", "sending", "sent", "failed", "skipped", "uncertain")
SUMMARY_ORDER = ("sent", "sending", "pending", "failed", "uncertain", "skipped")  # how counts_text lists them
STATE_LABELS = {
    "pending": user_text("Waiting"),
    "sending": user_text("Sending"),
    "sent": user_text("Sent"),
    "failed": user_text("Failed"),
    "skipped": user_text("Skipped"),
    "uncertain": user_text("Check: may have been sent"),
}

# What a recipient row says about itself. The detail is stored with the row; these fixed
# ones are recognised when read back so that they show in the user's language.
DO_NOT_EMAIL = user_text("Marked “do not email”")
NO_ADDRESS = user_text("No email address")
FOUND_IN_SENT = user_text("Found in your Sent folder after an interruption")
INTERRUPTED = user_text("Sending was interrupted: this message may or may not have gone out. "
                        "Check your Sent folder, then choose “Send again” or “Mark as sent”.")
MARKED_SENT = user_text("Marked as sent by you")
STOPPED = user_text("Merge stopped by you")
CONTACT_DELETED = user_text("Contact was deleted")
_KNOWN_DETAILS = {str(t): t for t in (DO_NOT_EMAIL, NO_ADDRESS, FOUND_IN_SENT, INTERRUPTED, MARKED_SENT, STOPPED,
                                      CONTACT_DELETED)}


def _count(state: str, n: int) -> str:
    """'3 sent', '1 to check'."""
    count = number(n)
    if state == "pending":
        return user_text("{n} waiting", n=count)
    if state == "sending":
        return user_text("{n} sending", n=count)
    if state == "sent":
        return user_text("{n} sent", n=count)
    if state == "failed":
        return user_text("{n} failed", n=count)
    if state == "skipped":
        return user_text("{n} skipped", n=count)
    return user_text("{n} to check", n=count)


def counts_text(counts: Mapping[str, int]) -> str:
    """'3 sent, 2 waiting': the states that have recipients, sent first; or 'no recipients'."""
    parts = [_count(state, counts[state]) for state in SUMMARY_ORDER if counts.get(state)]
    return joined(parts) if parts else user_text("no recipients")


@dataclass(frozen=True)
class PlanRow:
    contact_id: int
    name: str
    email: str
    skip_reason: str  # empty: will be sent


@dataclass(frozen=True)
class RecipientRow:
    id: int
    contact_id: int | None
    name: str
    email: str
    state: str
    detail: str
    message_id: str


@dataclass(frozen=True)
class JobRow:
    id: int
    template_name: str
    subject: str
    audience: str
    status: str
    created_at: datetime
    counts: dict[str, int]

    def summary(self) -> str:
        return counts_text(self.counts)


@dataclass(frozen=True)
class RunResult:
    sent: int
    failed: int
    uncertain: int
    cancelled: bool
    stopped_by: str  # a plain message when a network/login failure stopped the run


class MergeService:
    def __init__(self, mail: MailService):
        self.mail = mail
        self.db = mail.db

    # --- choosing recipients ------------------------------------------------------------

    def plan(self, contact_ids: Iterable[int]) -> list[PlanRow]:
        """Who would receive it, in order; skipped contacts carry the reason (no ORM loads)."""
        ids = list(dict.fromkeys(contact_ids))
        rows: dict[int, PlanRow] = {}
        # Many ids: one pass over the tables beats hundreds of IN (...) chunks.
        chunks = [ids] if len(ids) > SCAN_ABOVE else [ids[i : i + 500] for i in range(0, len(ids), 500)]
        with self.db.reader() as s:
            for chunk in chunks:
                wanted = set(chunk)
                email_q = select(ContactEmail.contact_id, ContactEmail.email).order_by(
                    ContactEmail.contact_id, ContactEmail.position.desc(), ContactEmail.id.desc()
                )
                people_q = select(Contact.id, Contact.first_name, Contact.last_name, Contact.do_not_email).where(
                    Contact.deleted_at.is_(None)
                )
                if len(chunk) <= SCAN_ABOVE:
                    email_q = email_q.where(ContactEmail.contact_id.in_(chunk))
                    people_q = people_q.where(Contact.id.in_(chunk))
                first_email: dict[int, str] = {}
                for cid, email in s.execute(email_q):
                    first_email[cid] = email  # the last one written wins: the lowest position
                for cid, first, last, dne in s.execute(people_q):
                    if cid not in wanted:
                        continue
                    email = first_email.get(cid, "")
                    reason = DO_NOT_EMAIL if dne else ("" if email else NO_ADDRESS)
                    name = " ".join(p for p in (first, last) if p) or email or user_text("(no name)")
                    rows[cid] = PlanRow(cid, name, email, reason)
        return [rows[i] for i in ids if i in rows]

    def create_job(
        self, subject: str, body: str, contact_ids: Iterable[int], audience: str = "", template_name: str = ""
    ) -> int:
        templates.check(subject, body)
        account = self.mail.require_account()
        plan = self.plan(contact_ids)
        if not any(not p.skip_reason for p in plan):
            raise ValidationError({"recipients": user_text("None of these contacts can be emailed.")})
        with self.db.session() as s:
            job = MergeJob(
                account_id=account.id, template_name=template_name, subject=subject, body=body, audience=audience
            )
            s.add(job)
            s.flush()
            for position, p in enumerate(plan):
                s.add(
                    MergeRecipient(
                        job_id=job.id, contact_id=p.contact_id, position=position, name=p.name, email=p.email,
                        state="skipped" if p.skip_reason else "pending", detail=p.skip_reason,
                    )
                )
            job_id = job.id
        self.mail.hub.publish(Change.of("mail_merge", created=[job_id]))
        return job_id

    # --- reading the outbox -------------------------------------------------------------

    def jobs(self, unfinished_only: bool = False) -> list[JobRow]:
        with self.db.reader() as s:
            stmt = select(MergeJob).order_by(MergeJob.id.desc())
            if unfinished_only:
                stmt = stmt.where(MergeJob.status == "open")
            out = []
            for job in s.scalars(stmt):
                counts = dict.fromkeys(STATES, 0)
                for state, n in s.execute(
                    select(MergeRecipient.state, func.count())
                    .where(MergeRecipient.job_id == job.id)
                    .group_by(MergeRecipient.state)
                ):
                    counts[state] = n
                out.append(JobRow(job.id, job.template_name, job.subject, job.audience, job.status, job.created_at, counts))
            return out

    def job(self, job_id: int) -> JobRow:
        for row in self.jobs():
            if row.id == job_id:
                return row
        raise NotFound("mail merge", job_id)

    def recipients(self, job_id: int) -> list[RecipientRow]:
        with self.db.reader() as s:
            stmt = select(MergeRecipient).where(MergeRecipient.job_id == job_id).order_by(MergeRecipient.position)
            return [
                RecipientRow(r.id, r.contact_id, r.name, r.email, r.state, _KNOWN_DETAILS.get(r.detail, r.detail),
                             r.message_id)
                for r in s.scalars(stmt)
            ]

    def preview(self, job_id: int, contact_id: int) -> tuple[str, str]:
        with self.db.reader() as s:
            job = s.get(MergeJob, job_id)
            if job is None:
                raise NotFound("mail merge", job_id)
            subject, body = job.subject, job.body
        return self.mail.preview(subject, body, contact_id)

    # --- decisions the user makes -------------------------------------------------------

    def resolve(self, job_id: int, recipient_ids: Iterable[int], send_again: bool) -> None:
        """For 'uncertain' and 'failed' rows: queue them again, or record them as sent."""
        ids = list(recipient_ids)
        if not send_again:  # the user says it went out: put it on the timeline too
            for r in self.recipients(job_id):
                if r.id in ids and r.state == "uncertain" and r.message_id and not self.mail.is_logged(r.message_id):
                    self._log(r, job_id)
        with self.db.session() as s:
            s.execute(
                update(MergeRecipient)
                .where(
                    MergeRecipient.job_id == job_id,
                    MergeRecipient.id.in_(ids),
                    MergeRecipient.state.in_(("uncertain", "failed")),
                )
                .values(
                    state="pending" if send_again else "sent",
                    detail="" if send_again else str(MARKED_SENT),
                    updated_at=datetime.now(UTC),
                )
            )
            s.execute(update(MergeJob).where(MergeJob.id == job_id).values(status="open", finished_at=None))
        self.mail.hub.publish(Change.of("mail_merge", updated=[job_id]))

    def discard(self, job_id: int) -> None:
        """Stop a merge for good: what is still waiting will not be sent."""
        with self.db.session() as s:
            s.execute(
                update(MergeRecipient)
                .where(MergeRecipient.job_id == job_id, MergeRecipient.state == "pending")
                .values(state="skipped", detail=str(STOPPED), updated_at=datetime.now(UTC))
            )
            s.execute(update(MergeJob).where(MergeJob.id == job_id).values(status="stopped", finished_at=datetime.now(UTC)))
        self.mail.hub.publish(Change.of("mail_merge", updated=[job_id]))

    # --- sending ------------------------------------------------------------------------

    def _set(self, recipient_id: int, state: str, detail: str = "", message_id: str | None = None) -> None:
        values: dict[str, object] = {"state": state, "detail": detail, "updated_at": datetime.now(UTC)}
        if message_id is not None:
            values["message_id"] = message_id
        with self.db.session() as s:
            s.execute(update(MergeRecipient).where(MergeRecipient.id == recipient_id).values(**values))

    def settle_interrupted(self, job_id: int) -> int:
        """Decide what happened to rows left in 'sending' by a crash. Returns how many were sent."""
        rows = [r for r in self.recipients(job_id) if r.state == "sending"]
        if not rows:
            return 0
        account = self.mail.require_account()
        in_sent: set[str] = set()
        endpoint = account.imap()
        unproven = [r.message_id for r in rows if r.message_id and not self.mail.is_logged(r.message_id)]
        if endpoint is not None and unproven:
            try:
                in_sent = imap.find_sent(endpoint, self.mail.password(account) or "", unproven)
            except MailError as exc:
                log.warning("could not check the Sent folder: %s", exc.kind)
        settled = 0
        for r in rows:
            if r.message_id and self.mail.is_logged(r.message_id):
                self._set(r.id, "sent", "")
                settled += 1
            elif r.message_id in in_sent:
                self._log(r, job_id)
                self._set(r.id, "sent", FOUND_IN_SENT)
                settled += 1
            else:
                self._set(r.id, "uncertain", INTERRUPTED)
        return settled

    def _log(self, r: RecipientRow, job_id: int) -> None:
        if r.contact_id is None:
            return
        with self.db.reader() as s:
            job = s.get(MergeJob, job_id)
            subject, body = (job.subject, job.body) if job else ("", "")
        values = self.mail.values(r.contact_id, to_email=r.email)
        account = self.mail.require_account()
        msg = message.build(account.display_name, account.address, r.name, r.email, templates.render(subject, values), templates.render(body, values))
        del msg["Message-ID"]
        msg["Message-ID"] = r.message_id
        self.mail.log_sent(r.contact_id, None, msg, r.email)

    def run(
        self,
        job_id: int,
        progress: Callable[[int, int, str], None] = lambda d, t, x: None,
        cancelled: Callable[[], bool] = lambda: False,
        per_minute: float | None = None,
    ) -> RunResult:
        """Send every pending recipient, throttled; safe to call again after any interruption."""
        rate = float(per_minute or self.mail.settings.get("mail_merge_per_minute") or 20)
        interval = 60.0 / max(rate, 0.1)
        self.settle_interrupted(job_id)
        account = self.mail.require_account()
        with self.db.reader() as s:
            job = s.get(MergeJob, job_id)
            if job is None:
                raise NotFound("mail merge", job_id)
            subject, body = job.subject, job.body
        templates.check(subject, body)
        todo = [r for r in self.recipients(job_id) if r.state == "pending"]
        total, sent, failed = len(todo), 0, 0
        secret = self.mail.password(account)
        client = None
        stopped_by = ""
        last_send = 0.0
        try:
            for done, r in enumerate(todo):
                if cancelled():
                    break
                wait = last_send + interval - time.monotonic()
                while wait > 0 and not cancelled():
                    time.sleep(min(wait, 0.1))
                    wait = last_send + interval - time.monotonic()
                if cancelled():
                    break
                progress(done, total, user_text("Sending to {name} <{address}>", name=r.name, address=r.email))
                plan = self.plan([r.contact_id]) if r.contact_id is not None else []
                if not plan or plan[0].skip_reason:
                    self._set(r.id, "skipped", plan[0].skip_reason if plan else CONTACT_DELETED)
                    continue
                values = self.mail.values(r.contact_id, to_email=r.email)  # type: ignore[arg-type]
                msg = message.build(
                    account.display_name, account.address, r.name, r.email,
                    templates.render(subject, values), templates.render(body, values),
                )
                if client is None:
                    client = smtp.connect(account.smtp(), secret)
                self._set(r.id, "sending", "", str(msg["Message-ID"]))
                last_send = time.monotonic()
                try:
                    self.mail.deliver(account, msg, client=client)
                except MailError as exc:
                    if exc.kind in ("recipient", "server"):
                        self._set(r.id, "failed", message_of(exc))
                        failed += 1
                        continue
                    self._set(r.id, "uncertain", user_text("The connection failed while sending: {problem}",
                                                          problem=message_of(exc)))
                    raise
                self.mail.log_sent(r.contact_id, None, msg, r.email)
                self._set(r.id, "sent", "")
                sent += 1
        except MailError as exc:
            stopped_by = message_of(exc)
        finally:
            if client is not None:
                smtp._close(client)
        counts = self.job(job_id).counts
        with self.db.session() as s:
            if not counts["pending"] and not counts["uncertain"] and not counts["sending"]:
                s.execute(update(MergeJob).where(MergeJob.id == job_id).values(status="done", finished_at=datetime.now(UTC)))
        progress(total if not cancelled() else sent + failed, total, user_text("Finished"))
        self.mail.hub.publish(Change.of("mail_merge", updated=[job_id]))
        return RunResult(sent, failed, counts["uncertain"], cancelled(), stopped_by)
