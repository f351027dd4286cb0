from crm_desktop import cli
from crm_desktop.mail.credentials import Credentials
from mail_support import SmtpServer, make_contact, plain_account


def test_cli_merge_outbox_and_resume(services, app_paths, monkeypatch, capsys):
    from mail_support import MemoryKeyring

    backend = MemoryKeyring()
    monkeypatch.setattr(Credentials, "backend", property(lambda self: backend))
    [make_contact(services, f"P{i}", "", [f"p{i}@x.example"], tags=["vip"]) for i in range(3)]
    make_contact(services, "Nomail", "", [], tags=["vip"])
    services.mail.save_template(None, "Offer", "Offer for {{first_name}}", "Hello")
    with SmtpServer("plain") as server:
        services.mail.save_account(plain_account(server.port))
        argv = ["mail", "merge", "--data-dir", str(app_paths.data_dir), "--template", "Offer", "--tag", "vip", "--yes", "--rate", "6000"]
        assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "3 will get “Offer”; 1 skipped." in out and "skipped: Nomail: No email address" in out
    assert sorted(server.inbox.recipients()) == [f"p{i}@x.example" for i in range(3)]
    assert cli.main(["mail", "outbox", "--data-dir", str(app_paths.data_dir)]) == 0
    assert "3 sent, 1 skipped" in capsys.readouterr().out
