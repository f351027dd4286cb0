<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Today, {date}</source>
        <translation>Heute, {date}</translation>
    </message>
    <message>
        <source>Tomorrow, {date}</source>
        <translation>Morgen, {date}</translation>
    </message>
    <message>
        <source>Yesterday, {date}</source>
        <translation>Gestern, {date}</translation>
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
        <source>Mon</source>
        <translation>Mo.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <source>Try “tomorrow 9:00”, “in 3 days”, “next monday”, “fri 14:30” or 2026-12-01.</source>
        <translation>Versuchen Sie zum Beispiel „tomorrow 9:00“, „in 3 days“, „next monday“, „fri 14:30“, 01.12.2026 oder 2026-12-01.</translation>
    </message>
    <message>
        <source>Type a date. {help}</source>
        <translation>Geben Sie ein Datum ein. {help}</translation>
    </message>
    <message>
        <source>“{text}” is not a date I understand. {help}</source>
        <translation>„{text}“ ist kein Datum, das ich verstehe. {help}</translation>
    </message>
    <message>
        <source>“{text}” is not a date I understand. {why} {help}</source>
        <translation>„{text}“ ist kein Datum, das ich verstehe. {why} {help}</translation>
    </message>
    <message>
        <source>That day does not exist.</source>
        <translation>Diesen Tag gibt es nicht.</translation>
    </message>
    <message>
        <source>That day does not exist (day.month.year).</source>
        <translation>Diesen Tag gibt es nicht (Tag.Monat.Jahr).</translation>
    </message>
    <message>
        <source>That is too far ahead.</source>
        <translation>Das liegt zu weit in der Zukunft.</translation>
    </message>
    <message>
        <source>Repeat every day, week or month.</source>
        <translation>Wiederholen Sie täglich, wöchentlich oder monatlich.</translation>
    </message>
    <message>
        <source>Repeat every 1 to 365 days, weeks or months.</source>
        <translation>Wiederholen Sie alle 1 bis 365 Tage, Wochen oder Monate.</translation>
    </message>
    <message>
        <source>This repeat rule is not supported: {rule}</source>
        <translation>Diese Wiederholungsregel wird nicht unterstützt: {rule}</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Every {n} days</source>
        <translation>Alle {n} Tage</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every {n} weeks</source>
        <translation>Alle {n} Wochen</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>Every {n} months</source>
        <translation>Alle {n} Monate</translation>
    </message>
    <message>
        <source>{rule} on the last day</source>
        <translation>{rule} am letzten Tag</translation>
    </message>
    <message>
        <source>{rule} on day {day}</source>
        <translation>{rule} am {day}.</translation>
    </message>
    <message>
        <source>{rule}, weekdays only</source>
        <translation>{rule}, nur an Werktagen</translation>
    </message>
    <message>
        <source>This follow-up has no further occurrence.</source>
        <translation>Diese Wiedervorlage hat keinen weiteren Termin.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <source>Email received</source>
        <translation>E-Mail empfangen</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>This contact no longer exists (it may have been deleted).</source>
        <translation>Diesen Kontakt gibt es nicht mehr (er wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>This company no longer exists (it may have been deleted).</source>
        <translation>Diese Firma gibt es nicht mehr (sie wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>This deal no longer exists (it may have been deleted).</source>
        <translation>Diesen Deal gibt es nicht mehr (er wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>This activity no longer exists (it may have been deleted).</source>
        <translation>Diese Aktivität gibt es nicht mehr (sie wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>This follow-up no longer exists (it may have been deleted).</source>
        <translation>Diese Wiedervorlage gibt es nicht mehr (sie wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>This pipeline no longer exists (it may have been deleted).</source>
        <translation>Diese Pipeline gibt es nicht mehr (sie wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>This stage no longer exists (it may have been deleted).</source>
        <translation>Diese Phase gibt es nicht mehr (sie wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>This template no longer exists (it may have been deleted).</source>
        <translation>Diese Vorlage gibt es nicht mehr (sie wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>This mail merge no longer exists (it may have been deleted).</source>
        <translation>Diese Serienmail gibt es nicht mehr (sie wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>This import no longer exists (it may have been deleted).</source>
        <translation>Diesen Import gibt es nicht mehr (er wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>This merge no longer exists (it may have been deleted).</source>
        <translation>Diese Zusammenführung gibt es nicht mehr (sie wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>This saved view no longer exists (it may have been deleted).</source>
        <translation>Diese gespeicherte Ansicht gibt es nicht mehr (sie wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been deleted).</source>
        <translation>Diesen Eintrag gibt es nicht mehr (er wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>This contact was changed elsewhere while you were editing it. Your changes were not saved; reopen it and try again.</source>
        <translation>Dieser Kontakt wurde an anderer Stelle geändert, während Sie ihn bearbeitet haben. Ihre Änderungen wurden nicht gespeichert; öffnen Sie ihn erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This company was changed elsewhere while you were editing it. Your changes were not saved; reopen it and try again.</source>
        <translation>Diese Firma wurde an anderer Stelle geändert, während Sie sie bearbeitet haben. Ihre Änderungen wurden nicht gespeichert; öffnen Sie sie erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This deal was changed elsewhere while you were editing it. Your changes were not saved; reopen it and try again.</source>
        <translation>Dieser Deal wurde an anderer Stelle geändert, während Sie ihn bearbeitet haben. Ihre Änderungen wurden nicht gespeichert; öffnen Sie ihn erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This follow-up was changed elsewhere while you were editing it. Your changes were not saved; reopen it and try again.</source>
        <translation>Diese Wiedervorlage wurde an anderer Stelle geändert, während Sie sie bearbeitet haben. Ihre Änderungen wurden nicht gespeichert; öffnen Sie sie erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere while you were editing it. Your changes were not saved; reopen it and try again.</source>
        <translation>Dieser Eintrag wurde an anderer Stelle geändert, während Sie ihn bearbeitet haben. Ihre Änderungen wurden nicht gespeichert; öffnen Sie ihn erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>,</source>
        <translation>.</translation>
    </message>
    <message>
        <source>.</source>
        <translation>,</translation>
    </message>
    <message>
        <source>Enter an amount such as 1200 or 1200.50.</source>
        <translation>Geben Sie einen Betrag ein, zum Beispiel 1200 oder 1200,50.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Dieser Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>This does not look like a phone number (use digits, spaces, + and -).</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus (verwenden Sie Ziffern, Leerzeichen, + und -).</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>The end date is before the start date. Pick an end date on or after the start.</source>
        <translation>Das Enddatum liegt vor dem Startdatum. Wählen Sie ein Enddatum am oder nach dem Start.</translation>
    </message>
    <message>
        <source>A custom period needs a start and an end date.</source>
        <translation>Ein eigener Zeitraum braucht ein Start- und ein Enddatum.</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>Für diesen Zeitraum gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>The email address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid email address (it should look like name@example.com).</source>
        <translation>„{address}“ ist keine gültige E-Mail-Adresse (sie sollte so aussehen: name@example.com).</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR, USD or GBP.</source>
        <translation>Verwenden Sie einen dreibuchstabigen Währungscode wie EUR, USD oder GBP.</translation>
    </message>
    <message>
        <source>The birthday is in the future.</source>
        <translation>Der Geburtstag liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The birthday year looks wrong.</source>
        <translation>Das Geburtsjahr sieht falsch aus.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>An activity must belong to a contact, company or deal.</source>
        <translation>Eine Aktivität muss zu einem Kontakt, einer Firma oder einem Deal gehören.</translation>
    </message>
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
        <translation>Vor einer Zusammenführung</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>{problem} Your current data was not changed.</source>
        <translation>{problem} Ihre aktuellen Daten wurden nicht verändert.</translation>
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
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
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
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Set {field} on {count}</source>
        <translation>{field} bei {count} setzen</translation>
    </message>
    <message>
        <source>“{field}” cannot be changed in bulk.</source>
        <translation>„{field}“ kann nicht für mehrere auf einmal geändert werden.</translation>
    </message>
    <message>
        <source>Use a date like 2026-03-31.</source>
        <translation>Verwenden Sie ein Datum wie 2026-03-31.</translation>
    </message>
    <message>
        <source>This is too long (200 characters at most).</source>
        <translation>Das ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>Add tags to {count}</source>
        <translation>Schlagwörter zu {count} hinzufügen</translation>
    </message>
    <message>
        <source>Remove tags from {count}</source>
        <translation>Schlagwörter von {count} entfernen</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Geben Sie den Namen der Firma ein.</translation>
    </message>
    <message>
        <source>A company named “{name}” already exists.</source>
        <translation>Eine Firma mit dem Namen „{name}“ gibt es bereits.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Enter a first or last name.</source>
        <translation>Geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <source>This name is too long (200 characters at most).</source>
        <translation>Dieser Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>“{number}”: {problem}</source>
        <translation>„{number}“: {problem}</translation>
    </message>
    <message>
        <source>The company name is too long (200 characters at most).</source>
        <translation>Der Firmenname ist zu lang (höchstens 200 Zeichen).</translation>
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
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field}: „{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>{field}: use a date like 2026-03-31.</source>
        <translation>{field}: Verwenden Sie ein Datum wie 2026-03-31.</translation>
    </message>
    <message>
        <source>{field}: answer yes or no.</source>
        <translation>{field}: Antworten Sie mit Ja oder Nein.</translation>
    </message>
    <message>
        <source>{field}: choose one of {choices}.</source>
        <translation>{field}: Wählen Sie eines von: {choices}.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>Geben Sie dem Feld einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long (200 characters at most).</source>
        <translation>Der Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>List at least one choice, one per line.</source>
        <translation>Geben Sie mindestens eine Auswahl an, eine pro Zeile.</translation>
    </message>
    <message>
        <source>There is already a field called “{name}”.</source>
        <translation>Es gibt bereits ein Feld mit dem Namen „{name}“.</translation>
    </message>
    <message>
        <source>This field no longer exists.</source>
        <translation>Dieses Feld gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>There is no field “{key}”.</source>
        <translation>Es gibt kein Feld „{key}“.</translation>
    </message>
    <message>
        <source>Enter a title for the deal, e.g. “Website for Bakery Müller”.</source>
        <translation>Geben Sie einen Titel für den Deal ein, z. B. „Website für Bäckerei Müller“.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation>Der Titel ist zu lang (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code such as EUR, USD or GBP.</source>
        <translation>Geben Sie einen dreibuchstabigen Währungscode wie EUR, USD oder GBP ein.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Der Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The value is too large.</source>
        <translation>Der Wert ist zu groß.</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 %.</source>
        <translation>Die Gewinnwahrscheinlichkeit muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>Choose a pipeline stage for the deal.</source>
        <translation>Wählen Sie eine Pipeline-Phase für den Deal.</translation>
    </message>
    <message>
        <source>This deal is closed. Reopen it before moving it.</source>
        <translation>Dieser Deal ist abgeschlossen. Öffnen Sie ihn wieder, bevor Sie ihn verschieben.</translation>
    </message>
    <message>
        <source>That stage belongs to another pipeline.</source>
        <translation>Diese Phase gehört zu einer anderen Pipeline.</translation>
    </message>
    <message>
        <source>“{title}” is closed. Reopen it before moving it, or leave it out.</source>
        <translation>„{title}“ ist abgeschlossen. Öffnen Sie den Deal wieder, bevor Sie ihn verschieben, oder lassen Sie ihn weg.</translation>
    </message>
    <message>
        <source>“{title}” is in another pipeline than that stage.</source>
        <translation>„{title}“ gehört zu einer anderen Pipeline als diese Phase.</translation>
    </message>
    <message>
        <source>Say why the deal was lost (for example “too expensive”).</source>
        <translation>Geben Sie an, warum der Deal verloren wurde (zum Beispiel „zu teuer“).</translation>
    </message>
    <message>
        <source>This deal is already closed. Reopen it first.</source>
        <translation>Dieser Deal ist bereits abgeschlossen. Öffnen Sie ihn zuerst wieder.</translation>
    </message>
    <message>
        <source>That stage no longer exists. Choose another one.</source>
        <translation>Diese Phase gibt es nicht mehr. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>This pipeline has no stages yet. Add one in the pipeline settings.</source>
        <translation>Diese Pipeline hat noch keine Phasen. Fügen Sie in den Pipeline-Einstellungen eine hinzu.</translation>
    </message>
    <message>
        <source>That contact no longer exists. Choose another one.</source>
        <translation>Diesen Kontakt gibt es nicht mehr. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>That company no longer exists. Choose another one.</source>
        <translation>Diese Firma gibt es nicht mehr. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>same email {address}</source>
        <translation>gleiche E-Mail {address}</translation>
    </message>
    <message>
        <source>same phone {number}</source>
        <translation>gleiche Telefonnummer {number}</translation>
    </message>
    <message>
        <source>very similar name at the same company</source>
        <translation>sehr ähnlicher Name bei derselben Firma</translation>
    </message>
    <message>
        <source>same domain {domain}</source>
        <translation>gleiche Domain {domain}</translation>
    </message>
    <message>
        <source>very similar name</source>
        <translation>sehr ähnlicher Name</translation>
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
        <source>Notes and activities</source>
        <translation>Notizen und Aktivitäten</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>{stage} · {status}</source>
        <translation>{stage} · {status}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig {date}</translation>
    </message>
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
        <source>Give the follow-up a title, e.g. “Call back about the quote”.</source>
        <translation>Geben Sie der Wiedervorlage einen Titel, z. B. „Wegen des Angebots zurückrufen“.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most); put details in the notes.</source>
        <translation>Der Titel ist zu lang (höchstens 300 Zeichen); schreiben Sie Einzelheiten in die Notizen.</translation>
    </message>
    <message>
        <source>Priority must be low, normal or high.</source>
        <translation>Die Priorität muss niedrig, normal oder hoch sein.</translation>
    </message>
    <message>
        <source>The linked contact no longer exists.</source>
        <translation>Den verknüpften Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The linked deal no longer exists.</source>
        <translation>Den verknüpften Deal gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Pick a time in the future to snooze to.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft, bis zu dem zurückgestellt wird.</translation>
    </message>
    <message>
        <source>the job title is too long; it was put in the notes</source>
        <translation>die Position ist zu lang; sie wurde in die Notizen übernommen</translation>
    </message>
    <message>
        <source>the city is too long; it was put in the notes</source>
        <translation>der Ort ist zu lang; er wurde in die Notizen übernommen</translation>
    </message>
    <message>
        <source>the postal code is too long; it was put in the notes</source>
        <translation>die Postleitzahl ist zu lang; sie wurde in die Notizen übernommen</translation>
    </message>
    <message>
        <source>the region is too long; it was put in the notes</source>
        <translation>das Bundesland bzw. die Region ist zu lang; es wurde in die Notizen übernommen</translation>
    </message>
    <message>
        <source>the country is too long; it was put in the notes</source>
        <translation>das Land ist zu lang; es wurde in die Notizen übernommen</translation>
    </message>
    <message>
        <source>the website is too long; it was put in the notes</source>
        <translation>die Website ist zu lang; sie wurde in die Notizen übernommen</translation>
    </message>
    <message>
        <source>“{value}” is not a valid email address; it was put in the notes</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse; sie wurde in die Notizen übernommen</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number; it was put in the notes</source>
        <translation>„{value}“ ist keine Telefonnummer; sie wurde in die Notizen übernommen</translation>
    </message>
    <message>
        <source>the birthday “{value}” is not a date; it was put in the notes</source>
        <translation>der Geburtstag „{value}“ ist kein Datum; er wurde in die Notizen übernommen</translation>
    </message>
    <message>
        <source>the birthday {value} looks wrong; it was put in the notes</source>
        <translation>der Geburtstag {value} sieht falsch aus; er wurde in die Notizen übernommen</translation>
    </message>
    <message>
        <source>there is no name (first, last or full name is empty)</source>
        <translation>es gibt keinen Namen (Vor-, Nach- oder vollständiger Name ist leer)</translation>
    </message>
    <message>
        <source>{problem} This value was not imported.</source>
        <translation>{problem} Dieser Wert wurde nicht importiert.</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{done} von {total} Zeilen</translation>
    </message>
    <message>
        <source>{done} rows</source>
        <translation>{done} Zeilen</translation>
    </message>
    <message>
        <source>this row could not be read ({error})</source>
        <translation>diese Zeile konnte nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>Reading the file stopped unexpectedly. Nothing was imported; please try again.</source>
        <translation>Das Lesen der Datei wurde unerwartet abgebrochen. Es wurde nichts importiert; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Dieser Import wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Removed the 1 contact the import had added</source>
        <translation>Den 1 vom Import hinzugefügten Kontakt entfernt</translation>
    </message>
    <message>
        <source>Removed the {n} contacts the import had added</source>
        <translation>Die {n} vom Import hinzugefügten Kontakte entfernt</translation>
    </message>
    <message>
        <source>put back 1 contact it had changed</source>
        <translation>1 geänderten Kontakt zurückgesetzt</translation>
    </message>
    <message>
        <source>put back {n} contacts it had changed</source>
        <translation>{n} geänderte Kontakte zurückgesetzt</translation>
    </message>
    <message>
        <source>removed the 1 company it had added</source>
        <translation>die 1 hinzugefügte Firma entfernt</translation>
    </message>
    <message>
        <source>removed the {n} companies it had added</source>
        <translation>die {n} hinzugefügten Firmen entfernt</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}.</source>
        <translation>{first}, {second} und {third}.</translation>
    </message>
    <message>
        <source>{first} and {second}.</source>
        <translation>{first} und {second}.</translation>
    </message>
    <message>
        <source>{first}.</source>
        <translation>{first}.</translation>
    </message>
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
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Rows read: {n}</source>
        <translation>Gelesene Zeilen: {n}</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row of the file (merged into it): {n}</source>
        <translation>Zeilen, die eine frühere Zeile der Datei wiederholen (mit ihr zusammengeführt): {n}</translation>
    </message>
    <message>
        <source>Already up to date (nothing new in the file): {n}</source>
        <translation>Bereits aktuell (nichts Neues in der Datei): {n}</translation>
    </message>
    <message>
        <source>Will skip (already in your contacts): {n}</source>
        <translation>Werden übersprungen (bereits in Ihren Kontakten): {n}</translation>
    </message>
    <message>
        <source>Skipped (already in your contacts): {n}</source>
        <translation>Übersprungen (bereits in Ihren Kontakten): {n}</translation>
    </message>
    <message>
        <source>Empty rows ignored: {n}</source>
        <translation>Leere Zeilen ignoriert: {n}</translation>
    </message>
    <message>
        <source>Rows with problems (will not be imported): {n}</source>
        <translation>Zeilen mit Problemen (werden nicht importiert): {n}</translation>
    </message>
    <message>
        <source>Rows with problems (not imported): {n}</source>
        <translation>Zeilen mit Problemen (nicht importiert): {n}</translation>
    </message>
    <message>
        <source>  row {row}: {reason}</source>
        <translation>  Zeile {row}: {reason}</translation>
    </message>
    <message>
        <source>  … and {n} more</source>
        <translation>  … und {n} weitere</translation>
    </message>
    <message>
        <source>Rows imported with a note about a value: {n}</source>
        <translation>Importierte Zeilen mit einem Hinweis zu einem Wert: {n}</translation>
    </message>
    <message>
        <source>Will create: 1 new contact</source>
        <translation>Wird angelegt: 1 neuer Kontakt</translation>
    </message>
    <message>
        <source>Will create: {n} new contacts</source>
        <translation>Werden angelegt: {n} neue Kontakte</translation>
    </message>
    <message>
        <source>Created: 1 new contact</source>
        <translation>Angelegt: 1 neuer Kontakt</translation>
    </message>
    <message>
        <source>Created: {n} new contacts</source>
        <translation>Angelegt: {n} neue Kontakte</translation>
    </message>
    <message>
        <source>Will update: 1 existing contact</source>
        <translation>Wird aktualisiert: 1 vorhandener Kontakt</translation>
    </message>
    <message>
        <source>Will update: {n} existing contacts</source>
        <translation>Werden aktualisiert: {n} vorhandene Kontakte</translation>
    </message>
    <message>
        <source>Updated: 1 existing contact</source>
        <translation>Aktualisiert: 1 vorhandener Kontakt</translation>
    </message>
    <message>
        <source>Updated: {n} existing contacts</source>
        <translation>Aktualisiert: {n} vorhandene Kontakte</translation>
    </message>
    <message>
        <source>There is no saved column set-up called “{name}”.</source>
        <translation>Es gibt keine gespeicherte Spaltenzuordnung mit dem Namen „{name}“.</translation>
    </message>
    <message>
        <source>no name in this row</source>
        <translation>kein Name in dieser Zeile</translation>
    </message>
    <message>
        <source>Give the column set-up a name.</source>
        <translation>Geben Sie der Spaltenzuordnung einen Namen.</translation>
    </message>
    <message>
        <source>Saving a backup of your data first…</source>
        <translation>Zuerst wird eine Datensicherung Ihrer Daten gespeichert…</translation>
    </message>
    <message>
        <source>No new mail.</source>
        <translation>Keine neuen E-Mails.</translation>
    </message>
    <message>
        <source>Read {read} new message(s); {logged} added to contact timelines. More new mail is waiting: fetch again.</source>
        <translation>{read} neue Nachricht(en) gelesen; {logged} in Kontaktverläufe übernommen. Es warten weitere neue E-Mails: Rufen Sie erneut ab.</translation>
    </message>
    <message>
        <source>Read {read} new message(s); {logged} added to contact timelines.</source>
        <translation>{read} neue Nachricht(en) gelesen; {logged} in Kontaktverläufe übernommen.</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server, e.g. smtp.example.com.</source>
        <translation>Geben Sie den Postausgangsserver (SMTP) ein, z. B. smtp.example.com.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS or STARTTLS.</source>
        <translation>Wählen Sie SSL/TLS oder STARTTLS.</translation>
    </message>
    <message>
        <source>Set up your email account first (Tools → Email settings…).</source>
        <translation>Richten Sie zuerst Ihr E-Mail-Konto ein (Extras → E-Mail-Einstellungen…).</translation>
    </message>
    <message>
        <source>No password is saved for this email account. Enter it in Tools → Email settings…</source>
        <translation>Für dieses E-Mail-Konto ist kein Passwort gespeichert. Geben Sie es unter Extras → E-Mail-Einstellungen… ein.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>A template called “{name}” already exists.</source>
        <translation>Eine Vorlage mit dem Namen „{name}“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Write a subject or a message first.</source>
        <translation>Schreiben Sie zuerst einen Betreff oder eine Nachricht.</translation>
    </message>
    <message>
        <source>This contact has no email address. Add one first.</source>
        <translation>Dieser Kontakt hat keine E-Mail-Adresse. Fügen Sie zuerst eine hinzu.</translation>
    </message>
    <message>
        <source>Add an incoming (IMAP) server in Email settings to fetch mail.</source>
        <translation>Tragen Sie in den E-Mail-Einstellungen einen Posteingangsserver (IMAP) ein, um E-Mails abzurufen.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gerade gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Check: may have been sent</source>
        <translation>Prüfen: vielleicht schon gesendet</translation>
    </message>
    <message>
        <source>Marked “do not email”</source>
        <translation>Markiert mit „Keine E-Mails“</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Found in your Sent folder after an interruption</source>
        <translation>Nach einer Unterbrechung in Ihrem Ordner „Gesendet“ gefunden</translation>
    </message>
    <message>
        <source>Sending was interrupted: this message may or may not have gone out. Check your Sent folder, then choose “Send again” or “Mark as sent”.</source>
        <translation>Das Senden wurde unterbrochen: Diese Nachricht ist vielleicht verschickt worden, vielleicht auch nicht. Sehen Sie in Ihrem Ordner „Gesendet“ nach und wählen Sie dann „Erneut senden“ oder „Als gesendet markieren“.</translation>
    </message>
    <message>
        <source>Marked as sent by you</source>
        <translation>Von Ihnen als gesendet markiert</translation>
    </message>
    <message>
        <source>Merge stopped by you</source>
        <translation>Serienmail von Ihnen gestoppt</translation>
    </message>
    <message>
        <source>Contact was deleted</source>
        <translation>Kontakt wurde gelöscht</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} wartend</translation>
    </message>
    <message>
        <source>{n} sending</source>
        <translation>{n} gerade im Versand</translation>
    </message>
    <message>
        <source>{n} sent</source>
        <translation>{n} gesendet</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} fehlgeschlagen</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>{n} übersprungen</translation>
    </message>
    <message>
        <source>{n} to check</source>
        <translation>{n} zu prüfen</translation>
    </message>
    <message>
        <source>no recipients</source>
        <translation>keine Empfänger</translation>
    </message>
    <message>
        <source>None of these contacts can be emailed.</source>
        <translation>Keinem dieser Kontakte kann eine E-Mail geschickt werden.</translation>
    </message>
    <message>
        <source>Sending to {name} &lt;{address}&gt;</source>
        <translation>Senden an {name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <source>The connection failed while sending: {problem}</source>
        <translation>Die Verbindung ist beim Senden abgebrochen: {problem}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Merged “{other}” into “{survivor}”</source>
        <translation>„{other}“ mit „{survivor}“ zusammengeführt</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Ein Eintrag kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>One of these records is in the trash. Restore it first, then merge.</source>
        <translation>Einer dieser Einträge liegt im Papierkorb. Stellen Sie ihn zuerst wieder her und führen Sie dann zusammen.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Diese Zusammenführung wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The merged record is in the trash. Restore it first, then undo the merge.</source>
        <translation>Der zusammengeführte Eintrag liegt im Papierkorb. Stellen Sie ihn zuerst wieder her und machen Sie dann die Zusammenführung rückgängig.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <source>Enter a name for the stage.</source>
        <translation>Geben Sie einen Namen für die Phase ein.</translation>
    </message>
    <message>
        <source>Enter a name for the pipeline.</source>
        <translation>Geben Sie einen Namen für die Pipeline ein.</translation>
    </message>
    <message>
        <source>The stage name is too long (200 characters at most).</source>
        <translation>Der Name der Phase ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>The pipeline name is too long (200 characters at most).</source>
        <translation>Der Name der Pipeline ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>The rotting limit must be between 1 and 3650 days (0 for none).</source>
        <translation>Die Grenze für liegen gebliebene Deals muss zwischen 1 und 3650 Tagen liegen (0 für keine).</translation>
    </message>
    <message>
        <source>This is the only pipeline left. Add another one before archiving it.</source>
        <translation>Das ist die einzige verbleibende Pipeline. Legen Sie eine weitere an, bevor Sie diese archivieren.</translation>
    </message>
    <message>
        <source>The stages changed meanwhile. Close the settings and try again.</source>
        <translation>Die Phasen wurden inzwischen geändert. Schließen Sie die Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage, so its last stage cannot be deleted.</source>
        <translation>Eine Pipeline braucht mindestens eine Phase, daher kann ihre letzte Phase nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>“{stage}” holds 1 deal. Choose the stage to move it to.</source>
        <translation>„{stage}“ enthält 1 Deal. Wählen Sie die Phase, in die er verschoben werden soll.</translation>
    </message>
    <message>
        <source>“{stage}” holds {count} deals. Choose the stage to move them to.</source>
        <translation>„{stage}“ enthält {count} Deals. Wählen Sie die Phase, in die sie verschoben werden sollen.</translation>
    </message>
    <message>
        <source>Choose another stage of the same pipeline for its deals.</source>
        <translation>Wählen Sie für ihre Deals eine andere Phase derselben Pipeline.</translation>
    </message>
    <message>
        <source>1 follow-up became due while CRM was closed: {title}</source>
        <translation>1 Wiedervorlage wurde fällig, während das CRM geschlossen war: {title}</translation>
    </message>
    <message>
        <source>{count} follow-ups became due while CRM was closed</source>
        <translation>{count} Wiedervorlagen wurden fällig, während das CRM geschlossen war</translation>
    </message>
    <message>
        <source>Choose between 1 and 3650 days, or none.</source>
        <translation>Wählen Sie zwischen 1 und 3650 Tagen oder keine Angabe.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Open deals by stage</source>
        <translation>Offene Deals nach Phase</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Won per month</source>
        <translation>Gewonnen pro Monat</translation>
    </message>
    <message>
        <source>Lost deals and why</source>
        <translation>Verlorene Deals und Gründe</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Beste Kunden</translation>
    </message>
    <message>
        <source>Activities per week</source>
        <translation>Aktivitäten pro Woche</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>am {date}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>in the next six months</source>
        <translation>in den nächsten sechs Monaten</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>The key figures for the period. Money is shown per currency and never added across currencies.</source>
        <translation>Die wichtigsten Zahlen für den Zeitraum. Beträge werden je Währung gezeigt und nie über Währungen hinweg addiert.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Alle Pipelines</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Gewonnene Deals</translation>
    </message>
    <message>
        <source>Won value ({currency})</source>
        <translation>Gewonnener Wert ({currency})</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Verlorene Deals</translation>
    </message>
    <message>
        <source>Win rate (won out of won + lost)</source>
        <translation>Gewinnquote (gewonnen von gewonnen + verloren)</translation>
    </message>
    <message>
        <source>no deals closed</source>
        <translation>keine Deals abgeschlossen</translation>
    </message>
    <message>
        <source>Average won deal ({currency})</source>
        <translation>Durchschnittlicher gewonnener Deal ({currency})</translation>
    </message>
    <message>
        <source>Average days from new deal to won</source>
        <translation>Durchschnittliche Tage vom neuen Deal bis zum Gewinn</translation>
    </message>
    <message>
        <source>no deals won</source>
        <translation>keine Deals gewonnen</translation>
    </message>
    <message>
        <source>Open deals {when}</source>
        <translation>Offene Deals {when}</translation>
    </message>
    <message>
        <source>Open deals, expected value ({currency})</source>
        <translation>Offene Deals, erwarteter Wert ({currency})</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>Wiedervorlagen pünktlich erledigt</translation>
    </message>
    <message>
        <source>Follow-ups done late</source>
        <translation>Wiedervorlagen verspätet erledigt</translation>
    </message>
    <message>
        <source>Follow-ups overdue now</source>
        <translation>Wiedervorlagen jetzt überfällig</translation>
    </message>
    <message>
        <source>Deals open {when} in each stage, whatever the period. Expected value = value × chance of winning (the deal&apos;s own chance if set, else the stage&apos;s).</source>
        <translation>Offene Deals {when} in jeder Phase, unabhängig vom Zeitraum. Erwarteter Wert = Wert × Gewinnchance (die eigene Chance des Deals, falls gesetzt, sonst die der Phase).</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Erwarteter Wert</translation>
    </message>
    <message>
        <source>No open deals. Add deals in the Pipeline view to see them here.</source>
        <translation>Keine offenen Deals. Legen Sie Deals in der Pipeline-Ansicht an, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Expected value of open deals by the month they are expected to close, {months} (counted from today, whatever the period).</source>
        <translation>Erwarteter Wert offener Deals nach dem Monat, in dem sie voraussichtlich abgeschlossen werden, {months} (ab heute gerechnet, unabhängig vom Zeitraum).</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>No open deal has an expected close date in the next six months.</source>
        <translation>Kein offener Deal hat ein erwartetes Abschlussdatum in den nächsten sechs Monaten.</translation>
    </message>
    <message>
        <source>Deals won in each month of the period (by the day they were marked won).</source>
        <translation>Gewonnene Deals in jedem Monat des Zeitraums (nach dem Tag, an dem sie als gewonnen markiert wurden).</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Gewonnener Wert</translation>
    </message>
    <message>
        <source>No deals won in this period.</source>
        <translation>In diesem Zeitraum wurden keine Deals gewonnen.</translation>
    </message>
    <message>
        <source>{won} won and {lost} lost in this period. Reasons given for lost deals:</source>
        <translation>{won} gewonnen und {lost} verloren in diesem Zeitraum. Angegebene Gründe für verlorene Deals:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No deals lost in this period.</source>
        <translation>In diesem Zeitraum wurden keine Deals verloren.</translation>
    </message>
    <message>
        <source>The ten customers (companies, or people without a company) who brought the most won value in the period, per currency.</source>
        <translation>Die zehn Kunden (Firmen oder Personen ohne Firma), die im Zeitraum den höchsten gewonnenen Wert gebracht haben, je Währung.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Notes, calls, meetings and emails logged each week (weeks start on Monday).</source>
        <translation>Notizen, Anrufe, Besprechungen und E-Mails pro Woche (Wochen beginnen am Montag).</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>No activities logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Aktivitäten erfasst.</translation>
    </message>
    <message>
        <source>Follow-ups completed in the period: on time means done by the end of the day they were due. Overdue counts what is still open and past due right now.</source>
        <translation>Im Zeitraum erledigte Wiedervorlagen: Pünktlich heißt erledigt bis zum Ende des Fälligkeitstages. Überfällig zählt, was jetzt noch offen und über der Frist ist.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>No follow-ups were done in this period and none are overdue.</source>
        <translation>In diesem Zeitraum wurden keine Wiedervorlagen erledigt, und keine ist überfällig.</translation>
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
        <source>Contacts added in each month of the period.</source>
        <translation>In jedem Monat des Zeitraums hinzugefügte Kontakte.</translation>
    </message>
    <message>
        <source>No contacts were added in this period.</source>
        <translation>In diesem Zeitraum wurden keine Kontakte hinzugefügt.</translation>
    </message>
    <message>
        <source>Report for {period}</source>
        <translation>Bericht für {period}</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>Open deals in {stage} ({currency})</source>
        <translation>Offene Deals in {stage} ({currency})</translation>
    </message>
    <message>
        <source>Open deals expected to close in {month} ({currency})</source>
        <translation>Offene Deals mit erwartetem Abschluss im {month} ({currency})</translation>
    </message>
    <message>
        <source>Deals won in {month} ({currency})</source>
        <translation>Gewonnene Deals im {month} ({currency})</translation>
    </message>
    <message>
        <source>Deals won in the period</source>
        <translation>Im Zeitraum gewonnene Deals</translation>
    </message>
    <message>
        <source>Deals lost in the period</source>
        <translation>Im Zeitraum verlorene Deals</translation>
    </message>
    <message>
        <source>Deals lost: {reason}</source>
        <translation>Verlorene Deals: {reason}</translation>
    </message>
    <message>
        <source>Deals won with {customer}</source>
        <translation>Gewonnene Deals mit {customer}</translation>
    </message>
    <message>
        <source>Deals won with no customer linked</source>
        <translation>Gewonnene Deals ohne verknüpften Kunden</translation>
    </message>
    <message>
        <source>(no customer linked)</source>
        <translation>(kein Kunde verknüpft)</translation>
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
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
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
        <source>Lost reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>„{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Unknown comparison “{op}”.</source>
        <translation>Unbekannter Vergleich „{op}“.</translation>
    </message>
    <message>
        <source>Unknown field “{field}”.</source>
        <translation>Unbekanntes Feld „{field}“.</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Geben Sie der Ansicht einen Namen.</translation>
    </message>
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
        <translation>1 Feld wurde auf beiden Seiten geändert; es bleibt vorerst, wie es ist.</translation>
    </message>
    <message>
        <source>{n} fields were changed on both sides and were left as they are.</source>
        <translation>{n} Felder wurden auf beiden Seiten geändert; sie bleiben vorerst, wie sie sind.</translation>
    </message>
    <message>
        <source>1 contact was deleted from the sheet; it stays in the CRM until you confirm.</source>
        <translation>1 Kontakt wurde aus der Tabelle gelöscht; er bleibt im CRM, bis Sie bestätigen.</translation>
    </message>
    <message>
        <source>{n} contacts were deleted from the sheet; they stay in the CRM until you confirm.</source>
        <translation>{n} Kontakte wurden aus der Tabelle gelöscht; sie bleiben im CRM, bis Sie bestätigen.</translation>
    </message>
    <message>
        <source>The birthday “{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>Der Geburtstag „{value}“ ist kein Datum; schreiben Sie ihn als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Row {line}: {problem} The row was not added.</source>
        <translation>Zeile {line}: {problem} Die Zeile wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>{name}: {problem} The row was left as it is.</source>
        <translation>{name}: {problem} Die Zeile blieb unverändert.</translation>
    </message>
    <message>
        <source>Contact {id}</source>
        <translation>Kontakt {id}</translation>
    </message>
    <message>
        <source>“{name}” was changed while syncing. Nothing was changed; sync again.</source>
        <translation>„{name}“ wurde während des Abgleichs geändert. Es wurde nichts geändert; gleichen Sie erneut ab.</translation>
    </message>
    <message>
        <source>The tag “{tag}…” is too long (100 characters at most).</source>
        <translation>Das Schlagwort „{tag}…“ ist zu lang (höchstens 100 Zeichen).</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>The end date is before the start date. Choose a later end date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum. Wählen Sie ein späteres Enddatum.</translation>
    </message>
    <message>
        <source>The disk is full, so “{name}” could not be saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte „{name}“ nicht gespeichert werden. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved: the file is open in another program (such as Excel) or the folder “{folder}” cannot be written to. Close the file or choose another folder, then try again.</source>
        <translation>„{name}“ konnte nicht gespeichert werden: Die Datei ist in einem anderen Programm geöffnet (zum Beispiel Excel), oder in den Ordner „{folder}“ kann nicht geschrieben werden. Schließen Sie die Datei oder wählen Sie einen anderen Ordner und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist. Choose another place to save the file.</source>
        <translation>Den Ordner „{folder}“ gibt es nicht. Wählen Sie einen anderen Speicherort für die Datei.</translation>
    </message>
    <message>
        <source>“{path}” is a folder. Choose a file name instead.</source>
        <translation>„{path}“ ist ein Ordner. Wählen Sie stattdessen einen Dateinamen.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved ({problem}). Nothing was changed.</source>
        <translation>„{name}“ konnte nicht gespeichert werden ({problem}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation>Das Trennzeichen muss ein Komma, ein Semikolon oder ein Tabulator sein.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>1 company</source>
        <translation>1 Firma</translation>
    </message>
    <message>
        <source>1 deal</source>
        <translation>1 Deal</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 Aktivität</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 Wiedervorlage</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} Kontakte</translation>
    </message>
    <message>
        <source>{n} companies</source>
        <translation>{n} Firmen</translation>
    </message>
    <message>
        <source>{n} deals</source>
        <translation>{n} Deals</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>{n} Aktivitäten</translation>
    </message>
    <message>
        <source>{n} follow-ups</source>
        <translation>{n} Wiedervorlagen</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Der Export wurde abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exported nothing to {path}.</source>
        <translation>Nichts nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Exported {counts} to {path}.</source>
        <translation>{counts} nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Unknown table “{name}”. Choose from: {choices}, all.</source>
        <translation>Unbekannte Tabelle „{name}“. Wählen Sie aus: {choices}, all.</translation>
    </message>
    <message>
        <source>Unknown format “{format}”. Use csv or xlsx.</source>
        <translation>Unbekanntes Format „{format}“. Verwenden Sie csv oder xlsx.</translation>
    </message>
    <message>
        <source>The folder “{folder}” could not be created ({problem}). Choose another place to save the files.</source>
        <translation>Der Ordner „{folder}“ konnte nicht angelegt werden ({problem}). Wählen Sie einen anderen Speicherort für die Dateien.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as followups.ics</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen wie followups.ics an</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} Byte</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Vollständiger Name (in Vor- und Nachname aufgeteilt)</translation>
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
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <source>Whole address in one cell</source>
        <translation>Ganze Adresse in einer Zelle</translation>
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
        <source>Custom: {field}</source>
        <translation>Eigenes Feld: {field}</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>„{value}“ ist kein Datum</translation>
    </message>
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
    <message>
        <source>CSV or text (.csv, .tsv, .txt), Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or vCard (.vcf)</source>
        <translation>CSV oder Text (.csv, .tsv, .txt), Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) oder vCard (.vcf)</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;All files (*)</source>
        <translation>Kontaktdateien (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Spalte {n}</translation>
    </message>
    <message>
        <source>This file is empty: there is nothing to import.</source>
        <translation>Diese Datei ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Windows Western (cp1252)</source>
        <translation>Windows Westeuropäisch (cp1252)</translation>
    </message>
    <message>
        <source>Windows Central European (cp1250)</source>
        <translation>Windows Mitteleuropäisch (cp1250)</translation>
    </message>
    <message>
        <source>This spreadsheet has no sheets.</source>
        <translation>Diese Tabellendatei hat keine Tabellenblätter.</translation>
    </message>
    <message>
        <source>This spreadsheet is empty: there is nothing to import.</source>
        <translation>Diese Tabellendatei ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The file “{name}” no longer exists. Choose it again.</source>
        <translation>Die Datei „{name}“ gibt es nicht mehr. Wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file “{name}” could not be opened ({problem}).</source>
        <translation>Die Datei „{name}“ konnte nicht geöffnet werden ({problem}).</translation>
    </message>
    <message>
        <source>This file is {size}, larger than the {limit} we can import at once. Split it into smaller files and import them one after another.</source>
        <translation>Diese Datei ist {size} groß, mehr als die {limit}, die wir auf einmal importieren können. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese nacheinander.</translation>
    </message>
    <message>
        <source>This is a compressed (zip) file, not a contact list. Supported: {supported}.</source>
        <translation>Das ist eine komprimierte Datei (ZIP), keine Kontaktliste. Unterstützt: {supported}.</translation>
    </message>
    <message>
        <source>This looks like an XML or web page file, not a contact list. Supported: {supported}.</source>
        <translation>Das sieht nach einer XML- oder Webseiten-Datei aus, nicht nach einer Kontaktliste. Unterstützt: {supported}.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>Weitere E-Mails</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Weitere Telefonnummern</translation>
    </message>
    <message>
        <source>“{name}” is not a CSV or XLSX file. Choose a .csv or .xlsx spreadsheet.</source>
        <translation>„{name}“ ist keine CSV- oder XLSX-Datei. Wählen Sie eine .csv- oder .xlsx-Tabelle.</translation>
    </message>
    <message>
        <source>The linked spreadsheet “{path}” is missing. Put it back or link another file.</source>
        <translation>Die verknüpfte Tabelle „{path}“ fehlt. Legen Sie sie wieder an ihren Platz oder verknüpfen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({problem}). Close it in other programs and try again.</source>
        <translation>„{name}“ konnte nicht gelesen werden ({problem}). Schließen Sie die Datei in anderen Programmen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{name}” has no “First name”, “Last name” or “Email” column in its first row, so its rows cannot be matched to contacts. Export your contacts to a new file and link that one.</source>
        <translation>„{name}“ hat in der ersten Zeile keine Spalte „First name“, „Last name“ oder „Email“, daher können die Zeilen keinen Kontakten zugeordnet werden. Exportieren Sie Ihre Kontakte in eine neue Datei und verknüpfen Sie diese.</translation>
    </message>
    <message>
        <source>“{name}” has more than {count} rows; sync works with smaller sheets.</source>
        <translation>„{name}“ hat mehr als {count} Zeilen; der Abgleich funktioniert nur mit kleineren Tabellen.</translation>
    </message>
    <message>
        <source>“{name}” could not be read as an Excel workbook ({problem}). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>„{name}“ konnte nicht als Excel-Arbeitsmappe gelesen werden ({problem}). Öffnen Sie die Datei in Excel oder LibreOffice und speichern Sie sie erneut als .xlsx.</translation>
    </message>
    <message>
        <source>This spreadsheet could not be opened: it may be damaged, password-protected or saved by a program we do not know. Open it in your spreadsheet program, save it again as .xlsx or .csv, and try again.</source>
        <translation>Diese Tabellendatei konnte nicht geöffnet werden: Sie ist vielleicht beschädigt, mit einem Passwort geschützt oder von einem Programm gespeichert, das wir nicht kennen. Öffnen Sie sie in Ihrem Tabellenprogramm, speichern Sie sie erneut als .xlsx oder .csv und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This spreadsheet has {count} internal parts, far more than a real one. It was not opened.</source>
        <translation>Diese Tabellendatei hat {count} interne Teile, weit mehr als eine echte. Sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>This spreadsheet would take {size} once unpacked, more than the {limit} we allow. It was not opened. If it is a real contact list, split it into smaller files.</source>
        <translation>Diese Tabellendatei würde entpackt {size} belegen, mehr als die erlaubten {limit}. Sie wurde nicht geöffnet. Wenn es eine echte Kontaktliste ist, teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>This spreadsheet is built to expand enormously when opened (a “zip bomb”). It was not opened.</source>
        <translation>Diese Tabellendatei ist so gebaut, dass sie beim Öffnen enorm anwächst (eine „ZIP-Bombe“). Sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>This spreadsheet expands to more than {limit} when opened. It was not opened.</source>
        <translation>Diese Tabellendatei wächst beim Öffnen auf mehr als {limit} an. Sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>This spreadsheet contains XML entity definitions, which real spreadsheets never use and which can be used to attack a computer. It was not opened.</source>
        <translation>Diese Tabellendatei enthält XML-Entity-Definitionen, die echte Tabellen nie verwenden und mit denen ein Computer angegriffen werden kann. Sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>This spreadsheet contains XML entity definitions, which real spreadsheets never use. It was not opened.</source>
        <translation>Diese Tabellendatei enthält XML-Entity-Definitionen, die echte Tabellen nie verwenden. Sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>This spreadsheet is protected by a password. Open it in your spreadsheet program, remove the password (or save an unprotected copy) and try again.</source>
        <translation>Diese Tabellendatei ist mit einem Passwort geschützt. Öffnen Sie sie in Ihrem Tabellenprogramm, entfernen Sie das Passwort (oder speichern Sie eine ungeschützte Kopie) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Row {line}: the ID “{id}” is not a number; the row was left as it is.</source>
        <translation>Zeile {line}: Die ID „{id}“ ist keine Zahl; die Zeile blieb unverändert.</translation>
    </message>
    <message>
        <source>Row {line}: ID {id} appears twice; this copy was left as it is.</source>
        <translation>Zeile {line}: Die ID {id} kommt doppelt vor; diese Kopie blieb unverändert.</translation>
    </message>
    <message>
        <source>Row {line}: contact ID {id} was changed in the sheet but is in the trash; the row was left as it is.</source>
        <translation>Zeile {line}: Kontakt-ID {id} wurde in der Tabelle geändert, liegt aber im Papierkorb; die Zeile blieb unverändert.</translation>
    </message>
    <message>
        <source>Row {line}: contact ID {id} was changed in the sheet but is not in the CRM; the row was left as it is.</source>
        <translation>Zeile {line}: Kontakt-ID {id} wurde in der Tabelle geändert, ist aber nicht im CRM; die Zeile blieb unverändert.</translation>
    </message>
    <message>
        <source>Row {line}: contact ID {id} is in the trash; the row was left as it is.</source>
        <translation>Zeile {line}: Kontakt-ID {id} liegt im Papierkorb; die Zeile blieb unverändert.</translation>
    </message>
    <message>
        <source>Row {line}: contact ID {id} is not in the CRM; the row was left as it is.</source>
        <translation>Zeile {line}: Kontakt-ID {id} ist nicht im CRM; die Zeile blieb unverändert.</translation>
    </message>
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
        <source>a text (CSV) file in {encoding}, values separated by {separator}</source>
        <translation>eine Textdatei (CSV) in {encoding}, Werte getrennt durch {separator}</translation>
    </message>
    <message>
        <source>an address book file (vCard)</source>
        <translation>eine Adressbuchdatei (vCard)</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>eine Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>an old-style Excel workbook</source>
        <translation>eine Excel-Arbeitsmappe im alten Format</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet</source>
        <translation>eine OpenDocument-Tabelle</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>eine Tabellendatei</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”</source>
        <translation>{file}, Tabellenblatt „{sheet}“</translation>
    </message>
    <message>
        <source>{file}, column titles on row {row}</source>
        <translation>{file}, Spaltentitel in Zeile {row}</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>This file does not look like a spreadsheet, a CSV text file or an address book (vCard). Open it in the program that made it and save or export it as CSV or Excel, then try again.</source>
        <translation>Diese Datei sieht nicht nach einer Tabelle, einer CSV-Textdatei oder einem Adressbuch (vCard) aus. Öffnen Sie sie in dem Programm, mit dem sie erstellt wurde, speichern oder exportieren Sie sie als CSV oder Excel und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This file says it is Unicode text but contains characters that are not. Save it again from the program that made it (as “CSV UTF-8”) and try again.</source>
        <translation>Diese Datei gibt an, Unicode-Text zu sein, enthält aber Zeichen, die keine sind. Speichern Sie sie erneut aus dem Programm, mit dem sie erstellt wurde (als „CSV UTF-8“), und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The letters in this file use an encoding we could not recognise. Save it again as “CSV UTF-8” from your spreadsheet program and try again.</source>
        <translation>Die Buchstaben in dieser Datei verwenden eine Kodierung, die wir nicht erkennen konnten. Speichern Sie sie in Ihrem Tabellenprogramm erneut als „CSV UTF-8“ und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Line {line} of this file is longer than {limit}, which is far more than any contact needs. The file is probably damaged or not a contact list.</source>
        <translation>Zeile {line} dieser Datei ist länger als {limit}, weit mehr, als ein Kontakt braucht. Die Datei ist wahrscheinlich beschädigt oder keine Kontaktliste.</translation>
    </message>
    <message>
        <source>A value starting on line {line} is larger than {limit}. The file is probably damaged or not a contact list.</source>
        <translation>Ein Wert, der in Zeile {line} beginnt, ist größer als {limit}. Die Datei ist wahrscheinlich beschädigt oder keine Kontaktliste.</translation>
    </message>
    <message>
        <source>Line {line} of this file could not be read ({problem}).</source>
        <translation>Zeile {line} dieser Datei konnte nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
        <source>Line {line} has {count} columns; more than {limit} is not a contact list we can read.</source>
        <translation>Zeile {line} hat {count} Spalten; mehr als {limit} ist keine Kontaktliste, die wir lesen können.</translation>
    </message>
    <message>
        <source>This file changed while it was being read. Try again.</source>
        <translation>Diese Datei wurde geändert, während sie gelesen wurde. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Line {line} of this address book is longer than {limit}; the file is probably damaged.</source>
        <translation>Zeile {line} dieses Adressbuchs ist länger als {limit}; die Datei ist wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <source>The entry starting on line {line} is larger than {limit}; the file is probably damaged or not an address book.</source>
        <translation>Der Eintrag, der in Zeile {line} beginnt, ist größer als {limit}; die Datei ist wahrscheinlich beschädigt oder kein Adressbuch.</translation>
    </message>
    <message>
        <source>The entry starting on line {line} is larger than {limit}; the file is probably damaged.</source>
        <translation>Der Eintrag, der in Zeile {line} beginnt, ist größer als {limit}; die Datei ist wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <source>The CA certificate file “{path}” could not be read. Check the path in Email settings, or clear it to use the certificates your system trusts.</source>
        <translation>Die CA-Zertifikatsdatei „{path}“ konnte nicht gelesen werden. Prüfen Sie den Pfad in den E-Mail-Einstellungen, oder leeren Sie das Feld, um die Zertifikate zu verwenden, denen Ihr System vertraut.</translation>
    </message>
    <message>
        <source>incoming (IMAP) server</source>
        <translation>Posteingangsserver (IMAP)</translation>
    </message>
    <message>
        <source>outgoing (SMTP) server</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>Unknown incoming (IMAP) security setting “{setting}”.</source>
        <translation>Unbekannte Sicherheitseinstellung „{setting}“ für den Posteingang (IMAP).</translation>
    </message>
    <message>
        <source>Unknown outgoing (SMTP) security setting “{setting}”.</source>
        <translation>Unbekannte Sicherheitseinstellung „{setting}“ für den Postausgang (SMTP).</translation>
    </message>
    <message>
        <source>The {server} must use an encrypted connection (SSL/TLS or STARTTLS). Unencrypted connections are only allowed to a server on this computer.</source>
        <translation>Der {server} muss eine verschlüsselte Verbindung verwenden (SSL/TLS oder STARTTLS). Unverschlüsselte Verbindungen sind nur zu einem Server auf diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>Gmail needs an app password when 2-step verification is on: create one at myaccount.google.com → Security → App passwords, and use it here.</source>
        <translation>Gmail braucht ein App-Passwort, wenn die Bestätigung in zwei Schritten aktiv ist: Erstellen Sie eines unter myaccount.google.com → Sicherheit → App-Passwörter und verwenden Sie es hier.</translation>
    </message>
    <message>
        <source>Outlook and Microsoft 365 accounts often need an app password (account.microsoft.com → Security) or have SMTP sign-in turned off by the administrator.</source>
        <translation>Outlook- und Microsoft-365-Konten brauchen oft ein App-Passwort (account.microsoft.com → Sicherheit), oder die SMTP-Anmeldung wurde vom Administrator abgeschaltet.</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>es konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>The {server} {host} presented a security certificate that cannot be trusted ({reason}). Check the server name; for a self-hosted server, choose its CA certificate file in Email settings.</source>
        <translation>Der {server} {host} hat ein Sicherheitszertifikat vorgelegt, dem nicht vertraut werden kann ({reason}). Prüfen Sie den Servernamen; wählen Sie bei einem selbst betriebenen Server dessen CA-Zertifikatsdatei in den E-Mail-Einstellungen.</translation>
    </message>
    <message>
        <source>The secure connection to the {server} {host} failed ({reason}). Check the port and the security setting: SSL/TLS usually uses port 465 (SMTP) or 993 (IMAP); STARTTLS uses 587 (SMTP) or 143 (IMAP).</source>
        <translation>Die sichere Verbindung zum {server} {host} ist fehlgeschlagen ({reason}). Prüfen Sie den Port und die Sicherheitseinstellung: SSL/TLS verwendet meist Port 465 (SMTP) oder 993 (IMAP); STARTTLS verwendet 587 (SMTP) oder 143 (IMAP).</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>The {server} refused the user name or password for “{user}”. Check both and try again.</source>
        <translation>Der {server} hat den Benutzernamen oder das Passwort für „{user}“ abgelehnt. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The {server} refused the user name or password for “{user}”. Check both and try again. {hint}</source>
        <translation>Der {server} hat den Benutzernamen oder das Passwort für „{user}“ abgelehnt. Prüfen Sie beides und versuchen Sie es erneut. {hint}</translation>
    </message>
    <message>
        <source>The {server} {host} does not offer a login on this connection. Check the port and security setting, or leave the password empty if it needs no login.</source>
        <translation>Der {server} {host} bietet auf dieser Verbindung keine Anmeldung an. Prüfen Sie Port und Sicherheitseinstellung, oder lassen Sie das Passwort leer, wenn keine Anmeldung nötig ist.</translation>
    </message>
    <message>
        <source>The {server} {host} does not offer STARTTLS. Choose SSL/TLS (usually port 465) instead.</source>
        <translation>Der {server} {host} bietet kein STARTTLS an. Wählen Sie stattdessen SSL/TLS (meist Port 465).</translation>
    </message>
    <message>
        <source>The {server} name “{name}” was not found. Check the spelling and your internet connection.</source>
        <translation>Der {server} „{name}“ wurde nicht gefunden. Prüfen Sie die Schreibweise und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The {server} {host} did not answer in time. Check the host and port, and that your network allows this connection.</source>
        <translation>Der {server} {host} hat nicht rechtzeitig geantwortet. Prüfen Sie Host und Port und ob Ihr Netzwerk diese Verbindung erlaubt.</translation>
    </message>
    <message>
        <source>The {server} {host} refused the connection. Check the host and port.</source>
        <translation>Der {server} {host} hat die Verbindung abgelehnt. Prüfen Sie Host und Port.</translation>
    </message>
    <message>
        <source>The server refused the recipient address: {addresses}. Check the contact&apos;s email address.</source>
        <translation>Der Server hat die Empfängeradresse abgelehnt: {addresses}. Prüfen Sie die E-Mail-Adresse des Kontakts.</translation>
    </message>
    <message>
        <source>The {server} said: {code} {text}</source>
        <translation>Der {server} antwortete: {code} {text}</translation>
    </message>
    <message>
        <source>The {server} {host} reported a problem: {problem}</source>
        <translation>Der {server} {host} hat ein Problem gemeldet: {problem}</translation>
    </message>
    <message>
        <source>The {server} {host} could not be reached ({problem}). Check the host, the port and your internet connection.</source>
        <translation>Der {server} {host} war nicht erreichbar ({problem}). Prüfen Sie Host, Port und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>Talking to the incoming (IMAP) server failed: {error}.</source>
        <translation>Die Verbindung mit dem Posteingangsserver (IMAP) ist fehlgeschlagen: {error}.</translation>
    </message>
    <message>
        <source>Talking to the outgoing (SMTP) server failed: {error}.</source>
        <translation>Die Verbindung mit dem Postausgangsserver (SMTP) ist fehlgeschlagen: {error}.</translation>
    </message>
    <message>
        <source>Open the Keychain Access app and make sure your login keychain is unlocked.</source>
        <translation>Öffnen Sie die App „Schlüsselbundverwaltung“ und stellen Sie sicher, dass Ihr Anmeldeschlüsselbund entsperrt ist.</translation>
    </message>
    <message>
        <source>Windows Credential Manager is not answering; sign out and in again, then retry.</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung antwortet nicht; melden Sie sich ab und wieder an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Install a password store such as GNOME Keyring (package &apos;gnome-keyring&apos;) or KWallet, log out and back in, and make sure it is unlocked (it usually unlocks when you log in).</source>
        <translation>Installieren Sie einen Passwortspeicher wie GNOME Keyring (Paket &apos;gnome-keyring&apos;) oder KWallet, melden Sie sich ab und wieder an und stellen Sie sicher, dass er entsperrt ist (meist wird er bei der Anmeldung entsperrt).</translation>
    </message>
    <message>
        <source>Email is turned off because no password store (keychain) is available on this computer. The CRM keeps your email password only in the system keychain, never in a file. {what_to_do}</source>
        <translation>E-Mail ist ausgeschaltet, weil auf diesem Computer kein Passwortspeicher (Schlüsselbund) verfügbar ist. Das CRM speichert Ihr E-Mail-Passwort nur im Schlüsselbund des Systems, nie in einer Datei. {what_to_do}</translation>
    </message>
    <message>
        <source>Email is turned off because your password store (keychain) is locked or did not answer. Unlock it (for example by logging out and back in, or in your keychain app) and try again.</source>
        <translation>E-Mail ist ausgeschaltet, weil Ihr Passwortspeicher (Schlüsselbund) gesperrt ist oder nicht geantwortet hat. Entsperren Sie ihn (zum Beispiel durch Ab- und wieder Anmelden oder in Ihrer Schlüsselbund-App) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Fetching works: logged in to {server}.</source>
        <translation>Abrufen funktioniert: bei {server} angemeldet.</translation>
    </message>
    <message>
        <source>The IMAP server could not open the folder {folder}: {reply}</source>
        <translation>Der IMAP-Server konnte den Ordner {folder} nicht öffnen: {reply}</translation>
    </message>
    <message>
        <source>The IMAP server could not search for new mail: {reply}</source>
        <translation>Der IMAP-Server konnte nicht nach neuen E-Mails suchen: {reply}</translation>
    </message>
    <message>
        <source>The IMAP server could not read a message: {reply}</source>
        <translation>Der IMAP-Server konnte eine Nachricht nicht lesen: {reply}</translation>
    </message>
    <message>
        <source>no encryption (this computer only)</source>
        <translation>ohne Verschlüsselung (nur dieser Computer)</translation>
    </message>
    <message>
        <source>Sending works: logged in to {server} with {security}.</source>
        <translation>Senden funktioniert: bei {server} mit {security} angemeldet.</translation>
    </message>
    <message>
        <source>Sending works: connected to (it asked for no login) {server} with {security}.</source>
        <translation>Senden funktioniert: mit {server} über {security} verbunden (keine Anmeldung verlangt).</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Deal-Titel</translation>
    </message>
    <message>
        <source>Deal value with currency</source>
        <translation>Deal-Wert mit Währung</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Deal-Phase</translation>
    </message>
    <message>
        <source>Your name (from Email settings)</source>
        <translation>Ihr Name (aus den E-Mail-Einstellungen)</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The subject uses unknown merge field {names}. Known fields: {known}.</source>
        <translation>Der Betreff verwendet das unbekannte Seriendruckfeld {names}. Bekannte Felder: {known}.</translation>
    </message>
    <message>
        <source>The subject uses unknown merge fields {names}. Known fields: {known}.</source>
        <translation>Der Betreff verwendet die unbekannten Seriendruckfelder {names}. Bekannte Felder: {known}.</translation>
    </message>
    <message>
        <source>The body uses unknown merge field {names}. Known fields: {known}.</source>
        <translation>Der Nachrichtentext verwendet das unbekannte Seriendruckfeld {names}. Bekannte Felder: {known}.</translation>
    </message>
    <message>
        <source>The body uses unknown merge fields {names}. Known fields: {known}.</source>
        <translation>Der Nachrichtentext verwendet die unbekannten Seriendruckfelder {names}. Bekannte Felder: {known}.</translation>
    </message>
    <message>
        <source>Unknown merge field {field}.</source>
        <translation>Unbekanntes Seriendruckfeld {field}.</translation>
    </message>
    <message>
        <source>There is no database to back up at {path}.</source>
        <translation>Unter {path} gibt es keine Datenbank, die gesichert werden kann.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {problem}. Check that the disk is not full and that the folder is writable.</source>
        <translation>Die Datensicherung konnte nicht nach {path} geschrieben werden: {problem}. Prüfen Sie, ob der Datenträger voll ist und ob in den Ordner geschrieben werden darf.</translation>
    </message>
    <message>
        <source>The file cannot be read as a database ({problem}).</source>
        <translation>Die Datei kann nicht als Datenbank gelesen werden ({problem}).</translation>
    </message>
    <message>
        <source>{table} row {row} points to a missing row in {parent}</source>
        <translation>{table}, Zeile {row}, verweist auf eine fehlende Zeile in {parent}</translation>
    </message>
    <message>
        <source>“{name}” does not exist or is not a file.</source>
        <translation>„{name}“ gibt es nicht, oder es ist keine Datei.</translation>
    </message>
    <message>
        <source>“{name}” is not a CRM Desktop database or backup.</source>
        <translation>„{name}“ ist keine Datenbank oder Datensicherung von CRM Desktop.</translation>
    </message>
    <message>
        <source>“{name}” is damaged ({problem}); it cannot be restored.</source>
        <translation>„{name}“ ist beschädigt ({problem}); die Datei kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read as a database ({problem}).</source>
        <translation>„{name}“ kann nicht als Datenbank gelesen werden ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer version of CRM Desktop. Update the app, then restore it.</source>
        <translation>„{name}“ wurde von einer neueren Version von CRM Desktop erstellt. Aktualisieren Sie die App und stellen Sie die Datei dann wieder her.</translation>
    </message>
    <message>
        <source>“{name}” is not a complete CRM Desktop database.</source>
        <translation>„{name}“ ist keine vollständige Datenbank von CRM Desktop.</translation>
    </message>
    <message>
        <source>The copy of the backup is damaged ({problem}); nothing was changed.</source>
        <translation>Die Kopie der Datensicherung ist beschädigt ({problem}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>a cloud storage folder</source>
        <translation>einem Cloud-Speicherordner</translation>
    </message>
    <message>
        <source>in {service}</source>
        <translation>in {service}</translation>
    </message>
    <message>
        <source>on a network drive</source>
        <translation>auf einem Netzlaufwerk</translation>
    </message>
</context>
</TS>
