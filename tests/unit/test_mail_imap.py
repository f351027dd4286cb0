"""Fetching replies from a real dovecot IMAP server (TLS with a test CA) on 127.0.0.1."""

import pytest
from sqlalchemy import update

from crm_desktop.mail import imap, message
from crm_desktop.mail.errors import MailError
from crm_desktop.storage.models import ImapState, MergeRecipient
from mail_support import (
    Dovecot,
    SmtpServer,
    dovecot_binary,
    mail_services,
    make_certs,
    make_contact,
    plain_account,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(dovecot_binary() is None, reason="dovecot is not installed (apt-get install dovecot-imapd)"),
]

USER, PASSWORD = "ann@shop.example", "Imap-Secret-9"


@pytest.fixture
def dovecot(tmp_path):
    certs = make_certs(tmp_path / "certs")
    with Dovecot(tmp_path / "dovecot", certs, {USER: PASSWORD}) as server:
        server.certs = certs
        yield server


def _raw(sender: str, to: str, subject: str, mid: str, body: str = "Thanks!") -> bytes:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: {mid}\r\n"
        f"Date: Mon, 16 Nov 2026 10:00:00 +0100\r\n\r\n{body}\r\n"
    ).encode()


def _account(services, dovecot, smtp_port=25):
    mail_services(services)
    return services.mail.save_account(
        plain_account(smtp_port, imap_host="127.0.0.1", imap_port=dovecot.port, imap_security="ssl",
                      ca_file=str(dovecot.certs.ca_file)),
        password=PASSWORD,
    )


def test_fetch_logs_known_senders_once(services, dovecot):
    _account(services, dovecot)
    marie = make_contact(services, "Marie", "Curie", ["Marie@Lab.example"])
    bob = make_contact(services, "Bob", "", ["bob@client.example"])
    dovecot.deliver(USER, _raw("Marie Curie <marie@lab.example>", USER, "Re: quote", "<r1@lab.example>"))
    dovecot.deliver(USER, _raw("stranger@nowhere.example", USER, "Spam", "<s1@nowhere.example>"))
    dovecot.deliver(USER, _raw(USER, "bob@client.example", "Invoice", "<m1@shop.example>"))
    summary = services.mail.fetch()
    assert (summary.read, summary.logged) == (3, 2)
    marie_tl = services.activities.timeline(contact_id=marie)
    assert [(a.kind, a.subject) for a in marie_tl] == [("email_received", "Re: quote")]
    assert "Thanks!" in marie_tl[0].body
    assert [a.kind for a in services.activities.timeline(contact_id=bob)] == ["email_sent"]

    assert services.mail.fetch().read == 0  # nothing new since the last UID
    dovecot.deliver(USER, _raw("marie@lab.example", USER, "Re: quote", "<r1@lab.example>"))  # same Message-ID
    dovecot.deliver(USER, _raw("marie@lab.example", USER, "Re: Re: quote", "<r2@lab.example>"))
    summary = services.mail.fetch()
    assert (summary.read, summary.logged) == (2, 1)
    assert len(services.activities.timeline(contact_id=marie)) == 2

    # a new UIDVALIDITY makes old UIDs meaningless: read again, Message-IDs prevent duplicates
    with services.db.session() as s:
        s.execute(update(ImapState).values(uidvalidity=1, last_uid=99))
    summary = services.mail.fetch()
    assert (summary.read, summary.logged) == (5, 0)


def test_wrong_imap_password_and_untrusted_certificate(services, dovecot):
    account = _account(services, dovecot)
    with pytest.raises(MailError) as info:
        imap.check_login(account.imap(), "wrong")
    assert info.value.kind == "auth"
    other = account.imap().__class__("127.0.0.1", dovecot.port, "ssl", USER, str(dovecot.certs.other_ca_file))
    with pytest.raises(MailError) as info:
        imap.check_login(other, PASSWORD)
    assert info.value.kind == "certificate"
    assert "Fetching works" in imap.check_login(account.imap(), PASSWORD)


def test_interrupted_merge_row_found_in_sent_is_marked_sent(services, dovecot):
    with SmtpServer("plain") as smtp_server:
        account = _account(services, dovecot, smtp_server.port)
        cids = [make_contact(services, f"P{i}", "", [f"p{i}@x.example"]) for i in range(3)]
        job = services.mail_merge.create_job("Hi {{first_name}}", "Hello", cids)
        rows = services.mail_merge.recipients(job)
        msg = message.build("Ann", USER, "P0", "p0@x.example", "Hi P0", "Hello")
        assert imap.append_sent(account.imap(), PASSWORD, msg)
        with services.db.session() as s:  # as a crash right after the server accepted it leaves it
            s.execute(update(MergeRecipient).where(MergeRecipient.id == rows[0].id)
                      .values(state="sending", message_id=str(msg["Message-ID"])))
            s.execute(update(MergeRecipient).where(MergeRecipient.id == rows[1].id)
                      .values(state="sending", message_id="<never-sent@shop.example>"))
        result = services.mail_merge.run(job, per_minute=6000)
    states = {r.name: r.state for r in services.mail_merge.recipients(job)}
    assert states == {"P0": "sent", "P1": "uncertain", "P2": "sent"}
    assert smtp_server.inbox.recipients() == ["p2@x.example"]  # P0 is not sent twice
    assert result.uncertain == 1
    assert [a.kind for a in services.activities.timeline(contact_id=cids[0])] == ["email_sent"]
