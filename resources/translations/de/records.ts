<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AutoSync</name>
    <message>
        <source>{file}: {summary} Some changes need you: File → Sync with spreadsheet…</source>
        <translation>{file}: {summary} Einige Änderungen brauchen Sie: Datei → Mit Tabelle abgleichen…</translation>
    </message>
    <message>
        <source>{file}: {summary}</source>
        <translation>{file}: {summary}</translation>
    </message>
    <message>
        <source>Auto-sync: {error}</source>
        <translation>Automatischer Abgleich: {error}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Datensicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>CRM Desktop backups (*.sqlite3)</source>
        <translation>CRM-Desktop-Sicherungen (*.sqlite3)</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself. Choose another name.</source>
        <translation>Eine Sicherung kann nicht die Datenbank selbst ersetzen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Backup saved: {file}</source>
        <translation>Sicherung gespeichert: {file}</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Datenbank wird geprüft…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <source>The database is healthy: no damage and no broken links were found.</source>
        <translation>Die Datenbank ist in Ordnung: Es wurden keine Schäden und keine fehlerhaften Verknüpfungen gefunden.</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…und {n} weitere.</translation>
    </message>
    <message>
        <source>The check found 1 problem:</source>
        <translation>Die Prüfung hat 1 Problem gefunden:</translation>
    </message>
    <message>
        <source>The check found {n} problems:</source>
        <translation>Die Prüfung hat {n} Probleme gefunden:</translation>
    </message>
    <message>
        <source>{found}

{problems}

Use File → Restore from backup… to go back to a backup made before the problem.</source>
        <translation>{found}

{problems}

Mit Datei → Datensicherung wiederherstellen… kehren Sie zu einer Sicherung von vor dem Problem zurück.</translation>
    </message>
    <message>
        <source>Possible damage in your database</source>
        <translation>Möglicher Schaden in Ihrer Datenbank</translation>
    </message>
    <message>
        <source>Today&apos;s backup of your data failed its check, so the database itself may be damaged:

{problem}

Use Help → Check database for details, and File → Restore from backup… to go back to an earlier backup.</source>
        <translation>Die heutige Sicherung Ihrer Daten hat die Prüfung nicht bestanden, die Datenbank selbst ist also möglicherweise beschädigt:

{problem}

Einzelheiten zeigt Hilfe → Datenbank prüfen; mit Datei → Datensicherung wiederherstellen… kehren Sie zu einer früheren Sicherung zurück.</translation>
    </message>
    <message>
        <source>1 item older than 30 days was removed from the trash.</source>
        <translation>1 Eintrag, älter als 30 Tage, wurde aus dem Papierkorb entfernt.</translation>
    </message>
    <message>
        <source>{n} items older than 30 days were removed from the trash.</source>
        <translation>{n} Einträge, älter als 30 Tage, wurden aus dem Papierkorb entfernt.</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {error}</source>
        <translation>Die tägliche Sicherung konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>Your data folder is in {service}</source>
        <translation>Ihr Datenordner liegt in {service}</translation>
    </message>
    <message>
        <source>Your database is in {service}:</source>
        <translation>Ihre Datenbank liegt in {service}:</translation>
    </message>
    <message>
        <source>Your data folder is on a network drive</source>
        <translation>Ihr Datenordner liegt auf einem Netzlaufwerk</translation>
    </message>
    <message>
        <source>Your database is on a network drive:</source>
        <translation>Ihre Datenbank liegt auf einem Netzlaufwerk:</translation>
    </message>
    <message>
        <source>{where}
{folder}

Syncing or sharing a database file while the app has it open can damage it. Keep the data folder on this computer (start the app with --data-dir to choose another folder) and put copies of your backups in the cloud or network folder instead.</source>
        <translation>{where}
{folder}

Wird eine Datenbankdatei synchronisiert oder geteilt, während die App sie geöffnet hat, kann sie beschädigt werden. Lassen Sie den Datenordner auf diesem Computer (mit --data-dir beim Start wählen Sie einen anderen Ordner) und legen Sie stattdessen Kopien Ihrer Sicherungen in den Cloud- oder Netzwerkordner.</translation>
    </message>
