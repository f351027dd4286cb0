<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChartPanel</name>
    <message>
        <source>{series}: {value}</source>
        <translation>{series}: {value}</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Unknown merge field: {field}. Fix it before sending.</source>
        <translation>Unbekanntes Seriendruckfeld: {field}. Bitte korrigieren Sie es vor dem Senden.</translation>
    </message>
    <message>
        <source>Unknown merge fields: {fields}. Fix them before sending.</source>
        <translation>Unbekannte Seriendruckfelder: {fields}. Bitte korrigieren Sie sie vor dem Senden.</translation>
    </message>
    <message>
        <source>Email to {name}</source>
        <translation>E-Mail an {name}</translation>
    </message>
    <message>
        <source>Blank message</source>
        <translation>Leere Nachricht</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Write your message. Merge fields like {{first_name}} are filled in when it is sent.</source>
        <translation>Schreiben Sie Ihre Nachricht. Felder wie {{first_name}} werden beim Senden ausgefüllt.</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Feld einfügen</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>This contact has no email address. Add one on the contact first.</source>
        <translation>Dieser Kontakt hat keine E-Mail-Adresse. Tragen Sie zuerst eine beim Kontakt ein.</translation>
    </message>
    <message>
        <source>Set up your email account first: Tools → Email settings…</source>
        <translation>Richten Sie zuerst Ihr E-Mail-Konto ein: Extras → E-Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation>Keine Vorschau möglich</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Choose a contact</source>
        <translation>Kontakt wählen</translation>
    </message>
    <message>
        <source>Type a name, email or company…</source>
        <translation>Name, E-Mail oder Firma eingeben…</translation>
    </message>
</context>
<context>
    <name>DealsDialog</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pipeline / stage</source>
        <translation>Pipeline / Phase</translation>
    </message>
    <message>
        <source>Closed or expected</source>
        <translation>Abgeschlossen oder erwartet</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>The {count} biggest deals. Double-click a deal to open it.</source>
        <translation>Die {count} größten Deals. Doppelklicken Sie auf einen Deal, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>1 deal. Double-click a deal to open it.</source>
        <translation>1 Deal. Doppelklicken Sie auf den Deal, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>{count} deals. Double-click a deal to open it.</source>
        <translation>{count} Deals. Doppelklicken Sie auf einen Deal, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Deals can&apos;t be opened from here yet: open the Pipeline view to see this deal.</source>
        <translation>Deals lassen sich hier noch nicht öffnen: Öffnen Sie die Ansicht Pipeline, um diesen Deal zu sehen.</translation>
    </message>
</context>
<context>
    <name>EmailSection</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Write email…</source>
        <translation>E-Mail schreiben…</translation>
    </message>
