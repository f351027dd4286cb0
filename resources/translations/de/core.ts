<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Could not redo</source>
        <translation>Konnte nicht wiederholt werden</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Konnte nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Write a note, or what was said on a call…</source>
        <translation>Schreiben Sie eine Notiz oder was bei einem Anruf besprochen wurde…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Nothing here yet. Notes, calls, meetings and emails will show up here.</source>
        <translation>Noch nichts da. Notizen, Anrufe, Besprechungen und E-Mails erscheinen hier.</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Ältere Einträge anzeigen</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{app} is already open with this data:
{folder}</source>
        <translation>{app} ist mit diesen Daten bereits geöffnet:
{folder}</translation>
    </message>
    <message>
        <source>The database could not be opened:
{path}

{error}

Nothing was changed. Check that the folder is writable and that no other program is using the file, then start again.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden:
{path}

{error}

Es wurde nichts geändert. Prüfen Sie, ob der Ordner beschreibbar ist und kein anderes Programm die Datei verwendet, und starten Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Could not redo “{action}”: {error}</source>
        <translation>„{action}“ konnte nicht wiederholt werden: {error}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Could not undo “{action}”: {error}</source>
        <translation>„{action}“ konnte nicht rückgängig gemacht werden: {error}</translation>
    </message>
    <message>
        <source>Edit field</source>
        <translation>Feld bearbeiten</translation>
    </message>
    <message>
        <source>Clear this field instead (leave it empty)</source>
        <translation>Dieses Feld stattdessen leeren</translation>
    </message>
    <message>
        <source>Set one field on {what}. You can undo this with Edit ▸ Undo.</source>
        <translation>Ein Feld für {what} setzen. Mit Bearbeiten ▸ Rückgängig können Sie das zurücknehmen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Set on {n}</source>
        <translation>Für {n} setzen</translation>
    </message>
    <message>
        <source>Clear {field} on {what}</source>
        <translation>{field} leeren: {what}</translation>
    </message>
    <message>
        <source>Set {field} on {what}</source>
        <translation>{field} setzen: {what}</translation>
    </message>
</context>
<context>
    <name>BulkPanel</name>
    <message>
        <source>Choose what to do with all of them, or click one to see its details.</source>
        <translation>Wählen Sie, was mit allen geschehen soll, oder klicken Sie einen Eintrag an, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Edit field…</source>
        <translation>Feld bearbeiten…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Schlagwort entfernen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
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
        <source>Notes and activities</source>
        <translation>Notizen und Aktivitäten</translation>
    </message>
    <message>
        <source>Find anything</source>
        <translation>Alles finden</translation>
    </message>
    <message>
        <source>Search contacts, companies, deals, follow-ups, notes… or type a command</source>
        <translation>Kontakte, Firmen, Deals, Wiedervorlagen, Notizen suchen… oder einen Befehl eingeben</translation>
    </message>
    <message>
        <source>↑ ↓ to move, Enter to open, Esc to close</source>
        <translation>↑ ↓ zum Wechseln, Enter zum Öffnen, Esc zum Schließen</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”</source>
        <translation>Nichts gefunden für „{text}“</translation>
    </message>
    <message>
        <source>{kind} cannot be opened yet.</source>
        <translation>{kind} lassen sich noch nicht öffnen.</translation>
    </message>
    <message>
        <source>Find anything…</source>
        <translation>Alles finden…</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
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
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <source>Extra fields appear in the forms, the detail panes, filters, imports and exports.</source>
        <translation>Eigene Felder erscheinen in den Formularen, den Detailansichten, in Filtern, Importen und Exporten.</translation>
    </message>
    <message>
        <source>Custom fields…</source>
        <translation>Eigene Felder…</translation>
    </message>