</context>
<context>
    <name>BackupKinds</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von Ihnen erstellt</translation>
    </message>
    <message>
        <source>Before an app update</source>
        <translation>Vor einem App-Update</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before a sync</source>
        <translation>Vor einem Abgleich</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Vor dem Zusammenführen</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>CRM Desktop backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>CRM-Desktop-Sicherungen (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>What will happen</source>
        <translation>Was passieren wird</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Check the numbers, then click Import.</source>
        <translation>Es wurde noch nichts geändert. Prüfen Sie die Zahlen und klicken Sie dann auf Importieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;When a row is someone you already have&lt;/b&gt; (same email, phone, or name at the same company):</source>
        <translation>&lt;b&gt;Wenn eine Zeile jemand ist, den Sie schon haben&lt;/b&gt; (gleiche E-Mail, Telefonnummer oder gleicher Name bei derselben Firma):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows that need your attention&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeilen, die Ihre Aufmerksamkeit brauchen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Checking every row against your contacts…</source>
        <translation>Jede Zeile wird mit Ihren Kontakten verglichen…</translation>
    </message>
    <message>
        <source>Checking every row against your contacts… {progress}</source>
        <translation>Jede Zeile wird mit Ihren Kontakten verglichen… {progress}</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <source>Search companies: name, website, phone, town, notes…</source>
        <translation>Suchen: Name, Website, Telefon, Ort, Notizen…</translation>
    </message>
    <message>
        <source>Their people stay, without a company shown. You can get it back with Edit ▸ Undo.</source>
        <translation>Die Personen der Firma bleiben erhalten, nur ohne Firma. Mit Bearbeiten ▸ Rückgängig holen Sie sie zurück.</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>Select a company to see the details.</source>
        <translation>Wählen Sie eine Firma aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>No companies yet</source>
        <translation>Noch keine Firmen</translation>
    </message>
    <message>
        <source>Add the businesses you work with. Companies are also created when you type a company name on a contact.</source>
        <translation>Legen Sie die Unternehmen an, mit denen Sie arbeiten. Firmen entstehen auch, wenn Sie bei einem Kontakt einen Firmennamen eingeben.</translation>
    </message>
    <message>
        <source>Go to Contacts</source>
        <translation>Zu den Kontakten</translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation>Firma bearbeiten</translation>
    </message>
    <message>
        <source>Delete companies</source>
        <translation>Firmen löschen</translation>
    </message>
</context>
<context>
    <name>CompanyDetailPane</name>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Double-click to open the contact</source>
        <translation>Doppelklicken, um den Kontakt zu öffnen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Noch keine Personen</translation>
    </message>
    <message>
        <source>People ({n})</source>
        <translation>Personen ({n})</translation>
    </message>
    <message>
        <source>People: none yet</source>
        <translation>Personen: noch keine</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit company</source>
        <translation>Firma bearbeiten</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>info@example.com</source>
        <translation>info@beispiel.de</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>beispiel.de</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>e.g. supplier, wholesale</source>
        <translation>z. B. Lieferant, Großhandel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>These fields were changed both in the CRM and in “{sheet}” since the last sync. Choose which value to keep for each; both sides will then hold it. Fields you leave undecided stay as they are on both sides.</source>
        <translation>Diese Felder wurden seit dem letzten Abgleich sowohl im CRM als auch in „{sheet}“ geändert. Wählen Sie für jedes Feld, welcher Wert bleiben soll; danach steht er auf beiden Seiten. Felder ohne Entscheidung bleiben auf beiden Seiten, wie sie sind.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Keep the CRM value</source>
        <translation>Wert aus dem CRM behalten</translation>
    </message>
    <message>
        <source>Use the sheet value</source>
        <translation>Wert aus der Tabelle übernehmen</translation>
    </message>
    <message>
        <source>{name}  (row {row})</source>
        <translation>{name}  (Zeile {row})</translation>
    </message>
    <message>
        <source>ID {id}, row {row} of the sheet</source>
        <translation>ID {id}, Zeile {row} der Tabelle</translation>
    </message>
    <message>
        <source>Keep all CRM values</source>
        <translation>Alle CRM-Werte behalten</translation>
    </message>
    <message>
        <source>Use all sheet values</source>
        <translation>Alle Tabellenwerte übernehmen</translation>
    </message>
    <message>
        <source>Apply choices</source>
        <translation>Auswahl übernehmen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>{done} of {total} decided</source>
        <translation>{done} von {total} entschieden</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Added {date}</source>
        <translation>Angelegt am {date}</translation>
    </message>
    <message>
        <source>Does not want emails</source>
        <translation>Möchte keine E-Mails erhalten</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>+ Add another email</source>
        <translation>+ Weitere E-Mail-Adresse</translation>
    </message>
    <message>
        <source>+33 6 12 34 56 78</source>
        <translation>+49 151 23456789</translation>
    </message>
    <message>
        <source>+ Add another phone</source>
        <translation>+ Weitere Telefonnummer</translation>
    </message>
    <message>
        <source>Type to pick an existing company, or a new name</source>
        <translation>Tippen, um eine Firma auszuwählen, oder neuen Namen eingeben</translation>
    </message>
    <message>
        <source>e.g. customer, vip</source>
        <translation>z. B. Kunde, VIP</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Do not send emails to this person</source>
        <translation>Dieser Person keine E-Mails senden</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{name} already has this email.</source>
        <translation>{name} hat bereits diese E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{name} already has this phone number.</source>
        <translation>{name} hat bereits diese Telefonnummer.</translation>
    </message>
    <message>
        <source>A contact already has this email.</source>
        <translation>Ein Kontakt hat bereits diese E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A contact already has this phone number.</source>
        <translation>Ein Kontakt hat bereits diese Telefonnummer.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>Open the existing contact instead, or create a new one anyway?</source>
        <translation>Möchten Sie stattdessen den vorhandenen Kontakt öffnen oder trotzdem einen neuen anlegen?</translation>
    </message>
    <message>
        <source>1 other contact matches too.</source>
        <translation>1 weiterer Kontakt passt ebenfalls.</translation>
    </message>
    <message>
        <source>{n} other contacts match too.</source>
        <translation>{n} weitere Kontakte passen ebenfalls.</translation>
    </message>
    <message>
        <source>Open {name} instead</source>
        <translation>Stattdessen {name} öffnen</translation>
    </message>
    <message>
        <source>Open it instead</source>
        <translation>Stattdessen diesen öffnen</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Trotzdem anlegen</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search contacts: name, email, phone, company, notes…</source>
        <translation>Suchen: Name, E-Mail, Telefon, Firma, Notizen…</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Wählen Sie einen Kontakt aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <source>Add the people you work with, or load some made-up demo data to try things out.</source>
        <translation>Legen Sie die Menschen an, mit denen Sie arbeiten, oder laden Sie erfundene Beispieldaten zum Ausprobieren.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>The demo data could not be added: {error}</source>
        <translation>Die Beispieldaten konnten nicht angelegt werden: {error}</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>{app}: the database is damaged</source>
        <translation>{app}: Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Your database file is damaged and cannot be opened safely.</source>
        <translation>Ihre Datenbankdatei ist beschädigt und kann nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <source>The newest good backup is from &lt;b&gt;{when}&lt;/b&gt; ({kind}). Restoring it brings back everything up to that moment.</source>
        <translation>Die neueste intakte Sicherung ist von &lt;b&gt;{when}&lt;/b&gt; ({kind}). Wenn Sie sie wiederherstellen, ist alles bis zu diesem Zeitpunkt wieder da.</translation>
    </message>
    <message>
        <source>No backup was found in the backups folder. If you keep a backup elsewhere, choose it.</source>
        <translation>Im Sicherungsordner wurde keine Sicherung gefunden. Wenn Sie woanders eine Sicherung haben, wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>The damaged file is kept (renamed, never deleted) so that nothing is lost for good.</source>
        <translation>Die beschädigte Datei wird aufbewahrt (umbenannt, nie gelöscht), damit nichts endgültig verloren geht.</translation>
    </message>
    <message>
        <source>File: {file}
Problem: {problem}</source>
        <translation>Datei: {file}
Problem: {problem}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Sicherungsdatei auswählen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Sicherungsdatei auswählen</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Won deals for the accountant…</source>
        <translation>&amp;Gewonnene Deals für die Buchhaltung…</translation>
    </message>
    <message>
        <source>S&amp;ync with spreadsheet…</source>
        <translation>Mit &amp;Tabelle abgleichen…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for European Excel</source>
        <translation>Semikolon ( ; ) für deutsches Excel</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Exporting contacts… {done} of {total}</source>
        <translation>Kontakte werden exportiert… {done} von {total}</translation>
    </message>
    <message>
        <source>Exporting companies… {done} of {total}</source>
        <translation>Firmen werden exportiert… {done} von {total}</translation>
    </message>
    <message>
        <source>Exporting deals… {done} of {total}</source>
        <translation>Deals werden exportiert… {done} von {total}</translation>
    </message>
    <message>
        <source>Exporting activities… {done} of {total}</source>
        <translation>Aktivitäten werden exportiert… {done} von {total}</translation>
    </message>
    <message>
        <source>Exporting follow-ups… {done} of {total}</source>
        <translation>Wiedervorlagen werden exportiert… {done} von {total}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>CSV text file (.csv)</source>
        <translation>CSV-Textdatei (.csv)</translation>
    </message>
    <message>
        <source>Plain UTF-8, without the byte-order mark</source>
        <translation>Reines UTF-8, ohne Byte-Order-Mark (BOM)</translation>
    </message>
    <message>
        <source>Excel needs the byte-order mark to show accents correctly; leave this off unless another program asks for plain UTF-8.</source>
        <translation>Excel braucht die Byte-Order-Mark, um Umlaute richtig anzuzeigen. Lassen Sie dies aus, außer ein anderes Programm verlangt reines UTF-8.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Folder for the CSV files (one per table)</source>
        <translation>Ordner für die CSV-Dateien (eine pro Tabelle)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation>Wählen Sie zuerst, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total}</source>
        <translation>Export läuft… {done} von {total}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ExportErrors</name>
    <message>
        <source>The file could not be used ({reason}). Nothing was changed.</source>
        <translation>Die Datei konnte nicht verwendet werden ({reason}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Nothing was changed.</source>
        <translation>Etwas ist schiefgegangen: {error}. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ExportScopes</name>
    <message>
        <source>Only the selected {count}</source>
        <translation>Nur die Auswahl ({count})</translation>
    </message>
    <message>
        <source>Only the {count} currently shown</source>
        <translation>Nur die aktuelle Ansicht ({count})</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <source>Exported nothing to {where}.</source>
        <translation>Nichts exportiert nach {where}.</translation>
    </message>
    <message>
        <source>Exported {what} to {where}.</source>
        <translation>{what} exportiert nach {where}.</translation>
    </message>
</context>
<context>
    <name>ExportTables</name>
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
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle Firmen</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Alle Deals</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Alle Aktivitäten</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Alle Wiedervorlagen</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file with your contacts</source>
        <translation>Datei mit Ihren Kontakten auswählen</translation>
    </message>
    <message>
        <source>You can import {formats}. Contacts you already have are updated, not duplicated.</source>
        <translation>Sie können {formats} importieren. Vorhandene Kontakte werden aktualisiert, nicht doppelt angelegt.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Tip: you can also drag a file onto the main window.</source>
        <translation>Tipp: Sie können eine Datei auch auf das Hauptfenster ziehen.</translation>
    </message>
    <message>
        <source>The contacts are on the sheet:</source>
        <translation>Die Kontakte stehen auf dem Blatt:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Datei zum Importieren auswählen</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>It looks like &lt;b&gt;{layout}&lt;/b&gt;.</source>
        <translation>Das sieht aus wie &lt;b&gt;{layout}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Next&lt;/b&gt; to check the columns.</source>
        <translation>Klicken Sie auf &lt;b&gt;Weiter&lt;/b&gt;, um die Spalten zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Add contacts from a spreadsheet, CSV or vCard file, without duplicates</source>
        <translation>Kontakte aus einer Tabelle, CSV- oder vCard-Datei hinzufügen, ohne Duplikate</translation>
    </message>
    <message>
        <source>Earlier imports…</source>
        <translation>Frühere Importe…</translation>
    </message>
    <message>
        <source>See earlier imports and undo one</source>
        <translation>Frühere Importe ansehen und einen rückgängig machen</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Vollständiger Name (in Vor- und Nachname geteilt)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Whole address in one cell</source>
        <translation>Ganze Adresse in einer Zelle</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags / groups</source>
        <translation>Schlagwörter / Gruppen</translation>
    </message>
    <message>
        <source>Do not email (yes/no)</source>
        <translation>Keine E-Mails (ja/nein)</translation>
    </message>
    <message>
        <source>Custom: {name}</source>
        <translation>Eigenes Feld: {name}</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Earlier imports</source>
        <translation>Frühere Importe</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing an import removes the contacts it added and puts back the ones it changed.</source>
        <translation>Wenn Sie einen Import rückgängig machen, werden die hinzugefügten Kontakte entfernt und die geänderten wiederhergestellt.</translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated — undone</source>
        <translation>{file}: {added} hinzugefügt, {updated} aktualisiert — rückgängig gemacht</translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated</source>
        <translation>{file}: {added} hinzugefügt, {updated} aktualisiert</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <source>Undo the import of {file}?

Contacts it added are removed, contacts it changed are put back as they were. Changes you made to those contacts since then are lost.</source>
        <translation>Den Import von {file} rückgängig machen?

Hinzugefügte Kontakte werden entfernt, geänderte Kontakte bekommen ihren alten Stand zurück. Was Sie seitdem an diesen Kontakten geändert haben, geht verloren.</translation>
    </message>
</context>
<context>
    <name>ImportLayouts</name>
    <message>
        <source>a contact export from this app</source>
        <translation>ein Kontaktexport aus dieser App</translation>
    </message>
    <message>
        <source>an address book (vCard)</source>
        <translation>ein Adressbuch (vCard)</translation>
    </message>
    <message>
        <source>a Google Contacts export (Google CSV)</source>
        <translation>ein Google-Kontakte-Export (Google CSV)</translation>
    </message>
    <message>
        <source>a Google Contacts export</source>
        <translation>ein Google-Kontakte-Export</translation>
    </message>
    <message>
        <source>an Outlook export</source>
        <translation>ein Outlook-Export</translation>
    </message>
    <message>
        <source>an Outlook.com export</source>
        <translation>ein Outlook.com-Export</translation>
    </message>
    <message>
        <source>an Outlook export (German)</source>
        <translation>ein Outlook-Export (deutsch)</translation>
    </message>
    <message>
        <source>an Outlook export (French)</source>
        <translation>ein Outlook-Export (französisch)</translation>
    </message>
    <message>
        <source>an Outlook export (Spanish)</source>
        <translation>ein Outlook-Export (spanisch)</translation>
    </message>
    <message>
        <source>a HubSpot export</source>
        <translation>ein HubSpot-Export</translation>
    </message>
    <message>
        <source>a Pipedrive export</source>
        <translation>ein Pipedrive-Export</translation>
    </message>
</context>
<context>
    <name>ImportModes</name>
    <message>
        <source>Update them: fill in what is missing, keep what is already there</source>
        <translation>Aktualisieren: Fehlendes ergänzen, Vorhandenes behalten</translation>
    </message>
    <message>
        <source>Update them: the file&apos;s values replace what is there</source>
        <translation>Aktualisieren: Werte aus der Datei ersetzen das Vorhandene</translation>
    </message>
    <message>
        <source>Leave them as they are (skip these rows)</source>
        <translation>So lassen, wie sie sind (diese Zeilen überspringen)</translation>
    </message>
    <message>
        <source>Create new contacts anyway</source>
        <translation>Trotzdem neue Kontakte anlegen</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; row read.</source>
        <translation>&lt;b&gt;1&lt;/b&gt; Zeile gelesen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; rows read.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; Zeilen gelesen.</translation>
    </message>
    <message>
        <source>Will add &lt;b&gt;1&lt;/b&gt; new contact.</source>
        <translation>&lt;b&gt;1&lt;/b&gt; neuer Kontakt wird hinzugefügt.</translation>
    </message>
    <message>
        <source>Will add &lt;b&gt;{n}&lt;/b&gt; new contacts.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; neue Kontakte werden hinzugefügt.</translation>
    </message>
    <message>
        <source>Added &lt;b&gt;1&lt;/b&gt; new contact.</source>
        <translation>&lt;b&gt;1&lt;/b&gt; neuer Kontakt hinzugefügt.</translation>
    </message>
    <message>
        <source>Added &lt;b&gt;{n}&lt;/b&gt; new contacts.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; neue Kontakte hinzugefügt.</translation>
    </message>
    <message>
        <source>Will update &lt;b&gt;1&lt;/b&gt; contact you already have.</source>
        <translation>&lt;b&gt;1&lt;/b&gt; vorhandener Kontakt wird aktualisiert.</translation>
    </message>
    <message>
        <source>Will update &lt;b&gt;{n}&lt;/b&gt; contacts you already have.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; vorhandene Kontakte werden aktualisiert.</translation>
    </message>
    <message>
        <source>Updated &lt;b&gt;1&lt;/b&gt; contact you already have.</source>
        <translation>&lt;b&gt;1&lt;/b&gt; vorhandener Kontakt aktualisiert.</translation>
    </message>
    <message>
        <source>Updated &lt;b&gt;{n}&lt;/b&gt; contacts you already have.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; vorhandene Kontakte aktualisiert.</translation>
    </message>
    <message>
        <source>1 row repeats someone listed earlier in the file and will be combined.</source>
        <translation>1 Zeile wiederholt jemanden, der weiter oben in der Datei steht, und wird zusammengeführt.</translation>
    </message>
    <message>
        <source>{n} rows repeat someone listed earlier in the file and will be combined.</source>
        <translation>{n} Zeilen wiederholen jemanden, der weiter oben in der Datei steht, und werden zusammengeführt.</translation>
    </message>
    <message>
        <source>1 row repeated someone listed earlier in the file and was combined.</source>
        <translation>1 Zeile wiederholte jemanden, der weiter oben in der Datei stand, und wurde zusammengeführt.</translation>
    </message>
    <message>
        <source>{n} rows repeated someone listed earlier in the file and were combined.</source>
        <translation>{n} Zeilen wiederholten jemanden, der weiter oben in der Datei stand, und wurden zusammengeführt.</translation>
    </message>
    <message>
        <source>1 contact already up to date.</source>
        <translation>1 Kontakt ist bereits aktuell.</translation>
    </message>
    <message>
        <source>{n} contacts already up to date.</source>
        <translation>{n} Kontakte sind bereits aktuell.</translation>
    </message>
    <message>
        <source>1 contact you already have will be left as it is.</source>
        <translation>1 vorhandener Kontakt bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>{n} contacts you already have will be left as they are.</source>
        <translation>{n} vorhandene Kontakte bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>1 contact you already have was left as it is.</source>
        <translation>1 vorhandener Kontakt blieb, wie er war.</translation>
    </message>
    <message>
        <source>{n} contacts you already have were left as they are.</source>
        <translation>{n} vorhandene Kontakte blieben, wie sie waren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; row cannot be imported (see the list below).</source>
        <translation>&lt;b&gt;1&lt;/b&gt; Zeile kann nicht importiert werden (siehe Liste unten).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; rows cannot be imported (see the list below).</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; Zeilen können nicht importiert werden (siehe Liste unten).</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; row could not be imported (see the list below).</source>
        <translation>&lt;b&gt;1&lt;/b&gt; Zeile konnte nicht importiert werden (siehe Liste unten).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; rows could not be imported (see the list below).</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; Zeilen konnten nicht importiert werden (siehe Liste unten).</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is nothing to import.&lt;/b&gt; Go Back to change the columns, or choose another file.</source>
        <translation>&lt;b&gt;Es gibt nichts zu importieren.&lt;/b&gt; Gehen Sie zurück, um die Spalten zu ändern, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Will not be imported — row {row}: {reason}</source>
        <translation>Wird nicht importiert — Zeile {row}: {reason}</translation>
    </message>
    <message>
        <source>Not imported — row {row}: {reason}</source>
        <translation>Nicht importiert — Zeile {row}: {reason}</translation>
    </message>
    <message>
        <source>… and 1 more row that cannot be imported</source>
        <translation>… und 1 weitere Zeile, die nicht importiert werden kann</translation>
    </message>
    <message>
        <source>… and {n} more rows that cannot be imported</source>
        <translation>… und {n} weitere Zeilen, die nicht importiert werden können</translation>
    </message>
    <message>
        <source>Imported, with a note — row {row}: {reason}</source>
        <translation>Importiert, mit Hinweis — Zeile {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>senkrechte Striche</translation>
    </message>
    <message>
        <source>CSV or text (.csv, .tsv, .txt), Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or vCard (.vcf)</source>
        <translation>CSV oder Text (.csv, .tsv, .txt), Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) oder vCard (.vcf)</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;All files (*)</source>
        <translation>Kontaktdateien (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{file} is a text (CSV) file in {encoding}, values separated by {separator}.</source>
        <translation>{file} ist eine Textdatei (CSV) in {encoding}, Werte getrennt durch {separator}.</translation>
    </message>
    <message>
        <source>{file} is an address book file (vCard).</source>
        <translation>{file} ist eine Adressbuchdatei (vCard).</translation>
    </message>
    <message>
        <source>{file} is an Excel workbook.</source>
        <translation>{file} ist eine Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>{file} is an old-style Excel workbook.</source>
        <translation>{file} ist eine Excel-Arbeitsmappe im alten Format.</translation>
    </message>
    <message>
        <source>{file} is an OpenDocument spreadsheet.</source>
        <translation>{file} ist eine OpenDocument-Tabelle.</translation>
    </message>
    <message>
        <source>{file} is a spreadsheet.</source>
        <translation>{file} ist eine Tabelle.</translation>
    </message>
    <message>
        <source>The contacts are read from the sheet “{sheet}”.</source>
        <translation>Die Kontakte werden vom Blatt „{sheet}“ gelesen.</translation>
    </message>
    <message>
        <source>The column titles are on row {row}.</source>
        <translation>Die Spaltenüberschriften stehen in Zeile {row}.</translation>
    </message>
    <message>
        <source>Something went wrong while reading the file ({error}). Nothing was changed.</source>
        <translation>Beim Lesen der Datei ist etwas schiefgegangen ({error}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{done} von {total} Zeilen</translation>
    </message>
    <message>
        <source>{done} rows</source>
        <translation>{done} Zeilen</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Check which column goes where</source>
        <translation>Prüfen, welche Spalte wohin gehört</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Spalte in Ihrer Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Put it in</source>
        <translation>Übernehmen in</translation>
    </message>
    <message>
        <source>Keep the columns marked “Don&apos;t import” in each contact&apos;s notes</source>
        <translation>Spalten mit „Nicht importieren“ in den Notizen des Kontakts aufbewahren</translation>
    </message>
    <message>
        <source>Remember these choices…</source>
        <translation>Diese Zuordnung merken…</translation>
    </message>
    <message>
        <source>Save this set-up under a name, to use it again for similar files</source>
        <translation>Diese Zuordnung unter einem Namen speichern, um sie für ähnliche Dateien wiederzuverwenden</translation>
    </message>
    <message>
        <source>Saved set-ups:</source>
        <translation>Gespeicherte Zuordnungen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;How the first rows will look as contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;So sehen die ersten Zeilen als Kontakte aus&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This looks like &lt;b&gt;{layout}&lt;/b&gt;.</source>
        <translation>Das sieht aus wie &lt;b&gt;{layout}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>We matched the columns by their titles.</source>
        <translation>Die Spalten wurden anhand ihrer Überschriften zugeordnet.</translation>
    </message>
    <message>
        <source>Check the column choices below; change any that are wrong.</source>
        <translation>Prüfen Sie die Zuordnung unten und ändern Sie, was nicht stimmt.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Zeile {row}: {problem}</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Choose at least one column for the name (first name, last name or full name): every contact needs a name.</source>
        <translation>Wählen Sie mindestens eine Spalte für den Namen (Vorname, Nachname oder vollständiger Name): Jeder Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>Remember these choices</source>
        <translation>Diese Zuordnung merken</translation>
    </message>
    <message>
        <source>Name for this set-up (for example “Shop spreadsheet”):</source>
        <translation>Name für diese Zuordnung (zum Beispiel „Ladentabelle“):</translation>
    </message>
</context>
<context>
    <name>PathPicker</name>
    <message>
        <source>Where to save the file</source>
        <translation>Wo die Datei gespeichert werden soll</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>New &amp;contact…</source>
        <translation>Neuer &amp;Kontakt…</translation>
    </message>
    <message>
        <source>New co&amp;mpany…</source>
        <translation>Neue &amp;Firma…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Could not undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
    <message>
        <source>“{change}”: {error}</source>
        <translation>„{change}“: {error}</translation>
    </message>
    <message>
        <source>New contact “{name}”</source>
        <translation>Neuer Kontakt „{name}“</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>{what} löschen</translation>
    </message>
    <message>
        <source>Add tag {names} to {what}</source>
        <translation>Schlagwort {names} zu {what} hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag {names} from {what}</source>
        <translation>Schlagwort {names} von {what} entfernen</translation>
    </message>
    <message>
        <source>New company “{name}”</source>
        <translation>Neue Firma „{name}“</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Datensicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Everything you entered after it was made will be replaced, but your current data is backed up first, so you can return to it.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Alles, was Sie danach eingegeben haben, wird ersetzt – Ihre aktuellen Daten werden aber vorher gesichert, sodass Sie zu ihnen zurückkehren können.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
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
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>There are no backups yet. Use “Choose file…” to restore a backup file you keep elsewhere.</source>
        <translation>Es gibt noch keine Sicherungen. Mit „Datei auswählen…“ stellen Sie eine Sicherungsdatei wieder her, die Sie woanders aufbewahren.</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Sicherungen liegen in {folder}</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Restore a backup file kept somewhere else (a USB stick, another folder)</source>
        <translation>Eine Sicherungsdatei von woanders wiederherstellen (USB-Stick, anderer Ordner)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Sicherungsdatei auswählen</translation>
    </message>
    <message>
        <source>Replace your current data with “{file}”?

Your current data is backed up first, so you can return to it.</source>
        <translation>Ihre aktuellen Daten durch „{file}“ ersetzen?

Ihre aktuellen Daten werden vorher gesichert, sodass Sie zu ihnen zurückkehren können.</translation>
    </message>
    <message>
        <source>Checking the backup and restoring it… please wait.
A large database can take a minute.</source>
        <translation>Die Sicherung wird geprüft und wiederhergestellt… bitte warten.
Bei einer großen Datenbank kann das eine Minute dauern.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>The restore did not finish ({error}). Your data from before the restore is kept in {folder}; Help → Open log folder has the details.</source>
        <translation>Die Wiederherstellung wurde nicht abgeschlossen ({error}). Ihre Daten von vor der Wiederherstellung liegen in {folder}; Einzelheiten finden Sie unter Hilfe → Protokollordner öffnen.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>Remove the contacts this import added and put back the ones it changed</source>
        <translation>Die von diesem Import hinzugefügten Kontakte entfernen und die geänderten wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Your contacts are imported</source>
        <translation>Ihre Kontakte sind importiert</translation>
    </message>
    <message>
        <source>Changed your mind? &lt;b&gt;Undo this import&lt;/b&gt; removes what it added and puts back what it changed. You can also do it later: &lt;i&gt;File → Earlier imports…&lt;/i&gt;</source>
        <translation>Doch anders entschieden? &lt;b&gt;Diesen Import rückgängig machen&lt;/b&gt; entfernt, was hinzugefügt wurde, und stellt Geändertes wieder her. Das geht auch später: &lt;i&gt;Datei → Frühere Importe…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Remove the contacts this import added and put back the contacts it changed?</source>
        <translation>Die von diesem Import hinzugefügten Kontakte entfernen und die geänderten Kontakte wiederherstellen?</translation>
    </message>
    <message>
        <source>The import was undone</source>
        <translation>Der Import wurde rückgängig gemacht</translation>
    </message>
    <message>
        <source>Your contacts are back as they were before the import.</source>
        <translation>Ihre Kontakte sind wieder so wie vor dem Import.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>You can stop at any time: if you do, nothing is changed.</source>
        <translation>Sie können jederzeit abbrechen: Dann wird nichts geändert.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Importing… {progress}</source>
        <translation>Import läuft… {progress}</translation>
    </message>
    <message>
        <source>Stopping… (undoing what was done so far)</source>
        <translation>Wird abgebrochen… (Bisheriges wird rückgängig gemacht)</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed. {reason}</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts geändert. {reason}</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with a spreadsheet</source>
        <translation>Mit einer Tabelle abgleichen</translation>
    </message>
    <message>
        <source>A linked spreadsheet and your contacts are kept in step both ways, matched by the ID column. Nothing is overwritten silently: a field changed on both sides is shown to you, and rows deleted from the sheet are only moved to the trash when you agree.</source>
        <translation>Eine verknüpfte Tabelle und Ihre Kontakte werden in beide Richtungen abgeglichen, zugeordnet über die Spalte ID. Nichts wird stillschweigend überschrieben: Ein auf beiden Seiten geändertes Feld wird Ihnen gezeigt, und aus der Tabelle gelöschte Zeilen kommen nur mit Ihrer Zustimmung in den Papierkorb.</translation>
    </message>
    <message>
        <source>Link a spreadsheet…</source>
        <translation>Tabelle verknüpfen…</translation>
    </message>
    <message>
        <source>New sheet with all contacts…</source>
        <translation>Neue Tabelle mit allen Kontakten…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Sync automatically when the file changes (while the app is open)</source>
        <translation>Automatisch abgleichen, wenn sich die Datei ändert (solange die App geöffnet ist)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>What the last sync did appears here.</source>
        <translation>Hier steht, was der letzte Abgleich getan hat.</translation>
    </message>
    <message>
        <source>Linked spreadsheets:</source>
        <translation>Verknüpfte Tabellen:</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tabellen (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>{file}  —  last synced {when}, {count}</source>
        <translation>{file}  —  zuletzt abgeglichen {when}, {count}</translation>
    </message>
    <message>
        <source>{file}  —  never synced, {count}</source>
        <translation>{file}  —  noch nie abgeglichen, {count}</translation>
    </message>
    <message>
        <source>Link a contacts spreadsheet</source>
        <translation>Kontakttabelle verknüpfen</translation>
    </message>
    <message>
        <source>New contacts spreadsheet</source>
        <translation>Neue Kontakttabelle</translation>
    </message>
    <message>
        <source>“{file}” is no longer linked. The file itself was not changed.</source>
        <translation>„{file}“ ist nicht mehr verknüpft. Die Datei selbst wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Syncing “{file}”…</source>
        <translation>„{file}“ wird abgeglichen…</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…und {n} weitere</translation>
    </message>
    <message>
        <source>Rows deleted from the sheet</source>
        <translation>Aus der Tabelle gelöschte Zeilen</translation>
    </message>
    <message>
        <source>{count} deleted from “{file}”:</source>
        <translation>Aus „{file}“ gelöscht: {count}</translation>
    </message>
    <message>
        <source>{names}

Move them to the trash in the CRM too? You can restore them from the trash.</source>
        <translation>{names}

Sollen sie auch im CRM in den Papierkorb? Sie können sie aus dem Papierkorb wiederherstellen.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Wait for the sync to finish; it takes a moment.</source>
        <translation>Warten Sie, bis der Abgleich fertig ist; es dauert nur einen Moment.</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>{n} added to the CRM</source>
        <translation>{n} im CRM hinzugefügt</translation>
    </message>
    <message>
        <source>{n} updated in the CRM</source>
        <translation>{n} im CRM aktualisiert</translation>
    </message>
    <message>
        <source>{n} moved to the trash</source>
        <translation>{n} in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>{n} added to the sheet</source>
        <translation>{n} in der Tabelle hinzugefügt</translation>
    </message>
    <message>
        <source>{n} updated in the sheet</source>
        <translation>{n} in der Tabelle aktualisiert</translation>
    </message>
    <message>
        <source>{n} removed from the sheet</source>
        <translation>{n} aus der Tabelle entfernt</translation>
    </message>
    <message>
        <source>Synced: {changes}.</source>
        <translation>Abgeglichen: {changes}.</translation>
    </message>
    <message>
        <source>Everything was already in step.</source>
        <translation>Alles war bereits auf dem gleichen Stand.</translation>
    </message>
    <message>
        <source>1 field was changed on both sides and was left as it is.</source>
        <translation>1 Feld wurde auf beiden Seiten geändert und blieb unverändert.</translation>
    </message>
    <message>
        <source>{n} fields were changed on both sides and were left as they are.</source>
        <translation>{n} Felder wurden auf beiden Seiten geändert und blieben unverändert.</translation>
    </message>
    <message>
        <source>1 contact was deleted from the sheet; it stays in the CRM until you confirm.</source>
        <translation>1 Kontakt wurde aus der Tabelle gelöscht; er bleibt im CRM, bis Sie es bestätigen.</translation>
    </message>
    <message>
        <source>{n} contacts were deleted from the sheet; they stay in the CRM until you confirm.</source>
        <translation>{n} Kontakte wurden aus der Tabelle gelöscht; sie bleiben im CRM, bis Sie es bestätigen.</translation>
    </message>
</context>
<context>
    <name>WonDealsDialog</name>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Won deals for the accountant</source>
        <translation>Gewonnene Deals für die Buchhaltung</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Anderer Zeitraum</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>One row per deal won in the period, and a summary sheet with the totals per month and per currency.</source>
        <translation>Eine Zeile pro gewonnenem Deal im Zeitraum und ein Übersichtsblatt mit den Summen pro Monat und Währung.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <source>No deals were won in this period.</source>
        <translation>In diesem Zeitraum wurden keine Deals gewonnen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{deals} won:&lt;/b&gt; {totals}</source>
        <translation>&lt;b&gt;{deals} gewonnen:&lt;/b&gt; {totals}</translation>
    </message>
    <message>
        <source>Choose where to save the report first.</source>
        <translation>Wählen Sie zuerst, wo der Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved {deals} to {file}.</source>
        <translation>{deals} gespeichert in {file}.</translation>
    </message>
</context>
</TS>