</context>
<context>
    <name>EmailSettingsDialog</name>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (Port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>None: only for a server on this computer</source>
        <translation>Keine: nur für einen Server auf diesem Computer</translation>
    </message>
    <message>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (Port 143)</translation>
    </message>
    <message>
        <source>Email settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>Your name as recipients see it</source>
        <translation>Ihr Name, wie Empfänger ihn sehen</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>ihr.name@example.com</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>imap.example.com (optional: needed to log replies)</source>
        <translation>imap.example.com (optional: nötig, um Antworten zu erfassen)</translation>
    </message>
    <message>
        <source>Usually your email address</source>
        <translation>Meist Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Kept only in your system keychain</source>
        <translation>Wird nur im Schlüsselbund Ihres Systems gespeichert</translation>
    </message>
    <message>
        <source>Optional, for a self-hosted server</source>
        <translation>Optional, für eigene Server</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Keep a copy of sent mail in the Sent folder</source>
        <translation>Kopie gesendeter E-Mails in „Gesendet“ ablegen</translation>
    </message>
    <message>
        <source>Gmail does this by itself; most other providers need it (requires IMAP).</source>
        <translation>Gmail macht das selbst; die meisten anderen Anbieter brauchen es (erfordert IMAP).</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source>Only when I choose Fetch mail</source>
        <translation>Nur wenn ich „E-Mails abrufen“ wähle</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Every </source>
        <translation>Alle </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Senden (SMTP)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Fetching replies (IMAP)</source>
        <translation>Antworten abrufen (IMAP)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Weiteres</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>CA-Zertifikatsdatei:</translation>
    </message>
    <message>
        <source>Mail merge speed:</source>
        <translation>Serienmail-Tempo:</translation>
    </message>
    <message>
        <source>Fetch mail:</source>
        <translation>E-Mails abrufen:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Checking your system keychain…</source>
        <translation>Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved in your keychain; type only to change it</source>
        <translation>Gespeichert; nur zum Ändern neu eingeben</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>EmailTimeline</name>
    <message>
        <source>No emails yet.</source>
        <translation>Noch keine E-Mails.</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>↗ Sent</source>
        <translation>↗ Gesendet</translation>
    </message>
    <message>
        <source>↙ Received</source>
        <translation>↙ Empfangen</translation>
    </message>
</context>
<context>
    <name>MailCommon</name>
    <message>
        <source>The system keychain did not answer within {seconds} seconds. Try again later.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von {seconds} Sekunden geantwortet. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The mail server did not answer within {seconds} seconds. Try again later.</source>
        <translation>Der Mailserver hat nicht innerhalb von {seconds} Sekunden geantwortet. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). Nothing was sent; please try again.</source>
        <translation>Etwas ist schiefgegangen ({error}). Es wurde nichts gesendet; bitte versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>MailFeature</name>
    <message>
        <source>Email sent and added to the timeline.</source>
        <translation>E-Mail gesendet und zum Verlauf hinzugefügt.</translation>
    </message>
    <message>
        <source>No new mail.</source>
        <translation>Keine neuen E-Mails.</translation>
    </message>
    <message>
        <source>Read 1 new message; {logged} added to contact timelines.</source>
        <translation>1 neue Nachricht gelesen; {logged} zu Kontaktverläufen hinzugefügt.</translation>
    </message>
    <message>
        <source>Read {count} new messages; {logged} added to contact timelines.</source>
        <translation>{count} neue Nachrichten gelesen; {logged} zu Kontaktverläufen hinzugefügt.</translation>
    </message>
    <message>
        <source>More new mail is waiting: fetch again.</source>
        <translation>Weitere neue E-Mails warten: Rufen Sie noch einmal ab.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email a contact…</source>
        <translation>E-Mail an Kontakt…</translation>
    </message>
    <message>
        <source>Mail merge…</source>
        <translation>Serienmail…</translation>
    </message>
    <message>
        <source>Fetch mail</source>
        <translation>E-Mails abrufen</translation>
    </message>
    <message>
        <source>Email templates…</source>
        <translation>E-Mail-Vorlagen…</translation>
    </message>
    <message>
        <source>Email settings…</source>
        <translation>E-Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>Email a contact</source>
        <translation>E-Mail an Kontakt</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Unfinished mail merge</source>
        <translation>Unfertige Serienmail</translation>
    </message>
    <message>
        <source>The mail merge “{subject}” ({audience}) is not finished: {counts}.

Open it to resume? (No: start a new merge; the unfinished one stays in the outbox.)</source>
        <translation>Die Serienmail „{subject}“ ({audience}) ist nicht fertig: {counts}.