</context>
<context>
    <name>CustomFieldsGroup</name>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <source>A number, e.g. 42</source>
        <translation>Eine Zahl, z. B. 42</translation>
    </message>
    <message>
        <source>An amount, e.g. 1200.50</source>
        <translation>Ein Betrag, z. B. 1200,50</translation>
    </message>
    <message>
        <source>A date like 2026-03-31</source>
        <translation>Ein Datum wie 2026-03-31</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>DateTexts</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format: day, month and year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format: day and month</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format: weekday, day and month</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format: weekday, day, month and year</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format: short month and year</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format: month and year</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Today, {time}</source>
        <translation>Heute, {time}</translation>
    </message>
    <message>
        <source>Yesterday, {time}</source>
        <translation>Gestern, {time}</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} Byte</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move to the trash (Delete key)</source>
        <translation>In den Papierkorb verschieben (Entf-Taste)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Emails, phones and tags of both are kept. Activities, deals and follow-ups move to the contact you keep; the other goes to the trash.</source>
        <translation>E-Mail-Adressen, Telefonnummern und Schlagwörter beider bleiben erhalten. Aktivitäten, Deals und Wiedervorlagen gehen auf den Kontakt über, den Sie behalten; der andere kommt in den Papierkorb.</translation>
    </message>
    <message>
        <source>Tags of both are kept. People, deals and activities move to the company you keep; the other goes to the trash.</source>
        <translation>Die Schlagwörter beider bleiben erhalten. Personen, Deals und Aktivitäten gehen auf die Firma über, die Sie behalten; die andere kommt in den Papierkorb.</translation>
    </message>
    <message>
        <source>{name} (added {date})</source>
        <translation>{name} (angelegt am {date})</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>Firmen zusammenführen</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Duplikate finden</translation>
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
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Keine Duplikate</translation>
    </message>
    <message>
        <source>Contacts ({n})</source>
        <translation>Kontakte ({n})</translation>
    </message>
    <message>
        <source>Companies ({n})</source>
        <translation>Firmen ({n})</translation>
    </message>
    <message>
        <source>No likely duplicates here. Duplicates are found by the same email or phone, or very similar names at the same company.</source>
        <translation>Hier gibt es keine wahrscheinlichen Duplikate. Duplikate werden an derselben E-Mail-Adresse oder Telefonnummer erkannt oder an sehr ähnlichen Namen in derselben Firma.</translation>
    </message>
    <message>
        <source>Merged. Undo with Ctrl+Z or from Tools › Merge history.</source>
        <translation>Zusammengeführt. Rückgängig mit Strg+Z oder unter Extras › Zusammenführungen.</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Duplikate finden…</translation>
    </message>
    <message>
        <source>Merge history…</source>
        <translation>Zusammenführungen…</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Add field…</source>
        <translation>Feld hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No custom fields for companies yet. Add one to keep extra details, such as a customer number.</source>
        <translation>Noch keine eigenen Felder für Firmen. Legen Sie eines an, um zusätzliche Angaben wie eine Kundennummer festzuhalten.</translation>
    </message>
    <message>
        <source>No custom fields for deals yet. Add one to keep extra details, such as an order number.</source>
        <translation>Noch keine eigenen Felder für Deals. Legen Sie eines an, um zusätzliche Angaben wie eine Auftragsnummer festzuhalten.</translation>
    </message>
    <message>
        <source>No custom fields for contacts yet. Add one to keep extra details, such as a customer number.</source>
        <translation>Noch keine eigenen Felder für Kontakte. Legen Sie eines an, um zusätzliche Angaben wie eine Kundennummer festzuhalten.</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>Remove the field “{name}”? It disappears from forms and tables. Values already typed are kept and come back if you add a field with the same name.</source>
        <translation>Das Feld „{name}“ entfernen? Es verschwindet aus Formularen und Tabellen. Bereits eingegebene Werte bleiben gespeichert und kehren zurück, wenn Sie wieder ein Feld mit demselben Namen anlegen.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Edit field</source>
        <translation>Feld bearbeiten</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Neues Feld</translation>
    </message>
    <message>
        <source>e.g. Shoe size, Customer since, Segment</source>
        <translation>z. B. Schuhgröße, Kunde seit, Segment</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Eine Auswahlmöglichkeit pro Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
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
        <translation>PLZ</translation>
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
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Do not email</source>
        <translation>Keine E-Mails</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / Nein</translation>
    </message>
    <message>
        <source>Choice list</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Select a contact, company, deal or follow-up first, then press {keys} to log a note or a call.</source>
        <translation>Wählen Sie zuerst einen Kontakt, eine Firma, einen Deal oder eine Wiedervorlage aus und drücken Sie dann {keys}, um eine Notiz oder einen Anruf zu erfassen.</translation>
    </message>
    <message>
        <source>&amp;Log note or call…</source>
        <translation>&amp;Notiz oder Anruf erfassen…</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>{app} will be shown in {language} from its next start.</source>
        <translation>{app} wird ab dem nächsten Start auf {language} angezeigt.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log for {name}</source>
        <translation>Eintrag für {name}</translation>
    </message>
    <message>
        <source>What happened with &lt;b&gt;{name}&lt;/b&gt;?</source>
        <translation>Was gibt es Neues zu &lt;b&gt;{name}&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>e.g. Called about the offer; she wants a reply by Friday</source>
        <translation>z. B. Wegen des Angebots angerufen; sie möchte bis Freitag eine Antwort</translation>
    </message>
    <message>
        <source>{save} saves · {note} note · {call} call · {meeting} meeting</source>
        <translation>{save} speichert · {note} Notiz · {call} Anruf · {meeting} Besprechung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Besprechung erfassen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;A local-first CRM for small businesses.&lt;br&gt;&lt;br&gt;Your data: {path}</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Ein CRM für kleine Unternehmen, das Ihre Daten auf Ihrem Computer behält.&lt;br&gt;&lt;br&gt;Ihre Daten: {path}</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>Merge history</source>
        <translation>Zusammenführungen</translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation>Diese Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>{when}   {summary}  (undone)</source>
        <translation>{when}   {summary}  (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>Noch keine Zusammenführungen.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Zusammenführung rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
</context>
<context>
    <name>PairPanel</name>
    <message>
        <source>Keep:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Eintrag A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Eintrag B</translation>
    </message>
    <message>
        <source>All kept: {values}</source>
        <translation>Alle werden behalten: {values}</translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} Kontakte</translation>
    </message>
    <message>
        <source>1 company</source>
        <translation>1 Firma</translation>
    </message>
    <message>
        <source>{n} companies</source>
        <translation>{n} Firmen</translation>
    </message>
    <message>
        <source>1 deal</source>
        <translation>1 Deal</translation>
    </message>
    <message>
        <source>{n} deals</source>
        <translation>{n} Deals</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 Wiedervorlage</translation>
    </message>
    <message>
        <source>{n} follow-ups</source>
        <translation>{n} Wiedervorlagen</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 Aktivität</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>{n} Aktivitäten</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} Einträge</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>No companies yet</source>
        <translation>Noch keine Firmen</translation>
    </message>
    <message>
        <source>Select a company to see the details.</source>
        <translation>Wählen Sie eine Firma aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Could not load the companies: {error}</source>
        <translation>Die Firmen konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>1 company in this view</source>
        <translation>1 Firma in dieser Ansicht</translation>
    </message>
    <message>
        <source>{n} companies in this view</source>
        <translation>{n} Firmen in dieser Ansicht</translation>
    </message>
    <message>
        <source>No companies in “{name}” right now</source>
        <translation>Zurzeit keine Firmen in „{name}“</translation>
    </message>
    <message>
        <source>No companies match “{name}”</source>
        <translation>Keine Firmen zu „{name}“ gefunden</translation>
    </message>
    <message>
        <source>this company</source>
        <translation>diese Firma</translation>
    </message>
    <message>
        <source>Edit field of {n} companies…</source>
        <translation>Feld von {n} Firmen bearbeiten…</translation>
    </message>
    <message>
        <source>Delete companies</source>
        <translation>Firmen löschen</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Firma öffnen</translation>
    </message>
    <message>
        <source>This company no longer exists (it may have been deleted).</source>
        <translation>Diese Firma gibt es nicht mehr (vielleicht wurde sie gelöscht).</translation>
    </message>
    <message>
        <source>Save the current search as a list of companies in the sidebar</source>
        <translation>Die aktuelle Suche als Firmenliste in der Seitenleiste speichern</translation>
    </message>
    <message>
        <source>Tag to add to 1 company:</source>
        <translation>Schlagwort für 1 Firma hinzufügen:</translation>
    </message>
    <message>
        <source>Tag to add to {n} companies:</source>
        <translation>Schlagwort für {n} Firmen hinzufügen:</translation>
    </message>
    <message>
        <source>Tag to remove from 1 company:</source>
        <translation>Schlagwort von 1 Firma entfernen:</translation>
    </message>
    <message>
        <source>Tag to remove from {n} companies:</source>
        <translation>Schlagwort von {n} Firmen entfernen:</translation>
    </message>
    <message>
        <source>{n} companies selected</source>
        <translation>{n} Firmen ausgewählt</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Wählen Sie einen Kontakt aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Could not load the contacts: {error}</source>
        <translation>Die Kontakte konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>1 contact in this view</source>
        <translation>1 Kontakt in dieser Ansicht</translation>
    </message>
    <message>
        <source>{n} contacts in this view</source>
        <translation>{n} Kontakte in dieser Ansicht</translation>
    </message>
    <message>
        <source>No contacts in “{name}” right now</source>
        <translation>Zurzeit keine Kontakte in „{name}“</translation>
    </message>
    <message>
        <source>No contacts match “{name}”</source>
        <translation>Keine Kontakte zu „{name}“ gefunden</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>diesen Kontakt</translation>
    </message>
    <message>
        <source>Edit field of {n} contacts…</source>
        <translation>Feld von {n} Kontakten bearbeiten…</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <source>This contact no longer exists (it may have been deleted).</source>
        <translation>Diesen Kontakt gibt es nicht mehr (vielleicht wurde er gelöscht).</translation>
    </message>
    <message>
        <source>Save the current search as a list of contacts in the sidebar</source>
        <translation>Die aktuelle Suche als Kontaktliste in der Seitenleiste speichern</translation>
    </message>
    <message>
        <source>Tag to add to 1 contact:</source>
        <translation>Schlagwort für 1 Kontakt hinzufügen:</translation>
    </message>
    <message>
        <source>Tag to add to {n} contacts:</source>
        <translation>Schlagwort für {n} Kontakte hinzufügen:</translation>
    </message>
    <message>
        <source>Tag to remove from 1 contact:</source>
        <translation>Schlagwort von 1 Kontakt entfernen:</translation>
    </message>
    <message>
        <source>Tag to remove from {n} contacts:</source>
        <translation>Schlagwort von {n} Kontakten entfernen:</translation>
    </message>
    <message>
        <source>{n} contacts selected</source>
        <translation>{n} Kontakte ausgewählt</translation>
    </message>
