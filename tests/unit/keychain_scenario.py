"""Run inside ``dbus-run-session``: unlock gnome-keyring, save an account, send mail.

Usage: python keychain_scenario.py DATA_DIR PASSWORD. Prints one JSON line with the results.
"""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mail_support import SmtpServer, make_certs, make_contact, plain_account  # noqa: E402


def unlock_keyring(password: str) -> None:
    proc = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input=password.encode(), capture_output=True, timeout=20, check=True,
    )
    for line in proc.stdout.decode().splitlines():
        key, _, value = line.partition("=")
        if key and value:
            os.environ[key] = value


def main() -> None:
    data_dir, password = Path(sys.argv[1]), sys.argv[2]
    unlock_keyring("keyring-login-pw")
    logging.basicConfig(filename=str(data_dir / "logs" / "crm.log"), level=logging.DEBUG)

    import keyring

    from crm_desktop.paths import AppPaths
    from crm_desktop.services import build_services
    from crm_desktop.storage.engine import open_database

    paths = AppPaths(data_dir, data_dir / "logs").ensure()
    services = build_services(open_database(paths.database))
    result = {"backend": type(keyring.get_keyring()).__module__, "problem": services.mail.keychain_problem()}
    certs = make_certs(data_dir.parent / "certs")
    with SmtpServer("ssl", certs, {"ann@shop.example": password}) as server:
        account = plain_account(server.port, smtp_security="ssl", ca_file=str(certs.ca_file))
        saved = services.mail.save_account(account, password=password)
        result["test"] = services.mail.test_connection(account)
        cid = make_contact(services, "Marie", "Curie", ["marie@lab.example"])
        services.mail.send_to_contact(cid, "Hello", "Body")
        try:  # a failure message must not carry the password either
            services.mail.test_connection(plain_account(server.port, smtp_security="ssl"), password)
        except Exception as exc:  # noqa: BLE001
            logging.getLogger("scenario").error("expected failure: %s", exc)
    result["logins"] = server.inbox.logins
    result["in_keyring"] = keyring.get_password("crm-desktop email", saved.key) == password
    services.db.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
