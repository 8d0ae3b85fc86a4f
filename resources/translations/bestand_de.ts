<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssetFields</name>
    <message>
        <location filename="../../models/asset.cpp" line="+102" />
        <source>Inventory no.</source>
        <translation>Inventar-Nr.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Serial no.</source>
        <translation>Serien-Nr.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Purchased</source>
        <translation>Anschaffung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warranty until</source>
        <translation>Garantie bis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+2" />
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last audited</source>
        <translation>Zuletzt inventarisiert</translation>
    </message>
</context>
<context>
    <name>AssetRepository</name>
    <message>
        <location filename="../../models/assetrepository.cpp" line="+117" />
        <source>Asset %1 does not exist.</source>
        <translation>Das Gerät %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Inventory number %1 is already used by another asset.</source>
        <translation>Die Inventarnummer %1 ist bereits an ein anderes Gerät vergeben.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Serial number %1 is already recorded for another asset.</source>
        <translation>Die Seriennummer %1 ist bereits bei einem anderen Gerät erfasst.</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+65" />
        <source>An asset needs an inventory number.</source>
        <translation>Ein Gerät braucht eine Inventarnummer.</translation>
    </message>
    <message>
        <location line="-60" />
        <location line="+65" />
        <source>An asset needs an owner authority.</source>
        <translation>Ein Gerät braucht eine Eigentümer-Körperschaft.</translation>
    </message>
    <message>
        <location line="-45" />
        <source>The database did not return the new asset's id.</source>
        <translation>Die Datenbank hat die ID des neuen Geräts nicht geliefert.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Asset %1 was changed by %2 in the meantime. Reload it and apply your change again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+48" />
        <source>Asset %1 was changed in the meantime. Reload it and apply your change again.</source>
        <translation>Das Gerät %1 wurde inzwischen geändert. Bitte neu laden und die Änderung erneut vornehmen.</translation>
    </message>
</context>
<context>
    <name>AssetStatusText</name>
    <message>
        <location filename="../../models/assetstatus.cpp" line="+39" />
        <source>In use</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In repair</source>
        <translation>In Reparatur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retired</source>
        <translation>Ausgesondert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Missing</source>
        <translation>Vermisst</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../../app/checkcommand.cpp" line="+12" />
        <source>Verify the inventory database: integrity, foreign keys, schema version and the rules of the inventory. Exits 0 when all hold.</source>
        <translation>Prüft die Inventardatenbank: Integrität, Fremdschlüssel, Schemaversion und die Regeln des Inventars. Endet mit 0, wenn alles stimmt.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Print the result as one JSON object.</source>
        <translation>Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>checked: %1</source>
        <translation>geprüft: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n problem(s) found:</source>
        <translation><numerusform>%n Problem gefunden:</numerusform><numerusform>%n Probleme gefunden:</numerusform></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../app/command.cpp" line="+11" />
        <source>Use the inventory database at PATH (default: %1).</source>
        <translation>Inventardatenbank unter PFAD verwenden (Standard: %1).</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/commandline.cpp" line="+38" />
        <source>Usage: bestand [--db PATH]            open the inventory window
       bestand COMMAND [OPTIONS]      run a command without a window

Commands:
</source>
        <translation>Aufruf: bestand [--db PFAD]            Inventarfenster öffnen
        bestand BEFEHL [OPTIONEN]      Befehl ohne Fenster ausführen

Befehle:
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>
`bestand COMMAND --help` describes a command's options.
</source>
        <translation>
`bestand BEFEHL --help` beschreibt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../models/csvreader.cpp" line="+277" />
        <source>The quoted field starting on this line is never closed.</source>
        <translation>Das in dieser Zeile beginnende Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The row has %1 fields; %2 were expected.</source>
        <translation>Die Zeile hat %1 Felder; erwartet wurden %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The row has too many fields.</source>
        <translation>Die Zeile hat zu viele Felder.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The row has too few fields.</source>
        <translation>Die Zeile hat zu wenige Felder.</translation>
    </message>
    <message>
        <location line="+234" />
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
</context>
<context>
    <name>DatabaseChecker</name>
    <message>
        <location filename="../../models/databasechecker.cpp" line="+22" />
        <source>schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is not a Bestand database.</source>
        <translation>Dies ist keine Bestand-Datenbank.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database is empty: it has no Bestand schema.</source>
        <translation>Die Datenbank ist leer: Sie hat kein Bestand-Schema.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Schema version %1 is newer than this program knows (%2).</source>
        <translation>Schemaversion %1 ist neuer, als dieses Programm kennt (%2).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Schema version %1 is older than %2: open the database with Bestand to upgrade it.</source>
        <translation>Schemaversion %1 ist älter als %2: Öffnen Sie die Datenbank mit Bestand, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>storage integrity and foreign keys</source>
        <translation>Speicherintegrität und Fremdschlüssel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The integrity check could not run: %1</source>
        <translation>Die Integritätsprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every asset has an owner authority</source>
        <translation>jedes Gerät hat eine Eigentümer-Körperschaft</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Asset %1 has no owner authority.</source>
        <translation>Gerät %1 hat keine Eigentümer-Körperschaft.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>inventory numbers are unique</source>
        <translation>Inventarnummern sind eindeutig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inventory number %1 is used more than once.</source>
        <translation>Die Inventarnummer %1 ist mehrfach vergeben.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>inventory numbers are present</source>
        <translation>Inventarnummern sind vorhanden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Asset with id %1 has no inventory number.</source>
        <translation>Das Gerät mit der ID %1 hat keine Inventarnummer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>serial numbers are unique</source>
        <translation>Seriennummern sind eindeutig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Serial number %1 is recorded for more than one asset.</source>
        <translation>Die Seriennummer %1 ist bei mehr als einem Gerät erfasst.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>serial numbers are normalised</source>
        <translation>Seriennummern sind normalisiert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Serial number %1 is not in normalised form.</source>
        <translation>Die Seriennummer %1 ist nicht normalisiert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MAC addresses are normalised</source>
        <translation>MAC-Adressen sind normalisiert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>MAC address %1 is not in normalised form.</source>
        <translation>Die MAC-Adresse %1 ist nicht normalisiert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every asset has its creation in the history</source>
        <translation>zu jedem Gerät ist die Anlage in der Historie verzeichnet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Asset %1 has no history of its creation.</source>
        <translation>Zu Gerät %1 fehlt der Historieneintrag seiner Anlage.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every licence has an owner authority</source>
        <translation>jede Lizenz hat eine Eigentümer-Körperschaft</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Licence %1 has no owner authority.</source>
        <translation>Lizenz %1 hat keine Eigentümer-Körperschaft.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Check "%1" could not run: %2</source>
        <translation>Prüfung „%1“ konnte nicht laufen: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>… and %1 more for "%2".</source>
        <translation>… und %1 weitere bei „%2“.</translation>
    </message>