Öffnen, um weiterzusenden? (Nein: eine neue Serienmail beginnen; die unfertige bleibt im Postausgang.)</translation>
    </message>
    <message>
        <source>Add an incoming (IMAP) server in Tools → Email settings… first.</source>
        <translation>Tragen Sie zuerst unter Extras → E-Mail-Einstellungen… einen Posteingangsserver (IMAP) ein.</translation>
    </message>
    <message>
        <source>Fetching mail…</source>
        <translation>E-Mails werden abgerufen…</translation>
    </message>
    <message>
        <source>Fetching mail failed.</source>
        <translation>Abrufen der E-Mails fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Mail merge</source>
        <translation>Serienmail</translation>
    </message>
    <message>
        <source>The selected contact</source>
        <translation>Der ausgewählte Kontakt</translation>
    </message>
    <message>
        <source>The {count} selected contacts</source>
        <translation>Die {count} ausgewählten Kontakte</translation>
    </message>
    <message>
        <source>Contacts with the tag…</source>
        <translation>Kontakte mit dem Schlagwort…</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Contacts in the saved view…</source>
        <translation>Kontakte in der gespeicherten Ansicht…</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Vorlage wählen…</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Senden anhalten</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Preview for the selected recipient</source>
        <translation>Vorschau für den ausgewählten Empfänger</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Set up your email account first: Tools → Email settings…</source>
        <translation>Richten Sie zuerst Ihr E-Mail-Konto ein: Extras → E-Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>tag: {tag}</source>
        <translation>Schlagwort: {tag}</translation>
    </message>
    <message>
        <source>saved view: {view}</source>
        <translation>gespeicherte Ansicht: {view}</translation>
    </message>
    <message>
        <source>selected contacts</source>
        <translation>ausgewählte Kontakte</translation>
    </message>
    <message>
        <source>all contacts</source>
        <translation>alle Kontakte</translation>
    </message>
    <message>
        <source>Finding the recipients…</source>
        <translation>Empfänger werden ermittelt…</translation>
    </message>
    <message>
        <source>1 will get this message.</source>
        <translation>1 Empfänger erhält diese Nachricht.</translation>
    </message>
    <message>
        <source>{count} will get this message.</source>
        <translation>{count} Empfänger erhalten diese Nachricht.</translation>
    </message>
    <message>
        <source>1 will be skipped (no email address, or marked “do not email”): see the list.</source>
        <translation>1 wird übersprungen (keine E-Mail-Adresse oder als „keine E-Mails“ markiert): siehe Liste.</translation>
    </message>
    <message>
        <source>{count} will be skipped (no email address, or marked “do not email”): see the list.</source>
        <translation>{count} werden übersprungen (keine E-Mail-Adresse oder als „keine E-Mails“ markiert): siehe Liste.</translation>
    </message>
    <message>
        <source>Send to {count}</source>
        <translation>An {count} senden</translation>
    </message>
    <message>
        <source>This merge: {counts}.</source>
        <translation>Diese Serienmail: {counts}.</translation>
    </message>
    <message>
        <source>Resume sending ({count} waiting)</source>
        <translation>Weitersenden ({count} wartend)</translation>
    </message>
    <message>
        <source>1 message may or may not have gone out when sending was interrupted. Check your Sent folder, select it, then choose “Send again” or “Mark as sent”.</source>
        <translation>1 Nachricht wurde beim Abbruch des Sendens vielleicht schon verschickt. Sehen Sie im Ordner „Gesendet“ nach, wählen Sie sie aus und klicken Sie dann auf „Erneut senden“ oder „Als gesendet markieren“.</translation>
    </message>
    <message>
        <source>{count} messages may or may not have gone out when sending was interrupted. Check your Sent folder, select them, then choose “Send again” or “Mark as sent”.</source>
        <translation>{count} Nachrichten wurden beim Abbruch des Sendens vielleicht schon verschickt. Sehen Sie im Ordner „Gesendet“ nach, wählen Sie sie aus und klicken Sie dann auf „Erneut senden“ oder „Als gesendet markieren“.</translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation>Keine Vorschau möglich</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Empty for this recipient: {fields}. Check the wording still reads well.</source>
        <translation>Für diesen Empfänger leer: {fields}. Prüfen Sie, ob der Text trotzdem gut klingt.</translation>
    </message>
    <message>
        <source>{done} of {total} · {step}</source>
        <translation>{done} von {total} · {step}</translation>
    </message>
    <message>
        <source>Stopping after the current message…</source>
        <translation>Wird nach der aktuellen Nachricht angehalten…</translation>
    </message>
    <message>
        <source>{problem} The rest waits; you can resume later.</source>
        <translation>{problem} Der Rest wartet; Sie können später weitersenden.</translation>
    </message>
    <message>
        <source>Sending stopped. The rest waits: resume any time from Tools → Mail merge…</source>
        <translation>Senden angehalten. Der Rest wartet: Jederzeit weitersenden über Extras → E-Mail → Serienmail…</translation>
    </message>
    <message>
        <source>Done: {sent} sent, {failed} failed.</source>
        <translation>Fertig: {sent} gesendet, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Done: {sent} sent.</source>
        <translation>Fertig: {sent} gesendet.</translation>
    </message>
    <message>
        <source>Select the rows marked “Check” or “Failed” first.</source>
        <translation>Wählen Sie zuerst die Zeilen mit „Prüfen“ oder „Fehlgeschlagen“ aus.</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Total value</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Erwarteter Wert</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Gewonnener Wert</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Open deals by stage ({currency})</source>
        <translation>Offene Deals nach Phase ({currency})</translation>
    </message>
    <message>
        <source>Expected to close, by month ({currency})</source>
        <translation>Erwarteter Abschluss nach Monat ({currency})</translation>
    </message>
    <message>
        <source>Won per month ({currency})</source>
        <translation>Gewonnen pro Monat ({currency})</translation>
    </message>
    <message>
        <source>Won and lost deals</source>
        <translation>Gewonnene und verlorene Deals</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Best customers ({currency})</source>
        <translation>Beste Kunden ({currency})</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Woche ab {date}</translation>
    </message>
    <message>
        <source>{count} weeks, {first} to {last} (point at a bar to see its week)</source>
        <translation>{count} Wochen, {first} bis {last} (zeigen Sie auf einen Balken, um seine Woche zu sehen)</translation>
    </message>
    <message>
        <source>Activities per week</source>
        <translation>Aktivitäten pro Woche</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Pünktlich erledigt</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Verspätet erledigt</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Jetzt überfällig</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>Late or overdue</source>
        <translation>Verspätet oder überfällig</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>New contacts per month</source>
        <translation>Neue Kontakte pro Monat</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page {number}</source>
        <translation>Seite {number}</translation>
    </message>
    <message>
        <source>Report for {period} ({pipeline}) · printed {date}</source>
        <translation>Bericht für {period} ({pipeline}) · gedruckt am {date}</translation>
    </message>
    <message>
        <source>Report for {period} (all pipelines) · printed {date}</source>
        <translation>Bericht für {period} (alle Pipelines) · gedruckt am {date}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Click to see these deals</source>
        <translation>Klicken, um diese Deals zu sehen</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Alle Pipelines</translation>
    </message>
    <message>
        <source>Deal figures follow this choice; activities, follow-ups and new contacts always cover the whole business.</source>
        <translation>Die Deal-Zahlen folgen dieser Auswahl; Aktivitäten, Wiedervorlagen und neue Kontakte umfassen immer das ganze Geschäft.</translation>
    </message>
    <message>
        <source>Charts show one currency at a time; tables list every currency.</source>
        <translation>Diagramme zeigen jeweils eine Währung; Tabellen führen alle Währungen auf.</translation>
    </message>
    <message>
        <source>Charts in:</source>
        <translation>Diagramme in:</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Nach Excel exportieren…</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <source>Won in this period</source>
        <translation>In diesem Zeitraum gewonnen</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Open deals: expected value</source>
        <translation>Offene Deals: erwarteter Wert</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Überfällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>No deals yet. Add deals in the Pipeline view, log calls and follow-ups on your contacts, and this page fills in by itself.</source>
        <translation>Noch keine Deals. Legen Sie Deals in der Ansicht Pipeline an, erfassen Sie Anrufe und Wiedervorlagen bei Ihren Kontakten, und diese Seite füllt sich von selbst.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>{period} · pipeline {pipeline} · figures as of {time}</source>
        <translation>{period} · Pipeline {pipeline} · Stand {time} Uhr</translation>
    </message>
    <message>
        <source>{period} · figures as of {time}</source>
        <translation>{period} · Stand {time} Uhr</translation>
    </message>
    <message>
        <source>The report could not be calculated: {error}. Try again, or restart the app.</source>
        <translation>Der Bericht konnte nicht berechnet werden: {error}. Versuchen Sie es noch einmal oder starten Sie die App neu.</translation>
    </message>
    <message>
        <source>1 deal won</source>
        <translation>1 Deal gewonnen</translation>
    </message>
    <message>
        <source>{count} deals won</source>
        <translation>{count} Deals gewonnen</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>Value of the deals marked won in this period.</source>
        <translation>Wert der Deals, die in diesem Zeitraum als gewonnen markiert wurden.</translation>
    </message>
    <message>
        <source>No deals won or lost in this period</source>
        <translation>In diesem Zeitraum keine Deals gewonnen oder verloren</translation>
    </message>
    <message>
        <source>{won} won, {lost} lost</source>
        <translation>{won} gewonnen, {lost} verloren</translation>
    </message>
    <message>
        <source>Out of the deals closed in this period, the share that was won.</source>
        <translation>Der Anteil gewonnener Deals unter den in diesem Zeitraum abgeschlossenen.</translation>
    </message>
    <message>
        <source>1 open deal, weighted by its chance of winning</source>
        <translation>1 offener Deal, gewichtet nach seiner Gewinnchance</translation>
    </message>
    <message>
        <source>{count} open deals, weighted by their chance of winning</source>
        <translation>{count} offene Deals, gewichtet nach ihrer Gewinnchance</translation>
    </message>
    <message>
        <source>Deals you are still working on show here</source>
        <translation>Deals, an denen Sie noch arbeiten, erscheinen hier</translation>
    </message>
    <message>
        <source>No open deals</source>
        <translation>Keine offenen Deals</translation>
    </message>
    <message>
        <source>Each open deal&apos;s value × its chance of winning, added up per currency. This is today&apos;s figure, whatever period is chosen.</source>
        <translation>Wert jedes offenen Deals × seine Gewinnchance, je Währung addiert. Das ist der heutige Stand, unabhängig vom gewählten Zeitraum.</translation>
    </message>
    <message>
        <source>still open and past their due time</source>
        <translation>noch offen und über der Fälligkeit</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>Nichts überfällig. Gut gemacht!</translation>
    </message>
    <message>
        <source>Follow-ups not marked done whose due time has passed.</source>
        <translation>Nicht erledigte Wiedervorlagen, deren Fälligkeit verstrichen ist.</translation>
    </message>
    <message>
        <source>Report {start} to {end}</source>
        <translation>Bericht {start} bis {end}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>Excel-Datei wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved the report to {path}.</source>
        <translation>Bericht gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>Der Bericht wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}:
{error}

