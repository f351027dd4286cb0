<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BoardSavedViews</name>
    <message>
        <source>Save the current filter as a list of deals in the sidebar</source>
        <translation>Den aktuellen Filter als Liste von Deals in der Seitenleiste speichern</translation>
    </message>
    <message>
        <source>1 of the {total} deals in “{name}” is open in this pipeline</source>
        <translation>1 der {total} Deals in „{name}“ ist in dieser Pipeline offen</translation>
    </message>
    <message>
        <source>{count} of the {total} deals in “{name}” are open in this pipeline</source>
        <translation>{count} der {total} Deals in „{name}“ sind in dieser Pipeline offen</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>No contact or company</source>
        <translation>Kein Kontakt, keine Firma</translation>
    </message>
    <message>
        <source>Follow-up {date}</source>
        <translation>Wiedervorlage {date}</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Kein nächster Schritt</translation>
    </message>
    <message>
        <source>Closes {date}</source>
        <translation>Abschluss {date}</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>Kein Abschlussdatum</translation>
    </message>
</context>
<context>
    <name>ColumnModel</name>
    <message>
        <source>Expected to close {date}</source>
        <translation>Voraussichtlicher Abschluss {date}</translation>
    </message>
    <message>
        <source>Next follow-up {date}</source>
        <translation>Nächste Wiedervorlage {date}</translation>
    </message>
    <message>
        <source>No activity for 1 day: follow up on it.</source>
        <translation>Seit 1 Tag keine Aktivität: Bitte nachfassen.</translation>
    </message>
    <message>
        <source>No activity for {days} days: follow up on it.</source>
        <translation>Seit {days} Tagen keine Aktivität: Bitte nachfassen.</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete follow-up</source>
        <translation>Wiedervorlage erledigen</translation>
    </message>
    <message>
        <source>What happened? (optional; saved on the timeline)</source>
        <translation>Was ist passiert? (optional; wird im Verlauf gespeichert)</translation>
    </message>
    <message>
        <source>Not linked to a contact or deal: there is no timeline to log to.</source>
        <translation>Nicht mit einem Kontakt oder Deal verknüpft: Es gibt keinen Verlauf, in dem das Ergebnis gespeichert werden kann.</translation>
    </message>
    <message>
        <source>Log as</source>
        <translation>Speichern als</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>On schedule (from the due date): {date}</source>
        <translation>Nach Plan (ab dem Fälligkeitsdatum): {date}</translation>
    </message>
    <message>
        <source>Counted from today: {date}</source>
        <translation>Ab heute gerechnet: {date}</translation>
    </message>
    <message>
        <source>Next one</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Erledigen</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>e.g. Website for Bakery Müller</source>
        <translation>z. B. Website für Bäckerei Müller</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Stage default</source>
        <translation>Wie die Phase</translation>
    </message>
    <message>
        <source>Type a name to find a contact</source>
        <translation>Namen eingeben, um einen Kontakt zu finden</translation>
    </message>
    <message>
        <source>Type a name to find a company</source>
        <translation>Namen eingeben, um eine Firma zu finden</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, website</source>
        <translation>Durch Kommas getrennt, z. B. vip, website</translation>
    </message>
    <message>
        <source>Notes about this deal</source>
        <translation>Notizen zu diesem Deal</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Gewinnchance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
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
        <source>Mark as won</source>
        <translation>Als gewonnen markieren</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>Als verloren markieren…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Add a note to the timeline and press Enter</source>
        <translation>Notiz für den Verlauf eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>A new open deal.</source>
        <translation>Ein neuer offener Deal.</translation>
    </message>
    <message>
        <source>Deal: {title}</source>
        <translation>Deal: {title}</translation>
    </message>
    <message>
        <source>Open · in “{stage}” since {when}</source>
        <translation>Offen · in „{stage}“ seit {when}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e9d57&apos;&gt;Won&lt;/b&gt; on {when}</source>
        <translation>&lt;b style=&apos;color:#2e9d57&apos;&gt;Gewonnen&lt;/b&gt; am {when}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#d9483b&apos;&gt;Lost&lt;/b&gt; on {when}: {reason}</source>
        <translation>&lt;b style=&apos;color:#d9483b&apos;&gt;Verloren&lt;/b&gt; am {when}: {reason}</translation>
    </message>
    <message>
        <source>Nothing yet. Notes, calls and stage changes appear here.</source>
        <translation>Noch nichts da. Notizen, Anrufe und Phasenwechsel erscheinen hier.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Some of the other fields need a fix (see the message under each).</source>
        <translation>Einige der anderen Felder müssen korrigiert werden (siehe den Hinweis unter dem Feld).</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Notiz nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Deal verloren</translation>
    </message>
    <message>
        <source>Why was this deal lost?</source>
        <translation>Warum wurde dieser Deal verloren?</translation>
    </message>
    <message>
        <source>Mark “{title}” as won</source>
        <translation>„{title}“ als gewonnen markieren</translation>
    </message>
    <message>
        <source>Mark “{title}” as lost</source>
        <translation>„{title}“ als verloren markieren</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Reopen “{title}”</source>
        <translation>„{title}“ wieder öffnen</translation>
    </message>