</context>
<context>
    <name>LicenceMetricText</name>
    <message>
        <location filename="../../models/licencemetric.cpp" line="+36" />
        <source>Per device</source>
        <translation>Pro Gerät</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Per user</source>
        <translation>Pro Benutzer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Concurrent</source>
        <translation>Gleichzeitige Nutzung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Site (unlimited)</source>
        <translation>Standort (unbegrenzt)</translation>
    </message>
</context>
<context>
    <name>LicenceTypeText</name>
    <message>
        <location filename="../../models/licencetype.cpp" line="+41" />
        <source>Volume licence</source>
        <translation>Volumenlizenz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Single seat</source>
        <translation>Einzelplatz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Concurrent/network</source>
        <translation>Concurrent/Netzwerk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Subscription/rental</source>
        <translation>Subscription/Miete</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Specialised procedure</source>
        <translation>Fachverfahren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/mainwindow.cpp" line="+16" />
        <source>Bestand – %1</source>
        <translation>Bestand – %1</translation>
    </message>
</context>
<context>
    <name>MasterDataKinds</name>
    <message>
        <location filename="../../models/masterdatakind.cpp" line="+65" />
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Authorities</source>
        <translation>Körperschaften</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Units</source>
        <translation>Organisationseinheiten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+2" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <location filename="../../models/schemamigrator.cpp" line="+49" />
        <source>%1 is not a Bestand database.</source>
        <translation>%1 ist keine Bestand-Datenbank.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database was written by a newer version of Bestand (schema %1; this program knows up to %2). Nothing was changed. Please update Bestand.</source>
        <translation>Die Datenbank wurde von einer neueren Bestand-Version geschrieben (Schema %1; dieses Programm kennt bis %2). Es wurde nichts geändert. Bitte aktualisieren Sie Bestand.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Schema migration %1 (%2) failed: %3</source>
        <translation>Schema-Migration %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Could not write the backup %1 before upgrading, so nothing was changed: %2</source>
        <translation>Die Sicherung %1 vor der Aktualisierung konnte nicht geschrieben werden, daher wurde nichts geändert: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/guilauncher.cpp" line="+18" />
        <source>IT asset and inventory manager</source>
        <translation>IT-Inventarverwaltung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Use the inventory database at PATH.</source>
        <translation>Inventardatenbank unter PFAD verwenden.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+5" />
        <source>Bestand</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>ComplianceCalculator</name>
    <message>
        <source>A licence without allocations serves its owner with all its seats. Over-deployed: an authority uses more seats than allocated to it, or a licence more seats than owned; site licences are unlimited. Reclaimable: seats held by retired or missing devices. Ending soon: valid until or maintenance end within 90 days. Yearly cost: for Subscription licences the price per seat is the yearly rent, and an authority pays its assigned seats times that price; all other licence types are perpetual, bought once, and add no yearly cost.</source>
        <translation>Eine Lizenz ohne Zuteilung dient mit allen Plätzen ihrem Eigentümer. Überlizenziert: Eine Körperschaft nutzt mehr Plätze als ihr zugeteilt sind, oder eine Lizenz mehr Plätze als erworben; Standortlizenzen sind unbegrenzt. Zurückzuholen: Plätze auf ausgesonderten oder vermissten Geräten. Läuft bald aus: gültig bis oder Wartungsende innerhalb von 90 Tagen. Jahreskosten: Bei Subscription-Lizenzen ist der Preis je Platz die Jahresmiete, und eine Körperschaft zahlt ihre zugewiesenen Plätze mal diesen Preis; alle anderen Lizenzarten sind unbefristet, einmal gekauft und verursachen keine Jahreskosten.</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Over-deployed</source>
        <translation>Überlizenziert</translation>
    </message>
    <message>
        <source>To reclaim</source>
        <translation>Zurückzuholen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Yearly cost</source>
        <translation>Jahreskosten</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>over-deployed by %1</source>
        <translation>um %1 überlizenziert</translation>
    </message>
    <message>
        <source>licence short of %1 seats</source>
        <translation>Lizenz fehlen %1 Plätze</translation>
    </message>
    <message>
        <source>expired, still assigned</source>
        <translation>abgelaufen, noch zugewiesen</translation>
    </message>
    <message>
        <source>ends within %1 days</source>
        <translation>läuft innerhalb von %1 Tagen aus</translation>
    </message>
    <message>
        <source>maintenance ends %1</source>
        <translation>Wartung endet %1</translation>
    </message>
    <message>
        <source>%1 seats to reclaim</source>
        <translation>%1 Plätze zurückzuholen</translation>
    </message>
    <message>
        <source>unallocated, serves owner</source>
        <translation>nicht zugeteilt, dient dem Eigentümer</translation>
    </message>
    <message>
        <source>site licence</source>
        <translation>Standortlizenz</translation>
    </message>