</context>
<context>
    <name>RecordsExtras</name>
    <message>
        <source>Search in “{name}”</source>
        <translation>In „{name}“ suchen</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add tag {tag} to {what}</source>
        <translation>Schlagwort {tag} hinzufügen: {what}</translation>
    </message>
    <message>
        <source>Remove tag {tag} from {what}</source>
        <translation>Schlagwort {tag} entfernen: {what}</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Show columns</source>
        <translation>Spalten anzeigen</translation>
    </message>
    <message>
        <source>No custom fields yet (Tools ▸ Custom fields…)</source>
        <translation>Noch keine eigenen Felder (Extras ▸ Eigene Felder…)</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>You can get them back with Edit ▸ Undo.</source>
        <translation>Mit Bearbeiten ▸ Rückgängig holen Sie sie zurück.</translation>
    </message>
    <message>
        <source>Check the spelling, or search for part of a name, an email or a phone number.</source>
        <translation>Prüfen Sie die Schreibweise oder suchen Sie nach einem Teil eines Namens, einer E-Mail-Adresse oder einer Telefonnummer.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>{n} matches</source>
        <translation>{n} Treffer</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>They appear here as soon as they match its conditions. Edit the view to change them.</source>
        <translation>Sie erscheinen hier, sobald sie die Bedingungen erfüllen. Bearbeiten Sie die Ansicht, um die Bedingungen zu ändern.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit field…</source>
        <translation>Feld bearbeiten…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Schlagwort entfernen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Move {what} to the trash?</source>
        <translation>{what} in den Papierkorb verschieben?</translation>
    </message>