</context>
<context>
    <name>DealsBulk</name>
    <message>
        <source>Move {what} to stage</source>
        <translation>{what} in Phase verschieben</translation>
    </message>
    <message>
        <source>Edit field…</source>
        <translation>Feld bearbeiten…</translation>
    </message>
    <message>
        <source>Add tags…</source>
        <translation>Schlagwörter hinzufügen…</translation>
    </message>
    <message>
        <source>Remove tags…</source>
        <translation>Schlagwörter entfernen…</translation>
    </message>
    <message>
        <source>Delete {what}…</source>
        <translation>{what} löschen…</translation>
    </message>
    <message>
        <source>Move {what} to “{stage}”</source>
        <translation>{what} nach „{stage}“ verschieben</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Schlagwörter hinzufügen</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Schlagwörter entfernen</translation>
    </message>
    <message>
        <source>Tags for {what}, separated by commas:</source>
        <translation>Schlagwörter für {what}, durch Kommas getrennt:</translation>
    </message>
    <message>
        <source>Add tags {names} to {what}</source>
        <translation>Schlagwörter {names} zu {what} hinzufügen</translation>
    </message>
    <message>
        <source>Remove tags {names} from {what}</source>
        <translation>Schlagwörter {names} von {what} entfernen</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Delete deals</source>
        <translation>Deals löschen</translation>
    </message>
    <message>
        <source>Move {what} to the trash?
(Edit › Undo brings them back.)</source>
        <translation>{what} in den Papierkorb verschieben?
(Bearbeiten › Rückgängig holt sie zurück.)</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>{what} löschen</translation>
    </message>
</context>
<context>
    <name>DealsPanel</name>
    <message>
        <source>Add a next step…</source>
        <translation>Nächsten Schritt planen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deals without a next step&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deals ohne nächsten Schritt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click to open this deal</source>
        <translation>Doppelklicken, um diesen Deal zu öffnen</translation>
    </message>
    <message>
        <source>No open deal is missing a next step.</source>
        <translation>Alle offenen Deals haben einen nächsten Schritt.</translation>
    </message>
    <message>
        <source>1 open deal with no open follow-up. Double-click to open it.</source>
        <translation>1 offener Deal ohne offene Wiedervorlage. Doppelklicken Sie, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>{count} open deals with no open follow-up. Double-click to open one.</source>
        <translation>{count} offene Deals ohne offene Wiedervorlage. Doppelklicken Sie auf einen, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>{count} open deals with no open follow-up (showing the {shown} largest). Double-click to open one.</source>
        <translation>{count} offene Deals ohne offene Wiedervorlage (die {shown} größten werden gezeigt). Doppelklicken Sie auf einen, um ihn zu öffnen.</translation>
    </message>
</context>
<context>
    <name>DealsSection</name>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Noch keine Deals.</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>Add a deal for this contact</source>
        <translation>Einen Deal für diesen Kontakt anlegen</translation>
    </message>
    <message>
        <source>Add a deal for this company</source>
        <translation>Einen Deal für diese Firma anlegen</translation>
    </message>
