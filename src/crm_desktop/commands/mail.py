"""``crm-desktop mail ...``: the email account, fetching replies, mail merge and its outbox."""

from __future__ import annotations

import argparse
import getpass
import sys

from crm_desktop.commands import CrmError, fail, open_services
from crm_desktop.services import Services


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("mail", parents=[common], help="email: account, fetch replies, mail merge")
    mail = p.add_subparsers(dest="mail_command", metavar="ACTION", required=True)

    s = mail.add_parser("setup", parents=[common], help="save the email account (asks for the password)")
    s.add_argument("--name", default="", help="your name as recipients see it")
    s.add_argument("--address", required=True)
    s.add_argument("--username", default="", help="login name (default: the address)")
    s.add_argument("--smtp-host", required=True)
    s.add_argument("--smtp-port", type=int, default=0)
    s.add_argument("--smtp-security", choices=("ssl", "starttls", "none"), default="ssl")
    s.add_argument("--imap-host", default="")
    s.add_argument("--imap-port", type=int, default=0)
    s.add_argument("--imap-security", choices=("ssl", "starttls", "none"), default="ssl")
    s.add_argument("--ca-file", default="", help="CA certificate file for a self-hosted server")
    s.add_argument("--no-password", action="store_true", help="do not ask for a password")
    s.set_defaults(func=run_setup)

    mail.add_parser("test", parents=[common], help="log in to the SMTP and IMAP servers").set_defaults(func=run_test)
    mail.add_parser("fetch", parents=[common], help="log new replies on contact timelines").set_defaults(func=run_fetch)
    mail.add_parser("outbox", parents=[common], help="list mail merges and their progress").set_defaults(func=run_outbox)

    m = mail.add_parser("merge", parents=[common], help="send a template to a set of contacts")
    m.add_argument("--template", required=True, help="template name")
    who = m.add_mutually_exclusive_group(required=True)
    who.add_argument("--tag", help="contacts with this tag")
    who.add_argument("--all", action="store_true", help="all contacts")
    who.add_argument("--ids", help="comma-separated contact ids")
    m.add_argument("--rate", type=float, default=0, help="messages per minute (default: the setting)")
    m.add_argument("--yes", action="store_true", help="send without asking")
    m.set_defaults(func=run_merge)

    r = mail.add_parser("resume", parents=[common], help="continue an interrupted mail merge")
    r.add_argument("job", type=int, help="merge number from 'mail outbox'")
    r.add_argument("--rate", type=float, default=0)
    r.add_argument("--send-again", action="store_true", help="resend messages marked 'check' (may duplicate)")
    r.add_argument("--mark-sent", action="store_true", help="record messages marked 'check' as sent")
    r.set_defaults(func=run_resume)


def _guard(fn):  # type: ignore[no-untyped-def]
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return fn(open_services(args), args)
        except CrmError as exc:
            return fail(str(exc))
        except KeyboardInterrupt:
            return fail("Stopped. A mail merge resumes with 'crm-desktop mail resume N'.", 130)

    return wrapper


@_guard
def run_setup(services: Services, args: argparse.Namespace) -> int:
    from crm_desktop.services.mail import AccountInput

    problem = services.mail.keychain_problem()
    if problem:
        return fail(problem)
    data = AccountInput(
        display_name=args.name, address=args.address, username=args.username,
        smtp_host=args.smtp_host, smtp_port=args.smtp_port or {"ssl": 465, "starttls": 587, "none": 25}[args.smtp_security],
        smtp_security=args.smtp_security, imap_host=args.imap_host,
        imap_port=args.imap_port or {"ssl": 993, "starttls": 143, "none": 143}[args.imap_security],
        imap_security=args.imap_security, ca_file=args.ca_file,
    )
    password = None if args.no_password else getpass.getpass("Email password (kept in your system keychain): ")
    services.mail.save_account(data, password or None)
    print("Email account saved; the password is in your system keychain.")
    return 0


@_guard
def run_test(services: Services, args: argparse.Namespace) -> int:
    account = services.mail.require_account()
    for line in services.mail.test_connection(account):
        print(line)
    return 0


@_guard
def run_fetch(services: Services, args: argparse.Namespace) -> int:
    print(services.mail.fetch().text())
    return 0


@_guard
def run_outbox(services: Services, args: argparse.Namespace) -> int:
    jobs = services.mail_merge.jobs()
    if not jobs:
        print("No mail merges yet.")
    for job in jobs:
        when = job.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"#{job.id}\t{when}\t{job.status}\t{job.subject}\t({job.audience})\t{job.summary()}")
    return 0


def _report(services: Services, job_id: int) -> None:
    for r in services.mail_merge.recipients(job_id):
        if r.state in ("skipped", "failed", "uncertain"):
            print(f"  {r.state}: {r.name} <{r.email or '-'}> {r.detail}")


def _run(services: Services, job_id: int, rate: float) -> int:
    def progress(done: int, total: int, text: str) -> None:
        print(f"[{done}/{total}] {text}", file=sys.stderr)

    result = services.mail_merge.run(job_id, progress=progress, per_minute=rate or None)
    _report(services, job_id)
    print(f"Merge #{job_id}: {result.sent} sent, {result.failed} failed, {result.uncertain} to check.")
    if result.stopped_by:
        return fail(result.stopped_by + f" Resume with: crm-desktop mail resume {job_id}")
    return 0


@_guard
def run_merge(services: Services, args: argparse.Namespace) -> int:
    template = next((t for t in services.mail.templates() if t.name == args.template), None)
    if template is None:
        return fail(f"No template called “{args.template}”.")
    if args.ids:
        ids, audience = [int(x) for x in args.ids.split(",") if x.strip()], "chosen contacts"
    elif args.tag:
        ids, audience = services.contacts.ordered_ids(tag=args.tag), f"tag: {args.tag}"
    else:
        ids, audience = services.contacts.ordered_ids(), "all contacts"
    plan = services.mail_merge.plan(ids)
    sendable = [p for p in plan if not p.skip_reason]
    print(f"{len(sendable)} will get “{template.name}”; {len(plan) - len(sendable)} skipped.")
    for p in plan:
        if p.skip_reason:
            print(f"  skipped: {p.name}: {p.skip_reason}")
    if not args.yes and input("Send now? [y/N] ").strip().lower() not in ("y", "yes"):
        return 1
    job_id = services.mail_merge.create_job(template.subject, template.body, ids, audience, template.name)
    return _run(services, job_id, args.rate)


@_guard
def run_resume(services: Services, args: argparse.Namespace) -> int:
    services.mail_merge.settle_interrupted(args.job)
    if args.send_again or args.mark_sent:
        check = [r.id for r in services.mail_merge.recipients(args.job) if r.state == "uncertain"]
        services.mail_merge.resolve(args.job, check, send_again=args.send_again)
    return _run(services, args.job, args.rate)
