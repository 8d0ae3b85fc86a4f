<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessCommand</name>
    <message>
        <location filename="../../app/accesscommand.cpp" line="+15"/>
        <source>Who may do what on a PostgreSQL server: &quot;list&quot; shows the logins and their roles; &quot;grant LOGIN ROLE&quot; and &quot;revoke LOGIN ROLE&quot; change them. A viewer is granted per authority with --authority CODE. Roles: %1.</source>
        <translation>Wer auf einem PostgreSQL-Server was darf: „list“ zeigt die Anmeldungen und ihre Rollen; „grant LOGIN ROLLE“ und „revoke LOGIN ROLLE“ ändern sie. Ein Betrachter erhält je Körperschaft Zugriff, mit --authority KÜRZEL. Rollen: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The authority (code) a viewer sees; once per authority.</source>
        <translation>Die Körperschaft (Kürzel), die ein Betrachter sieht; einmal je Körperschaft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: print the logins as JSON.</source>
        <translation>list: die Anmeldungen als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list, grant or revoke</source>
        <translation>list, grant oder revoke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant, revoke: the server login</source>
        <translation>grant, revoke: die Anmeldung am Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[LOGIN]</source>
        <translation>[LOGIN]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant, revoke: the role</source>
        <translation>grant, revoke: die Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[ROLE]</source>
        <translation>[ROLLE]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: %1 list | grant LOGIN ROLE | revoke LOGIN ROLE</source>
        <translation>Aufruf: %1 list | grant LOGIN ROLLE | revoke LOGIN ROLLE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown role &quot;%1&quot;; the roles are: %2.</source>
        <translation>Unbekannte Rolle „%1“; die Rollen sind: %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer %2.</source>
        <translation>%1 ist nicht mehr %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No login has a Bestand role yet.</source>
        <translation>Noch keine Anmeldung hat eine Bestand-Rolle.</translation>
    </message>
</context>
<context>
    <name>AccessRoles</name>
    <message>
        <location filename="../../models/access/accessroles.cpp" line="+161"/>
        <source>reads the whole inventory, changes nothing</source>
        <translation>liest den ganzen Bestand, ändert nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edits assets, licences and master data</source>
        <translation>bearbeitet Geräte, Lizenzen und Stammdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as editor, and imports lists and takes imports back</source>
        <translation>wie editor, und importiert Listen und nimmt Importe zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as editor, and runs and closes inventory audits</source>
        <translation>wie editor, und führt Inventuren durch und schließt sie ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reads only the items of the authorities granted to it</source>
        <translation>liest nur die Posten der ihm freigegebenen Körperschaften</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>There is no authority with the code %1.</source>
        <translation>Es gibt keine Körperschaft mit dem Kürzel %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Roles exist only on a PostgreSQL server; a local file has one user.</source>
        <translation>Rollen gibt es nur auf einem PostgreSQL-Server; eine lokale Datei hat einen Benutzer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A viewer needs the authority whose items it may see (--authority CODE).</source>
        <translation>Ein Betrachter braucht die Körperschaft, deren Posten er sehen darf (--authority KÜRZEL).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a viewer is limited to an authority; the %1 role sees every item.</source>
        <translation>Nur ein Betrachter ist auf eine Körperschaft beschränkt; die Rolle %1 sieht alle Posten.</translation>
    </message>
</context>
<context>
    <name>AssetBulkUpdater</name>
    <message>
        <location filename="../../models/assets/assetbulkupdater.cpp" line="+136"/>
        <source>Asset %1 does not exist (any more).</source>
        <translation>Das Gerät %1 existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>An asset needs an owner authority.</source>
        <translation>Ein Gerät braucht eine Eigentümer-Körperschaft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>Cannot start a transaction.</source>
        <translation>Es lässt sich keine Transaktion beginnen.</translation>
    </message>
</context>
<context>
    <name>AssetConflictMessage</name>
    <message>
        <location filename="../../models/assets/assetconflictmessage.cpp" line="+20"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2: %3 %4</source>
        <translation>%1, %2: %3 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asset %1 was changed in the meantime. Reload it and apply your change again.</source>
        <translation>Gerät %1 wurde inzwischen geändert. Laden Sie es neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset %1 was changed by someone else since you opened it; your change was not saved so as not to overwrite theirs:
%2
Reload it and apply your change again.</source>
        <translation>Gerät %1 wurde von jemand anderem geändert, seit Sie es geöffnet haben; Ihre Änderung wurde nicht gespeichert, um diese nicht zu überschreiben:
%2
Laden Sie es neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
</context>
<context>
    <name>AssetCsvExporter</name>
    <message>
        <location filename="../../models/assets/assetcsvexporter.cpp" line="+92"/>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown column %1.</source>
        <translation>Unbekannte Spalte %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AssetDetailPanel</name>
    <message>
        <location filename="../../views/assets/assetdetailpanel.cpp" line="+36"/>
        <source>&amp;Details</source>
        <translation>Deta&amp;ils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historie</translation>
    </message>
</context>
<context>
    <name>AssetEditDialog</name>
    <message>
        <location filename="../../views/assets/asseteditdialog.cpp" line="+51"/>
        <source>New asset</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit asset %1</source>
        <translation>Gerät %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate of %1</source>
        <translation>Duplikat von %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+22"/>
        <location line="+2"/>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+6"/>
        <source>choose</source>
        <translation>bitte wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same as owner</source>
        <translation>wie Eigentümer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>euros, e.g. 1.299,00</source>
        <translation>Euro, z. B. 1.299,00</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Please correct the marked fields. Nothing has been saved.</source>
        <translation>Bitte korrigieren Sie die markierten Felder. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1
The current values have been loaded; please make your change again.</source>
        <translation>%1
Die aktuellen Werte wurden geladen; bitte nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
</context>
<context>
    <name>AssetExportDialog</name>
    <message>
        <location filename="../../views/assets/assetexportdialog.cpp" line="+16"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting the assets to export…</source>
        <translation>Die zu exportierenden Geräte werden gezählt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 of %2 assets written…</source>
        <translation>%1 von %2 Geräten geschrieben…</translation>
    </message>
</context>
<context>
    <name>AssetFields</name>
    <message>
        <location filename="../../models/assets/asset.cpp" line="+95"/>
        <source>Inventory no.</source>
        <translation>Inventar-Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial no.</source>
        <translation>Serien-Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchased</source>
        <translation>Anschaffung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty until</source>
        <translation>Garantie bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last audited</source>
        <translation>Zuletzt inventarisiert</translation>
    </message>
</context>
<context>
    <name>AssetFilterPanel</name>
    <message>
        <location filename="../../views/assets/assetfilterpanel.cpp" line="+65"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+17"/>
        <location line="+4"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Warranty ends before</source>
        <translation>Garantie endet vor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not audited since</source>
        <translation>Nicht inventarisiert seit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>in the inventory (not retired)</source>
        <translation>im Bestand (nicht ausgesondert)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Owner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Used by</source>
        <translation>&amp;Genutzt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ge</source>
        <translation>A&amp;lter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;nit</source>
        <translation>&amp;Organisationseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 categories</source>
        <translation>%1 Kategorien</translation>
    </message>
</context>
<context>
    <name>AssetHistoryModel</name>
    <message>
        <location filename="../../models/assets/assethistorymodel.cpp" line="+106"/>
        <source>undo of #%1 %2</source>
        <translation>Rücknahme von #%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legacy number</source>
        <translation>Altnummer</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import batch</source>
        <translation>Importstapel</translation>
    </message>
</context>
<context>
    <name>AssetImportUndo</name>
    <message numerus="yes">
        <location filename="../../models/import/assetimportundo.cpp" line="+27"/>
        <source>Import batch %1 cannot be undone: %n of its asset(s) were changed since: %2</source>
        <translation>
            <numerusform>Importstapel %1 lässt sich nicht rückgängig machen: %n seiner Geräte wurde seither geändert: %2</numerusform>
            <numerusform>Importstapel %1 lässt sich nicht rückgängig machen: %n seiner Geräte wurden seither geändert: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>asset %1 (deleted)</source>
        <translation>Gerät %1 (gelöscht)</translation>
    </message>