</context>
<context>
    <name>DealsTableModel</name>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Company · Contact</source>
        <translation>Firma · Kontakt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Gewinnchance</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation>Tage inaktiv</translation>
    </message>
    <message>
        <source>{days} (rotting)</source>
        <translation>{days} (inaktiv)</translation>
    </message>
</context>
<context>
    <name>DueField</name>
    <message>
        <source>e.g. tomorrow 9:00, in 3 days, next monday, fri 14:30</source>
        <translation>z. B. morgen 9:00, in 3 Tagen, nächsten Montag, Fr 14:30</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Pick a date on a calendar</source>
        <translation>Ein Datum im Kalender auswählen</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date format the due field understands</comment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Type when it is due, or pick a date.</source>
        <translation>Geben Sie ein, wann sie fällig ist, oder wählen Sie ein Datum.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Wiedervorlage bearbeiten</translation>
    </message>
    <message>
        <source>Quick add follow-up</source>
        <translation>Wiedervorlage schnell anlegen</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <source>What to do, e.g. “Call back about the quote”</source>
        <translation>Was ist zu tun? z. B. „Wegen des Angebots zurückrufen“</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>Weekdays only (move weekends to Monday)</source>
        <translation>Nur an Werktagen (Wochenenden auf Montag verschieben)</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfung</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>More options…</source>
        <translation>Weitere Optionen…</translation>
    </message>
    <message>
        <source>today</source>
        <comment>default due date; must be a word the due field understands</comment>
        <translation>heute</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> Tag(e)</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> Woche(n)</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> Monat(e)</translation>
    </message>
    <message>
        <source>Say when it is due.</source>
        <translation>Geben Sie an, wann sie fällig ist.</translation>
    </message>
</context>
<context>
    <name>FollowUpFeature</name>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Neue &amp;Wiedervorlage…</translation>
    </message>
    <message>
        <source>Export follow-ups to &amp;calendar (.ics)…</source>
        <translation>Wiedervorlagen in den &amp;Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>CRM: follow-ups</source>
        <translation>CRM: Wiedervorlagen</translation>
    </message>
    <message>
        <source>Open CRM</source>
        <translation>CRM öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
        <source>{count} follow-ups are due</source>
        <translation>{count} Wiedervorlagen sind fällig</translation>
    </message>
    <message>
        <source>1 follow-up became due while CRM was closed: {title}</source>
        <translation>1 Wiedervorlage wurde fällig, während CRM geschlossen war: {title}</translation>
    </message>
    <message>
        <source>{count} follow-ups became due while CRM was closed</source>
        <translation>{count} Wiedervorlagen wurden fällig, während CRM geschlossen war</translation>
    </message>
    <message>
        <source>Added follow-up “{title}”.</source>
        <translation>Wiedervorlage „{title}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>CRM keeps running</source>
        <translation>CRM läuft weiter</translation>
    </message>
    <message>
        <source>Reminders still come. Right-click the tray icon to quit.</source>
        <translation>Erinnerungen kommen weiterhin. Zum Beenden mit der rechten Maustaste auf das Symbol im Infobereich klicken.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Contact / deal</source>
        <translation>Kontakt / Deal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Done {day} {time}</source>
        <translation>Erledigt {day} {time}</translation>
    </message>
    <message>
        <source>Snoozed to {day} {time}</source>
        <translation>Zurückgestellt auf {day} {time}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} Tage zu spät</translation>
    </message>
    <message>
        <source>Created because it is time to get in touch again</source>
        <translation>Angelegt, weil es Zeit ist, sich wieder zu melden</translation>
    </message>
