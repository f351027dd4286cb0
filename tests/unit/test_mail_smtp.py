"""Sending through real aiosmtpd servers on 127.0.0.1: plain (loopback only) and TLS."""

import socket
import threading
from email import message_from_bytes

import pytest

from crm_desktop.mail import smtp
from crm_desktop.mail.connection import Endpoint, MailProtocol
from crm_desktop.mail.errors import MailError
from mail_support import (
    SmtpServer,
    free_port,
    mail_services,
    make_certs,
    make_contact,
    plain_account,
)

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")

USERS = {"ann@shop.example": "Sup3r-Secret!"}


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certs(tmp_path_factory.mktemp("certs"))


def test_send_to_one_over_loopback_logs_on_contact_and_deal(services):
    mail_services(services)
    cid = make_contact(services, "Marie", "Curie", ["marie@lab.example"])
    with SmtpServer("plain") as server:
        services.mail.save_account(plain_account(server.port))
        sent = services.mail.send_to_contact(cid, "Hello {{first_name}}", "Dear {{full_name}},\nthanks.")
    (_from, rcpts, raw), = server.inbox.messages
    assert rcpts == ["marie@lab.example"]
    msg = message_from_bytes(raw)
    assert msg["Subject"] == "Hello Marie"
    assert msg["Message-ID"] == sent.message_id
    timeline = services.activities.timeline(contact_id=cid)
    assert [(a.kind, a.subject) for a in timeline] == [("email_sent", "Hello Marie")]
    assert "Dear Marie Curie" in timeline[0].body
    assert services.mail.is_logged(sent.message_id, cid)


def test_unknown_field_stops_before_anything_is_sent(services):
    mail_services(services)
    cid = make_contact(services, "Marie", "", ["marie@lab.example"])
    with SmtpServer("plain") as server:
        services.mail.save_account(plain_account(server.port))
        with pytest.raises(Exception, match="frist_name"):
            services.mail.send_to_contact(cid, "Hi {{frist_name}}", "x")
    assert server.inbox.messages == []


def test_no_login_over_plain_text_to_another_host():
    endpoint = Endpoint("smtp.example.com", 25, "none", "ann")
    with pytest.raises(MailError) as info:
        smtp.connect(endpoint, "pw")
    assert info.value.kind == "insecure"


def test_untrusted_certificate_is_refused(certs):
    with SmtpServer("ssl", certs, USERS) as server:
        for ca in ("", str(certs.other_ca_file)):
            endpoint = Endpoint("127.0.0.1", server.port, "ssl", "ann@shop.example", ca, timeout=10)
            with pytest.raises(MailError) as info:
                smtp.connect(endpoint, USERS["ann@shop.example"])
            assert info.value.kind == "certificate"
            assert "certificate" in str(info.value) and "Sup3r" not in str(info.value)
    assert server.inbox.logins == []


@pytest.mark.parametrize("mode", ["ssl", "starttls"])
def test_trusted_ca_works_and_auth_happens_over_tls(services, certs, mode):
    mail_services(services)
    cid = make_contact(services, "Ada", "Lovelace", ["ada@math.example"])
    with SmtpServer(mode, certs, USERS) as server:
        account = plain_account(server.port, smtp_security=mode, ca_file=str(certs.ca_file))
        services.mail.save_account(account, password=USERS["ann@shop.example"])
        lines = services.mail.test_connection(account)
        assert "Sending works" in lines[0]
        services.mail.send_to_contact(cid, "Hi", "Body")
    assert server.inbox.logins == ["ann@shop.example", "ann@shop.example"]
    assert server.inbox.recipients() == ["ada@math.example"]


def test_wrong_password_is_said_plainly_with_the_app_password_hint(certs):
    with SmtpServer("ssl", certs, USERS) as server:
        endpoint = Endpoint("127.0.0.1", server.port, "ssl", "ann@shop.example", str(certs.ca_file))
        with pytest.raises(MailError) as info:
            smtp.connect(endpoint, "wrong")
    assert info.value.kind == "auth"
    assert "user name or password" in str(info.value)
    from crm_desktop.mail.connection import explain

    gmail = explain(info.value.__class__("x"), MailProtocol.SMTP, Endpoint("smtp.gmail.com", 465, "ssl"))
    assert gmail is not None
    import smtplib

    hint = explain(smtplib.SMTPAuthenticationError(535, b"no"), MailProtocol.SMTP, Endpoint("smtp.gmail.com", 465, "ssl"))
    assert "app password" in str(hint)


def test_unreachable_and_timeout_are_plain():
    with pytest.raises(MailError) as info:
        smtp.connect(Endpoint("127.0.0.1", free_port(), "ssl", timeout=5), None)
    assert info.value.kind == "unreachable"

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    accepted = []
    thread = threading.Thread(target=lambda: accepted.append(silent.accept()), daemon=True)
    thread.start()
    try:
        with pytest.raises(MailError) as info:
            smtp.connect(Endpoint("127.0.0.1", silent.getsockname()[1], "starttls", timeout=0.5), None)
        assert info.value.kind == "timeout"
        assert "did not answer in time" in str(info.value)
    finally:
        silent.close()
        for conn, _addr in accepted:
            conn.close()


def test_send_about_a_deal_fills_deal_fields_and_shows_on_the_deal_timeline(services):
    from crm_desktop.storage.models import Deal, Pipeline, Stage

    mail_services(services)
    cid = make_contact(services, "Marie", "Curie", ["marie@lab.example"])
    with services.db.session() as s:
        pipeline = Pipeline(name="Sales")
        s.add(pipeline)
        s.flush()
        stage = Stage(pipeline_id=pipeline.id, name="Proposal", position=1)
        s.add(stage)
        s.flush()
        deal = Deal(title="Shop fit-out", value_minor=1234550, currency="EUR", pipeline_id=pipeline.id,
                    stage_id=stage.id, contact_id=cid)
        s.add(deal)
        s.flush()
        deal_id = deal.id
    with SmtpServer("plain") as server:
        services.mail.save_account(plain_account(server.port))
        services.mail.send_to_contact(cid, "{{deal.title}}: {{deal.stage}}", "Total {{deal.value}}", deal_id=deal_id)
    msg = message_from_bytes(server.inbox.messages[0][2])
    assert msg["Subject"] == "Shop fit-out: Proposal"
    assert "Total 12,345.50 EUR" in msg.get_payload()
    assert [a.subject for a in services.activities.timeline(deal_id=deal_id)] == ["Shop fit-out: Proposal"]
    assert [a.subject for a in services.activities.timeline(contact_id=cid)] == ["Shop fit-out: Proposal"]