</context>
<context>
    <name>ComplianceWidget</name>
    <message>
        <source>All authorities</source>
        <translation>Alle Körperschaften</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <source>Seats allocated</source>
        <translation>Plätze zugeteilt</translation>
    </message>
    <message>
        <source>Seats assigned</source>
        <translation>Plätze zugewiesen</translation>
    </message>
    <message>
        <source>Over-deployed</source>
        <translation>Überlizenziert</translation>
    </message>
    <message>
        <source>To reclaim</source>
        <translation>Zurückzuholen</translation>
    </message>
    <message>
        <source>Yearly cost</source>
        <translation>Jahreskosten</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>%1 licences: %2 over-deployed, %3 expired but still assigned, %4 ending within %5 days, %6 seats to reclaim.</source>
        <translation>%1 Lizenzen: %2 überlizenziert, %3 abgelaufen, aber noch zugewiesen, %4 laufen innerhalb von %5 Tagen aus, %6 Plätze zurückzuholen.</translation>
    </message>
</context>
<context>
    <name>LicenceAssignmentModel</name>
    <message>
        <source>Held by</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <source>Device status</source>
        <translation>Gerätestatus</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>This device is retired or missing: reclaim the seat.</source>
        <translation>Dieses Gerät ist ausgesondert oder vermisst: Platz zurückholen.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>%1 – reclaim</source>
        <translation>%1 – zurückholen</translation>
    </message>
</context>
<context>
    <name>LicenceCsvExporter</name>
    <message>
        <source>Writing the licence list failed: %1</source>
        <translation>Schreiben der Lizenzliste fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>LicenceDetailEditor</name>
    <message>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Owner authority</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Save licence</source>
        <translation>Lizenz speichern</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>Shows the licence key. Every showing is recorded in the history.</source>
        <translation>Zeigt den Lizenzschlüssel. Jedes Anzeigen wird in der Historie festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>Version/&amp;edition:</source>
        <translation>Version/&amp;Edition:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Lizenz&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>&amp;Seats owned:</source>
        <translation>Erworbene &amp;Plätze:</translation>
    </message>
    <message>
        <source>Licence &amp;key:</source>
        <translation>Lizenz&amp;schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Contract no.:</source>
        <translation>&amp;Vertragsnr.:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Gültig &amp;ab:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <source>P&amp;rice per seat (€):</source>
        <translation>P&amp;reis je Platz (€):</translation>
    </message>
    <message>
        <source>M&amp;aintenance until:</source>
        <translation>W&amp;artung bis:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Bemerku&amp;ng:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>as printed on the licence certificate</source>
        <translation>wie auf dem Lizenzzertifikat</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>The key was shown; this is recorded in the licence's history.</source>
        <translation>Der Schlüssel wurde angezeigt; das ist in der Historie der Lizenz festgehalten.</translation>
    </message>
    <message>
        <source>Licence %1 saved.</source>
        <translation>Lizenz %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>LicenceFields</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Version/edition</source>
        <translation>Version/Edition</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Lizenzart</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Vertragsnr.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Price per seat</source>
        <translation>Preis je Platz</translation>
    </message>
    <message>
        <source>Maintenance until</source>
        <translation>Wartung bis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkung</translation>
    </message>