</context>
<context>
    <name>SavedViewBanner</name>
    <message>
        <source>Edit view…</source>
        <translation>Ansicht bearbeiten…</translation>
    </message>
    <message>
        <source>Edit field for all…</source>
        <translation>Feld für alle bearbeiten…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
</context>
<context>
    <name>SavedViewControls</name>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Saved view: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Gespeicherte Ansicht: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SavedViewDialog</name>
    <message>
        <source>Edit saved view</source>
        <translation>Gespeicherte Ansicht bearbeiten</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Words to search for (optional)</source>
        <translation>Suchbegriffe (optional)</translation>
    </message>
    <message>
        <source>any of these tags, e.g. customer, vip</source>
        <translation>eines dieser Schlagwörter, z. B. kunde, vip</translation>
    </message>
    <message>
        <source>none of these tags</source>
        <translation>keines dieser Schlagwörter</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>No activity for</source>
        <translation>Keine Aktivität seit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Doesn&apos;t matter</source>
        <translation>Egal</translation>
    </message>
    <message>
        <source>Yes, at least one open deal</source>
        <translation>Ja, mindestens ein offener Deal</translation>
    </message>
    <message>
        <source>No open deal</source>
        <translation>Kein offener Deal</translation>
    </message>
    <message>
        <source>Only those without an open follow-up</source>
        <translation>Nur ohne offene Wiedervorlage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>With tags</source>
        <translation>Mit Schlagwörtern</translation>
    </message>
    <message>
        <source>Without tags</source>
        <translation>Ohne Schlagwörter</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Has an open deal</source>
        <translation>Hat einen offenen Deal</translation>
    </message>
    <message>
        <source>e.g. Customers in Lyon, Companies to call back</source>
        <translation>z. B. Kunden in Lyon, Firmen zum Zurückrufen</translation>
    </message>
    <message>
        <source>e.g. Big deals, Deals to call back</source>
        <translation>z. B. Große Deals, Deals zum Nachfassen</translation>
    </message>
    <message>
        <source>e.g. Customers in Lyon, Contacts to call back</source>
        <translation>z. B. Kunden in Lyon, Kontakte zum Zurückrufen</translation>
    </message>
    <message>
        <source>1 company matches</source>
        <translation>1 Firma passt</translation>
    </message>
    <message>
        <source>{n} companies match</source>
        <translation>{n} Firmen passen</translation>
    </message>
    <message>
        <source>1 deal matches</source>
        <translation>1 Deal passt</translation>
    </message>
    <message>
        <source>{n} deals match</source>
        <translation>{n} Deals passen</translation>
    </message>
    <message>
        <source>1 contact matches</source>
        <translation>1 Kontakt passt</translation>
    </message>
    <message>
        <source>{n} contacts match</source>
        <translation>{n} Kontakte passen</translation>
    </message>
