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
</TS>