</context>
<context>
    <name>LicenceHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Key shown</source>
        <translation>Schlüssel angezeigt</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Allocation %1</source>
        <translation>Zuteilung %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>LicenceImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Unknown authority %1</source>
        <translation>Unbekannte Körperschaft %1</translation>
    </message>
    <message>
        <source>Unknown licence type "%1"</source>
        <translation>Unbekannte Lizenzart „%1“</translation>
    </message>
    <message>
        <source>Unknown licence metric "%1"</source>
        <translation>Unbekannte Lizenzmetrik „%1“</translation>
    </message>
    <message>
        <source>Negative number of licences (%1)</source>
        <translation>Negative Lizenzanzahl (%1)</translation>
    </message>
    <message>
        <source>Number of licences too large (%1)</source>
        <translation>Lizenzanzahl zu groß (%1)</translation>
    </message>
    <message>
        <source>The profile %1 describes assets, not licences.</source>
        <translation>Das Profil %1 beschreibt Geräte, keine Lizenzen.</translation>
    </message>
    <message>
        <source>%1 holds no header line.</source>
        <translation>%1 enthält keine Kopfzeile.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1.</source>
        <translation>Auf %1 lässt sich keine Transaktion beginnen.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>LicenceRepository</name>
    <message>
        <source>Licence %1 does not exist.</source>
        <translation>Lizenz %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>A licence needs a product name.</source>
        <translation>Eine Lizenz braucht einen Produktnamen.</translation>
    </message>
    <message>
        <source>A licence needs an owner authority.</source>
        <translation>Eine Lizenz braucht eine Eigentümer-Körperschaft.</translation>
    </message>
    <message>
        <source>The number of seats cannot be negative (%1).</source>
        <translation>Die Anzahl der Plätze kann nicht negativ sein (%1).</translation>
    </message>
    <message>
        <source>The price per seat cannot be negative.</source>
        <translation>Der Preis je Platz kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The licence ends before it starts.</source>
        <translation>Die Lizenz endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>The database did not return the new licence's id.</source>
        <translation>Die Datenbank hat die Nummer der neuen Lizenz nicht geliefert.</translation>
    </message>
    <message>
        <source>Licence %1 was changed by someone else in the meantime. Reload it and apply your change again.</source>
        <translation>Lizenz %1 wurde inzwischen von jemand anderem geändert. Laden Sie sie neu und wiederholen Sie Ihre Änderung.</translation>
    </message>
    <message>
        <source>Licence %1 was changed in the meantime. Reload it and apply your change again.</source>
        <translation>Lizenz %1 wurde inzwischen geändert. Laden Sie sie neu und wiederholen Sie Ihre Änderung.</translation>
    </message>
    <message>
        <source>Authority %1 does not exist.</source>
        <translation>Körperschaft %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>An allocation cannot be negative (%1 seats).</source>
        <translation>Eine Zuteilung kann nicht negativ sein (%1 Plätze).</translation>
    </message>
    <message>
        <source>%1 is licensed per device: assign its seats to devices.</source>
        <translation>%1 ist pro Gerät lizenziert: Weisen Sie die Plätze Geräten zu.</translation>
    </message>
    <message>
        <source>%1 is licensed per user: assign its seats to persons.</source>
        <translation>%1 ist pro Benutzer lizenziert: Weisen Sie die Plätze Personen zu.</translation>
    </message>
    <message>
        <source>This device already holds a seat of %1.</source>
        <translation>Dieses Gerät hat schon einen Platz von %1.</translation>
    </message>
    <message>
        <source>This person already holds a seat of %1.</source>
        <translation>Diese Person hat schon einen Platz von %1.</translation>
    </message>
    <message>
        <source>%1 now uses %2 seats of %3 but only %4 are allocated to it: over-deployed by %5.</source>
        <translation>%1 nutzt jetzt %2 Plätze von %3, zugeteilt sind aber nur %4: um %5 überlizenziert.</translation>
    </message>
    <message>
        <source>Seat assignment %1 does not exist.</source>
        <translation>Platzzuweisung %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>LicenceSeatsPanel</name>
    <message>
        <source>Save allocations</source>
        <translation>Zuteilungen speichern</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Seats each authority may use. Without any allocation the owner uses all seats.</source>
        <translation>Plätze, die jede Körperschaft nutzen darf. Ohne Zuteilung nutzt der Eigentümer alle Plätze.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Inventory no., serial, MAC or host name</source>
        <translation>Inventarnr., Seriennr., MAC oder Hostname</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Zuteilungen</translation>
    </message>
    <message>
        <source>Seats in use</source>
        <translation>Genutzte Plätze</translation>
    </message>
    <message>
        <source>Allocations saved.</source>
        <translation>Zuteilungen gespeichert.</translation>
    </message>
    <message>
        <source>Choose the authority that uses the seat.</source>
        <translation>Wählen Sie die Körperschaft, die den Platz nutzt.</translation>
    </message>
    <message>
        <source>Choose the person who uses the seat.</source>
        <translation>Wählen Sie die Person, die den Platz nutzt.</translation>
    </message>
    <message>
        <source>Seat assigned.</source>
        <translation>Platz zugewiesen.</translation>
    </message>
    <message>
        <source>Select the seats to free first.</source>
        <translation>Wählen Sie zuerst die freizugebenden Plätze.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) freed.</source>
        <translation>
            <numerusform>%n Platz freigegeben.</numerusform>
            <numerusform>%n Plätze freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 uses %2 seats of a site licence.</source>
        <translation>%1 nutzt %2 Plätze einer Standortlizenz.</translation>
    </message>
    <message>
        <source>%1 uses %2 of %3 seats allocated to it.</source>
        <translation>%1 nutzt %2 von %3 zugeteilten Plätzen.</translation>
    </message>
    <message>
        <source>Over-deployed: %1 uses %2 seats more than allocated to it.</source>
        <translation>Überlizenziert: %1 nutzt %2 Plätze mehr als zugeteilt.</translation>
    </message>
