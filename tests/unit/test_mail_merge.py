"""Mail merge: skipped contacts, throttle, cancel and resume, and a killed sender process."""

import os
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from crm_desktop.domain.errors import ValidationError
from mail_support import SmtpServer, mail_services, make_contact, plain_account


def _people(services, n=10):
    return [make_contact(services, f"Person{i}", "Test", [f"p{i}@x.example"]) for i in range(n)]


@pytest.mark.parametrize("scan_above", [2000, 1])
def test_plan_skips_contacts_without_email_or_marked_do_not_email(services, monkeypatch, scan_above):
    from crm_desktop.services import mail_merge

    monkeypatch.setattr(mail_merge, "SCAN_ABOVE", scan_above)  # both query strategies
    make_contact(services, "Other", "", ["other@x.example"])  # not chosen: must not appear
    mail_services(services)
    services.mail.save_account(plain_account(25))
    ok = make_contact(services, "Ok", "", ["ok@x.example", "second@x.example"])
    none = make_contact(services, "NoMail")
    dne = make_contact(services, "Quiet", "", ["q@x.example"], do_not_email=True)
    plan = services.mail_merge.plan([ok, none, dne])
    assert [(p.name, p.skip_reason) for p in plan] == [
        ("Ok", ""), ("NoMail", "No email address"), ("Quiet", "Marked “do not email”")
    ]
    assert plan[0].email == "ok@x.example"  # the primary address
    with pytest.raises(ValidationError):
        services.mail_merge.create_job("Hi {{first_name}}", "x", [none, dne])
    with pytest.raises(ValidationError, match="unknown merge field"):
        services.mail_merge.create_job("Hi {{nickname}}", "x", [ok])


def test_counts_text_lists_sent_first_and_groups_thousands():
    from crm_desktop.services.mail_merge import counts_text

    assert counts_text({"pending": 3, "sending": 0, "sent": 12500, "uncertain": 1, "skipped": 2}) == \
        "12,500 sent, 3 waiting, 1 to check, 2 skipped"
    assert counts_text({}) == "no recipients"


def test_merge_sends_each_once_logs_and_resumes_after_cancel(services):
    mail_services(services)
    ids = _people(services, 6)
    services.contacts.add_tags(ids[:4], ["vip"])
    stop_after = {"n": 2}
    with SmtpServer("plain") as server:
        services.mail.save_account(plain_account(server.port))
        job = services.mail_merge.create_job("Hi {{first_name}}", "Dear {{full_name}}", services.contacts.ordered_ids(tag="vip"), "tag: vip")
        progress = []
        result = services.mail_merge.run(
            job, progress=lambda d, t, x: progress.append((d, t)),
            cancelled=lambda: len(server.inbox.messages) >= stop_after["n"], per_minute=6000,
        )
        assert result.cancelled and result.sent == 2
        assert services.mail_merge.job(job).counts["pending"] == 2
        assert services.mail_merge.job(job).summary() == "2 sent, 2 waiting"
        result = services.mail_merge.run(job, per_minute=6000)
        assert result.sent == 2 and not result.cancelled
        assert services.mail_merge.run(job, per_minute=6000).sent == 0  # nothing left
    assert sorted(server.inbox.recipients()) == [f"p{i}@x.example" for i in range(4)]
    assert services.mail_merge.job(job).status == "done"
    for cid in ids[:4]:
        assert [a.kind for a in services.activities.timeline(contact_id=cid)] == ["email_sent"]
    subject, body = services.mail_merge.preview(job, ids[0])
    assert (subject, body) == ("Hi Person0", "Dear Person0 Test")


SENDER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from mail_support import mail_services
    from crm_desktop.services import build_services
    from crm_desktop.storage.engine import open_database
    services = mail_services(build_services(open_database(Path({db!r}))))
    services.mail_merge.run({job}, per_minute=6000)
    print("finished without being killed")
    """
)


@pytest.mark.slow
def test_killed_sender_resumes_without_sending_anyone_twice(services, app_paths):
    mail_services(services)
    ids = _people(services, 10)
    kill_at = 4
    child: dict[str, subprocess.Popen] = {}

    def kill_midway(count: int) -> None:
        # The 4th message has reached the server but the sender has not heard "250 OK" yet:
        # the worst moment, its outbox row says 'sending'.
        if count == kill_at and "p" in child:
            os.kill(child["p"].pid, signal.SIGKILL)

    with SmtpServer("plain") as server:
        services.mail.save_account(plain_account(server.port))
        job = services.mail_merge.create_job("Offer for {{first_name}}", "Hello {{full_name}}", ids, "all contacts")
        server.inbox.after_message = kill_midway
        script = SENDER.format(tests=str(Path(__file__).parents[1]), db=str(app_paths.database), job=job)
        child["p"] = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = child["p"].communicate(timeout=60)
        assert child["p"].returncode == -signal.SIGKILL, (out, err)
        server.inbox.after_message = None
        assert len(server.inbox.messages) == kill_at

        result = services.mail_merge.run(job, per_minute=6000)  # the resumed run
    counts = Counter(server.inbox.recipients())
    assert all(n == 1 for n in counts.values()), counts  # nobody received it twice
    assert set(counts) == {f"p{i}@x.example" for i in range(10)}
    states = {r.email: r.state for r in services.mail_merge.recipients(job)}
    assert states.pop(f"p{kill_at - 1}@x.example") == "uncertain"  # reported, not resent
    assert set(states.values()) == {"sent"}
    assert result.sent == 10 - kill_at and result.uncertain == 1

    uncertain = [r.id for r in services.mail_merge.recipients(job) if r.state == "uncertain"]
    services.mail_merge.resolve(job, uncertain, send_again=False)
    assert services.mail_merge.run(job, per_minute=6000).sent == 0
    assert services.mail_merge.job(job).status == "done"
    assert sum(len(services.activities.timeline(contact_id=c)) for c in ids) == 10  # marked as sent: logged too