</context>
<context>
    <name>FollowUpTexts</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Upcoming (next 7 days)</source>
        <translation>Demnächst (nächste 7 Tage)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Done (last 14 days)</source>
        <translation>Erledigt (letzte 14 Tage)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Tomorrow morning (9:00)</source>
        <translation>Morgen früh (9:00)</translation>
    </message>
    <message>
        <source>Next week (Monday 9:00)</source>
        <translation>Nächste Woche (Montag 9:00)</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>inside a phrase</comment>
        <translation>heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <comment>inside a phrase</comment>
        <translation>morgen</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>inside a phrase</comment>
        <translation>gestern</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Heute, {day}</translation>
    </message>
    <message>
        <source>Tomorrow, {day}</source>
        <translation>Morgen, {day}</translation>
    </message>
    <message>
        <source>Yesterday, {day}</source>
        <translation>Gestern, {day}</translation>
    </message>
    <message>
        <source>{date} (in {days} days)</source>
        <translation>{date} (in {days} Tagen)</translation>
    </message>
    <message>
        <source>{date} (in the past)</source>
        <translation>{date} (in der Vergangenheit)</translation>
    </message>
    <message>
        <source>{when} at {time}</source>
        <translation>{when} um {time}</translation>
    </message>
    <message>
        <source>{when}, all day</source>
        <translation>{when}, ganztägig</translation>
    </message>
    <message>
        <source>Every {n} days</source>
        <translation>Alle {n} Tage</translation>
    </message>
    <message>
        <source>Every {n} weeks</source>
        <translation>Alle {n} Wochen</translation>
    </message>
    <message>
        <source>Every {n} months</source>
        <translation>Alle {n} Monate</translation>
    </message>
    <message>
        <source>Every month on the last day</source>
        <translation>Jeden Monat am letzten Tag</translation>
    </message>
    <message>
        <source>Every {n} months on the last day</source>
        <translation>Alle {n} Monate am letzten Tag</translation>
    </message>
    <message>
        <source>Every month on day {day}</source>
        <translation>Jeden Monat am {day}.</translation>
    </message>
    <message>
        <source>Every {n} months on day {day}</source>
        <translation>Alle {n} Monate am {day}.</translation>
    </message>
    <message>
        <source>{rule}, weekdays only</source>
        <translation>{rule}, nur an Werktagen</translation>
    </message>
</context>
<context>
    <name>FollowUpUndo</name>
    <message>
        <source>Complete “{title}”</source>
        <translation>„{title}“ erledigen</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>„{title}“ löschen</translation>
    </message>
    <message>
        <source>Delete {count} follow-ups</source>
        <translation>{count} Wiedervorlagen löschen</translation>
    </message>
    <message>
        <source>Snooze follow-up</source>
        <translation>Wiedervorlage zurückstellen</translation>
    </message>
    <message>
        <source>Snooze {count} follow-ups</source>
        <translation>{count} Wiedervorlagen zurückstellen</translation>
    </message>
    <message>
        <source>Add follow-up “{title}”</source>
        <translation>Wiedervorlage „{title}“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>FollowUpsSection</name>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Keine offenen Wiedervorlagen.</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Wiedervorlage hinzufügen</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>In Kontakt bleiben alle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A follow-up is created when this long has passed since you were last in touch.</source>
        <translation>Eine Wiedervorlage wird angelegt, wenn seit dem letzten Kontakt so viel Zeit vergangen ist.</translation>
    </message>
    <message>
        <source>Tick to complete; double-click to open</source>
        <translation>Abhaken zum Erledigen; Doppelklick zum Öffnen</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <source>Add a follow-up (Ctrl+Shift+F from anywhere)</source>
        <translation>Eine Wiedervorlage hinzufügen (Strg+Umschalt+F, überall im Programm)</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>In Kalender exportieren…</translation>
    </message>
    <message>
        <source>Log outcome…</source>
        <translation>Ergebnis festhalten…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No follow-ups yet. Plan your next step with New follow-up, or press Ctrl+Shift+F anywhere.</source>
        <translation>Noch keine Wiedervorlagen. Planen Sie Ihren nächsten Schritt mit „Neue Wiedervorlage“ oder drücken Sie überall im Programm Strg+Umschalt+F.</translation>
    </message>
    <message>
        <source>{overdue} overdue · {today} today · {upcoming} in the next 7 days · {later} later</source>
        <translation>{overdue} überfällig · {today} heute · {upcoming} in den nächsten 7 Tagen · {later} später</translation>
    </message>
    <message>
        <source>This follow-up no longer exists (it may have been completed long ago or deleted).</source>
        <translation>Diese Wiedervorlage gibt es nicht mehr (sie wurde vielleicht vor langer Zeit erledigt oder gelöscht).</translation>
    </message>
    <message>
        <source>Completed “{title}”.</source>
        <translation>„{title}“ erledigt.</translation>
    </message>
    <message>
        <source>Next one: {day}.</source>
        <translation>Nächste: {day}.</translation>
    </message>
    <message>
        <source>The outcome is on the timeline.</source>
        <translation>Das Ergebnis steht im Verlauf.</translation>
    </message>
    <message>
        <source>Snoozed 1 follow-up until {day} at {time}.</source>
        <translation>1 Wiedervorlage zurückgestellt bis {day} um {time}.</translation>
    </message>
    <message>
        <source>Snoozed {count} follow-ups until {day} at {time}.</source>
        <translation>{count} Wiedervorlagen zurückgestellt bis {day} um {time}.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>„{title}“ gelöscht.</translation>
    </message>
    <message>
        <source>Deleted {count} follow-ups.</source>
        <translation>{count} Wiedervorlagen gelöscht.</translation>
    </message>
    <message>
        <source>Export follow-ups to a calendar file</source>
        <translation>Wiedervorlagen in eine Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>followups.ics</source>
        <translation>wiedervorlagen.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file could not be written:
{path}