</context>
<context>
    <name>LicenceTableModel</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Version/edition</source>
        <translation>Version/Edition</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Lizenzart</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Vertragsnr.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Maintenance until</source>
        <translation>Wartung bis</translation>
    </message>
    <message>
        <source>Price per seat</source>
        <translation>Preis je Platz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkung</translation>
    </message>
</context>
<context>
    <name>LicenceWidget</name>
    <message>
        <source>Any owner</source>
        <translation>Jeder Eigentümer</translation>
    </message>
    <message>
        <source>New licence</source>
        <translation>Neue Lizenz</translation>
    </message>
    <message>
        <source>Delete licence</source>
        <translation>Lizenz löschen</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Liste exportieren…</translation>
    </message>
    <message>
        <source>Saves the list as shown (CSV); licence keys stay masked.</source>
        <translation>Speichert die Liste wie angezeigt (CSV); Lizenzschlüssel bleiben verdeckt.</translation>
    </message>
    <message>
        <source>Search product, vendor, contract, notes</source>
        <translation>Produkt, Hersteller, Vertrag, Bemerkung suchen</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jede Lizenzart</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Export licence list</source>
        <translation>Lizenzliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) exported to %1.</source>
        <translation>
            <numerusform>%n Lizenz nach %1 exportiert.</numerusform>
            <numerusform>%n Lizenzen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this licence with its allocations and seat assignments? The history keeps a record of it.</source>
        <translation>Diese Lizenz mit ihren Zuteilungen und Platzzuweisungen löschen? Die Historie behält einen Eintrag davon.</translation>
    </message>
    <message>
        <source>Licence deleted.</source>
        <translation>Lizenz gelöscht.</translation>
    </message>