</context>
<context>
    <name>SavedViewsSidebar</name>
    <message>
        <source>Saved view: {name}. Right-click to edit, rename or delete it.</source>
        <translation>Gespeicherte Ansicht: {name}. Mit Rechtsklick bearbeiten, umbenennen oder löschen.</translation>
    </message>
    <message>
        <source>Edit view…</source>
        <translation>Ansicht bearbeiten…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Rename saved view</source>
        <translation>Gespeicherte Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>Gespeicherte Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the saved view “{name}”?

Only the view goes away: the records in it stay.</source>
        <translation>Die gespeicherte Ansicht „{name}“ löschen?

Nur die Ansicht verschwindet: Die Einträge darin bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Move up and down a list or a stage</source>
        <translation>In einer Liste oder Phase nach oben und unten gehen</translation>
    </message>
    <message>
        <source>Board: go to the stage on the left or right</source>
        <translation>Board: zur Phase links oder rechts wechseln</translation>
    </message>
    <message>
        <source>Open the selected item</source>
        <translation>Ausgewählten Eintrag öffnen</translation>
    </message>
    <message>
        <source>Delete the selected items (trash: delete forever)</source>
        <translation>Ausgewählte Einträge löschen (Papierkorb: endgültig löschen)</translation>
    </message>
    <message>
        <source>Follow-ups: mark done / not done</source>
        <translation>Wiedervorlagen: als erledigt / nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Next field in a form</source>
        <translation>Nächstes Feld in einem Formular</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Dialog ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Lists and the pipeline board</source>
        <translation>Listen und das Pipeline-Board</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>{problem}