{reason}

Choose a folder you can write to and try again.</source>
        <translation>Die Datei konnte nicht geschrieben werden:
{path}

{reason}

Wählen Sie einen Ordner, in dem Sie speichern dürfen, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Exported 1 open follow-up to {path}. Import this file in your calendar app.</source>
        <translation>1 offene Wiedervorlage nach {path} exportiert. Importieren Sie diese Datei in Ihre Kalender-App.</translation>
    </message>
    <message>
        <source>Exported {count} open follow-ups to {path}. Import this file in your calendar app.</source>
        <translation>{count} offene Wiedervorlagen nach {path} exportiert. Importieren Sie diese Datei in Ihre Kalender-App.</translation>
    </message>
    <message>
        <source>There is no view to open this contact yet.</source>
        <translation>Für diesen Kontakt gibt es noch keine Ansicht zum Öffnen.</translation>
    </message>
    <message>
        <source>There is no view to open this deal yet.</source>
        <translation>Für diesen Deal gibt es noch keine Ansicht zum Öffnen.</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Neue Wiedervorlage…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Complete and log outcome…</source>
        <translation>Erledigen und Ergebnis festhalten…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Datum und Uhrzeit wählen…</translation>
    </message>
    <message>
        <source>Mark as not done</source>
        <translation>Als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>{name} öffnen</translation>
    </message>
    <message>
        <source>Open deal “{title}”</source>
        <translation>Deal „{title}“ öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Log the outcome</source>
        <translation>Ergebnis festhalten</translation>
    </message>
    <message>
        <source>What came of “{title}”?</source>
        <translation>Was ist aus „{title}“ geworden?</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Alle Pipelines</translation>
    </message>
    <message>
        <source>Weighted value (value × win probability) of open deals, by the month they are expected to close. Deals without a close date are not counted.</source>
        <translation>Gewichteter Wert (Wert × Gewinnchance) der offenen Deals, nach dem Monat, in dem sie voraussichtlich abgeschlossen werden. Deals ohne Abschlussdatum werden nicht mitgezählt.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <source>Type a contact&apos;s name or a deal…</source>
        <translation>Namen eines Kontakts oder Deals eingeben…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>{label}  (deal)</source>
        <translation>{label}  (Deal)</translation>
    </message>
    <message>
        <source>Linked to: {label}</source>
        <translation>Verknüpft mit: {label}</translation>
    </message>
    <message>
        <source>Not linked to a contact or deal</source>
        <translation>Nicht mit einem Kontakt oder Deal verknüpft</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Zum Öffnen klicken</translation>
    </message>