Choose another folder, or close the file if it is open in another program.</source>
        <translation>Der Bericht konnte nicht unter {path} gespeichert werden:
{error}

Wählen Sie einen anderen Ordner oder schließen Sie die Datei, falls sie in einem anderen Programm geöffnet ist.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Click to see these deals.</source>
        <translation>Klicken, um diese Deals zu sehen.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Email templates</source>
        <translation>E-Mail-Vorlagen</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Feld einfügen</translation>
    </message>
    <message>
        <source>Choose “Preview with a contact…” to see the message a contact would get.</source>
        <translation>Wählen Sie „Vorschau mit Kontakt…“, um die Nachricht zu sehen, die ein Kontakt erhalten würde.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Preview with a contact…</source>
        <translation>Vorschau mit Kontakt…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Hello {{first_name}},



Best regards,
{{my.name}}</source>
        <translation>Hallo {{first_name}},



Viele Grüße
{{my.name}}</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Vorlage gespeichert.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template “{name}”?</source>
        <translation>Die Vorlage „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Preview with which contact?</source>
        <translation>Vorschau mit welchem Kontakt?</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>No contacts in the trash.</source>
        <translation>Keine Kontakte im Papierkorb.</translation>
    </message>
    <message>
        <source>No companies in the trash.</source>
        <translation>Keine Firmen im Papierkorb.</translation>
    </message>
    <message>
        <source>No deals in the trash.</source>
        <translation>Keine Deals im Papierkorb.</translation>
    </message>
    <message>
        <source>No follow-ups in the trash.</source>
        <translation>Keine Wiedervorlagen im Papierkorb.</translation>
    </message>
    <message>
        <source>No activities in the trash.</source>
        <translation>Keine Aktivitäten im Papierkorb.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Deleted items stay here for {days} days, then they are removed for good. Restoring brings back their notes, deals and tags.</source>
        <translation>Gelöschte Einträge bleiben {days} Tage hier und werden dann endgültig entfernt. Beim Wiederherstellen kommen auch ihre Notizen, Deals und Schlagwörter zurück.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the selected items back where they were (Ctrl+Z undoes it)</source>
        <translation>Die ausgewählten Einträge dorthin zurücklegen, wo sie waren (Strg+Z macht das rückgängig)</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message>
        <source>The trash is empty.