Choose another backup.</source>
        <translation>{problem}

Wählen Sie eine andere Datensicherung.</translation>
    </message>
    <message>
        <source>The damaged file could not be moved aside ({error}). Check that the data folder is writable, then try again.</source>
        <translation>Die beschädigte Datei konnte nicht beiseitegelegt werden ({error}). Prüfen Sie, ob der Datenordner beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as:
{path}</source>
        <translation>Die Datensicherung wurde wiederhergestellt. Die beschädigte Datei wurde aufbewahrt als:
{path}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Updating your data for this version…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Daten werden für diese Version aktualisiert…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A backup is saved first. With many contacts this can take a minute; please wait.</source>
        <translation>Zuerst wird eine Sicherung gespeichert. Bei vielen Kontakten kann das eine Minute dauern; bitte warten Sie.</translation>
    </message>
</context>
<context>
    <name>StepAction</name>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>“{action}” could not be done again or undone ({error}).</source>
        <translation>„{action}“ konnte nicht wiederholt oder rückgängig gemacht werden ({error}).</translation>
    </message>
    <message>
        <source>Redo is no longer possible: the items were deleted forever or changed elsewhere.</source>
        <translation>Wiederholen ist nicht mehr möglich: Die Einträge wurden endgültig gelöscht oder anderswo geändert.</translation>
    </message>
    <message>
        <source>Undo is no longer possible: the items were deleted forever or changed elsewhere.</source>
        <translation>Rückgängig machen ist nicht mehr möglich: Die Einträge wurden endgültig gelöscht oder anderswo geändert.</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>{what} löschen</translation>
    </message>
    <message>
        <source>Restore {what}</source>
        <translation>{what} wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Angeben</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <source>Your customers, deals and follow-ups, on your own computer. Nothing is sent anywhere. How would you like to start?</source>
        <translation>Ihre Kunden, Deals und Wiedervorlagen auf Ihrem eigenen Computer. Nichts wird irgendwohin gesendet. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Mit einer leeren Datenbank beginnen</translation>
    </message>
    <message>
        <source>Explore with demo data (made up, removable in one click)</source>
        <translation>Mit Demodaten ausprobieren (erfunden, mit einem Klick entfernbar)</translation>
    </message>
    <message>
        <source>Import contacts from a file… (Google, Outlook, Excel, vCard)</source>
        <translation>Kontakte aus einer Datei importieren… (Google, Outlook, Excel, vCard)</translation>
    </message>
    <message>
        <source>You can change your mind later: {import_command}, and {remove_command}.</source>
        <translation>Sie können es sich später anders überlegen: {import_command} und {remove_command}.</translation>
    </message>
    <message>
        <source>File › Import</source>
        <translation>Datei › Importieren</translation>
    </message>
    <message>
        <source>File › Remove demo data</source>
        <translation>Datei › Demodaten entfernen</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Demodaten werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Demo data added. Remove it any time with File › Remove demo data.</source>
        <translation>Demodaten hinzugefügt. Sie können sie jederzeit mit Datei › Demodaten entfernen wieder löschen.</translation>
    </message>
    <message>
        <source>The demo data could not be added: {error}</source>
        <translation>Die Demodaten konnten nicht hinzugefügt werden: {error}</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>Demodaten entfernen</translation>
    </message>
    <message>
        <source>There is no demo data to remove.</source>
        <translation>Es gibt keine Demodaten zum Entfernen.</translation>
    </message>
    <message>
        <source>Remove all the made-up contacts, companies, deals and follow-ups of the demo? Everything you added yourself stays.</source>
        <translation>Alle erfundenen Kontakte, Firmen, Deals und Wiedervorlagen der Demo entfernen? Alles, was Sie selbst hinzugefügt haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Demo data removed (1 record).</source>
        <translation>Demodaten entfernt (1 Eintrag).</translation>
    </message>
    <message>
        <source>Demo data removed ({n} records).</source>
        <translation>Demodaten entfernt ({n} Einträge).</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
</context>
</TS>