</context>
<context>
    <name>PipelineMenu</name>
    <message>
        <source>Pipeline settings…</source>
        <translation>Pipeline-Einstellungen…</translation>
    </message>
    <message>
        <source>New &amp;deal…</source>
        <translation>Neuer &amp;Deal…</translation>
    </message>
    <message>
        <source>Move deal to next stage</source>
        <translation>Deal in die nächste Phase verschieben</translation>
    </message>
    <message>
        <source>Move deal to previous stage</source>
        <translation>Deal in die vorige Phase verschieben</translation>
    </message>
    <message>
        <source>Pick a deal on the pipeline board first (Ctrl+3, then the arrow keys).</source>
        <translation>Wählen Sie zuerst einen Deal im Pipeline-Board aus (Strg+3, dann die Pfeiltasten).</translation>
    </message>
    <message>
        <source>This deal is already in the last stage.</source>
        <translation>Dieser Deal ist schon in der letzten Phase.</translation>
    </message>
    <message>
        <source>This deal is already in the first stage.</source>
        <translation>Dieser Deal ist schon in der ersten Phase.</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsDialog</name>
    <message>
        <source>Pipeline settings</source>
        <translation>Pipeline-Einstellungen</translation>
    </message>
    <message>
        <source>Add pipeline…</source>
        <translation>Pipeline hinzufügen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pipelines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pipelines&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Win probability %</source>
        <translation>Gewinnchance %</translation>
    </message>
    <message>
        <source>Rotting after (days)</source>
        <translation>Inaktiv nach (Tagen)</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Delete stage…</source>
        <translation>Phase löschen…</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. A deal is “rotting” when it has had no activity or stage change for longer than its stage allows (0 or empty: never).</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten. Ein Deal gilt als „inaktiv“, wenn er länger ohne Aktivität oder Phasenwechsel war, als seine Phase erlaubt (0 oder leer: nie).</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stages of “{name}”&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phasen von „{name}“&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Name der neuen Phase:</translation>
    </message>
    <message>
        <source>Select the stage to delete first.</source>
        <translation>Wählen Sie zuerst die Phase aus, die gelöscht werden soll.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation>Eine Pipeline braucht mindestens eine Phase.</translation>
    </message>
    <message>
        <source>“{stage}” holds 1 deal.
Move the deal to which stage before deleting the stage?</source>
        <translation>„{stage}“ enthält 1 Deal.
In welche Phase soll er verschoben werden, bevor die Phase gelöscht wird?</translation>
    </message>
    <message>
        <source>“{stage}” holds {count} deals.
Move them to which stage before deleting it?</source>
        <translation>„{stage}“ enthält {count} Deals.
In welche Phase sollen sie verschoben werden, bevor die Phase gelöscht wird?</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Delete the empty stage “{stage}”?</source>
        <translation>Die leere Phase „{stage}“ löschen?</translation>
    </message>
    <message>
        <source>Add pipeline</source>
        <translation>Pipeline hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new pipeline (it starts with the usual four stages):</source>
        <translation>Name der neuen Pipeline (sie beginnt mit den üblichen vier Phasen):</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Pipeline umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>PipelineTexts</name>
    <message>
        <source>rotting 1 day</source>
        <translation>1 Tag inaktiv</translation>
    </message>
    <message>
        <source>rotting {days} days</source>
        <translation>{days} Tage inaktiv</translation>
    </message>
    <message>
        <source>{count} rotting</source>
        <translation>{count} inaktiv</translation>
    </message>
    <message>
        <source>{count} rotting</source>
        <comment>of the open deals in a stage</comment>
        <translation>davon {count} inaktiv</translation>
    </message>
    <message>
        <source>Win probability {percent} %</source>
        <translation>Gewinnchance {percent} %</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Filter deals by title, company or contact</source>
        <translation>Deals nach Titel, Firma oder Kontakt filtern</translation>
    </message>
    <message>
        <source>Show only deals with this tag</source>
        <translation>Nur Deals mit diesem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Weighted value of open deals by expected close month</source>
        <translation>Gewichteter Wert der offenen Deals nach erwartetem Abschlussmonat</translation>
    </message>
    <message>
        <source>Pipeline settings: stages, probabilities, rotting limits</source>
        <translation>Pipeline-Einstellungen: Phasen, Gewinnchancen, Grenzen für Inaktivität</translation>
    </message>
    <message>
        <source>Right-click to show or hide custom field columns</source>
        <translation>Rechtsklick, um Spalten für eigene Felder ein- oder auszublenden</translation>
    </message>
    <message>
        <source>Drop here: Won</source>
        <translation>Hier ablegen: Gewonnen</translation>
    </message>
    <message>
        <source>Drop here: Lost</source>
        <translation>Hier ablegen: Verloren</translation>
    </message>
    <message>
        <source>No open deals yet: click + at the top of a stage, or press Ctrl+Shift+D.</source>
        <translation>Noch keine offenen Deals: Klicken Sie oben in einer Phase auf + oder drücken Sie Strg+Umschalt+D.</translation>
    </message>
    <message>
        <source>1 open deal matches the filter</source>
        <translation>1 offener Deal passt zum Filter</translation>
    </message>
    <message>
        <source>{count} open deals match the filter</source>
        <translation>{count} offene Deals passen zum Filter</translation>
    </message>
    <message>
        <source>1 open deal</source>
        <translation>1 offener Deal</translation>
    </message>
    <message>
        <source>{count} open deals</source>
        <translation>{count} offene Deals</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Reorder “{title}”</source>
        <translation>„{title}“ umsortieren</translation>
    </message>
    <message>
        <source>Move “{title}” to another stage</source>
        <translation>„{title}“ in eine andere Phase verschieben</translation>
    </message>
    <message>
        <source>Move “{title}” to {stage}</source>
        <translation>„{title}“ in die Phase {stage} verschieben</translation>
    </message>
    <message>
        <source>this deal</source>
        <translation>diesen Deal</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Deal verloren</translation>
    </message>
    <message>
        <source>Why was “{title}” lost?