</context>
<context>
    <name>LicencesCommand</name>
    <message>
        <source>Software licences: `licences compliance` prints owned, allocated, assigned, free and over-deployed seats per licence and authority.</source>
        <translation>Softwarelizenzen: `licences compliance` gibt erworbene, zugeteilte, zugewiesene, freie und überlizenzierte Plätze je Lizenz und Körperschaft aus.</translation>
    </message>
    <message>
        <source>The report to print (only: compliance).</source>
        <translation>Der auszugebende Bericht (nur: compliance).</translation>
    </message>
    <message>
        <source>Only licences the authority CODE holds or uses, and its totals.</source>
        <translation>Nur Lizenzen, die die Körperschaft CODE hält oder nutzt, und ihre Summen.</translation>
    </message>
    <message>
        <source>Judge expiry and the 90-day warning window as of DATE (default: today).</source>
        <translation>Ablauf und 90-Tage-Frist zum Stichtag DATE beurteilen (Standard: heute).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Usage: bestand licences [--db PATH] compliance [--authority CODE] [--json]</source>
        <translation>Aufruf: bestand licences [--db PFAD] compliance [--authority CODE] [--json]</translation>
    </message>
    <message>
        <source>Not a date: %1 (expected YYYY-MM-DD).</source>
        <translation>Kein Datum: %1 (erwartet JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Licence compliance as of %1</source>
        <translation>Lizenz-Compliance, Stand %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <source>Alloc.</source>
        <translation>Zuget.</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>site licence</source>
        <translation>Standortlizenz</translation>
    </message>
    <message>
        <source>unallocated, serves owner</source>
        <translation>nicht zugeteilt, dient dem Eigentümer</translation>
    </message>
    <message>
        <source>%1 seats allocated beyond those owned</source>
        <translation>%1 Plätze mehr zugeteilt als erworben</translation>
    </message>
    <message>
        <source>expired %1, still assigned</source>
        <translation>abgelaufen %1, noch zugewiesen</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>endet %1</translation>
    </message>
    <message>
        <source>maintenance ends %1</source>
        <translation>Wartung endet %1</translation>
    </message>
    <message>
        <source>used by %1</source>
        <translation>genutzt von %1</translation>
    </message>
    <message>
        <source>OVER-DEPLOYED</source>
        <translation>ÜBERLIZENZIERT</translation>
    </message>
    <message>
        <source>Totals per authority</source>
        <translation>Summen je Körperschaft</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Yearly cost</source>
        <translation>Jahreskosten</translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) ending within %1 days</source>
        <translation>
            <numerusform>%n Lizenz läuft innerhalb von %1 Tagen aus</numerusform>
            <numerusform>%n Lizenzen laufen innerhalb von %1 Tagen aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired licence(s) still assigned</source>
        <translation>
            <numerusform>%n abgelaufene Lizenz noch zugewiesen</numerusform>
            <numerusform>%n abgelaufene Lizenzen noch zugewiesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetImporter</name>
    <message>
        <source>create new</source>
        <translation>neu anlegen</translation>
    </message>
    <message>
        <source>update matched</source>
        <translation>Gefundene aktualisieren</translation>
    </message>
    <message>
        <source>skip matched</source>
        <translation>Gefundene überspringen</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The profile %1 describes licences, not assets.</source>
        <translation>Das Profil %1 beschreibt Lizenzen, keine Geräte.</translation>
    </message>
    <message>
        <source>%1 holds no header line.</source>
        <translation>%1 hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1.</source>
        <translation>Auf %1 lässt sich keine Transaktion beginnen.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>asset %1 (no serial)</source>
        <translation>Gerät %1 (ohne Seriennummer)</translation>
    </message>
    <message>
        <source>asset %1 (serial %2)</source>
        <translation>Gerät %1 (Seriennummer %2)</translation>
    </message>
    <message>
        <source>, from line %1 of this file</source>
        <translation>, aus Zeile %1 dieser Datei</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>Unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>No inventory number</source>
        <translation>Keine Inventarnummer</translation>
    </message>
    <message>
        <source>Inventory number %1 is %2, but %3 number %4 is %5</source>
        <translation>Inventarnummer %1 ist %2, aber %3-Nummer %4 ist %5</translation>
    </message>
    <message>
        <source>Inventory number %1 is already %2; this row has serial %3</source>
        <translation>Inventarnummer %1 ist schon %2; diese Zeile hat Seriennummer %3</translation>
    </message>
    <message>
        <source>Serial %1 is already %2, but inventory number %3 is %4</source>
        <translation>Seriennummer %1 ist schon %2, aber Inventarnummer %3 ist %4</translation>
    </message>
    <message>
        <source>Serial %1 is already %2 with %3 number %4; this row has %3 number %5</source>
        <translation>Seriennummer %1 ist schon %2 mit %3-Nummer %4; diese Zeile hat %3-Nummer %5</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a legacy asset list (CSV) with a mapping profile, in one transaction. Exits 0 when the import ran (even with rejected rows), 1 when it failed and changed nothing, 2 for a usage error.</source>
        <translation>Eine Altliste von Geräten (CSV) mit einem Zuordnungsprofil in einer Transaktion importieren. Endet mit 0, wenn der Import lief (auch mit abgewiesenen Zeilen), mit 1, wenn er fehlschlug und nichts änderte, mit 2 bei falschem Aufruf.</translation>
    </message>
    <message>
        <source>Mapping profile: a built-in name (%1) or a profile JSON file.</source>
        <translation>Zuordnungsprofil: ein eingebauter Name (%1) oder eine Profildatei (JSON).</translation>
    </message>
    <message>
        <source>Do everything, report the counts, then roll back: nothing is written.</source>
        <translation>Alles durchführen, die Zahlen melden, dann zurückrollen: nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>Update matched assets: write the fields that differ, each into the history.</source>
        <translation>Gefundene Geräte aktualisieren: abweichende Felder schreiben, jedes in die Historie.</translation>
    </message>
    <message>
        <source>Leave matched assets untouched (not even legacy numbers are added).</source>
        <translation>Gefundene Geräte unverändert lassen (auch keine Altnummern ergänzen).</translation>
    </message>
    <message>
        <source>Import rows with unreadable values, leaving the value empty and keeping the original text as a warning in the asset's history.</source>
        <translation>Zeilen mit unlesbaren Werten importieren: der Wert bleibt leer, der Originaltext steht als Warnung in der Historie des Geräts.</translation>
    </message>
    <message>
        <source>Text encoding of the file: utf-8, utf-16le, utf-16be, windows-1252 (default: detected).</source>
        <translation>Zeichenkodierung der Datei: utf-8, utf-16le, utf-16be, windows-1252 (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Field separator: ; , | or tab (default: detected).</source>
        <translation>Trennzeichen: ; , | oder tab (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Write rejected rows to FILE (default: &lt;name&gt;.rejects.csv next to the input, only when rows were rejected; not for a dry run).</source>
        <translation>Abgewiesene Zeilen nach DATEI schreiben (Standard: &lt;name&gt;.rejects.csv neben der Eingabe, nur wenn Zeilen abgewiesen wurden; nicht beim Probelauf).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>Name exactly one file to import.</source>
        <translation>Genau eine Datei zum Import angeben.</translation>
    </message>
    <message>
        <source>--profile is required (built in: %1).</source>
        <translation>--profile ist nötig (eingebaut: %1).</translation>
    </message>
    <message>
        <source>--update and --skip-existing exclude each other.</source>
        <translation>--update und --skip-existing schließen einander aus.</translation>
    </message>
    <message>
        <source>Unknown encoding %1: use utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>Unbekannte Kodierung %1: utf-8, utf-16le, utf-16be oder windows-1252 verwenden.</translation>
    </message>
    <message>
        <source>A separator is one character, or &quot;tab&quot;.</source>
        <translation>Ein Trennzeichen ist ein Zeichen oder „tab“.</translation>
    </message>
    <message>
        <source>The profile %1 describes licences; this command imports assets.</source>
        <translation>Das Profil %1 beschreibt Lizenzen; dieser Befehl importiert Geräte.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed: %1</source>
        <translation>Der Import ist fehlgeschlagen; nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Dry run of %1 with profile %2 (%3): nothing was written.</source>
        <translation>Probelauf von %1 mit Profil %2 (%3): nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Imported %1 with profile %2 (%3).</source>
        <translation>%1 mit Profil %2 (%3) importiert.</translation>
    </message>
    <message>
        <source>Read as %1, separator &quot;%2&quot;, in %3 s.</source>
        <translation>Gelesen als %1, Trennzeichen „%2“, in %3 s.</translation>
    </message>
    <message>
        <source>Data rows: %1  created: %2  updated: %3  unchanged: %4  rejected: %5</source>
        <translation>Datenzeilen: %1  angelegt: %2  aktualisiert: %3  unverändert: %4  abgewiesen: %5</translation>
    </message>
    <message>
        <source>Lines skipped (blank, repeated header, sum line): %1  warnings: %2</source>
        <translation>Übersprungene Zeilen (leer, wiederholte Kopfzeile, Summenzeile): %1  Warnungen: %2</translation>
    </message>
    <message>
        <source>Batch %1 (undo with: bestand undo-import %1)</source>
        <translation>Stapel %1 (rückgängig mit: bestand undo-import %1)</translation>
    </message>
    <message>
        <source>First rejected rows:</source>
        <translation>Erste abgewiesene Zeilen:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>Rejected rows written to %1</source>
        <translation>Abgewiesene Zeilen stehen in %1</translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <source>Inventory number</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <source>Legacy inventory number</source>
        <translation>Alte Inventarnummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner authority</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Using authority</source>
        <translation>Nutzende Körperschaft</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Anschrift des Standorts</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>Garantie bis</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Last audited</source>
        <translation>Zuletzt inventarisiert</translation>
    </message>
    <message>
        <source>There is no import profile %1 (built in: %2) and no such file.</source>
        <translation>Es gibt kein Importprofil %1 (eingebaut: %2) und keine solche Datei.</translation>
    </message>
    <message>
        <source>Cannot read the import profile %1: %2</source>
        <translation>Das Importprofil %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Import profile %1: %2</source>
        <translation>Importprofil %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Stelle %2</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>„format“ muss „%1“ sein</translation>
    </message>
    <message>
        <source>profile version %1 is not supported</source>
        <translation>Profilversion %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>„name“ fehlt</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;assets&quot; or &quot;licences&quot;, not &quot;%1&quot;</source>
        <translation>„kind“ muss „assets“ oder „licences“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;separator&quot; must be one character or &quot;auto&quot;</source>
        <translation>„separator“ muss ein Zeichen oder „auto“ sein</translation>
    </message>
    <message>
        <source>&quot;columns&quot; is missing or empty</source>
        <translation>„columns“ fehlt oder ist leer</translation>
    </message>
    <message>
        <source>every column needs &quot;header&quot; and &quot;field&quot;</source>
        <translation>jede Spalte braucht „header“ und „field“</translation>
    </message>
    <message>
        <source>column %1: unknown type &quot;%2&quot;</source>
        <translation>Spalte %1: unbekannter Typ „%2“</translation>
    </message>
    <message>
        <source>column %1: unknown field &quot;%2&quot;</source>
        <translation>Spalte %1: unbekanntes Feld „%2“</translation>
    </message>
    <message>
        <source>column %1 uses the map &quot;%2&quot;, which is not defined</source>
        <translation>Spalte %1 verwendet die Zuordnung „%2“, die nicht definiert ist</translation>
    </message>
    <message>
        <source>&quot;skipLines&quot;: %1 is not a valid pattern: %2</source>
        <translation>„skipLines“: %1 ist kein gültiges Muster: %2</translation>
    </message>
    <message>
        <source>an asset profile needs an &quot;inventory_no&quot; column or an &quot;inventoryNumber&quot; template</source>
        <translation>ein Geräteprofil braucht eine Spalte „inventory_no“ oder eine Vorlage „inventoryNumber“</translation>
    </message>
    <message>
        <source>Cannot write the import profile %1: %2</source>
        <translation>Das Importprofil %1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>ImportRowMapper</name>
    <message>
        <source>The file has no column %1 (profile %2). Its columns are: %3</source>
        <translation>Die Datei hat keine Spalte %1 (Profil %2). Ihre Spalten sind: %3</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot;</source>
        <translation>Unbekannter Wert „%1“</translation>
    </message>
    <message>
        <source>A value is required</source>
        <translation>Ein Wert ist nötig</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation>Es gibt keinen Importstapel %1.</translation>
    </message>
    <message>
        <source>Import batch %1 imported %2, not assets.</source>
        <translation>Importstapel %1 hat %2 importiert, keine Geräte.</translation>
    </message>
    <message>
        <source>Import batch %1 was already undone.</source>
        <translation>Importstapel %1 wurde schon rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import batch %1 did not complete (%2).</source>
        <translation>Importstapel %1 wurde nicht abgeschlossen (%2).</translation>
    </message>
    <message>
        <source>asset %1 (deleted)</source>
        <translation>Gerät %1 (gelöscht)</translation>
    </message>
    <message numerus="yes">
        <source>Import batch %1 cannot be undone: %n of its asset(s) were changed since: %2</source>
        <translation>
            <numerusform>Importstapel %1 lässt sich nicht rückgängig machen: %n seiner Geräte wurde seither geändert: %2</numerusform>
            <numerusform>Importstapel %1 lässt sich nicht rückgängig machen: %n seiner Geräte wurden seither geändert: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation>Es lässt sich keine Transaktion beginnen.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Import a legacy list</source>
        <translation>Altliste importieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose the list to import. The first rows are shown as they will be read.</source>
        <translation>Die zu importierende Liste wählen. Die ersten Zeilen erscheinen so, wie sie gelesen werden.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The profile says which column becomes which field. Columns it does not name are ignored.</source>
        <translation>Das Profil bestimmt, welche Spalte welches Feld wird. Spalten, die es nicht nennt, werden übergangen.</translation>
    </message>
    <message>
        <source>Load profile file…</source>
        <translation>Profildatei laden…</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Check and choose</source>
        <translation>Prüfen und wählen</translation>
    </message>
    <message>
        <source>What happens to rows that match an asset already recorded? A dry run shows what the import would do, without writing anything.</source>
        <translation>Was geschieht mit Zeilen, zu denen es schon ein Gerät gibt? Ein Probelauf zeigt, was der Import täte, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>Create new assets only; leave matched ones as they are</source>
        <translation>Nur neue Geräte anlegen; gefundene bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>Update matched assets (changed fields only, kept in the history)</source>
        <translation>Gefundene Geräte aktualisieren (nur geänderte Felder, mit Historie)</translation>
    </message>
    <message>
        <source>Skip matched assets entirely</source>
        <translation>Gefundene Geräte ganz überspringen</translation>
    </message>
    <message>
        <source>Import rows with unreadable values, leaving the value empty (noted in the history)</source>
        <translation>Zeilen mit unlesbaren Werten importieren, der Wert bleibt leer (in der Historie vermerkt)</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Prüfen (Probelauf)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>Choose a list</source>
        <translation>Liste wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load an import profile</source>
        <translation>Importprofil laden</translation>
    </message>
    <message>
        <source>Import profiles (*.json)</source>
        <translation>Importprofile (*.json)</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importprofil</translation>
    </message>
    <message>
        <source>(missing) %1</source>
        <translation>(fehlt) %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 Zeilen, %2 Zeilen/s</translation>
    </message>
    <message>
        <source>%1 data rows: %2 created, %3 updated, %4 unchanged, %5 rejected; %6 lines skipped, %7 warnings.</source>
        <translation>%1 Datenzeilen: %2 angelegt, %3 aktualisiert, %4 unverändert, %5 abgewiesen; %6 Zeilen übersprungen, %7 Warnungen.</translation>
    </message>
    <message>
        <source>The import would do this: %1</source>
        <translation>Der Import würde Folgendes tun: %1</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Imported as batch %1. %2</source>
        <translation>Als Stapel %1 importiert. %2</translation>
    </message>
    <message>
        <source>Rejected rows: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Abgewiesene Zeilen: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed: %1</source>
        <translation>Der Import ist fehlgeschlagen; nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Import batch %1 was undone: %2 asset(s) deleted, %3 restored.</source>
        <translation>Importstapel %1 wurde rückgängig gemacht: %2 Gerät(e) gelöscht, %3 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>MasterDataResolver</name>
    <message>
        <source>Unknown authority &quot;%1&quot;</source>
        <translation>Unbekannte Körperschaft „%1“</translation>
    </message>
</context>
<context>
    <name>RejectsFileWriter</name>
    <message>
        <source>Import problem</source>
        <translation>Importproblem</translation>
    </message>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation>Die Datei der abgewiesenen Zeilen %1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>UndoImportCommand</name>
    <message>
        <source>Undo an asset import batch as a whole, unless its assets were changed since.</source>
        <translation>Einen Geräte-Importstapel als Ganzes rückgängig machen, sofern seine Geräte seither nicht geändert wurden.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>The batch number the import printed.</source>
        <translation>Die Stapelnummer, die der Import ausgab.</translation>
    </message>
    <message>
        <source>Name one import batch by its number.</source>
        <translation>Einen Importstapel mit seiner Nummer angeben.</translation>
    </message>
    <message>
        <source>Import batch %1 undone: %2 asset(s) deleted, %3 restored.</source>
        <translation>Importstapel %1 rückgängig gemacht: %2 Gerät(e) gelöscht, %3 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>Not a valid date: %1</source>
        <translation>Kein gültiges Datum: %1</translation>
    </message>
    <message>
        <source>Two-digit year in %1 read as %2</source>
        <translation>Zweistellige Jahreszahl in %1 gelesen als %2</translation>
    </message>
    <message>
        <source>Only the year %1 was given; stored as 01.01.%1</source>
        <translation>Nur das Jahr %1 war angegeben; gespeichert als 01.01.%1</translation>
    </message>
    <message>
        <source>Not an amount of money: %1</source>
        <translation>Kein Geldbetrag: %1</translation>
    </message>
    <message>
        <source>Not a whole number: %1</source>
        <translation>Keine ganze Zahl: %1</translation>
    </message>
    <message>
        <source>Serial number %1 was destroyed by a spreadsheet (scientific notation) and was dropped</source>
        <translation>Seriennummer %1 wurde von einer Tabellenkalkulation zerstört (wissenschaftliche Schreibweise) und wurde verworfen</translation>
    </message>
    <message>
        <source>Not a MAC address: %1</source>
        <translation>Keine MAC-Adresse: %1</translation>
    </message>
    <message>
        <source>Not an IP address: %1</source>
        <translation>Keine IP-Adresse: %1</translation>
    </message>
    <message>
        <source>Not a host name: %1</source>
        <translation>Kein Hostname: %1</translation>
    </message>
    <message>
        <source>Leading zeros restored: %1 read as %2</source>
        <translation>Führende Nullen ergänzt: %1 gelesen als %2</translation>
    </message>
</context>
</TS>