Deleted contacts, companies, deals, follow-ups and activities wait here for {days} days, in case you need them back.</source>
        <translation>Der Papierkorb ist leer.

Gelöschte Kontakte, Firmen, Deals, Wiedervorlagen und Aktivitäten warten hier {days} Tage, falls Sie sie zurückbrauchen.</translation>
    </message>
    <message>
        <source>1 item in the trash</source>
        <translation>1 Eintrag im Papierkorb</translation>
    </message>
    <message>
        <source>{count} items in the trash</source>
        <translation>{count} Einträge im Papierkorb</translation>
    </message>
    <message>
        <source>Restored {what}. Press Ctrl+Z to undo.</source>
        <translation>Wiederhergestellt: {what}. Mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleted {what} forever.</source>
        <translation>Endgültig gelöscht: {what}.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Delete {what} forever?

This cannot be undone. A backup made before today still has them.</source>
        <translation>{what} endgültig löschen?

Das lässt sich nicht rückgängig machen. Eine Datensicherung von vor heute enthält sie noch.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Delete the item in the trash forever?

This cannot be undone.</source>
        <translation>Den Eintrag im Papierkorb endgültig löschen?

Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete all {count} items in the trash forever?

This cannot be undone.</source>
        <translation>Alle {count} Einträge im Papierkorb endgültig löschen?

Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Emptied the trash (1 item deleted forever).</source>
        <translation>Papierkorb geleert (1 Eintrag endgültig gelöscht).</translation>
    </message>
    <message>
        <source>Emptied the trash ({count} items deleted forever).</source>
        <translation>Papierkorb geleert ({count} Einträge endgültig gelöscht).</translation>
    </message>
</context>
</TS>
