"""Email over the user's own account: keychain, SMTP, IMAP, templates, outbox. No Qt."""
