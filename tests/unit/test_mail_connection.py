"""Connection errors name the server they are about: outgoing (SMTP) or incoming (IMAP)."""

from __future__ import annotations

import pytest

from crm_desktop.mail.connection import Endpoint, MailProtocol, check_security, explain
from crm_desktop.mail.errors import MailError

HOST = Endpoint("mail.shop.example", 993, "ssl", "ann")


@pytest.mark.parametrize(("protocol", "server"), [
    (MailProtocol.SMTP, "outgoing (SMTP)"),
    (MailProtocol.IMAP, "incoming (IMAP)"),
])
def test_each_message_names_its_own_server(protocol: MailProtocol, server: str) -> None:
    with pytest.raises(MailError) as unknown:
        check_security(Endpoint("mail.shop.example", 25, "tls-please"), protocol)
    assert unknown.value.kind == "settings"
    assert str(unknown.value) == f"Unknown {server} security setting “tls-please”."

    with pytest.raises(MailError) as plain:
        check_security(Endpoint("mail.shop.example", 25, "none"), protocol)
    assert plain.value.kind == "insecure"
    assert str(plain.value) == (
        f"The {server} server must use an encrypted connection (SSL/TLS or STARTTLS). "
        "Unencrypted connections are only allowed to a server on this computer."
    )

    refused = explain(ConnectionRefusedError(), protocol, HOST)
    assert refused.kind == "unreachable"
    assert str(refused) == (
        f"The {server} server mail.shop.example:993 refused the connection. Check the host and port."
    )

    odd = explain(ValueError("boom"), protocol, HOST)
    assert odd.kind == "other"
    assert str(odd) == f"Talking to the {server} server failed: ValueError."


def test_a_local_server_may_go_unencrypted() -> None:
    for protocol in MailProtocol:
        check_security(Endpoint("127.0.0.1", 1025, "none"), protocol)