(e.g. too expensive, chose a competitor)</source>
        <translation>Warum wurde „{title}“ verloren?
(z. B. zu teuer, Mitbewerber gewählt)</translation>
    </message>
    <message>
        <source>Say why the deal was lost, so that you can learn from it. The deal stays open.</source>
        <translation>Geben Sie an, warum der Deal verloren wurde, damit Sie daraus lernen können. Der Deal bleibt offen.</translation>
    </message>
    <message>
        <source>Mark “{title}” as won</source>
        <translation>„{title}“ als gewonnen markieren</translation>
    </message>
    <message>
        <source>Mark “{title}” as lost</source>
        <translation>„{title}“ als verloren markieren</translation>
    </message>
    <message>
        <source>Deal not added</source>
        <translation>Deal nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>In Phase verschieben</translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation>Als gewonnen markieren</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>Als verloren markieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Deal löschen</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?
(Edit › Undo brings it back.)</source>
        <translation>„{title}“ in den Papierkorb verschieben?
(Bearbeiten › Rückgängig holt den Deal zurück.)</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>„{title}“ löschen</translation>
    </message>
    <message>
        <source>No custom fields for deals (Tools › Custom fields…)</source>
        <translation>Keine eigenen Felder für Deals (Extras › Eigene Felder…)</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>tomorrow 9:00</source>
        <translation>morgen 9:00</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Snooze until when?</source>
        <translation>Bis wann zurückstellen?</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Add a deal to this stage</source>
        <translation>Einen Deal in dieser Phase anlegen</translation>
    </message>
    <message>
        <source>Title and value, e.g. Website 1200</source>
        <translation>Titel und Wert, z. B. Website 1200</translation>
    </message>
    <message>
        <source>1 open deal in this stage</source>
        <translation>1 offener Deal in dieser Phase</translation>
    </message>
    <message>
        <source>{count} open deals in this stage</source>
        <translation>{count} offene Deals in dieser Phase</translation>
    </message>
    <message>
        <source>Total value of the open deals in this stage: {total}</source>
        <translation>Gesamtwert der offenen Deals in dieser Phase: {total}</translation>
    </message>
    <message>
        <source>Weighted {total}</source>
        <translation>Gewichtet {total}</translation>
    </message>
    <message>
        <source>Weighted {total}: value × win probability ({percent} % in this stage, or the deal&apos;s own probability), what these deals are likely worth.</source>
        <translation>Gewichtet {total}: Wert × Gewinnchance ({percent} % in dieser Phase oder die eigene Chance des Deals), also was diese Deals voraussichtlich wert sind.</translation>
    </message>
    <message>
        <source>{stage}: {percent} % win probability; rotting after {days} days without activity</source>
        <translation>{stage}: {percent} % Gewinnchance; inaktiv nach {days} Tagen ohne Aktivität</translation>
    </message>
    <message>
        <source>{stage}: {percent} % win probability</source>
        <translation>{stage}: {percent} % Gewinnchance</translation>
    </message>
</context>
</TS>