</context>
<context>
    <name>AssetImporter</name>
    <message>
        <location filename="../../models/import/assetimporter.cpp" line="+64"/>
        <source>create new</source>
        <translation>neu anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>update matched</source>
        <translation>Gefundene aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skip matched</source>
        <translation>Gefundene überspringen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The profile %1 describes licences, not assets.</source>
        <translation>Das Profil %1 beschreibt Lizenzen, keine Geräte.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>asset %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asset %1 (no serial)</source>
        <translation>Gerät %1 (ohne Seriennummer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asset %1 (serial %2)</source>
        <translation>Gerät %1 (Seriennummer %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, from line %1 of this file</source>
        <translation>, aus Zeile %1 dieser Datei</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>Unbekannter Status „%1“</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No inventory number</source>
        <translation>Keine Inventarnummer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Inventory number %1 is %2, but %3 number %4 is %5</source>
        <translation>Inventarnummer %1 ist %2, aber %3-Nummer %4 ist %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inventory number %1 is already %2; this row has serial %3</source>
        <translation>Inventarnummer %1 ist schon %2; diese Zeile hat Seriennummer %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serial %1 is already %2, but inventory number %3 is %4</source>
        <translation>Seriennummer %1 ist schon %2, aber Inventarnummer %3 ist %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Serial %1 is already %2 with %3 number %4; this row has %3 number %5</source>
        <translation>Seriennummer %1 ist schon %2 mit %3-Nummer %4; diese Zeile hat %3-Nummer %5</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
</context>
<context>
    <name>AssetLookup</name>
    <message>
        <location filename="../../models/assets/assetlookup.cpp" line="+20"/>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Kein Treffer für „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&quot;%1&quot; matches %n assets.</source>
        <translation>
            <numerusform>„%1“ passt auf %n Gerät.</numerusform>
            <numerusform>„%1“ passt auf %n Geräte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetRepository</name>
    <message>
        <location filename="../../models/assets/assetrepository.cpp" line="+180"/>
        <source>Asset %1 does not exist.</source>
        <translation>Das Gerät %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Inventory number %1 is already used by another asset.</source>
        <translation>Die Inventarnummer %1 ist bereits an ein anderes Gerät vergeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serial number %1 is already recorded for another asset.</source>
        <translation>Die Seriennummer %1 ist bereits bei einem anderen Gerät erfasst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+73"/>
        <source>An asset needs an inventory number.</source>
        <translation>Ein Gerät braucht eine Inventarnummer.</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+73"/>
        <source>An asset needs an owner authority.</source>
        <translation>Ein Gerät braucht eine Eigentümer-Körperschaft.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The database did not return the new asset&apos;s id.</source>
        <translation>Die Datenbank hat die ID des neuen Geräts nicht geliefert.</translation>
    </message>
</context>
<context>
    <name>AssetStatusText</name>
    <message>
        <location filename="../../models/assets/assetstatus.cpp" line="+44"/>
        <source>In use</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In repair</source>
        <translation>In Reparatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired</source>
        <translation>Ausgesondert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing</source>
        <translation>Vermisst</translation>
    </message>
</context>
<context>
    <name>AssetValidator</name>
    <message>
        <location filename="../../models/assets/assetvalidator.cpp" line="+98"/>
        <source>Not a date. Type it as dd.mm.yyyy, e.g. 31.12.2027.</source>
        <translation>Kein Datum. Geben Sie es als TT.MM.JJJJ ein, z. B. 31.12.2027.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not a price. Type euros, e.g. 1.299,00.</source>
        <translation>Kein Preis. Geben Sie einen Euro-Betrag ein, z. B. 1.299,00.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a MAC address. Expected six pairs of hex digits, e.g. 00:1A:2B:3C:4D:5E.</source>
        <translation>Keine MAC-Adresse. Erwartet werden sechs Paare von Hexadezimalziffern, z. B. 00:1A:2B:3C:4D:5E.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not an IP address, e.g. 10.20.30.40.</source>
        <translation>Keine IP-Adresse. Beispiel: 10.20.30.40.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The inventory number is required.</source>
        <translation>Die Inventarnummer ist erforderlich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inventory number %1 is already used by another asset.</source>
        <translation>Die Inventarnummer %1 ist bereits an ein anderes Gerät vergeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serial number %1 is already recorded for another asset.</source>
        <translation>Die Seriennummer %1 ist bereits bei einem anderen Gerät erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a category.</source>
        <translation>Wählen Sie eine Kategorie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every asset needs an owner authority.</source>
        <translation>Jedes Gerät braucht eine Eigentümer-Körperschaft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The purchase date lies in the future.</source>
        <translation>Das Anschaffungsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warranty cannot end before the purchase date.</source>
        <translation>Die Garantie kann nicht vor dem Anschaffungsdatum enden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last audit cannot lie in the future.</source>
        <translation>Die letzte Inventur kann nicht in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../../app/auditcommand.cpp" line="+47"/>
        <source>The audit&apos;s number (see `bestand audit list`).</source>
        <translation>Die Nummer der Inventur (siehe `bestand audit list`).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inventory audits: create one, feed it scanner files, close it and write the signed record.</source>
        <translation>Inventuren: anlegen, Scannerdateien einlesen, abschließen und das Protokoll zum Unterschreiben erstellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: bestand audit [--db PATH] SUBCOMMAND [OPTIONS]

Subcommands:
  new      --name N [--owner CODE] [--user CODE] [--site S] [--room R] [--category C]
           [--responsible P] [--due DATE]   create an audit; its expected list is the
           assets in scope now (retired ones excluded). Options may repeat.
  scans    --audit ID [--room R] FILE      record a batch scanner&apos;s file
  close    --audit ID [--report FILE.pdf] [--csv FILE]   close (cannot be undone)
  report   --audit ID [--report FILE.pdf] [--csv FILE]   write the record, change nothing
  pause    --audit ID / resume --audit ID
  list     [--json]                        all audits with their counters
  due      [--json] [--limit N]            assets due for a physical count

`bestand audit SUBCOMMAND --help` describes a subcommand.
</source>
        <translation>Aufruf: bestand audit [--db PFAD] UNTERBEFEHL [OPTIONEN]

Unterbefehle:
  new      --name N [--owner CODE] [--user CODE] [--site S] [--room R] [--category C]
           [--responsible P] [--due DATE]   Inventur anlegen; ihre Sollliste sind die
           Geräte, die jetzt im Umfang liegen (ohne ausgesonderte). Optionen sind wiederholbar.
  scans    --audit ID [--room R] DATEI     Datei eines Stapelscanners erfassen
  close    --audit ID [--report DATEI.pdf] [--csv DATEI]   abschließen (nicht umkehrbar)
  report   --audit ID [--report DATEI.pdf] [--csv DATEI]   Protokoll schreiben, nichts ändern
  pause    --audit ID / resume --audit ID
  list     [--json]                        alle Inventuren mit ihren Zählern
  due      [--json] [--limit N]            Geräte, die zur Inventur fällig sind

`bestand audit UNTERBEFEHL --help` beschreibt einen Unterbefehl.
</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name a subcommand.</source>
        <translation>Geben Sie einen Unterbefehl an.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The audit&apos;s name.</source>
        <translation>Der Name der Inventur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner authority code (may repeat).</source>
        <translation>Code der Eigentümer-Körperschaft (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Using authority code (may repeat).</source>
        <translation>Code der nutzenden Körperschaft (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site name (may repeat).</source>
        <translation>Name des Standorts (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room as &quot;Site / Room&quot; (may repeat).</source>
        <translation>Raum als „Standort / Raum“ (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category name (may repeat).</source>
        <translation>Name der Kategorie (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The responsible person.</source>
        <translation>Die verantwortliche Person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date, YYYY-MM-DD.</source>
        <translation>Fälligkeitsdatum, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--name is required.</source>
        <translation>--name ist erforderlich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The due date %1 is not a date (use YYYY-MM-DD).</source>
        <translation>Das Fälligkeitsdatum %1 ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Audit %1 created: %n item(s) expected.</source>
        <translation>
            <numerusform>Inventur %1 angelegt: %n Gerät erwartet.</numerusform>
            <numerusform>Inventur %1 angelegt: %n Geräte erwartet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Room of lines that name none, as &quot;Site / Room&quot;.</source>
        <translation>Raum für Zeilen ohne Raumangabe, als „Standort / Raum“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanner file: one scan per line, CODE[;TIMESTAMP[;ROOM]], e.g. &quot;INV-1;2026-11-25T10:15:00;Rathaus / B 212&quot;. Separator ; or tab (a comma when there is neither); TIMESTAMP local time, ISO or DD.MM.YYYY HH:MM[:SS], may be empty; ROOM as &quot;Site / Room&quot; or a room name unique across sites. Blank lines and lines starting with # are skipped; a first line starting with &quot;code&quot; is a header. Lines that cannot be read are reported with their number, the others recorded; the exit code is then 1.</source>
        <translation>Scannerdatei: ein Scan je Zeile, CODE[;ZEITSTEMPEL[;RAUM]], z. B. „INV-1;2026-11-25T10:15:00;Rathaus / B 212“. Trennzeichen ; oder Tabulator (ein Komma, wenn keins von beiden vorkommt); ZEITSTEMPEL in Ortszeit, ISO oder TT.MM.JJJJ HH:MM[:SS], darf leer sein; RAUM als „Standort / Raum“ oder als Raumname, der über alle Standorte eindeutig ist. Leerzeilen und Zeilen, die mit # beginnen, werden übersprungen; eine erste Zeile, die mit „code“ beginnt, gilt als Kopfzeile. Nicht lesbare Zeilen werden mit ihrer Nummer gemeldet, die übrigen erfasst; der Exit-Code ist dann 1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give --audit ID and one FILE.</source>
        <translation>Geben Sie --audit ID und eine DATEI an.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n scan(s) recorded</source>
        <translation>
            <numerusform>%n Scan erfasst</numerusform>
            <numerusform>%n Scans erfasst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 found, %2 moved, %3 unexpected, %4 outside the scope, %5 repeated, %6 ambiguous.</source>
        <translation>%1 gefunden, %2 umgesetzt, %3 unerwartet, %4 außerhalb des Umfangs, %5 wiederholt, %6 mehrdeutig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit %1: %2 expected, %3 found, %4 moved, %5 unexpected, %6 still open.</source>
        <translation>Inventur %1: %2 erwartet, %3 gefunden, %4 umgesetzt, %5 unerwartet, %6 noch offen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n line(s) could not be read.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the record as PDF to FILE.</source>
        <translation>Das Protokoll als PDF in DATEI schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the record as CSV to FILE.</source>
        <translation>Das Protokoll als CSV in DATEI schreiben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+62"/>
        <source>Give --audit ID.</source>
        <translation>Geben Sie --audit ID an.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Writing a PDF needs the Qt GUI libraries; run it through the bestand program.</source>
        <translation>Zum Schreiben einer PDF-Datei werden die Qt-GUI-Bibliotheken benötigt; führen Sie den Befehl über das Programm bestand aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Audit %1 closed.</source>
        <translation>Inventur %1 abgeschlossen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Record written to %1.</source>
        <translation>Protokoll nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 expected, %2 found, %3 moved, %4 missing, %5 unexpected.</source>
        <translation>%1 erwartet, %2 gefunden, %3 umgesetzt, %4 vermisst, %5 unerwartet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Audit %1 paused.</source>
        <translation>Inventur %1 pausiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit %1 resumed.</source>
        <translation>Inventur %1 fortgesetzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print the audits as a JSON array.</source>
        <translation>Die Inventuren als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No audits yet.</source>
        <translation>Noch keine Inventuren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  %2  [%3]  expected %4, found %5, moved %6, unexpected %7, open %8</source>
        <translation>%1  %2  [%3]  erwartet %4, gefunden %5, umgesetzt %6, unerwartet %7, offen %8</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print the assets as a JSON array.</source>
        <translation>Die Geräte als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print at most N assets (default 1000, 0: all).</source>
        <translation>Höchstens N Geräte ausgeben (Standard: 1000, 0: alle).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>never audited</source>
        <translation>nie inventarisiert</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n asset(s) due for audit.</source>
        <translation>
            <numerusform>%n Gerät ist zur Inventur fällig.</numerusform>
            <numerusform>%n Geräte sind zur Inventur fällig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditReportBuilder</name>
    <message>
        <location filename="../../models/audits/auditreport.cpp" line="+64"/>
        <source>Owner: %1</source>
        <translation>Eigentümer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User: %1</source>
        <translation>Genutzt von: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sites: %1</source>
        <translation>Standorte: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms: %1</source>
        <translation>Räume: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories: %1</source>
        <translation>Kategorien: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole inventory</source>
        <translation>gesamtes Inventar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>new room accepted</source>
        <translation>neuer Raum übernommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>room not changed</source>
        <translation>Raum nicht geändert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>in the inventory, outside the scope</source>
        <translation>im Inventar, außerhalb des Umfangs</translation>
    </message>
</context>
<context>
    <name>AuditReportCsvWriter</name>
    <message>
        <location line="+38"/>
        <source>Audit</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit number</source>
        <translation>Inventurnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Vermisst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected</source>
        <translation>Unerwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected location</source>
        <translation>Erwarteter Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found location</source>
        <translation>Fundort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing</source>
        <translation>vermisst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>umgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected</source>
        <translation>unerwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>AuditReportPdfWriter</name>
    <message>
        <location filename="../../views/audits/auditreportpdfwriter.cpp" line="+52"/>
        <location line="+67"/>
        <source>Inventory record: %1</source>
        <translation>Inventurprotokoll: %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Audit number</source>
        <translation>Inventurnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet closed</source>
        <translation>noch nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Vermisst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected</source>
        <translation>Unerwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing items</source>
        <translation>Vermisste Geräte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Inventory no.</source>
        <translation>Inventar-Nr.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+8"/>
        <source>Expected location</source>
        <translation>Erwarteter Ort</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Moved items</source>
        <translation>Umgesetzte Geräte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Found location</source>
        <translation>Fundort</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Unexpected items</source>
        <translation>Unerwartete Funde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Place, date, signature of the responsible person</source>
        <translation>Ort, Datum, Unterschrift der verantwortlichen Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place, date, signature of the witness</source>
        <translation>Ort, Datum, Unterschrift der Zeugin / des Zeugen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1.</source>
        <translation>%1 lässt sich nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>AuditScanFile</name>
    <message>
        <location filename="../../models/audits/auditscanfile.cpp" line="+73"/>
        <source>Too many fields: expected CODE;TIMESTAMP;ROOM.</source>
        <translation>Zu viele Felder: erwartet wird CODE;ZEITSTEMPEL;RAUM.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code is empty.</source>
        <translation>Der Code ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code contains unreadable characters.</source>
        <translation>Der Code enthält unlesbare Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The timestamp %1 is not a date and time (use 2026-11-25T10:15:00).</source>
        <translation>Der Zeitstempel %1 ist keine Datums- und Zeitangabe (verwenden Sie 2026-11-25T10:15:00).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>AuditScanImporter</name>
    <message>
        <location filename="../../models/audits/auditscanimporter.cpp" line="+60"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <location filename="../../models/audits/auditservice.cpp" line="+130"/>
        <source>An audit needs a name.</source>
        <translation>Eine Inventur braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+16"/>
        <location line="+306"/>
        <source>There is no audit %1.</source>
        <translation>Es gibt keine Inventur %1.</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Audit %1 is closed and cannot be changed any more.</source>
        <translation>Inventur %1 ist abgeschlossen und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit %1 is paused. Resume it before scanning.</source>
        <translation>Inventur %1 ist pausiert. Setzen Sie sie fort, bevor Sie scannen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Audit %1 is not %2.</source>
        <translation>Inventur %1 ist nicht %2.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 was already recorded as unexpected.</source>
        <translation>%1 wurde bereits als unerwartet erfasst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is in the inventory but outside this audit&apos;s scope: recorded as unexpected.</source>
        <translation>%1 ist im Inventar, aber außerhalb des Umfangs dieser Inventur: als unerwartet erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in the inventory: recorded as unexpected.</source>
        <translation>%1 ist nicht im Inventar: als unerwartet erfasst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The scanned code is empty.</source>
        <translation>Der gescannte Code ist leer.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 matches several assets of this audit: scan another identifier.</source>
        <translation>%1 passt auf mehrere Geräte dieser Inventur: Scannen Sie eine andere Kennung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was already scanned.</source>
        <translation>%1 wurde bereits gescannt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 found.</source>
        <translation>%1 gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no room</source>
        <translation>kein Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 found in %2, expected in %3: moved.</source>
        <translation>%1 in %2 gefunden, erwartet in %3: umgesetzt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The asset was not found in another room in this audit.</source>
        <translation>Das Gerät wurde in dieser Inventur nicht in einem anderen Raum gefunden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is no such unexpected find in audit %1.</source>
        <translation>Diesen unerwarteten Fund gibt es in Inventur %1 nicht.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Audit %1 was closed in the meantime.</source>
        <translation>Inventur %1 wurde inzwischen abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>AuditStatusText</name>
    <message>
        <location filename="../../models/audits/audit.cpp" line="+29"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>AuditWidget</name>
    <message>
        <location filename="../../views/audits/auditwidget.cpp" line="+58"/>
        <source>&amp;New audit…</source>
        <translation>&amp;Neue Inventur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+212"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>&amp;Import scanner file…</source>
        <translation>Scannerdatei &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close audit…</source>
        <translation>Inventur a&amp;bschließen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export record…</source>
        <translation>Protokoll e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit:</source>
        <translation>In&amp;ventur:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected</source>
        <translation>Unerwartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan or type an inventory number, serial, MAC or host name</source>
        <translation>Inventarnummer, Seriennummer, MAC-Adresse oder Hostname scannen oder eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scan:</source>
        <translation>&amp;Scan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept new room (F8)</source>
        <translation>Neuen Raum übernehmen (F8)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unexpected device: what is it? (Enter saves, Esc skips)</source>
        <translation>Unerwartetes Gerät: Was ist es? (Enter speichert, Esc überspringt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manufacturer:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Bemerkung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+133"/>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Read only: your login on the server may look at audits but not run them.</source>
        <translation>Nur lesen: Ihre Anmeldung am Server darf Inventuren ansehen, aber nicht durchführen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <location line="+37"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>F8 accepts the new room.</source>
        <translation>F8 übernimmt den neuen Raum.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: the new room %2 will be recorded when the audit closes.</source>
        <translation>%1: Der neue Raum %2 wird beim Abschluss der Inventur eingetragen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Noted.</source>
        <translation>Notiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New audit</source>
        <translation>Neue Inventur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Audit</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>Import scanner file</source>
        <translation>Scannerdatei importieren</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Scanner files (*.txt *.csv);;All files (*)</source>
        <translation>Scannerdateien (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n scan(s) recorded.</source>
        <translation>
            <numerusform>%n Scan erfasst.</numerusform>
            <numerusform>%n Scans erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n line(s) could not be read:</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden:</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close audit &quot;%1&quot;?

%2 items not found will be marked missing, %3 found items get today as their last audit date, accepted moves are written. A closed audit cannot be changed.</source>
        <translation>Inventur „%1“ abschließen?

%2 nicht gefundene Geräte werden als vermisst markiert, %3 gefundene Geräte erhalten das heutige Datum als letzte Inventur, übernommene Raumwechsel werden eingetragen. Eine abgeschlossene Inventur kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>Close audit</source>
        <translation>Inventur abschließen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Closing audit %1 …</source>
        <translation>Inventur %1 wird abgeschlossen …</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+11"/>
        <source>Export audit record</source>
        <translation>Inventurprotokoll exportieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Inventur-%1.pdf</source>
        <translation>Inventur-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BillingCalculator</name>
    <message>
        <location filename="../../models/billing/billingcalculator.cpp" line="+361"/>
        <source>There is no authority %1.</source>
        <translation>Es gibt keine Körperschaft %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The billing run was cancelled.</source>
        <translation>Der Abrechnungslauf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BillingCommand</name>
    <message>
        <location filename="../../app/billingcommand.cpp" line="+25"/>
        <source>Leistungsverrechnung: `billing --period 2026-Q3` bills each authority for its devices and licence seats, as a statement (PDF) and a CSV for the finance system.</source>
        <translation>Leistungsverrechnung: `billing --period 2026-Q3` rechnet jeder Körperschaft ihre Geräte und Lizenzplätze ab, als Leistungsnachweis (PDF) und als CSV für die Finanzbuchhaltung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The period: a quarter (2026-Q3), a month (2026-09), a year (2026) or FIRST..LAST (2026-07-01..2026-08-15).</source>
        <translation>Der Zeitraum: ein Quartal (2026-Q3), ein Monat (2026-09), ein Jahr (2026) oder ERSTER..LETZTER (2026-07-01..2026-08-15).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the authority CODE.</source>
        <translation>Nur die Körperschaft KÜRZEL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the billing as CSV for the finance system to FILE.</source>
        <translation>Die Abrechnung als CSV für die Finanzbuchhaltung in DATEI schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the statements as PDF to FILE.</source>
        <translation>Die Leistungsnachweise als PDF in DATEI schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A line per item in the CSV and the PDF, not only the totals.</source>
        <translation>Eine Zeile je Posten in CSV und PDF, nicht nur die Summen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the period: the run becomes final and cannot change afterwards.</source>
        <translation>Den Zeitraum abschließen: der Lauf wird endgültig und kann danach nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: bestand billing --period PERIOD [--authority CODE] [--csv FILE] [--pdf FILE] [--lines] [--json] [--close]</source>
        <translation>Aufruf: bestand billing --period ZEITRAUM [--authority KÜRZEL] [--csv DATEI] [--pdf DATEI] [--lines] [--json] [--close]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing a PDF needs the Qt GUI libraries.</source>
        <translation>Zum Schreiben eines PDF werden die Qt-GUI-Bibliotheken benötigt.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Billing %1 (%2 to %3), run %4 by %5: %6</source>
        <translation>Abrechnung %1 (%2 bis %3), Lauf %4 von %5: %6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>closed by %1</source>
        <translation>abgeschlossen von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>no rate</source>
        <translation>ohne Satz</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Posten</numerusform>
            <numerusform>%n Posten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total %1 EUR in %2 lines.</source>
        <translation>Summe %1 EUR in %2 Posten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 lines have no rate for their subject and days; they are listed with 0,00 EUR.</source>
        <translation>%1 Posten haben für ihren Gegenstand und ihre Tage keinen Satz; sie sind mit 0,00 EUR aufgeführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No change since the run kept before.</source>
        <translation>Keine Änderung gegenüber dem zuvor gespeicherten Lauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed: %1 %2 %3: %4 → %5 EUR</source>
        <translation>Geändert: %1 %2 %3: %4 → %5 EUR</translation>
    </message>
</context>
<context>
    <name>BillingCsvWriter</name>
    <message>
        <location filename="../../models/billing/billingcsvwriter.cpp" line="+10"/>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+50"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+4"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial no.</source>
        <translation>Serien-Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Unit days</source>
        <translation>Einheitstage</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Rate per month (EUR)</source>
        <translation>Satz je Monat (EUR)</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Amount (EUR)</source>
        <translation>Betrag (EUR)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Authority name</source>
        <translation>Name der Körperschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Posten</translation>
    </message>
</context>
<context>
    <name>BillingPeriod</name>
    <message>
        <location filename="../../models/billing/billingperiod.cpp" line="+31"/>
        <source>&quot;%1&quot; is not a billing period; write a quarter (2026-Q3), a month (2026-09), a year (2026) or two days (2026-07-01..2026-08-15).</source>
        <translation>„%1“ ist kein Abrechnungszeitraum; schreiben Sie ein Quartal (2026-Q3), einen Monat (2026-09), ein Jahr (2026) oder zwei Tage (2026-07-01..2026-08-15).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Q%1 %2</source>
        <translation>%1. Quartal %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year %1</source>
        <translation>Jahr %1</translation>
    </message>
</context>
<context>
    <name>BillingRateCsv</name>
    <message>
        <location filename="../../models/billing/billingratecsv.cpp" line="+52"/>
        <location line="+21"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no column &quot;%2&quot;; the columns are: %3.</source>
        <translation>%1 hat keine Spalte „%2“; die Spalten sind: %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot start a transaction.</source>
        <translation>Es lässt sich keine Transaktion beginnen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Give either a category or a licence product.</source>
        <translation>Geben Sie entweder eine Kategorie oder ein Lizenzprodukt an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no category named %1.</source>
        <translation>Es gibt keine Kategorie namens %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no authority with the code %1.</source>
        <translation>Es gibt keine Körperschaft mit dem Kürzel %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rate needs the day it is valid from.</source>
        <translation>Ein Satz braucht den Tag, ab dem er gilt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rate per month is missing.</source>
        <translation>Der Satz je Monat fehlt.</translation>
    </message>
</context>
<context>
    <name>BillingRateEditDialog</name>
    <message>
        <location filename="../../views/billing/billingrateeditdialog.cpp" line="+22"/>
        <source>a &amp;device of the category</source>
        <translation>ein &amp;Gerät der Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &amp;seat of the licence product</source>
        <translation>ein &amp;Platz des Lizenzprodukts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all authorities</source>
        <translation>alle Körperschaften</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit billing rate</source>
        <translation>Verrechnungssatz bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New billing rate</source>
        <translation>Neuer Verrechnungssatz</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Billed per</source>
        <translation>Abgerechnet je</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authority</source>
        <translation>&amp;Körperschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;from</source>
        <translation>Gültig &amp;ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Per month</source>
        <translation>&amp;Je Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Bemerkung</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose the category whose devices this rate bills.</source>
        <translation>Wählen Sie die Kategorie, deren Geräte dieser Satz abrechnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the licence product whose seats this rate bills.</source>
        <translation>Geben Sie das Lizenzprodukt ein, dessen Plätze dieser Satz abrechnet.</translation>
    </message>
</context>
<context>
    <name>BillingRateRepository</name>
    <message>
        <location filename="../../models/billing/billingraterepository.cpp" line="+88"/>
        <source>The rate %1 does not exist (any more).</source>
        <translation>Der Satz %1 existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A rate is for either a category or a licence product.</source>
        <translation>Ein Satz gilt entweder für eine Kategorie oder für ein Lizenzprodukt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rate needs the day it is valid from.</source>
        <translation>Ein Satz braucht den Tag, ab dem er gilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rate cannot be negative.</source>
        <translation>Ein Satz kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A rate from %1 on would change the closed billing of %2 – %3. Closed billing runs stay as they were; let the new rate start after %3.</source>
        <translation>Ein Satz ab %1 würde die abgeschlossene Abrechnung vom %2 – %3 ändern. Abgeschlossene Abrechnungsläufe bleiben, wie sie sind; lassen Sie den neuen Satz nach dem %3 beginnen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The rate was not stored.</source>
        <translation>Der Satz wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+27"/>
        <source>The rate was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Der Satz wurde von jemand anderem geändert, seit Sie ihn geöffnet haben; laden Sie ihn neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
</context>
<context>
    <name>BillingRateTableModel</name>
    <message>
        <location filename="../../models/billing/billingratetablemodel.cpp" line="+64"/>
        <source>Licence seat</source>
        <translation>Lizenzplatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Category or product</source>
        <translation>Kategorie oder Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billed per</source>
        <translation>Abgerechnet je</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per month</source>
        <translation>Je Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
</context>
<context>
    <name>BillingRatesDialog</name>
    <message>
        <location filename="../../views/billing/billingratesdialog.cpp" line="+28"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing rates</source>
        <translation>Verrechnungssätze</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A price per month for each device of a category or each seat of a licence product, from a day on; a rate for one authority replaces the general one for it.</source>
        <translation>Ein Preis je Monat für jedes Gerät einer Kategorie oder jeden Platz eines Lizenzprodukts, ab einem Tag; ein Satz für eine Körperschaft ersetzt für sie den allgemeinen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete the rate for %1 valid from %2?</source>
        <translation>Den Satz für %1, gültig ab %2, löschen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import billing rates</source>
        <translation>Verrechnungssätze importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export billing rates</source>
        <translation>Verrechnungssätze exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows: %2 created, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 Zeilen: %2 angelegt, %3 geändert, %4 unverändert, %5 abgewiesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more rejected rows.</source>
        <translation>… und %1 weitere abgewiesene Zeilen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 rates written to %2.</source>
        <translation>%1 Sätze nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>BillingRunDialog</name>
    <message>
        <location filename="../../views/billing/billingrundialog.cpp" line="+44"/>
        <source>all authorities</source>
        <translation>alle Körperschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bill</source>
        <translation>&amp;Abrechnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the period…</source>
        <translation>Zeitraum ab&amp;schließen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements as &amp;PDF…</source>
        <translation>Leistungsnachweise als &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for &amp;finance…</source>
        <translation>CSV für die &amp;Finanzbuchhaltung…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billing the authorities</source>
        <translation>Leistungsverrechnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quarter (2026-Q3), a month (2026-09), a year (2026) or FIRST..LAST.</source>
        <translation>Ein Quartal (2026-Q3), ein Monat (2026-09), ein Jahr (2026) oder ERSTER..LETZTER.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate per month</source>
        <translation>Satz je Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit days</source>
        <translation>Einheitstage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Authority</source>
        <translation>&amp;Körperschaft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Close %1 with %2? The run becomes final: it cannot change afterwards, its days are not billed again, and rates that would change it are refused.</source>
        <translation>%1 mit %2 abschließen? Der Lauf wird endgültig: er kann sich danach nicht mehr ändern, seine Tage werden nicht noch einmal abgerechnet, und Sätze, die ihn ändern würden, werden abgewiesen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Statements as PDF</source>
        <translation>Leistungsnachweise als PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statements-%1.pdf</source>
        <translation>Leistungsnachweise-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV for the finance system</source>
        <translation>CSV für die Finanzbuchhaltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing-%1.csv</source>
        <translation>Leistungsverrechnung-%1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Billing %1 …</source>
        <translation>%1 wird abgerechnet …</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no rate</source>
        <translation>ohne Satz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 in %3 lines. Run no. %4 by %5, %6.</source>
        <translation>%1: %2 in %3 Posten. Lauf Nr. %4 von %5, %6.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>closed by %1</source>
        <translation>abgeschlossen von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lines have no rate and bill nothing.</source>
        <translation>%1 Posten haben keinen Satz und werden nicht berechnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed since the run kept before.</source>
        <translation>Seit dem zuvor gespeicherten Lauf hat sich nichts geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 totals changed since the run kept before.</source>
        <translation>%1 Summen haben sich seit dem zuvor gespeicherten Lauf geändert.</translation>
    </message>
</context>
<context>
    <name>BillingRunStore</name>
    <message>
        <location filename="../../models/billing/billingrunstore.cpp" line="+115"/>
        <source>The billing of %1 is closed and stays as it was.</source>
        <translation>Die Abrechnung für %1 ist abgeschlossen und bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The billing run %1 is not open (any more).</source>
        <translation>Der Abrechnungslauf %1 ist nicht (mehr) offen.</translation>
    </message>
</context>
<context>
    <name>BillingRunner</name>
    <message>
        <location filename="../../models/billing/billingrunner.cpp" line="+45"/>
        <source>The days of %1 were billed in the closed run %2 (%3); they are not billed twice.</source>
        <translation>Die Tage von %1 wurden im abgeschlossenen Lauf %2 (%3) abgerechnet; sie werden nicht doppelt abgerechnet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The run %1 of %2 was closed with %3 in %4 lines; the inventory now gives %5 in %6 lines (an import taken back, or a changed history). The closed run stands; no file was written.</source>
        <translation>Der Lauf %1 für %2 wurde mit %3 in %4 Posten abgeschlossen; der Bestand ergibt jetzt %5 in %6 Posten (ein zurückgenommener Import oder eine geänderte Historie). Der abgeschlossene Lauf gilt; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>BillingStatementPdfWriter</name>
    <message>
        <location filename="../../views/billing/billingstatementpdfwriter.cpp" line="+47"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>closed on %1 by %2</source>
        <translation>abgeschlossen am %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open (not yet final)</source>
        <translation>offen (noch nicht endgültig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was billed in this period.</source>
        <translation>In diesem Zeitraum wurde nichts abgerechnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+68"/>
        <source>Statement of services %1</source>
        <translation>Leistungsnachweis %1</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing run</source>
        <translation>Abrechnungslauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no. %1 of %2 by %3; %4</source>
        <translation>Nr. %1 vom %2 von %3; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Rate per month</source>
        <translation>Satz je Monat</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+18"/>
        <source>Items</source>
        <translation>Posten</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+22"/>
        <source>Unit days</source>
        <translation>Einheitstage</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+21"/>
        <source>no rate</source>
        <translation>ohne Satz</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial no.</source>
        <translation>Serien-Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each item is billed for the days it was in use by the authority: rate per month × days ÷ days of the month, summed over the months and rounded once per item to whole cents (half up). The total is the sum of the items.</source>
        <translation>Jeder Posten wird für die Tage abgerechnet, an denen er von der Körperschaft genutzt wurde: Satz je Monat × Tage ÷ Tage des Monats, über die Monate summiert und je Posten einmal kaufmännisch auf volle Cent gerundet. Die Summe ist die Summe der Posten.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write %1.</source>
        <translation>%1 lässt sich nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>BookValuesDialog</name>
    <message>
        <location filename="../../views/billing/bookvaluesdialog.cpp" line="+29"/>
        <source>all authorities</source>
        <translation>alle Körperschaften</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Book values</source>
        <translation>Buchwerte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acquisition value</source>
        <translation>Anschaffungswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depreciation</source>
        <translation>Abschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book value</source>
        <translation>Buchwert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Calculate</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reporting date</source>
        <translation>&amp;Stichtag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Owner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Calculating …</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Depreciated over their useful life</source>
        <translation>Über die Nutzungsdauer abgeschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low-value items up to %1, written off when bought</source>
        <translation>Geringwertige Wirtschaftsgüter bis %1, bei Anschaffung abgeschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On %1: acquisition value %2, book value %3; %4 devices have no price or purchase date.</source>
        <translation>Am %1: Anschaffungswert %2, Buchwert %3; %4 Geräte haben keinen Preis oder kein Kaufdatum.</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
        <location filename="../../views/assets/bulkchangedialog.cpp" line="+18"/>
        <source>Change %n asset(s)</source>
        <translation>
            <numerusform>%n Gerät ändern</numerusform>
            <numerusform>%n Geräte ändern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+15"/>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>choose</source>
        <translation>bitte wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same as owner</source>
        <translation>wie Eigentümer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the ticked fields are changed. Each change is recorded in the history of every asset and can be undone with Ctrl+Z.</source>
        <translation>Nur die angehakten Felder werden geändert. Jede Änderung wird in der Historie jedes Geräts vermerkt und kann mit Strg+Z rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../../app/checkcommand.cpp" line="+14"/>
        <source>Verify the inventory database: integrity, foreign keys, schema version and the rules of the inventory. Exits 0 when all hold.</source>
        <translation>Prüft die Inventardatenbank: Integrität, Fremdschlüssel, Schemaversion und die Regeln des Inventars. Endet mit 0, wenn alles stimmt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write every asset&apos;s search entry anew, then check (when a check names the search index).</source>
        <translation>Den Sucheintrag jedes Geräts neu schreiben, dann prüfen (wenn eine Prüfung den Suchindex nennt).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checked: %1</source>
        <translation>geprüft: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n Problem gefunden:</numerusform>
            <numerusform>%n Probleme gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The search index could not be rebuilt: %1</source>
        <translation>Der Suchindex konnte nicht neu aufgebaut werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search index rebuilt.</source>
        <translation>Suchindex neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>Code128Symbol</name>
    <message>
        <location filename="../../models/labels/code128symbol.cpp" line="+11"/>
        <source>A barcode needs a text.</source>
        <translation>Ein Strichcode braucht einen Text.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out of memory for a barcode.</source>
        <translation>Kein Speicher für einen Strichcode.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No barcode for %1: %2</source>
        <translation>Kein Strichcode für %1: %2</translation>
    </message>
</context>
<context>
    <name>ColumnMappingWidget</name>
    <message>
        <location filename="../../views/import/columnmappingwidget.cpp" line="+29"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Owning authority (when a row names none):</source>
        <translation>Eigentümer-Körperschaft (wenn eine Zeile keine nennt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using authority (when a row names none):</source>
        <translation>Nutzende Körperschaft (wenn eine Zeile keine nennt):</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none: from a column)</source>
        <translation>(keine: aus einer Spalte)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../app/command.cpp" line="+15"/>
        <source>Use the inventory database at PATH (default: %1).</source>
        <translation>Inventardatenbank unter PFAD verwenden (Standard: %1).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not a date: %1 (expected YYYY-MM-DD).</source>
        <translation>Kein Datum: %1 (erwartet JJJJ-MM-TT).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/commandline.cpp" line="+69"/>
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
        <location line="+5"/>
        <source>
`bestand COMMAND --help` describes a command&apos;s options.
</source>
        <translation>
`bestand BEFEHL --help` beschreibt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>ComplianceCalculator</name>
    <message>
        <location filename="../../models/licences/compliancecalculator.cpp" line="+43"/>
        <source>A licence without allocations serves its owner with all its seats. Over-deployed: an authority uses more seats than allocated to it, or a licence more seats than owned; site licences are unlimited. Reclaimable: seats held by retired or missing devices. Ending soon: valid until or maintenance end within 90 days. Yearly cost: for Subscription licences the price per seat is the yearly rent, and an authority pays its assigned seats times that price; all other licence types are perpetual, bought once, and add no yearly cost.</source>
        <translation>Eine Lizenz ohne Zuteilung dient mit allen Plätzen ihrem Eigentümer. Überlizenziert: Eine Körperschaft nutzt mehr Plätze als ihr zugeteilt sind, oder eine Lizenz mehr Plätze als erworben; Standortlizenzen sind unbegrenzt. Zurückzuholen: Plätze auf ausgesonderten oder vermissten Geräten. Läuft bald aus: gültig bis oder Wartungsende innerhalb von 90 Tagen. Jahreskosten: Bei Subscription-Lizenzen ist der Preis je Platz die Jahresmiete, und eine Körperschaft zahlt ihre zugewiesenen Plätze mal diesen Preis; alle anderen Lizenzarten sind unbefristet, einmal gekauft und verursachen keine Jahreskosten.</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <location filename="../../models/licences/compliancemodel.cpp" line="+25"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owned</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over-deployed</source>
        <translation>Überlizenziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To reclaim</source>
        <translation>Zurückzuholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly cost</source>
        <translation>Jahreskosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>over-deployed by %1</source>
        <translation>um %1 überlizenziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence short of %1 seats</source>
        <translation>Lizenz fehlen %1 Plätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired, still assigned</source>
        <translation>abgelaufen, noch zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends within %1 days</source>
        <translation>läuft innerhalb von %1 Tagen aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>maintenance ends %1</source>
        <translation>Wartung endet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seats to reclaim</source>
        <translation>%1 Plätze zurückzuholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unallocated, serves owner</source>
        <translation>nicht zugeteilt, dient dem Eigentümer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>site licence</source>
        <translation>Standortlizenz</translation>
    </message>
</context>
<context>
    <name>ComplianceWidget</name>
    <message>
        <location filename="../../views/licences/compliancewidget.cpp" line="+46"/>
        <source>All authorities</source>
        <translation>Alle Körperschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recalculate</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seats allocated</source>
        <translation>Plätze zugeteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seats assigned</source>
        <translation>Plätze zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over-deployed</source>
        <translation>Überlizenziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To reclaim</source>
        <translation>Zurückzuholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yearly cost</source>
        <translation>Jahreskosten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As of:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 licences: %2 over-deployed, %3 expired but still assigned, %4 ending within %5 days, %6 seats to reclaim.</source>
        <translation>%1 Lizenzen: %2 überlizenziert, %3 abgelaufen, aber noch zugewiesen, %4 laufen innerhalb von %5 Tagen aus, %6 Plätze zurückzuholen.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../views/mainwindow/connectiondialog.cpp" line="+17"/>
        <source>&amp;Local file on this computer (%1)</source>
        <translation>&amp;Lokale Datei auf diesem Rechner (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team &amp;server (PostgreSQL)</source>
        <translation>&amp;Server des Teams (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. db.ksm.local</source>
        <translation>z. B. db.ksm.local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your login on the server</source>
        <translation>Ihre Anmeldung am Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation>&amp;Rechner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is never saved: it is read from ~/.pgpass, or asked for at start. The new connection is used from the next start on.</source>
        <translation>Das Passwort wird nie gespeichert: Es wird aus ~/.pgpass gelesen oder beim Start abgefragt. Die neue Verbindung gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Please enter the server&apos;s host and the database name.</source>
        <translation>Bitte geben Sie den Rechner des Servers und den Namen der Datenbank ein.</translation>
    </message>
</context>
<context>
    <name>CopyDatabaseCommand</name>
    <message>
        <location filename="../../app/copydatabasecommand.cpp" line="+13"/>
        <source>Copy a whole inventory, history and import batches included, into a new, empty database (e.g. a SQLite file to the team&apos;s PostgreSQL server) in one transaction, then check both. The source is upgraded to the current schema first, as opening it would.</source>
        <translation>Einen ganzen Bestand samt Historie und Importen in eine neue, leere Datenbank kopieren (z. B. eine SQLite-Datei auf den PostgreSQL-Server des Teams), in einer Transaktion, und danach beide prüfen. Die Quelle wird zuvor auf das aktuelle Schema gebracht, wie beim Öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The inventory to copy: a file or a postgresql:// URL.</source>
        <translation>Der zu kopierende Bestand: eine Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new database: a postgresql:// URL or a file.</source>
        <translation>Die neue Datenbank: eine postgresql://-URL oder eine Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name both --from and --to.</source>
        <translation>Bitte --from und --to angeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source and target are the same database.</source>
        <translation>Quelle und Ziel sind dieselbe Datenbank.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was copied.</source>
        <translation>Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied %1 rows from %2 to %3; every table has the same count on both sides.</source>
        <translation>%1 Zeilen von %2 nach %3 kopiert; jede Tabelle hat auf beiden Seiten gleich viele Zeilen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../models/import/csvreader.cpp" line="+286"/>
        <source>The quoted field starting on this line is never closed.</source>
        <translation>Das in dieser Zeile beginnende Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row has %1 fields; %2 were expected.</source>
        <translation>Die Zeile hat %1 Felder; erwartet wurden %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row has too many fields.</source>
        <translation>Die Zeile hat zu viele Felder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row has too few fields.</source>
        <translation>Die Zeile hat zu wenige Felder.</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../models/storage/database.cpp" line="+33"/>
        <source>This database type is not supported yet: %1</source>
        <translation>Dieser Datenbanktyp wird noch nicht unterstützt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Qt SQL driver %1 is not installed</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../../models/storage/sqlitedialect.cpp" line="+26"/>
        <source>%1 is in use by another program that has it to itself (a large import, for example). Try again when it has finished.</source>
        <translation>%1 wird gerade von einem anderen Programm exklusiv genutzt (zum Beispiel von einem großen Import). Bitte versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SQLite refused write-ahead logging (journal mode is %1)</source>
        <translation>SQLite hat das Write-Ahead-Logging abgelehnt (Journalmodus ist %1)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>SQLite did not enable foreign keys</source>
        <translation>SQLite hat die Fremdschlüsselprüfung nicht eingeschaltet</translation>
    </message>
    <message>
        <location filename="../../models/storage/postgresdialect.cpp" line="+110"/>
        <source>A PostgreSQL database is backed up on its server.</source>
        <translation>Eine PostgreSQL-Datenbank wird auf ihrem Server gesichert.</translation>
    </message>
</context>
<context>
    <name>DatabaseChecker</name>
    <message>
        <location filename="../../models/schema/databasechecker.cpp" line="+21"/>
        <source>schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a Bestand database.</source>
        <translation>Dies ist keine Bestand-Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is empty: it has no Bestand schema.</source>
        <translation>Die Datenbank ist leer: Sie hat kein Bestand-Schema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schema version %1 is newer than this program knows (%2).</source>
        <translation>Schemaversion %1 ist neuer, als dieses Programm kennt (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schema version %1 is older than %2: open the database with Bestand to upgrade it.</source>
        <translation>Schemaversion %1 ist älter als %2: Öffnen Sie die Datenbank mit Bestand, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>storage integrity and foreign keys</source>
        <translation>Speicherintegrität und Fremdschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The integrity check could not run: %1</source>
        <translation>Die Integritätsprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every asset has an owner authority</source>
        <translation>jedes Gerät hat eine Eigentümer-Körperschaft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asset %1 has no owner authority.</source>
        <translation>Gerät %1 hat keine Eigentümer-Körperschaft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inventory numbers are unique</source>
        <translation>Inventarnummern sind eindeutig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory number %1 is used more than once.</source>
        <translation>Die Inventarnummer %1 ist mehrfach vergeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inventory numbers are present</source>
        <translation>Inventarnummern sind vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset with id %1 has no inventory number.</source>
        <translation>Das Gerät mit der ID %1 hat keine Inventarnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serial numbers are unique</source>
        <translation>Seriennummern sind eindeutig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial number %1 is recorded for more than one asset.</source>
        <translation>Die Seriennummer %1 ist bei mehr als einem Gerät erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>serial numbers are normalised</source>
        <translation>Seriennummern sind normalisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number %1 is not in normalised form.</source>
        <translation>Die Seriennummer %1 ist nicht normalisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAC addresses are normalised</source>
        <translation>MAC-Adressen sind normalisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAC address %1 is not in normalised form.</source>
        <translation>Die MAC-Adresse %1 ist nicht normalisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every asset has its creation in the history</source>
        <translation>zu jedem Gerät ist die Anlage in der Historie verzeichnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asset %1 has no history of its creation.</source>
        <translation>Zu Gerät %1 fehlt der Historieneintrag seiner Anlage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every licence has an owner authority</source>
        <translation>jede Lizenz hat eine Eigentümer-Körperschaft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence %1 has no owner authority.</source>
        <translation>Lizenz %1 hat keine Eigentümer-Körperschaft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every asset is in the search index</source>
        <translation>jedes Gerät steht im Suchindex</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asset %1 cannot be found by a search (bestand check --rebuild-search-index).</source>
        <translation>Gerät %1 wird von der Suche nicht gefunden (bestand check --rebuild-search-index).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the search index holds only existing assets</source>
        <translation>der Suchindex enthält nur vorhandene Geräte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search index holds the removed asset with id %1 (bestand check --rebuild-search-index).</source>
        <translation>Der Suchindex enthält das entfernte Gerät mit der ID %1 (bestand check --rebuild-search-index).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check &quot;%1&quot; could not run: %2</source>
        <translation>Prüfung „%1“ konnte nicht laufen: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>… and %1 more for &quot;%2&quot;.</source>
        <translation>… und %1 weitere bei „%2“.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../../models/schema/databasecopy.cpp" line="+88"/>
        <source>The target %1 already holds an inventory (%2 rows in %3); a copy goes only into a new, empty database.</source>
        <translation>Das Ziel %1 enthält bereits einen Bestand (%2 Zeilen in %3); kopiert wird nur in eine neue, leere Datenbank.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The target has no table %1.</source>
        <translation>Im Ziel gibt es keine Tabelle %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Row %1 of table %2: %3</source>
        <translation>Zeile %1 der Tabelle %2: %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Both databases must be at schema version %1 (source: %2, target: %3).</source>
        <translation>Beide Datenbanken müssen Schemaversion %1 haben (Quelle: %2, Ziel: %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The table %1 is not known to the copy; nothing was copied.</source>
        <translation>Die Tabelle %1 ist dem Kopieren unbekannt; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot start a transaction on the target.</source>
        <translation>Im Ziel kann keine Transaktion begonnen werden.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Table %1 has %2 rows in the source but %3 in the target.</source>
        <translation>Tabelle %1 hat in der Quelle %2 Zeilen, im Ziel aber %3.</translation>
    </message>
</context>
<context>
    <name>EditAssetCommand</name>
    <message>
        <location filename="../../views/assets/editassetcommand.cpp" line="+14"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../app/exportcommand.cpp" line="+16"/>
        <source>Export the assets as CSV (German Excel or plain UTF-8), all or those of one authority.</source>
        <translation>Geräte als CSV exportieren (deutsches Excel oder einfaches UTF-8), alle oder die einer Körperschaft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to export: assets.</source>
        <translation>Was exportiert werden soll: assets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only assets that the authority with this code owns OR uses (owner authority or using authority).</source>
        <translation>Nur Geräte, die der Körperschaft mit diesem Code gehören ODER von ihr genutzt werden (Eigentümer oder nutzende Körperschaft).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>excel: UTF-8 with BOM, &apos;;&apos;, dd.MM.yyyy, decimal comma, CRLF (default); plain: UTF-8, &apos;,&apos;, ISO dates, decimal point, LF.</source>
        <translation>excel: UTF-8 mit BOM, &apos;;&apos;, TT.MM.JJJJ, Dezimalkomma, CRLF (Standard); plain: UTF-8, &apos;,&apos;, ISO-Datum, Dezimalpunkt, LF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what to export: bestand export assets [OPTIONS]</source>
        <translation>Geben Sie an, was exportiert werden soll: bestand export assets [OPTIONEN]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown format %1: use excel or plain.</source>
        <translation>Unbekanntes Format %1: Verwenden Sie excel oder plain.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no authority with the code %1.</source>
        <translation>Es gibt keine Körperschaft mit dem Code %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n asset(s) exported to %1.</source>
        <translation>
            <numerusform>%n Gerät nach %1 exportiert.</numerusform>
            <numerusform>%n Geräte nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../views/handovers/handoverdialog.cpp" line="+33"/>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand over devices</source>
        <translation>Geräte übergeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take devices back</source>
        <translation>Geräte zurücknehmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Recipient</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Site of use</source>
        <translation>&amp;Einsatzort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Taken to site</source>
        <translation>&amp;Zurück an Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;oom</source>
        <translation>R&amp;aum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On &amp;loan, due back by</source>
        <translation>&amp;Leihgabe, zurück bis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Notes</source>
        <translation>&amp;Bemerkungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inventory no.</source>
        <translation>Inventarnr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial no.</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accessories</source>
        <translation>Zubehör</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hand &amp;over and print record…</source>
        <translation>&amp;Übergeben und Protokoll drucken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take &amp;back and print record…</source>
        <translation>&amp;Zurücknehmen und Protokoll drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devices (accessories and condition can be typed in):</source>
        <translation>Geräte (Zubehör und Zustand können eingetragen werden):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices (the condition they came back in can be typed in):</source>
        <translation>Geräte (der Zustand bei Rückgabe kann eingetragen werden):</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Handover-%1.pdf</source>
        <translation>Uebergabeprotokoll-%1.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return-%1.pdf</source>
        <translation>Rueckgabeprotokoll-%1.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HandoverPdfWriter</name>
    <message>
        <location filename="../../views/handovers/handoverpdfwriter.cpp" line="+22"/>
        <source>Handover record no. %1</source>
        <translation>Übergabeprotokoll Nr. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return record no. %1</source>
        <translation>Rückgabeprotokoll Nr. %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>KSM Kommunalservice Mecklenburg AöR – IT operations</source>
        <translation>KSM Kommunalservice Mecklenburg AöR – IT-Betrieb</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handed to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned by</source>
        <translation>Zurückgegeben von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place of use</source>
        <translation>Einsatzort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken to</source>
        <translation>Verbracht nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due back by</source>
        <translation>Rückgabe bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over by</source>
        <translation>Übergeben von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken back by</source>
        <translation>Zurückgenommen von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inventory no.</source>
        <translation>Inventarnr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial no.</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accessories</source>
        <translation>Zubehör</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Devices in all: %1</source>
        <translation>Geräte insgesamt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>Bemerkungen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The devices listed remain the property of the owning authority and are handed over for official use only. The recipient confirms receiving them complete and in working order, undertakes to treat them with care, to report loss or damage to the IT service without delay and to return them on request or when leaving the post. Private use and passing them on to others are not permitted.</source>
        <translation>Die aufgeführten Geräte bleiben Eigentum der besitzenden Körperschaft und werden ausschließlich zur dienstlichen Nutzung überlassen. Der Empfänger bestätigt den vollständigen Erhalt in funktionsfähigem Zustand, verpflichtet sich zu sorgfältigem Umgang, meldet Verlust oder Beschädigung unverzüglich dem IT-Service und gibt die Geräte auf Anforderung oder beim Ausscheiden aus der Stelle zurück. Private Nutzung und Weitergabe an Dritte sind nicht gestattet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The devices listed were returned with the accessories and in the condition noted above. The IT service confirms receiving them; data still stored on them will be deleted according to the rules of the owning authority.</source>
        <translation>Die aufgeführten Geräte wurden mit dem genannten Zubehör und im angegebenen Zustand zurückgegeben. Der IT-Service bestätigt den Empfang; noch gespeicherte Daten werden nach den Regeln der besitzenden Körperschaft gelöscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Place, date, signature of the IT service</source>
        <translation>Ort, Datum, Unterschrift IT-Service</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Place, date, signature of the person returning</source>
        <translation>Ort, Datum, Unterschrift der zurückgebenden Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place, date, signature of the recipient (%1)</source>
        <translation>Ort, Datum, Unterschrift des Empfängers (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>HandoverService</name>
    <message>
        <location filename="../../models/handovers/handoverservice.cpp" line="+111"/>
        <source>The handover record was not stored.</source>
        <translation>Das Übergabeprotokoll wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the person who receives the devices.</source>
        <translation>Bitte die Person wählen, die die Geräte erhält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the devices to hand over.</source>
        <translation>Bitte die zu übergebenden Geräte wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The devices must be due back after the day they are handed over.</source>
        <translation>Die Rückgabe muss nach dem Tag der Übergabe liegen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Person %1 does not exist.</source>
        <translation>Person %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An anonymised person cannot receive devices.</source>
        <translation>Eine anonymisierte Person kann keine Geräte erhalten.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>There is no asset with the id %1.</source>
        <translation>Es gibt kein Gerät mit der ID %1.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is retired and cannot be handed over.</source>
        <translation>%1 ist ausgesondert und kann nicht übergeben werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is still handed out (record no. %2): take it back first.</source>
        <translation>%1 ist noch ausgegeben (Protokoll Nr. %2): bitte zuerst zurücknehmen.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>%1 was changed by someone else just now; try again.</source>
        <translation>%1 wurde eben von jemand anderem geändert; bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Choose the devices to take back.</source>
        <translation>Bitte die zurückzunehmenden Geräte wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the day the devices came back.</source>
        <translation>Bitte den Tag der Rückgabe angeben.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not handed out to anyone.</source>
        <translation>%1 ist an niemanden ausgegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is held by someone else: a return record is for one person&apos;s devices.</source>
        <translation>%1 hat jemand anderes: ein Rückgabeprotokoll gilt für die Geräte einer Person.</translation>
    </message>
</context>
<context>
    <name>HandoverStore</name>
    <message>
        <location filename="../../models/handovers/handoverstore.cpp" line="+101"/>
        <source>There is no handover record no. %1.</source>
        <translation>Es gibt kein Protokoll Nr. %1.</translation>
    </message>
</context>
<context>
    <name>ImportBatchTableModel</name>
    <message>
        <location filename="../../models/import/importbatchtablemodel.cpp" line="+63"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assets</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported at</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data rows</source>
        <translation>Datenzeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <location filename="../../views/import/importbatchesdialog.cpp" line="+25"/>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo this import…</source>
        <translation>Diesen Import rückgängig machen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the items the import created and restore those it changed, unless they were changed since</source>
        <translation>Die vom Import angelegten Einträge löschen und die von ihm geänderten wiederherstellen, sofern sie seither nicht geändert wurden</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Rejected rows of batch %1:</source>
        <translation>Abgewiesene Zeilen von Stapel %1:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo import batch %1 (%2)? The items it created are deleted and those it changed get their earlier values back; the history keeps both.</source>
        <translation>Importstapel %1 (%2) rückgängig machen? Die von ihm angelegten Einträge werden gelöscht, die von ihm geänderten erhalten ihre früheren Werte zurück; die Historie behält beides.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undoing import batch %1…</source>
        <translation>Importstapel %1 wird rückgängig gemacht …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The undo is still running; the window can be closed when it has ended.</source>
        <translation>Das Rückgängigmachen läuft noch; das Fenster lässt sich schließen, sobald es beendet ist.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../app/importcommand.cpp" line="+68"/>
        <source>Import a legacy asset list (CSV) with a mapping profile, in one transaction. Exits 0 when the import ran (even with rejected rows), 1 when it failed and changed nothing, 2 for a usage error.</source>
        <translation>Eine Altliste von Geräten (CSV) mit einem Zuordnungsprofil in einer Transaktion importieren. Endet mit 0, wenn der Import lief (auch mit abgewiesenen Zeilen), mit 1, wenn er fehlschlug und nichts änderte, mit 2 bei falschem Aufruf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mapping profile: a built-in name (%1) or a profile JSON file.</source>
        <translation>Zuordnungsprofil: ein eingebauter Name (%1) oder eine Profildatei (JSON).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do everything, report the counts, then roll back: nothing is written.</source>
        <translation>Alles durchführen, die Zahlen melden, dann zurückrollen: nichts wird geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update matched assets: write the fields that differ, each into the history.</source>
        <translation>Gefundene Geräte aktualisieren: abweichende Felder schreiben, jedes in die Historie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave matched assets untouched (not even legacy numbers are added).</source>
        <translation>Gefundene Geräte unverändert lassen (auch keine Altnummern ergänzen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import rows with unreadable values, leaving the value empty and keeping the original text as a warning in the asset&apos;s history.</source>
        <translation>Zeilen mit unlesbaren Werten importieren: der Wert bleibt leer, der Originaltext steht als Warnung in der Historie des Geräts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text encoding of the file: utf-8, utf-16le, utf-16be, windows-1252 (default: detected).</source>
        <translation>Zeichenkodierung der Datei: utf-8, utf-16le, utf-16be, windows-1252 (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field separator: ; , | or tab (default: detected).</source>
        <translation>Trennzeichen: ; , | oder tab (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write rejected rows to FILE (default: &lt;name&gt;.rejects.csv next to the input, only when rows were rejected; not for a dry run).</source>
        <translation>Abgewiesene Zeilen nach DATEI schreiben (Standard: &lt;name&gt;.rejects.csv neben der Eingabe, nur wenn Zeilen abgewiesen wurden; nicht beim Probelauf).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name exactly one file to import.</source>
        <translation>Genau eine Datei zum Import angeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--profile is required (built in: %1).</source>
        <translation>--profile ist nötig (eingebaut: %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--update and --skip-existing exclude each other.</source>
        <translation>--update und --skip-existing schließen einander aus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown encoding %1: use utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>Unbekannte Kodierung %1: utf-8, utf-16le, utf-16be oder windows-1252 verwenden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A separator is one character, or &quot;tab&quot;.</source>
        <translation>Ein Trennzeichen ist ein Zeichen oder „tab“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import failed; nothing was changed: %1</source>
        <translation>Der Import ist fehlgeschlagen; nichts wurde geändert: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Dry run of %1 with profile %2 (%3): nothing was written.</source>
        <translation>Probelauf von %1 mit Profil %2 (%3): nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 with profile %2 (%3).</source>
        <translation>%1 mit Profil %2 (%3) importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read as %1, separator &quot;%2&quot;, in %3 s.</source>
        <translation>Gelesen als %1, Trennzeichen „%2“, in %3 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data rows: %1  created: %2  updated: %3  unchanged: %4  rejected: %5</source>
        <translation>Datenzeilen: %1  angelegt: %2  aktualisiert: %3  unverändert: %4  abgewiesen: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines skipped (blank, repeated header, sum line): %1  warnings: %2</source>
        <translation>Übersprungene Zeilen (leer, wiederholte Kopfzeile, Summenzeile): %1  Warnungen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 (undo with: bestand undo-import %1)</source>
        <translation>Stapel %1 (rückgängig mit: bestand undo-import %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First rejected rows:</source>
        <translation>Erste abgewiesene Zeilen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First warnings (values repaired or dropped, kept in the history):</source>
        <translation>Erste Warnungen (Werte ergänzt oder verworfen, in der Historie festgehalten):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected rows written to %1</source>
        <translation>Abgewiesene Zeilen stehen in %1</translation>
    </message>
</context>
<context>
    <name>ImportProblemList</name>
    <message>
        <location filename="../../views/import/importproblemlist.cpp" line="+14"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text as read</source>
        <translation>Gelesener Text</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>rejected</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more, not listed here. The rejects file holds every rejected row.</source>
        <translation>
            <numerusform>… und %n weitere, hier nicht aufgeführt. Die Datei der abgewiesenen Zeilen enthält jede abgewiesene Zeile.</numerusform>
            <numerusform>… und %n weitere, hier nicht aufgeführt. Die Datei der abgewiesenen Zeilen enthält jede abgewiesene Zeile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <location filename="../../models/import/importprofile.cpp" line="+21"/>
        <source>SIS asset list (city of Schwerin)</source>
        <translation>SIS-Geräteliste (Stadt Schwerin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District inventory (Landkreis Ludwigslust-Parchim, Excel list)</source>
        <translation>Inventar des Landkreises (Ludwigslust-Parchim, Excel-Liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIS licence list</source>
        <translation>SIS-Lizenzliste</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>More than one column is mapped to the field &quot;%1&quot;.</source>
        <translation>Mehr als eine Spalte ist dem Feld „%1“ zugeordnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the owning authority or map a column to the field &quot;%1&quot;.</source>
        <translation>Wählen Sie die Eigentümer-Körperschaft oder ordnen Sie dem Feld „%1“ eine Spalte zu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Map a column to the field &quot;%1&quot;.</source>
        <translation>Ordnen Sie dem Feld „%1“ eine Spalte zu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map a column to the field &quot;%1&quot; or to &quot;%2&quot;: the new inventory numbers are made from it (%3).</source>
        <translation>Ordnen Sie dem Feld „%1“ oder „%2“ eine Spalte zu: Daraus werden die neuen Inventarnummern gebildet (%3).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Inventory number</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legacy inventory number</source>
        <translation>Alte Inventarnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Owner authority</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Using authority</source>
        <translation>Nutzende Körperschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site address</source>
        <translation>Anschrift des Standorts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase price</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty until</source>
        <translation>Garantie bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Last audited</source>
        <translation>Zuletzt inventarisiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence type</source>
        <translation>Lizenzart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed per</source>
        <translation>Lizenziert je</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of licences</source>
        <translation>Anzahl Lizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract number</source>
        <translation>Vertragsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price per licence</source>
        <translation>Preis je Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance until</source>
        <translation>Wartung bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Using authorities</source>
        <translation>Nutzende Körperschaften</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no import profile %1 (built in: %2) and no such file.</source>
        <translation>Es gibt kein Importprofil %1 (eingebaut: %2) und keine solche Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the import profile %1: %2</source>
        <translation>Das Importprofil %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import profile %1: %2</source>
        <translation>Importprofil %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Stelle %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>„format“ muss „%1“ sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile version %1 is not supported</source>
        <translation>Profilversion %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;name&quot; is missing</source>
        <translation>„name“ fehlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;kind&quot; must be &quot;assets&quot; or &quot;licences&quot;, not &quot;%1&quot;</source>
        <translation>„kind“ muss „assets“ oder „licences“ sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;separator&quot; must be one character or &quot;auto&quot;</source>
        <translation>„separator“ muss ein Zeichen oder „auto“ sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;columns&quot; is missing or empty</source>
        <translation>„columns“ fehlt oder ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every column needs &quot;header&quot; and &quot;field&quot;</source>
        <translation>jede Spalte braucht „header“ und „field“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column %1: unknown type &quot;%2&quot;</source>
        <translation>Spalte %1: unbekannter Typ „%2“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>column %1: unknown field &quot;%2&quot;</source>
        <translation>Spalte %1: unbekanntes Feld „%2“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>column %1 uses the map &quot;%2&quot;, which is not defined</source>
        <translation>Spalte %1 verwendet die Zuordnung „%2“, die nicht definiert ist</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;skipLines&quot;: %1 is not a valid pattern: %2</source>
        <translation>„skipLines“: %1 ist kein gültiges Muster: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an asset profile needs an &quot;inventory_no&quot; column or an &quot;inventoryNumber&quot; template</source>
        <translation>ein Geräteprofil braucht eine Spalte „inventory_no“ oder eine Vorlage „inventoryNumber“</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot write the import profile %1: %2</source>
        <translation>Das Importprofil %1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>ImportRowMapper</name>
    <message>
        <location filename="../../models/import/importrowmapper.cpp" line="+32"/>
        <source>The file has no column %1 (profile %2). Its columns are: %3</source>
        <translation>Die Datei hat keine Spalte %1 (Profil %2). Ihre Spalten sind: %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+15"/>
        <source>Unknown value &quot;%1&quot;</source>
        <translation>Unbekannter Wert „%1“</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A value is required</source>
        <translation>Ein Wert ist nötig</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <location filename="../../models/import/importrun.cpp" line="+122"/>
        <location line="+32"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 holds no header line.</source>
        <translation>%1 enthält keine Kopfzeile.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot start a transaction on %1.</source>
        <translation>Auf %1 lässt sich keine Transaktion beginnen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Blank line</source>
        <translation>Leerzeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header once more</source>
        <translation>Die Kopfzeile noch einmal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a data row (a sum or a note, as the profile&apos;s skip patterns say)</source>
        <translation>Keine Datenzeile (eine Summe oder ein Vermerk, laut den Überspring-Mustern des Profils)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <location filename="../../models/import/importundo.cpp" line="+32"/>
        <source>There is no import batch %1.</source>
        <translation>Es gibt keinen Importstapel %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import batch %1 was already undone.</source>
        <translation>Importstapel %1 wurde schon rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import batch %1 did not complete (%2).</source>
        <translation>Importstapel %1 wurde nicht abgeschlossen (%2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import batch %1 imported %2, which cannot be undone.</source>
        <translation>Importstapel %1 hat %2 importiert; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import batch %1 was undone: %2 item(s) deleted, %3 restored.</source>
        <translation>Importstapel %1 wurde rückgängig gemacht: %2 Element(e) gelöscht, %3 wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n master data row(s) it had created were removed.</source>
        <translation>
            <numerusform>%n Stammdatensatz, den er angelegt hatte, wurde entfernt.</numerusform>
            <numerusform>%n Stammdatensätze, die er angelegt hatte, wurden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Cannot start a transaction.</source>
        <translation>Es lässt sich keine Transaktion beginnen.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../views/import/importwizard.cpp" line="+45"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a legacy list</source>
        <translation>Altliste importieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the list to import. The first rows are shown as they will be read.</source>
        <translation>Die zu importierende Liste wählen. Die ersten Zeilen erscheinen so, wie sie gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load profile file…</source>
        <translation>Profildatei laden…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The profile says which column becomes which field. Start from a profile and adjust the fields by hand; ignored columns are not imported.</source>
        <translation>Das Profil legt fest, welche Spalte welches Feld wird. Beginnen Sie mit einem Profil und passen Sie die Felder von Hand an; ignorierte Spalten werden nicht importiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save profile…</source>
        <translation>Profil speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping as a profile file, to import lists like this one again</source>
        <translation>Diese Zuordnung als Profildatei speichern, um Listen wie diese wieder zu importieren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Check and choose</source>
        <translation>Prüfen und wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens to rows that match an asset or licence already recorded? A dry run shows what the import would do, without writing anything.</source>
        <translation>Was geschieht mit Zeilen, zu denen schon ein Gerät oder eine Lizenz erfasst ist? Ein Probelauf zeigt, was der Import tun würde, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create new items only; leave matched ones as they are</source>
        <translation>Nur neue Einträge anlegen; gefundene bleiben, wie sie sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update matched items (changed fields only, kept in the history)</source>
        <translation>Gefundene Einträge aktualisieren (nur geänderte Felder, in der Historie festgehalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip matched items entirely</source>
        <translation>Gefundene Einträge ganz überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import rows with unreadable values, leaving the value empty (noted in the history)</source>
        <translation>Zeilen mit unlesbaren Werten importieren, der Wert bleibt leer (in der Historie vermerkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check (dry run)</source>
        <translation>Prüfen (Probelauf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a list</source>
        <translation>Liste wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Load an import profile</source>
        <translation>Importprofil laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Import profiles (*.json)</source>
        <translation>Importprofile (*.json)</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+19"/>
        <source>Import profile</source>
        <translation>Importprofil</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save the import profile</source>
        <translation>Importprofil speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a profile first.</source>
        <translation>Wählen Sie zuerst ein Profil.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose a profile.</source>
        <translation>Wählen Sie ein Profil.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 Zeilen, %2 Zeilen/s</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 data rows: %2 created, %3 updated, %4 unchanged, %5 rejected; %6 lines skipped, %7 warnings.</source>
        <translation>%1 Datenzeilen: %2 angelegt, %3 aktualisiert, %4 unverändert, %5 abgewiesen; %6 Zeilen übersprungen, %7 Warnungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The import would do this: %1</source>
        <translation>Der Import würde Folgendes tun: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported as batch %1. %2</source>
        <translation>Als Stapel %1 importiert. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected rows: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Abgewiesene Zeilen: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import failed; nothing was changed: %1</source>
        <translation>Der Import ist fehlgeschlagen; nichts wurde geändert: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undoing import batch %1…</source>
        <translation>Importstapel %1 wird rückgängig gemacht …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The undo is still running; the wizard can be closed when it has ended.</source>
        <translation>Das Rückgängigmachen läuft noch; der Assistent lässt sich schließen, sobald es beendet ist.</translation>
    </message>
</context>
<context>
    <name>LabelLayout</name>
    <message>
        <location filename="../../models/labels/labellayout.cpp" line="+47"/>
        <source>A4 sheet, 3 × 8 labels of 70 × 37 mm</source>
        <translation>A4-Bogen, 3 × 8 Etiketten zu 70 × 37 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet, 3 × 7 labels of 70 × 42.3 mm</source>
        <translation>A4-Bogen, 3 × 7 Etiketten zu 70 × 42,3 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet, 2 × 7 labels of 99.1 × 38.1 mm</source>
        <translation>A4-Bogen, 2 × 7 Etiketten zu 99,1 × 38,1 mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label printer roll, 62 × 29 mm</source>
        <translation>Etikettendrucker-Rolle, 62 × 29 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label printer roll, 54 × 25 mm</source>
        <translation>Etikettendrucker-Rolle, 54 × 25 mm</translation>
    </message>
</context>
<context>
    <name>LabelPainter</name>
    <message>
        <location filename="../../views/labels/labelpainter.cpp" line="+105"/>
        <source>old no. %1</source>
        <translation>alte Nr. %1</translation>
    </message>
</context>
<context>
    <name>LabelPrintDialog</name>
    <message>
        <location filename="../../views/labels/labelprintdialog.cpp" line="+32"/>
        <source>Show the &amp;legacy number</source>
        <translation>&amp;Alte Inventarnummer zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a Code &amp;128 barcode for older scanners</source>
        <translation>Code-&amp;128-Strichcode für ältere Scanner</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+110"/>
        <source>Print labels</source>
        <translation>Etiketten drucken</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>The first free label on a sheet that was used in part, counted row by row.</source>
        <translation>Das erste freie Etikett eines angebrochenen Bogens, zeilenweise gezählt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La&amp;bels</source>
        <translation>E&amp;tiketten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start at label</source>
        <translation>&amp;Beginnen bei Etikett</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save labels as PDF</source>
        <translation>Etiketten als PDF speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 labels</source>
        <translation>%1 Etiketten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 labels on %2 sheets</source>
        <translation>%1 Etiketten auf %2 Bögen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The labels could not be written: %1</source>
        <translation>Die Etiketten konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 labels written to %2.</source>
        <translation>%1 Etiketten nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The labels could not be printed: %1</source>
        <translation>Die Etiketten konnten nicht gedruckt werden: %1</translation>
    </message>
</context>
<context>
    <name>LabelSheetWriter</name>
    <message>
        <location filename="../../views/labels/labelsheetwriter.cpp" line="+42"/>
        <source>The labels cannot be written there.</source>
        <translation>Die Etiketten können dort nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asset labels</source>
        <translation>Inventaretiketten</translation>
    </message>
</context>
<context>
    <name>LabelsCommand</name>
    <message>
        <location filename="../../app/labelscommand.cpp" line="+16"/>
        <source>Asset labels with QR code and barcode as a PDF: `labels [--authority CODE] [--site NAME] [--ids FILE] --layout NAME --out FILE.pdf`; `labels --list-layouts`.</source>
        <translation>Inventaretiketten mit QR-Code und Strichcode als PDF: `labels [--authority KÜRZEL] [--site NAME] [--ids DATEI] --layout NAME --out DATEI.pdf`; `labels --list-layouts`.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, line %2: no asset has the number %3.</source>
        <translation>%1, Zeile %2: kein Gerät hat die Nummer %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, line %2: %3 names %4 assets; give the inventory number.</source>
        <translation>%1, Zeile %2: %3 bezeichnet %4 Geräte; bitte die Inventarnummer angeben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only assets this authority owns or uses (its code).</source>
        <translation>Nur Geräte, die diese Körperschaft besitzt oder nutzt (ihr Kürzel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only assets at this site (its name).</source>
        <translation>Nur Geräte an diesem Standort (sein Name).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the assets this file lists, one per line: asset id, inventory or legacy number.</source>
        <translation>Nur die Geräte, die diese Datei nennt, eines je Zeile: Geräte-ID, Inventar- oder Altnummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The label sheet or roll (see --list-layouts); default %1.</source>
        <translation>Etikettenbogen oder -rolle (siehe --list-layouts); Vorgabe %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the first N labels of the first sheet empty (a sheet used in part).</source>
        <translation>Die ersten N Etiketten des ersten Bogens frei lassen (angebrochener Bogen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the legacy number where there is one.</source>
        <translation>Die Altnummer zeigen, wo es eine gibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the Code 128 barcode.</source>
        <translation>Den Code-128-Strichcode weglassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the label layouts.</source>
        <translation>Die Etikettenformate auflisten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where should the labels go? Give --out FILE.pdf.</source>
        <translation>Wohin sollen die Etiketten? Bitte --out DATEI.pdf angeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no label layout %1 (see --list-layouts).</source>
        <translation>Es gibt kein Etikettenformat %1 (siehe --list-layouts).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--skip takes 0 to %1 for %2.</source>
        <translation>--skip nimmt 0 bis %1 für %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--ids lists the assets itself; it does not combine with --authority or --site.</source>
        <translation>--ids nennt die Geräte selbst; es lässt sich nicht mit --authority oder --site verbinden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>No labels were written.</source>
        <translation>Es wurden keine Etiketten geschrieben.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>There is no asset with the id %1.</source>
        <translation>Es gibt kein Gerät mit der ID %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no site %1.</source>
        <translation>Es gibt keinen Standort %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No asset matches; no labels were written.</source>
        <translation>Kein Gerät passt; es wurden keine Etiketten geschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The labels could not be written: %1</source>
        <translation>Die Etiketten konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 labels on %2 pages (%3) written to %4 in %5 s.</source>
        <translation>%1 Etiketten auf %2 Seiten (%3) in %5 s nach %4 geschrieben.</translation>
    </message>
</context>
<context>
    <name>LicenceAssignmentModel</name>
    <message>
        <location filename="../../models/licences/licenceassignmentmodel.cpp" line="+30"/>
        <source>Held by</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device status</source>
        <translation>Gerätestatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This device is retired or missing: reclaim the seat.</source>
        <translation>Dieses Gerät ist ausgesondert oder vermisst: Platz zurückholen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – reclaim</source>
        <translation>%1 – zurückholen</translation>
    </message>
</context>
<context>
    <name>LicenceConflictMessage</name>
    <message>
        <location filename="../../models/licences/licenceconflictmessage.cpp" line="+18"/>
        <source>%1, %2: %3 from &quot;%4&quot; to &quot;%5&quot;</source>
        <translation>%1, %2: %3 von „%4“ auf „%5“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licence %1 was changed in the meantime. Reload it and apply your change again.</source>
        <translation>Lizenz %1 wurde inzwischen geändert. Laden Sie sie neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence %1 was changed by someone else since you opened it; your change was not saved so as not to overwrite theirs:
%2
Reload it and apply your change again.</source>
        <translation>Lizenz %1 wurde von jemand anderem geändert, seit Sie sie geöffnet haben; Ihre Änderung wurde nicht gespeichert, um diese nicht zu überschreiben:
%2
Laden Sie sie neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
</context>
<context>
    <name>LicenceCsvExporter</name>
    <message>
        <location filename="../../models/licences/licencecsvexporter.cpp" line="+31"/>
        <source>Writing the licence list failed: %1</source>
        <translation>Schreiben der Lizenzliste fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>LicenceDetailEditor</name>
    <message>
        <location filename="../../views/licences/licencedetaileditor.cpp" line="+33"/>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner authority</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save licence</source>
        <translation>Lizenz speichern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the licence key. Every showing is recorded in the history.</source>
        <translation>Zeigt den Lizenzschlüssel. Jedes Anzeigen wird in der Historie festgehalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vendor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version/&amp;edition:</source>
        <translation>Version/&amp;Edition:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>Lizenz&amp;art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seats owned:</source>
        <translation>Erworbene &amp;Plätze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence &amp;key:</source>
        <translation>Lizenz&amp;schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contract no.:</source>
        <translation>&amp;Vertragsnr.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;from:</source>
        <translation>Gültig &amp;ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;until:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rice per seat (€):</source>
        <translation>P&amp;reis je Platz (€):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;aintenance until:</source>
        <translation>W&amp;artung bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>Bemerku&amp;ng:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>as printed on the licence certificate</source>
        <translation>wie auf dem Lizenzzertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key was shown; this is recorded in the licence&apos;s history.</source>
        <translation>Der Schlüssel wurde angezeigt; das ist in der Historie der Lizenz festgehalten.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Licence %1 saved.</source>
        <translation>Lizenz %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>LicenceFields</name>
    <message>
        <location filename="../../models/licences/licence.cpp" line="+66"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version/edition</source>
        <translation>Version/Edition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Lizenzart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract no.</source>
        <translation>Vertragsnr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price per seat</source>
        <translation>Preis je Platz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance until</source>
        <translation>Wartung bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
</context>
<context>
    <name>LicenceHistoryModel</name>
    <message>
        <location filename="../../models/licences/licencehistorymodel.cpp" line="+17"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key shown</source>
        <translation>Schlüssel angezeigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocation %1</source>
        <translation>Zuteilung %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>LicenceImportUndo</name>
    <message>
        <location filename="../../models/import/licenceimportundo.cpp" line="+88"/>
        <source>licence %1 (deleted)</source>
        <translation>Lizenz %1 (gelöscht)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Import batch %1 cannot be undone: %n of its licence(s) were changed since: %2</source>
        <translation>
            <numerusform>Importstapel %1 lässt sich nicht rückgängig machen: %n seiner Lizenzen wurde seither geändert: %2</numerusform>
            <numerusform>Importstapel %1 lässt sich nicht rückgängig machen: %n seiner Lizenzen wurden seither geändert: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import batch %1 changed the licence key of %2, which cannot be restored.</source>
        <translation>Importstapel %1 hat den Lizenzschlüssel von %2 geändert; der alte Schlüssel lässt sich nicht wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>LicenceImporter</name>
    <message>
        <location filename="../../models/import/licenceimporter.cpp" line="+53"/>
        <source>Unknown authority %1</source>
        <translation>Unbekannte Körperschaft %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown licence type &quot;%1&quot;</source>
        <translation>Unbekannte Lizenzart „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown licence metric &quot;%1&quot;</source>
        <translation>Unbekannte Lizenzmetrik „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Negative number of licences (%1)</source>
        <translation>Negative Lizenzanzahl (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of licences too large (%1)</source>
        <translation>Lizenzanzahl zu groß (%1)</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The profile %1 describes assets, not licences.</source>
        <translation>Das Profil %1 beschreibt Geräte, keine Lizenzen.</translation>
    </message>
</context>
<context>
    <name>LicenceMetricText</name>
    <message>
        <location filename="../../models/licences/licencemetric.cpp" line="+36"/>
        <source>Per device</source>
        <translation>Pro Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per user</source>
        <translation>Pro Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concurrent</source>
        <translation>Gleichzeitige Nutzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site (unlimited)</source>
        <translation>Standort (unbegrenzt)</translation>
    </message>
</context>
<context>
    <name>LicenceRepository</name>
    <message>
        <location filename="../../models/licences/licencerepository.cpp" line="+138"/>
        <location line="+316"/>
        <source>Licence %1 does not exist.</source>
        <translation>Lizenz %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>A licence needs a product name.</source>
        <translation>Eine Lizenz braucht einen Produktnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A licence needs an owner authority.</source>
        <translation>Eine Lizenz braucht eine Eigentümer-Körperschaft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of seats cannot be negative (%1).</source>
        <translation>Die Anzahl der Plätze kann nicht negativ sein (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price per seat cannot be negative.</source>
        <translation>Der Preis je Platz kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The licence ends before it starts.</source>
        <translation>Die Lizenz endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The database did not return the new licence&apos;s id.</source>
        <translation>Die Datenbank hat die Nummer der neuen Lizenz nicht geliefert.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Authority %1 does not exist.</source>
        <translation>Körperschaft %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>An allocation cannot be negative (%1 seats).</source>
        <translation>Eine Zuteilung kann nicht negativ sein (%1 Plätze).</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1 is licensed per device: assign its seats to devices.</source>
        <translation>%1 ist pro Gerät lizenziert: Weisen Sie die Plätze Geräten zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is licensed per user: assign its seats to persons.</source>
        <translation>%1 ist pro Benutzer lizenziert: Weisen Sie die Plätze Personen zu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This device already holds a seat of %1.</source>
        <translation>Dieses Gerät hat schon einen Platz von %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person already holds a seat of %1.</source>
        <translation>Diese Person hat schon einen Platz von %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 now uses %2 seats of %3 but only %4 are allocated to it: over-deployed by %5.</source>
        <translation>%1 nutzt jetzt %2 Plätze von %3, zugeteilt sind aber nur %4: um %5 überlizenziert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Seat assignment %1 does not exist.</source>
        <translation>Platzzuweisung %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>LicenceSeatsPanel</name>
    <message>
        <location filename="../../views/licences/licenceseatspanel.cpp" line="+33"/>
        <source>Save allocations</source>
        <translation>Zuteilungen speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassign</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seats each authority may use. Without any allocation the owner uses all seats.</source>
        <translation>Plätze, die jede Körperschaft nutzen darf. Ohne Zuteilung nutzt der Eigentümer alle Plätze.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory no., serial, MAC or host name</source>
        <translation>Inventarnr., Seriennr., MAC oder Hostname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allocations</source>
        <translation>Zuteilungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seats in use</source>
        <translation>Genutzte Plätze</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Allocations saved.</source>
        <translation>Zuteilungen gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the authority that uses the seat.</source>
        <translation>Wählen Sie die Körperschaft, die den Platz nutzt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the person who uses the seat.</source>
        <translation>Wählen Sie die Person, die den Platz nutzt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seat assigned.</source>
        <translation>Platz zugewiesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the seats to free first.</source>
        <translation>Wählen Sie zuerst die freizugebenden Plätze.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n seat(s) freed.</source>
        <translation>
            <numerusform>%n Platz freigegeben.</numerusform>
            <numerusform>%n Plätze freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 uses %2 seats of a site licence.</source>
        <translation>%1 nutzt %2 Plätze einer Standortlizenz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 uses %2 of %3 seats allocated to it.</source>
        <translation>%1 nutzt %2 von %3 zugeteilten Plätzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over-deployed: %1 uses %2 seats more than allocated to it.</source>
        <translation>Überlizenziert: %1 nutzt %2 Plätze mehr als zugeteilt.</translation>
    </message>
</context>
<context>
    <name>LicenceTableModel</name>
    <message>
        <location filename="../../models/licences/licencetablemodel.cpp" line="+63"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version/edition</source>
        <translation>Version/Edition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Lizenzart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract no.</source>
        <translation>Vertragsnr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance until</source>
        <translation>Wartung bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price per seat</source>
        <translation>Preis je Platz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
</context>
<context>
    <name>LicenceTypeText</name>
    <message>
        <location filename="../../models/licences/licencetype.cpp" line="+41"/>
        <source>Volume licence</source>
        <translation>Volumenlizenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single seat</source>
        <translation>Einzelplatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concurrent/network</source>
        <translation>Concurrent/Netzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription/rental</source>
        <translation>Subscription/Miete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialised procedure</source>
        <translation>Fachverfahren</translation>
    </message>
</context>
<context>
    <name>LicenceWidget</name>
    <message>
        <location filename="../../views/licences/licencewidget.cpp" line="+36"/>
        <source>Any owner</source>
        <translation>Jeder Eigentümer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New licence</source>
        <translation>Neue Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>Delete licence</source>
        <translation>Lizenz löschen</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Export list…</source>
        <translation>Liste exportieren…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saves the list as shown (CSV); licence keys stay masked.</source>
        <translation>Speichert die Liste wie angezeigt (CSV); Lizenzschlüssel bleiben verdeckt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search product, vendor, contract, notes</source>
        <translation>Produkt, Hersteller, Vertrag, Bemerkung suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any type</source>
        <translation>Jede Lizenzart</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read only: your login on the server may look up licences but not change them.</source>
        <translation>Nur lesen: Ihre Anmeldung am Server darf Lizenzen nachschlagen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Export licence list</source>
        <translation>Lizenzliste exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n licence(s) exported to %1.</source>
        <translation>
            <numerusform>%n Lizenz nach %1 exportiert.</numerusform>
            <numerusform>%n Lizenzen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete this licence with its allocations and seat assignments? The history keeps a record of it.</source>
        <translation>Diese Lizenz mit ihren Zuteilungen und Platzzuweisungen löschen? Die Historie behält einen Eintrag davon.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Licence deleted.</source>
        <translation>Lizenz gelöscht.</translation>
    </message>
</context>
<context>
    <name>LicencesCommand</name>
    <message>
        <location filename="../../app/licencescommand.cpp" line="+35"/>
        <source>Software licences: `licences compliance` prints owned, allocated, assigned, free and over-deployed seats per licence and authority.</source>
        <translation>Softwarelizenzen: `licences compliance` gibt erworbene, zugeteilte, zugewiesene, freie und überlizenzierte Plätze je Lizenz und Körperschaft aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report to print (only: compliance).</source>
        <translation>Der auszugebende Bericht (nur: compliance).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only licences the authority CODE holds or uses, and its totals.</source>
        <translation>Nur Lizenzen, die die Körperschaft CODE hält oder nutzt, und ihre Summen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge expiry and the 90-day warning window as of DATE (default: today).</source>
        <translation>Ablauf und 90-Tage-Frist zum Stichtag DATE beurteilen (Standard: heute).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: bestand licences [--db PATH] compliance [--authority CODE] [--json]</source>
        <translation>Aufruf: bestand licences [--db PFAD] compliance [--authority CODE] [--json]</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Licence compliance as of %1</source>
        <translation>Lizenz-Compliance, Stand %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alloc.</source>
        <translation>Zuget.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Over</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+38"/>
        <source>Reclaim</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Remarks</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>site licence</source>
        <translation>Standortlizenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unallocated, serves owner</source>
        <translation>nicht zugeteilt, dient dem Eigentümer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seats allocated beyond those owned</source>
        <translation>%1 Plätze mehr zugeteilt als erworben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired %1, still assigned</source>
        <translation>abgelaufen %1, noch zugewiesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ends %1</source>
        <translation>endet %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>maintenance ends %1</source>
        <translation>Wartung endet %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>used by %1</source>
        <translation>genutzt von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OVER-DEPLOYED</source>
        <translation>ÜBERLIZENZIERT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals per authority</source>
        <translation>Summen je Körperschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly cost</source>
        <translation>Jahreskosten</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n licence(s) ending within %1 days</source>
        <translation>
            <numerusform>%n Lizenz läuft innerhalb von %1 Tagen aus</numerusform>
            <numerusform>%n Lizenzen laufen innerhalb von %1 Tagen aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expired licence(s) still assigned</source>
        <translation>
            <numerusform>%n abgelaufene Lizenz noch zugewiesen</numerusform>
            <numerusform>%n abgelaufene Lizenzen noch zugewiesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/mainwindow/mainwindow.cpp" line="+79"/>
        <source>Bestand – %1</source>
        <translation>Bestand – %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Changes made elsewhere are shown only after Refresh (F5): %1</source>
        <translation>Änderungen von anderer Stelle erscheinen erst nach Aktualisieren (F5): %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asset</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imports and &amp;undo…</source>
        <translation>Importe und &amp;Rückgängigmachen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export view as CSV…</source>
        <translation>Ansicht als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print &amp;labels…</source>
        <translation>&amp;Etiketten drucken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database &amp;connection…</source>
        <translation>Datenbank&amp;verbindung…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database connection is used from the next start on.</source>
        <translation>Die Datenbankverbindung gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New asset…</source>
        <translation>&amp;Neues Gerät…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit asset…</source>
        <translation>Gerät &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate asset…</source>
        <translation>Gerät &amp;duplizieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bulk change…</source>
        <translation>&amp;Sammeländerung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retire</source>
        <translation>&amp;Aussondern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hand over…</source>
        <translation>Ü&amp;bergeben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Take back…</source>
        <translation>&amp;Zurücknehmen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Read only: your login on the server may look up the inventory but not change it.</source>
        <translation>Nur lesen: Ihre Anmeldung am Server darf den Bestand nachschlagen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;can field</source>
        <translation>Scan&amp;feld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asset &amp;table</source>
        <translation>Geräte&amp;tabelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History</source>
        <translation>&amp;Historie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear filters and search</source>
        <translation>Filter und Suche &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover &amp;records of the asset…</source>
        <translation>Übergabe&amp;protokolle des Geräts…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the device first.</source>
        <translation>Bitte zuerst das Gerät auswählen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Master data</source>
        <translation>S&amp;tammdaten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Licences &amp;&amp; audits</source>
        <translation>&amp;Lizenzen &amp;&amp; Inventur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences…</source>
        <translation>&amp;Lizenzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence &amp;compliance…</source>
        <translation>Lizenz-&amp;Compliance…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory &amp;audits…</source>
        <translation>&amp;Inventuren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Handovers and loans…</source>
        <translation>Ü&amp;bergaben und Leihgaben…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fi&amp;gures</source>
        <translation>&amp;Kennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overview…</source>
        <translation>Ü&amp;bersicht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billing &amp;rates…</source>
        <translation>&amp;Verrechnungssätze…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Billing the authorities…</source>
        <translation>&amp;Leistungsverrechnung…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Book &amp;values…</source>
        <translation>Buch&amp;werte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;placement planning…</source>
        <translation>Ersatz&amp;planung…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Counting matches among %1 assets…</source>
        <translation>Treffer unter %1 Geräten werden gezählt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 assets</source>
        <translation>%1 von %2 Geräten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The asset was hidden by the filter; the filter has been cleared.</source>
        <translation>Das Gerät war durch den Filter ausgeblendet; der Filter wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found %1.</source>
        <translation>%1 gefunden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select an asset first.</source>
        <translation>Wählen Sie zuerst ein Gerät aus.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Duplicate as %1</source>
        <translation>Duplizieren als %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New asset %1</source>
        <translation>Neues Gerät %1</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Retire %n asset(s)</source>
        <translation>
            <numerusform>%n Gerät aussondern</numerusform>
            <numerusform>%n Geräte aussondern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n asset(s) retired. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n Gerät ausgesondert. Strg+Z macht es rückgängig.</numerusform>
            <numerusform>%n Geräte ausgesondert. Strg+Z macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 rows are selected; a change from this window reaches at most %2. Narrow the filter. Nothing was changed.</source>
        <translation>%1 Zeilen sind ausgewählt; eine Änderung aus diesem Fenster erreicht höchstens %2. Bitte den Filter enger fassen. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Reading %n selected row(s) that are not loaded yet…</source>
        <translation>
            <numerusform>%n ausgewählte Zeile, die noch nicht geladen ist, wird gelesen …</numerusform>
            <numerusform>%n ausgewählte Zeilen, die noch nicht geladen sind, werden gelesen …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list changed while the selection was read. Nothing was changed.</source>
        <translation>Die Liste hat sich geändert, während die Auswahl gelesen wurde. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select the assets to label first.</source>
        <translation>Bitte zuerst die zu beschriftenden Geräte auswählen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select the devices first.</source>
        <translation>Bitte zuerst die Geräte auswählen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select the assets to change first.</source>
        <translation>Wählen Sie zuerst die zu ändernden Geräte aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Change %n asset(s)</source>
        <translation>
            <numerusform>%n Gerät ändern</numerusform>
            <numerusform>%n Geräte ändern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n asset(s) changed. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n Gerät geändert. Strg+Z macht es rückgängig.</numerusform>
            <numerusform>%n Geräte geändert. Strg+Z macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV for German Excel (*.csv)</source>
        <translation>CSV für deutsches Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, plain UTF-8 (*.csv)</source>
        <translation>CSV, einfaches UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the assets shown</source>
        <translation>Angezeigte Geräte exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assets.csv</source>
        <translation>Geräte.csv</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An export is still running.</source>
        <translation>Ein Export läuft noch.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%n asset(s) exported to %1.</source>
        <translation>
            <numerusform>%n Gerät nach %1 exportiert.</numerusform>
            <numerusform>%n Geräte nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MasterDataDialog</name>
    <message>
        <location filename="../../views/masterdata/masterdatadialog.cpp" line="+26"/>
        <source>Master data: %1</source>
        <translation>Stammdaten: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an entry (Ins)</source>
        <translation>Eintrag hinzufügen (Einfg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected entry (Del)</source>
        <translation>Ausgewählten Eintrag löschen (Entf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;nonymise</source>
        <translation>A&amp;nonymisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the name for data protection; the assets&apos; history keeps its structure (Ctrl+Shift+A)</source>
        <translation>Namen aus Datenschutzgründen ersetzen; die Historie der Geräte behält ihre Struktur (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read only: your login on the server may look up master data but not change it.</source>
        <translation>Nur lesen: Ihre Anmeldung am Server darf Stammdaten nachschlagen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Added. Type the name and press Enter.</source>
        <translation>Hinzugefügt. Geben Sie den Namen ein und drücken Sie Enter.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anonymise %1? The name is removed for good; assets and their history keep pointing to &quot;%2&quot;.</source>
        <translation>%1 anonymisieren? Der Name wird endgültig entfernt; Geräte und ihre Historie verweisen weiterhin auf „%2“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anonymised.</source>
        <translation>Anonymisiert.</translation>
    </message>
</context>
<context>
    <name>MasterDataKinds</name>
    <message>
        <location filename="../../models/masterdata/masterdatakind.cpp" line="+65"/>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Authorities</source>
        <translation>Körperschaften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Organisationseinheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
</context>
<context>
    <name>MasterDataLookup</name>
    <message>
        <location filename="../../models/masterdata/masterdatalookup.cpp" line="+36"/>
        <source>There is no authority with the code %1.</source>
        <translation>Es gibt keine Körperschaft mit dem Code %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no site named %1.</source>
        <translation>Es gibt keinen Standort namens %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no category named %1.</source>
        <translation>Es gibt keine Kategorie namens %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no room %1.</source>
        <translation>Es gibt keinen Raum %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no room named %1.</source>
        <translation>Es gibt keinen Raum namens %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several sites have a room named %1: write it as &quot;Site / Room&quot;.</source>
        <translation>Mehrere Standorte haben einen Raum namens %1: Schreiben Sie ihn als „Standort / Raum“.</translation>
    </message>
</context>
<context>
    <name>MasterDataRepository</name>
    <message>
        <location filename="../../models/masterdata/masterdatarepository.cpp" line="+174"/>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An authority needs a code.</source>
        <translation>Eine Körperschaft braucht einen Code.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the %1 this belongs to.</source>
        <translation>Bitte wählen Sie die Zuordnung (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit interval must be at least one month.</source>
        <translation>Das Inventurintervall muss mindestens einen Monat betragen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 &quot;%2&quot; already exists.</source>
        <translation>%1 „%2“ ist bereits vorhanden.</translation>
    </message>
    <message numerus="yes">
        <location line="+154"/>
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n asset(s) as owner</source>
        <translation>
            <numerusform>%n Gerät als Eigentümer</numerusform>
            <numerusform>%n Geräte als Eigentümer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n asset(s) as user</source>
        <translation>
            <numerusform>%n Gerät als nutzende Körperschaft</numerusform>
            <numerusform>%n Geräte als nutzende Körperschaft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n Organisationseinheit</numerusform>
            <numerusform>%n Organisationseinheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n Raum</numerusform>
            <numerusform>%n Räume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n licence(s)</source>
        <translation>
            <numerusform>%n Lizenz</numerusform>
            <numerusform>%n Lizenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n licence allocation(s)</source>
        <translation>
            <numerusform>%n Lizenzzuteilung</numerusform>
            <numerusform>%n Lizenzzuteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n licence seat(s)</source>
        <translation>
            <numerusform>%n Lizenzplatz</numerusform>
            <numerusform>%n Lizenzplätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, e.g. %2</source>
        <translation>%1, z. B. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 is used by %3.</source>
        <translation>%1 %2 wird noch verwendet von: %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot start a transaction.</source>
        <translation>Es lässt sich keine Transaktion beginnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be deleted because it is still referenced: %2</source>
        <translation>%1 kann nicht gelöscht werden, da noch darauf verwiesen wird: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>anonymised #%1</source>
        <translation>anonymisiert #%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Person %1 does not exist.</source>
        <translation>Die Person %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>MasterDataResolver</name>
    <message>
        <location filename="../../models/masterdata/masterdataresolver.cpp" line="+100"/>
        <source>Unknown authority &quot;%1&quot;</source>
        <translation>Unbekannte Körperschaft „%1“</translation>
    </message>
</context>
<context>
    <name>MasterDataTableModel</name>
    <message>
        <location filename="../../models/masterdata/masterdatatablemodel.cpp" line="+37"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No free name for a new entry.</source>
        <translation>Kein freier Name für einen neuen Eintrag.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit interval (months)</source>
        <translation>Inventurintervall (Monate)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymised</source>
        <translation>Anonymisiert</translation>
    </message>
</context>
<context>
    <name>NewAuditDialog</name>
    <message>
        <location filename="../../views/audits/newauditdialog.cpp" line="+19"/>
        <source>New audit</source>
        <translation>Neue Inventur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Responsible person:</source>
        <translation>&amp;Verantwortliche Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: the assets that match every list (nothing checked in a list: no restriction; nothing at all: the whole inventory)</source>
        <translation>Umfang: die Geräte, die zu jeder Liste passen (nichts angehakt in einer Liste: keine Einschränkung; gar nichts angehakt: der gesamte Bestand)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter rooms</source>
        <translation>Räume filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Owner authority</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Using authority</source>
        <translation>Nutzende &amp;Körperschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites</source>
        <translation>&amp;Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ooms</source>
        <translation>&amp;Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation>Kate&amp;gorien</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create audit</source>
        <translation>Inventur anlegen</translation>
    </message>
</context>
<context>
    <name>OverviewQuery</name>
    <message>
        <location filename="../../models/overview/overviewquery.cpp" line="+27"/>
        <source>under 1 year</source>
        <translation>unter 1 Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1–2 years</source>
        <translation>1–2 Jahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2–3 years</source>
        <translation>2–3 Jahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3–5 years</source>
        <translation>3–5 Jahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5–8 years</source>
        <translation>5–8 Jahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>8 years and more</source>
        <translation>8 Jahre und älter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>purchase date unknown</source>
        <translation>Kaufdatum unbekannt</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../views/overview/overviewwidget.cpp" line="+50"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owned</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over</source>
        <translation>Zu viel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Devices per owning authority and category</source>
        <translation>Geräte je Eigentümer und Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age of the devices in the inventory</source>
        <translation>Alter der Geräte im Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licences with more seats in use than owned</source>
        <translation>Lizenzen mit mehr genutzten als vorhandenen Plätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audits overdue or due within 30 days</source>
        <translation>Inventuren überfällig oder in 30 Tagen fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last imports</source>
        <translation>Letzte Importe</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading the figures…</source>
        <translation>Die Kennzahlen werden gelesen …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The figures could not be read: %1</source>
        <translation>Die Kennzahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>As of %1: %2 devices in the inventory (%3 with the retired ones), %4 due for counting. Licences: %5 of %6 without seats over, %7 expired but in use, %8 ending within %9 days.</source>
        <translation>Stand %1: %2 Geräte im Bestand (%3 mit den ausgesonderten), %4 zur Zählung fällig. Lizenzen: %5 von %6 ohne Überdeckung, %7 abgelaufen, aber genutzt, %8 enden innerhalb von %9 Tagen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Other categories</source>
        <translation>Übrige Kategorien</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Click a segment to list the authority&apos;s devices of that category.</source>
        <translation>Ein Klick auf einen Abschnitt zeigt die Geräte dieser Körperschaft und Kategorie.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Click a slice to list the devices with that status.</source>
        <translation>Ein Klick auf ein Segment zeigt die Geräte mit diesem Status.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Click a bar to list the devices of that age.</source>
        <translation>Ein Klick auf einen Balken zeigt die Geräte dieses Alters.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>PersonAnonymiser</name>
    <message>
        <location filename="../../models/handovers/personanonymiser.cpp" line="+28"/>
        <source>Person %1 does not exist.</source>
        <translation>Person %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message>
        <location filename="../../app/personcommand.cpp" line="+32"/>
        <source>A person&apos;s devices and records: `person show ID`, `person overdue` (loans past their due day), `person anonymise ID` (removes the name, keeps the records).</source>
        <translation>Geräte und Protokolle einer Person: `person show ID`, `person overdue` (überfällige Leihgaben), `person anonymise ID` (entfernt den Namen, behält die Protokolle).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show, overdue or anonymise</source>
        <translation>show, overdue oder anonymise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show, anonymise: the person&apos;s id</source>
        <translation>show, anonymise: die ID der Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: bestand person show ID | overdue | anonymise ID</source>
        <translation>Aufruf: bestand person show ID | overdue | anonymise ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person %1 is anonymised; %2 handover and return records keep the devices without the name.</source>
        <translation>Person %1 ist anonymisiert; %2 Übergabe- und Rückgabeprotokolle behalten die Geräte ohne den Namen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>record %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 devices overdue.</source>
        <translation>%1 Geräte überfällig.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Holds now:</source>
        <translation>Hat jetzt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records:</source>
        <translation>Protokolle:</translation>
    </message>
</context>
<context>
    <name>PersonHandoversDialog</name>
    <message>
        <location filename="../../views/handovers/personhandoversdialog.cpp" line="+36"/>
        <location line="+5"/>
        <source>Inventory no.</source>
        <translation>Inventarnr.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Serial no.</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Due back</source>
        <translation>Rückgabe bis</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+80"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+80"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+80"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+80"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+80"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+77"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Record</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handovers and loans</source>
        <translation>Übergaben und Leihgaben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds now:</source>
        <translation>Hat jetzt:</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <location line="+63"/>
        <source>Handover and return records (what they held before):</source>
        <translation>Übergabe- und Rückgabeprotokolle (was die Person vorher hatte):</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>&amp;Reprint record…</source>
        <translation>Protokoll erneut &amp;drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A person&apos;s devices</source>
        <translation>Geräte einer Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loans overdue</source>
        <translation>Überfällige Leihgaben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Handover and return records of the device:</source>
        <translation>Übergabe- und Rückgabeprotokolle des Geräts:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>handed over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>returned</source>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>QrCodeMatrix</name>
    <message>
        <location filename="../../models/labels/qrcodematrix.cpp" line="+11"/>
        <source>A QR code needs a text without NUL characters.</source>
        <translation>Ein QR-Code braucht einen Text ohne NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text is too long for a QR code: %1</source>
        <translation>Der Text ist zu lang für einen QR-Code: %1</translation>
    </message>
</context>
<context>
    <name>RatesCommand</name>
    <message>
        <location filename="../../app/ratescommand.cpp" line="+14"/>
        <source>Billing rates: `rates list`, `rates export FILE`, `rates import FILE [--dry-run]` (CSV with the columns %1).</source>
        <translation>Abrechnungssätze: `rates list`, `rates export DATEI`, `rates import DATEI [--dry-run]` (CSV mit den Spalten %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>list, export or import</source>
        <translation>list, export oder import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export, import: the CSV file</source>
        <translation>export, import: die CSV-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import: check and count, change nothing.</source>
        <translation>import: prüfen und zählen, nichts ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: bestand rates list | export FILE | import FILE [--dry-run]</source>
        <translation>Aufruf: bestand rates list | export DATEI | import DATEI [--dry-run]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rates written to %1.</source>
        <translation>Sätze nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 rows: %2 created, %3 updated, %4 unchanged, %5 rejected%6.</source>
        <translation>%1 Zeilen: %2 angelegt, %3 aktualisiert, %4 unverändert, %5 abgewiesen%6.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (dry run: nothing was changed)</source>
        <translation> (Probelauf: es wurde nichts geändert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>RejectsFileWriter</name>
    <message>
        <location filename="../../models/import/rejectsfilewriter.cpp" line="+32"/>
        <source>Import problem</source>
        <translation>Importproblem</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+44"/>
        <location line="+13"/>
        <source>Cannot write the rejects file %1: %2</source>
        <translation>Die Datei der abgewiesenen Zeilen %1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>ReplacementsDialog</name>
    <message>
        <location filename="../../views/billing/replacementsdialog.cpp" line="+29"/>
        <source>all authorities</source>
        <translation>alle Körperschaften</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replacement planning</source>
        <translation>Ersatzplanung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quarter (2026-Q3), a month (2026-09), a year (2026) or FIRST..LAST.</source>
        <translation>Ein Quartal (2026-Q3), ein Monat (2026-09), ein Jahr (2026) oder ERSTER..LETZTER.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authority</source>
        <translation>Körperschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End of useful life</source>
        <translation>Ende der Nutzungsdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of warranty</source>
        <translation>Ende der Garantie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original value</source>
        <translation>Anschaffungswert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Owner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 devices to replace, bought for %2.</source>
        <translation>%1 Geräte zu ersetzen, angeschafft für %2.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../../app/reportcommand.cpp" line="+51"/>
        <source>The reporting date (default: today).</source>
        <translation>Der Stichtag (Vorgabe: heute).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the authority CODE.</source>
        <translation>Nur die Körperschaft KÜRZEL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>replacements: the period (2027, 2027-Q1, 2027-03 or FIRST..LAST).</source>
        <translation>replacements: der Zeitraum (2027, 2027-Q1, 2027-03 oder ERSTER..LETZTER).</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Management figures: `report book-values [--date D]` prints book values per authority and category, low-value assets apart; `report replacements --period P` what reaches the end of its useful life or warranty; `report overview` the dashboard&apos;s figures.</source>
        <translation>Kennzahlen: `report book-values [--date D]` gibt Buchwerte je Behörde und Kategorie aus, geringwertige Wirtschaftsgüter getrennt; `report replacements --period P` was das Ende seiner Nutzungsdauer oder Garantie erreicht; `report overview` die Zahlen der Übersicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report: overview, book-values or replacements.</source>
        <translation>Der Bericht: overview, book-values oder replacements.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: bestand report overview [--date YYYY-MM-DD] [--json]
       bestand report book-values [--date YYYY-MM-DD] [--authority CODE] [--json]
       bestand report replacements --period PERIOD [--authority CODE] [--json]</source>
        <translation>Aufruf: bestand report overview [--date JJJJ-MM-TT] [--json]
       bestand report book-values [--date JJJJ-MM-TT] [--authority KÜRZEL] [--json]
       bestand report replacements --period ZEITRAUM [--authority KÜRZEL] [--json]</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Book values at %1 (linear by month, the month of purchase in full; low-value assets up to %2 EUR written off at purchase)</source>
        <translation>Buchwerte zum %1 (linear nach Monaten, der Anschaffungsmonat voll; geringwertige Wirtschaftsgüter bis %2 EUR bei Anschaffung abgeschrieben)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Depreciated: authority, category, count, acquisition, written off, book value (EUR)</source>
        <translation>Abgeschrieben: Körperschaft, Kategorie, Anzahl, Anschaffungswert, Abschreibung, Buchwert (EUR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low-value assets:</source>
        <translation>Geringwertige Wirtschaftsgüter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book value %1 EUR of %2 EUR acquired; %3 devices without a price or purchase date.</source>
        <translation>Buchwert %1 EUR von %2 EUR Anschaffungswert; %3 Geräte ohne Preis oder Anschaffungsdatum.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>To replace in %1: authority, category, devices, of which useful life ends, warranty ends, original value (EUR)</source>
        <translation>Zu ersetzen in %1: Körperschaft, Kategorie, Geräte, davon Nutzungsdauer endet, Garantie endet, Anschaffungswert (EUR)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Overview at %1: %2 assets, %3 of them in the inventory (not retired)</source>
        <translation>Übersicht zum %1: %2 Geräte, davon %3 im Bestand (nicht ausgesondert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Devices per owner:</source>
        <translation>Geräte je Eigentümer:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age (from the purchase date):</source>
        <translation>Alter (ab Kaufdatum):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licences: %1, %2 compliant, %3 over-deployed, %4 expired but in use, %5 ending soon</source>
        <translation>Lizenzen: %1, %2 gedeckt, %3 überbelegt, %4 abgelaufen und noch genutzt, %5 laufen bald aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  %1: %2 seats over</source>
        <translation>  %1: %2 Plätze zu viel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audits: %1 assets due for counting, %2 audits overdue, %3 due within %4 days</source>
        <translation>Inventuren: %1 Geräte zur Zählung fällig, %2 Inventuren überfällig, %3 in den nächsten %4 Tagen fällig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last imports:</source>
        <translation>Letzte Importe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  #%1 %2 %3 (%4): %5 created, %6 updated, %7 unchanged, %8 rejected</source>
        <translation>  #%1 %2 %3 (%4): %5 angelegt, %6 geändert, %7 unverändert, %8 abgewiesen</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../views/common/scanfield.cpp" line="+7"/>
        <source>Scan or type a code (F3) and press Enter</source>
        <translation>Code scannen oder eingeben (F3) und Enter drücken</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <location filename="../../models/schema/schemamigrator.cpp" line="+72"/>
        <source>%1 is not a Bestand database.</source>
        <translation>%1 ist keine Bestand-Datenbank.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database was written by a newer version of Bestand (schema %1; this program knows up to %2). Nothing was changed. Please update Bestand.</source>
        <translation>Die Datenbank wurde von einer neueren Bestand-Version geschrieben (Schema %1; dieses Programm kennt bis %2). Es wurde nichts geändert. Bitte aktualisieren Sie Bestand.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Schema migration %1 (%2) failed: %3</source>
        <translation>Schema-Migration %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The query statistics could not be refreshed: %1</source>
        <translation>Die Statistiken für Abfragen konnten nicht aufgefrischt werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not write the backup %1 before upgrading, so nothing was changed: %2</source>
        <translation>Die Sicherung %1 vor der Aktualisierung konnte nicht geschrieben werden, daher wurde nichts geändert: %2</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../views/common/searchfield.cpp" line="+9"/>
        <source>Search (Ctrl+F): number, serial, model, person, room …</source>
        <translation>Suchen (Strg+F): Nummer, Seriennummer, Modell, Person, Raum …</translation>
    </message>
</context>
<context>
    <name>SecondaryScreens</name>
    <message>
        <location filename="../../views/mainwindow/secondaryscreens.cpp" line="+39"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licence compliance</source>
        <translation>Lizenz-Compliance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inventory audits</source>
        <translation>Inventuren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>UndoImportCommand</name>
    <message>
        <location filename="../../app/undoimportcommand.cpp" line="+49"/>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#%1  %2  %3 %4 (profile %5, by %6): %7; %8 data rows: %9 created, %10 updated, %11 unchanged, %12 rejected</source>
        <translation>#%1  %2  %3 %4 (Profil %5, von %6): %7; %8 Datenzeilen: %9 angelegt, %10 aktualisiert, %11 unverändert, %12 abgewiesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo an import batch of assets or licences as a whole, unless its items were changed since.</source>
        <translation>Einen Importstapel mit Geräten oder Lizenzen als Ganzes rückgängig machen, sofern seine Einträge seither nicht geändert wurden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the import batches, newest first, instead of undoing one.</source>
        <translation>Die Importstapel auflisten, die neuesten zuerst, statt einen rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The batch number the import printed.</source>
        <translation>Die Stapelnummer, die der Import ausgab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--list takes no batch number.</source>
        <translation>--list nimmt keine Stapelnummer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name one import batch by its number.</source>
        <translation>Einen Importstapel mit seiner Nummer angeben.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import batch %1 undone: %2 licence(s) deleted, %3 restored.</source>
        <translation>Importstapel %1 rückgängig gemacht: %2 Lizenz(en) gelöscht, %3 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import batch %1 undone: %2 asset(s) deleted, %3 restored.</source>
        <translation>Importstapel %1 rückgängig gemacht: %2 Gerät(e) gelöscht, %3 wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n master data row(s) no longer used, removed: %1</source>
        <translation>
            <numerusform>%n nicht mehr verwendeter Stammdateneintrag entfernt: %1</numerusform>
            <numerusform>%n nicht mehr verwendete Stammdateneinträge entfernt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <location filename="../../models/import/valueparser.cpp" line="+132"/>
        <source>Not a valid date: %1</source>
        <translation>Kein gültiges Datum: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Two-digit year in %1 read as %2</source>
        <translation>Zweistellige Jahreszahl in %1 gelesen als %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the year %1 was given; stored as 01.01.%1</source>
        <translation>Nur das Jahr %1 war angegeben; gespeichert als 01.01.%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not an amount of money: %1</source>
        <translation>Kein Geldbetrag: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+4"/>
        <source>Not a whole number: %1</source>
        <translation>Keine ganze Zahl: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Serial number %1 was destroyed by a spreadsheet (scientific notation) and was dropped</source>
        <translation>Seriennummer %1 wurde von einer Tabellenkalkulation zerstört (wissenschaftliche Schreibweise) und wurde verworfen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not a MAC address: %1</source>
        <translation>Keine MAC-Adresse: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not an IP address: %1</source>
        <translation>Keine IP-Adresse: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not a host name: %1</source>
        <translation>Kein Hostname: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Leading zeros restored: %1 read as %2</source>
        <translation>Führende Nullen ergänzt: %1 gelesen als %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/guilauncher.cpp" line="+32"/>
        <source>IT asset and inventory manager</source>
        <translation>IT-Inventarverwaltung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the inventory database at PATH.</source>
        <translation>Inventardatenbank unter PFAD verwenden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>Bestand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1

This is the server saved under File › Database connection. To open a local file instead, start with: bestand --db FILE</source>
        <translation>%1

Das ist der unter Datei › Datenbankverbindung gespeicherte Server. Um stattdessen eine lokale Datei zu öffnen, starten Sie mit: bestand --db DATEI</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password of %1 on %2:</source>
        <translation>Passwort von %1 auf %2:</translation>
    </message>
</context>
</TS>
