#include "schema/migrations.h"

#include "access/accessroles.h"
#include "assets/assetsortkeys.h"
#include "search/assetsearchindex.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>
#include <QStringList>

namespace {

// Column types that differ per engine are spelled through the dialect.
QString expand(const Database &database, QString sql)
{
    const SqlDialect &dialect = database.dialect();
    sql.replace(QLatin1String("$PK"), dialect.primaryKeyType());
    sql.replace(QLatin1String("$TIMESTAMP"), dialect.timestampType());
    sql.replace(QLatin1String("$DATE"), dialect.dateType());
    return sql;
}

bool execAll(Database &database, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        if (!Sql::exec(database.connection(), expand(database, statement), error))
            return false;
    }
    return true;
}

bool createCoreSchema(Database &database, QString *error)
{
    const QStringList statements = {
        // Körperschaften: who owns and who uses an item; the basis for billing.
        QStringLiteral(
            "CREATE TABLE authority ("
            " id $PK,"
            " code TEXT NOT NULL UNIQUE,"
            " name TEXT NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('city', 'district', 'municipality', 'company', 'other')))"),
        QStringLiteral("CREATE TABLE org_unit ("
                       " id $PK,"
                       " authority_id INTEGER NOT NULL REFERENCES authority (id),"
                       " name TEXT NOT NULL,"
                       " UNIQUE (authority_id, name))"),
        QStringLiteral("CREATE TABLE site ("
                       " id $PK,"
                       " name TEXT NOT NULL UNIQUE,"
                       " address TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE room ("
                       " id $PK,"
                       " site_id INTEGER NOT NULL REFERENCES site (id),"
                       " name TEXT NOT NULL,"
                       " UNIQUE (site_id, name))"),
        // Personal data kept minimal: a display name and a unit. Anonymising
        // overwrites the name but keeps the row, so history stays consistent.
        QStringLiteral("CREATE TABLE person ("
                       " id $PK,"
                       " name TEXT NOT NULL,"
                       " unit_id INTEGER REFERENCES org_unit (id),"
                       " anonymised INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX person_name ON person (name)"),
        QStringLiteral(
            "CREATE TABLE category ("
            " id $PK,"
            " name TEXT NOT NULL UNIQUE,"
            " audit_interval_months INTEGER NOT NULL DEFAULT 60 CHECK (audit_interval_months > 0))"),
        QStringLiteral(
            "CREATE TABLE import_batch ("
            " id $PK,"
            " kind TEXT NOT NULL CHECK (kind IN ('assets', 'licences')),"
            " file_name TEXT NOT NULL,"
            " checksum TEXT NOT NULL,"
            " profile TEXT NOT NULL,"
            " started_by TEXT NOT NULL,"
            " started_at $TIMESTAMP NOT NULL,"
            " finished_at $TIMESTAMP,"
            " status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'undone')),"
            " data_rows INTEGER NOT NULL DEFAULT 0,"
            " created INTEGER NOT NULL DEFAULT 0,"
            " updated INTEGER NOT NULL DEFAULT 0,"
            " unchanged INTEGER NOT NULL DEFAULT 0,"
            " rejected INTEGER NOT NULL DEFAULT 0,"
            " skipped_lines INTEGER NOT NULL DEFAULT 0,"
            " warnings INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE import_reject ("
                       " id $PK,"
                       " batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,"
                       " line_no INTEGER NOT NULL,"
                       " column_name TEXT NOT NULL DEFAULT '',"
                       " reason TEXT NOT NULL,"
                       " raw_text TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX import_reject_batch ON import_reject (batch_id, line_no)"),
        // Text columns are NOT NULL DEFAULT '' so that sorting and keyset paging
        // behave the same on SQLite and PostgreSQL (which order NULLs differently).
        QStringLiteral("CREATE TABLE asset ("
                       " id $PK,"
                       " inventory_no TEXT NOT NULL UNIQUE,"
                       " category_id INTEGER NOT NULL REFERENCES category (id),"
                       " manufacturer TEXT NOT NULL DEFAULT '',"
                       " model TEXT NOT NULL DEFAULT '',"
                       " serial_no TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'in_use'"
                       "  CHECK (status IN ('in_use', 'in_stock', 'in_repair', 'retired', 'missing')),"
                       " owner_authority_id INTEGER NOT NULL REFERENCES authority (id),"
                       " using_authority_id INTEGER REFERENCES authority (id),"
                       " unit_id INTEGER REFERENCES org_unit (id),"
                       " site_id INTEGER REFERENCES site (id),"
                       " room_id INTEGER REFERENCES room (id),"
                       " person_id INTEGER REFERENCES person (id),"
                       " purchase_date $DATE,"
                       " purchase_price_cents INTEGER,"
                       " warranty_end $DATE,"
                       " cost_centre TEXT NOT NULL DEFAULT '',"
                       " hostname TEXT NOT NULL DEFAULT '',"
                       " mac TEXT NOT NULL DEFAULT '',"
                       " ip TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " last_audited $DATE,"
                       " import_batch_id INTEGER REFERENCES import_batch (id),"
                       " created_at $TIMESTAMP NOT NULL,"
                       " updated_at $TIMESTAMP NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1)"),
        // Serial numbers are unique where present (stored normalised, '' when unknown).
        QStringLiteral("CREATE UNIQUE INDEX asset_serial_unique ON asset (serial_no) WHERE serial_no <> ''"),
        QStringLiteral("CREATE INDEX asset_owner_category ON asset (owner_authority_id, category_id)"),
        QStringLiteral("CREATE INDEX asset_using ON asset (using_authority_id)"),
        QStringLiteral("CREATE INDEX asset_category ON asset (category_id)"),
        QStringLiteral("CREATE INDEX asset_status ON asset (status)"),
        QStringLiteral("CREATE INDEX asset_site ON asset (site_id)"),
        QStringLiteral("CREATE INDEX asset_room ON asset (room_id)"),
        QStringLiteral("CREATE INDEX asset_unit ON asset (unit_id)"),
        QStringLiteral("CREATE INDEX asset_person ON asset (person_id)"),
        QStringLiteral("CREATE INDEX asset_hostname ON asset (hostname) WHERE hostname <> ''"),
        QStringLiteral("CREATE INDEX asset_mac ON asset (mac) WHERE mac <> ''"),
        QStringLiteral(
            "CREATE INDEX asset_batch ON asset (import_batch_id) WHERE import_batch_id IS NOT NULL"),
        // Old SIS or district labels still find the migrated asset.
        QStringLiteral("CREATE TABLE legacy_identifier ("
                       " id $PK,"
                       " asset_id INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,"
                       " source TEXT NOT NULL,"
                       " value TEXT NOT NULL,"
                       " UNIQUE (source, value))"),
        QStringLiteral("CREATE INDEX legacy_identifier_value ON legacy_identifier (value)"),
        QStringLiteral("CREATE INDEX legacy_identifier_asset ON legacy_identifier (asset_id)"),
        QStringLiteral("CREATE TABLE licence ("
                       " id $PK,"
                       " product TEXT NOT NULL,"
                       " vendor TEXT NOT NULL DEFAULT '',"
                       " edition TEXT NOT NULL DEFAULT '',"
                       " licence_type TEXT NOT NULL CHECK (licence_type IN"
                       "  ('volume', 'oem', 'single', 'concurrent', 'subscription', 'fachverfahren')),"
                       " metric TEXT NOT NULL CHECK (metric IN ('device', 'user', 'concurrent', 'site')),"
                       " quantity INTEGER NOT NULL CHECK (quantity >= 0),"
                       " licence_key TEXT NOT NULL DEFAULT '',"
                       " contract_no TEXT NOT NULL DEFAULT '',"
                       " valid_from $DATE,"
                       " valid_until $DATE,"
                       " price_per_seat_cents INTEGER,"
                       " maintenance_end $DATE,"
                       " owner_authority_id INTEGER NOT NULL REFERENCES authority (id),"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " import_batch_id INTEGER REFERENCES import_batch (id),"
                       " created_at $TIMESTAMP NOT NULL,"
                       " updated_at $TIMESTAMP NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX licence_owner ON licence (owner_authority_id)"),
        // Seats of a licence allotted to using authorities; none means it serves its owner.
        QStringLiteral("CREATE TABLE licence_allocation ("
                       " id $PK,"
                       " licence_id INTEGER NOT NULL REFERENCES licence (id) ON DELETE CASCADE,"
                       " authority_id INTEGER NOT NULL REFERENCES authority (id),"
                       " seats INTEGER NOT NULL CHECK (seats >= 0),"
                       " UNIQUE (licence_id, authority_id))"),
        // A seat in use: on a device or for a person, under one using authority.
        QStringLiteral("CREATE TABLE licence_assignment ("
                       " id $PK,"
                       " licence_id INTEGER NOT NULL REFERENCES licence (id) ON DELETE CASCADE,"
                       " using_authority_id INTEGER NOT NULL REFERENCES authority (id),"
                       " asset_id INTEGER REFERENCES asset (id),"
                       " person_id INTEGER REFERENCES person (id),"
                       " assigned_at $TIMESTAMP NOT NULL,"
                       " CHECK ((asset_id IS NULL) <> (person_id IS NULL)))"),
        QStringLiteral(
            "CREATE INDEX licence_assignment_licence ON licence_assignment (licence_id, using_authority_id)"),
        QStringLiteral("CREATE INDEX licence_assignment_asset ON licence_assignment (asset_id)"),
        QStringLiteral("CREATE INDEX licence_assignment_person ON licence_assignment (person_id)"),
        // Who changed what, when. Append-only; entity rows may be deleted, their history stays.
        QStringLiteral(
            "CREATE TABLE history ("
            " id $PK,"
            " entity TEXT NOT NULL CHECK (entity IN ('asset', 'licence')),"
            " entity_id INTEGER NOT NULL,"
            " action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'warning', 'reveal')),"
            " field TEXT NOT NULL DEFAULT '',"
            " old_value TEXT,"
            " new_value TEXT,"
            " changed_by TEXT NOT NULL,"
            " changed_at $TIMESTAMP NOT NULL,"
            " import_batch_id INTEGER REFERENCES import_batch (id))"),
        QStringLiteral("CREATE INDEX history_entity ON history (entity, entity_id, id)"),
        QStringLiteral(
            "CREATE INDEX history_batch ON history (import_batch_id) WHERE import_batch_id IS NOT NULL"),
    };
    if (!execAll(database, statements, error))
        return false;
    if (!execAll(database, database.dialect().appendOnlyGuard(QStringLiteral("history")), error))
        return false;

    // The three founding authorities; more municipalities are added as they join.
    QSqlQuery insertAuthority(database.connection());
    if (!Sql::prepare(insertAuthority,
                      QStringLiteral("INSERT INTO authority (code, name, kind) VALUES (?, ?, ?)"), error))
        return false;
    const QStringList authorities[] = {
        { QStringLiteral("SN"), QStringLiteral("Landeshauptstadt Schwerin"), QStringLiteral("city") },
        { QStringLiteral("LUP"), QStringLiteral("Landkreis Ludwigslust-Parchim"),
          QStringLiteral("district") },
        { QStringLiteral("KSM"), QStringLiteral("KSM Kommunalservice Mecklenburg AöR"),
          QStringLiteral("company") },
    };
    for (const QStringList &authority : authorities) {
        for (const QString &value : authority)
            insertAuthority.addBindValue(value);
        if (!Sql::exec(insertAuthority, error))
            return false;
    }

    QSqlQuery insertCategory(database.connection());
    if (!Sql::prepare(insertCategory, QStringLiteral("INSERT INTO category (name) VALUES (?)"), error))
        return false;
    const char *const categories[] = {
        "PC",      "Notebook",   "Monitor", "Drucker",      "Multifunktionsgerät",
        "Scanner", "Switch",     "Router",  "Access Point", "Server",
        "Telefon", "Smartphone", "Tablet",  "Beamer",       "Dockingstation",
        "USV",     "Sonstiges"
    };
    for (const char *category : categories) {
        insertCategory.addBindValue(QString::fromUtf8(category));
        if (!Sql::exec(insertCategory, error))
            return false;
    }
    return true;
}

bool createAssetSearchIndex(Database &database, QString *error)
{
    // A database upgraded from schema 1 may already hold assets: index them too.
    return execAll(database, database.dialect().createAssetSearchIndex(), error)
        && AssetSearchIndex(database).rebuild(error);
}

// Inventur: an audit's expected list is frozen at its start (audit_item), every
// scan is logged (audit_scan), codes nobody knew are kept apart (audit_unexpected).
// The counters live on the audit row so a scan never has to count 100,000 items.
bool createAuditTables(Database &database, QString *error)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE audit ("
                       " id $PK,"
                       " name TEXT NOT NULL,"
                       " responsible TEXT NOT NULL DEFAULT '',"
                       " due_date $DATE,"
                       " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paused', 'closed')),"
                       " expected_count INTEGER NOT NULL DEFAULT 0,"
                       " found_count INTEGER NOT NULL DEFAULT 0,"
                       " moved_count INTEGER NOT NULL DEFAULT 0,"
                       " unexpected_count INTEGER NOT NULL DEFAULT 0,"
                       " created_at $TIMESTAMP NOT NULL,"
                       " created_by TEXT NOT NULL,"
                       " closed_at $TIMESTAMP,"
                       " closed_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX audit_status ON audit (status)"),
        // The scope: within one kind any listed id matches, across kinds all must match;
        // a kind without rows does not restrict.
        QStringLiteral("CREATE TABLE audit_scope ("
                       " audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('owner', 'using', 'site', 'room', 'category')),"
                       " ref_id INTEGER NOT NULL,"
                       " PRIMARY KEY (audit_id, kind, ref_id))"),
        QStringLiteral("CREATE TABLE audit_item ("
                       " id $PK,"
                       " audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,"
                       " asset_id INTEGER NOT NULL REFERENCES asset (id),"
                       " expected_site_id INTEGER REFERENCES site (id),"
                       " expected_room_id INTEGER REFERENCES room (id),"
                       " state TEXT NOT NULL DEFAULT 'expected' CHECK (state IN ('expected', 'found', "
                       "'moved', 'missing')),"
                       " found_room_id INTEGER REFERENCES room (id),"
                       " found_at $TIMESTAMP,"
                       " found_by TEXT NOT NULL DEFAULT '',"
                       " accept_move INTEGER NOT NULL DEFAULT 0,"
                       " UNIQUE (audit_id, asset_id))"),
        QStringLiteral(
            "CREATE INDEX audit_item_room_state ON audit_item (audit_id, expected_room_id, state)"),
        QStringLiteral("CREATE INDEX audit_item_asset ON audit_item (asset_id)"),
        QStringLiteral("CREATE TABLE audit_unexpected ("
                       " id $PK,"
                       " audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,"
                       " code TEXT NOT NULL,"
                       " asset_id INTEGER REFERENCES asset (id),"
                       " room_id INTEGER REFERENCES room (id),"
                       " category_id INTEGER REFERENCES category (id),"
                       " manufacturer TEXT NOT NULL DEFAULT '',"
                       " model TEXT NOT NULL DEFAULT '',"
                       " serial_no TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " scanned_at $TIMESTAMP NOT NULL,"
                       " scanned_by TEXT NOT NULL,"
                       " UNIQUE (audit_id, code))"),
        QStringLiteral("CREATE TABLE audit_scan ("
                       " id $PK,"
                       " audit_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,"
                       " code TEXT NOT NULL,"
                       " room_id INTEGER REFERENCES room (id),"
                       " scanned_at $TIMESTAMP NOT NULL,"
                       " scanned_by TEXT NOT NULL,"
                       " source TEXT NOT NULL CHECK (source IN ('scanner', 'file')),"
                       " file_name TEXT NOT NULL DEFAULT '',"
                       " line_no INTEGER,"
                       " outcome TEXT NOT NULL CHECK (outcome IN"
                       "  ('found', 'moved', 'duplicate', 'unexpected', 'out_of_scope', 'ambiguous')),"
                       " asset_id INTEGER REFERENCES asset (id))"),
        QStringLiteral("CREATE INDEX audit_scan_audit ON audit_scan (audit_id, id)"),
        QStringLiteral("CREATE INDEX asset_last_audited ON asset (category_id, last_audited)"),
    };
    return execAll(database, statements, error);
}

// Sorting the asset table by a referenced name (owner code, category, room, person …)
// must stay index-ordered at a million rows: a join cannot be, so the names are
// copied into sort columns kept current by triggers (dialect), each indexed with the
// id as tie-breaker for keyset paging. Nullable columns sort through COALESCE so the
// keyset never meets a NULL; the expressions must equal AssetQuery::sortExpression().
bool createAssetSortKeys(Database &database, QString *error)
{
    QStringList statements;
    const char *const sortColumns[] = { "category_sort", "owner_sort", "using_sort", "unit_sort",
                                        "site_sort",     "room_sort",  "person_sort" };
    for (const char *column : sortColumns) {
        statements.append(QStringLiteral("ALTER TABLE asset ADD COLUMN %1 TEXT NOT NULL DEFAULT ''")
                              .arg(QLatin1String(column)));
    }
    statements.append(QStringLiteral(
        "UPDATE asset SET"
        " category_sort = COALESCE((SELECT name FROM category c WHERE c.id = asset.category_id), ''),"
        " owner_sort = COALESCE((SELECT code FROM authority o WHERE o.id = asset.owner_authority_id), ''),"
        " using_sort = COALESCE((SELECT code FROM authority u WHERE u.id = asset.using_authority_id), ''),"
        " unit_sort = COALESCE((SELECT name FROM org_unit n WHERE n.id = asset.unit_id), ''),"
        " site_sort = COALESCE((SELECT name FROM site s WHERE s.id = asset.site_id), ''),"
        " room_sort = COALESCE((SELECT name FROM room r WHERE r.id = asset.room_id), ''),"
        " person_sort = COALESCE((SELECT name FROM person p WHERE p.id = asset.person_id), '')"));
    statements.append(
        database.dialect().assetSortKeyTriggers(AssetSortKeys::derivedColumns(QStringLiteral("NEW"))));
    const char *const sortKeys[][2] = {
        { "category", "category_sort" },
        { "manufacturer", "manufacturer" },
        { "model", "model" },
        { "serial", "serial_no" },
        { "owner", "owner_sort" },
        { "using", "using_sort" },
        { "unit", "unit_sort" },
        { "site", "site_sort" },
        { "room", "room_sort" },
        { "person", "person_sort" },
        { "purchase_date", "COALESCE(purchase_date, '0001-01-01')" },
        { "price", "COALESCE(purchase_price_cents, -1)" },
        { "warranty_end", "COALESCE(warranty_end, '0001-01-01')" },
        { "hostname", "hostname" },
        { "mac", "mac" },
        { "ip", "ip" },
        { "cost_centre", "cost_centre" },
        { "last_audited", "COALESCE(last_audited, '0001-01-01')" },
        { "notes", "notes" },
    };
    for (const auto &key : sortKeys) {
        statements.append(QStringLiteral("CREATE INDEX asset_sort_%1 ON asset (%2, id)")
                              .arg(QLatin1String(key[0]), QLatin1String(key[1])));
    }
    return execAll(database, statements, error);
}

// The technicians' most common view is one authority's devices of one category,
// in inventory-number order. With the inventory number in the filter index the
// first page is read straight off the index instead of sorting every match
// (1M assets, LUP + Notebook: 27 ms -> 0.3 ms). The new indexes start with the
// old ones' columns, which they replace, so writes maintain no extra index.
bool extendAuthorityIndexes(Database &database, QString *error)
{
    return execAll(database,
                   {
                       QStringLiteral("DROP INDEX asset_owner_category"),
                       QStringLiteral("CREATE INDEX asset_owner_category_inventory ON asset "
                                      "(owner_authority_id, category_id, inventory_no)"),
                       QStringLiteral("DROP INDEX asset_using"),
                       QStringLiteral("CREATE INDEX asset_using_category_inventory ON asset "
                                      "(using_authority_id, category_id, inventory_no)"),
                   },
                   error);
}

// Which master data rows an import batch created, so that undoing the batch removes
// exactly those (when unused) and never a row somebody made by hand. No foreign key
// on row_id: it points into one of five tables; removing a row removes its record.
bool createImportBatchMasterData(Database &database, QString *error)
{
    return execAll(
        database,
        {
            QStringLiteral("CREATE TABLE import_batch_master_data ("
                           " batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL"
                           "  CHECK (kind IN ('org_unit', 'site', 'room', 'person', 'category')),"
                           " row_id INTEGER NOT NULL,"
                           " PRIMARY KEY (batch_id, kind, row_id))"),
            QStringLiteral("CREATE INDEX import_batch_master_data_row "
                           "ON import_batch_master_data (kind, row_id)"),
        },
        error);
}

// Three indexes repeat the leading columns of others: (category_id) of
// (category_id, last_audited), and the partial MAC and host name indexes of the
// (mac, id) and (hostname, id) sort indexes. The planner uses the longer ones for
// the same look-ups; every write and every bulk import no longer maintains the copies.
bool dropCoveredIndexes(Database &database, QString *error)
{
    return execAll(database,
                   {
                       QStringLiteral("DROP INDEX asset_category"),
                       QStringLiteral("DROP INDEX asset_hostname"),
                       QStringLiteral("DROP INDEX asset_mac"),
                   },
                   error);
}

// An undo's history rows are filed under the batch they undo (see ImportUndo). The
// last history id before the undo tells them from the batch's own rows, so the
// history can show them as the undo; timestamps cannot, within a millisecond.
bool recordUndoStart(Database &database, QString *error)
{
    return execAll(database,
                   { QStringLiteral("ALTER TABLE import_batch ADD COLUMN undone_after_history_id INTEGER") },
                   error);
}

// A licence import matches each row to a stored licence by its key, or, for a
// licence without a key, by product, contract and owner. Without indexes each
// look-up read the whole table: 20,000 rows took 32 s, growing with the square.
// Partial indexes, as the look-ups (LicenceImportRun::findExisting) ask for
// exactly these rows.
bool indexLicenceMatching(Database &database, QString *error)
{
    return execAll(
        database,
        {
            QStringLiteral("CREATE INDEX licence_key ON licence (licence_key) WHERE licence_key <> ''"),
            QStringLiteral("CREATE INDEX licence_contract ON licence (product, contract_no, "
                           "owner_authority_id) WHERE licence_key = ''"),
        },
        error);
}

// Who may do what on a shared server (AccessRoles). The table of which authorities
// each viewer sees exists on both engines so that the schema is the same; on the
// embedded file it stays empty, the roles, grants and policies are the server's.
bool createAccessRoles(Database &database, QString *error)
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE authority_viewer ("
                       " role_name TEXT NOT NULL,"
                       " authority_id INTEGER NOT NULL REFERENCES authority (id),"
                       " PRIMARY KEY (role_name, authority_id))"),
    };
    if (database.settings().backend == DatabaseSettings::Backend::Postgres)
        statements += AccessRoles::serverStatements();
    return execAll(database, statements, error);
}

// Open windows show what others change (DatabaseChangeWatcher): on a server the
// tables a window shows notify on commit; SQLite needs nothing in the schema.
bool notifyChanges(Database &database, QString *error)
{
    return execAll(database,
                   database.dialect().changeNotificationStatements(
                       { QStringLiteral("asset"), QStringLiteral("licence"),
                         QStringLiteral("licence_allocation"), QStringLiteral("licence_assignment"),
                         QStringLiteral("import_batch"), QStringLiteral("audit") }),
                   error);
}

// Leistungsverrechnung: monthly rates as data (per category or licence product,
// valid from a date, optionally negotiated per authority) and the billing runs
// made from them. A run keeps its totals per authority, subject and rate; once
// closed the server or file refuses any change to it. Rates and runs are recorded
// in the history like assets, so its list of entities grows (a looser CHECK that
// every stored row meets).
bool createBilling(Database &database, QString *error)
{
    if (!database.dialect().widenColumnCheck(
            database.connection(), QStringLiteral("history"), QStringLiteral("entity"),
            QStringLiteral("CHECK (entity IN ('asset', 'licence'))"),
            QStringLiteral("CHECK (entity IN ('asset', 'licence', 'billing_rate', 'billing_run', 'category', "
                           "'person', 'handover'))"),
            error))
        return false;
    QStringList statements = {
        QStringLiteral("CREATE TABLE billing_rate ("
                       " id $PK,"
                       " category_id INTEGER REFERENCES category (id),"
                       " licence_product TEXT,"
                       " authority_id INTEGER REFERENCES authority (id),"
                       " valid_from $DATE NOT NULL,"
                       " monthly_cents INTEGER NOT NULL CHECK (monthly_cents >= 0),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " created_at $TIMESTAMP NOT NULL,"
                       " updated_at $TIMESTAMP NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " CHECK ((category_id IS NULL) <> (licence_product IS NULL)))"),
        // One rate per subject, authority (or none) and start day.
        QStringLiteral("CREATE UNIQUE INDEX billing_rate_key ON billing_rate (COALESCE(category_id, 0), "
                       "COALESCE(lower(licence_product), ''), COALESCE(authority_id, 0), valid_from)"),
        QStringLiteral("CREATE TABLE billing_run ("
                       " id $PK,"
                       " period_start $DATE NOT NULL,"
                       " period_end $DATE NOT NULL,"
                       " authority_id INTEGER REFERENCES authority (id),"
                       " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),"
                       " run_by TEXT NOT NULL,"
                       " run_at $TIMESTAMP NOT NULL,"
                       " closed_by TEXT NOT NULL DEFAULT '',"
                       " closed_at $TIMESTAMP,"
                       " line_count INTEGER NOT NULL,"
                       " unrated_count INTEGER NOT NULL,"
                       " total_cents INTEGER NOT NULL,"
                       " CHECK (period_start <= period_end))"),
        QStringLiteral("CREATE INDEX billing_run_period ON billing_run (period_start, period_end)"),
        QStringLiteral("CREATE TABLE billing_run_total ("
                       " id $PK,"
                       " run_id INTEGER NOT NULL REFERENCES billing_run (id),"
                       " authority_id INTEGER NOT NULL REFERENCES authority (id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('device', 'licence')),"
                       " subject TEXT NOT NULL,"
                       " rate_cents INTEGER,"
                       " line_count INTEGER NOT NULL,"
                       " unit_days INTEGER NOT NULL,"
                       " amount_cents INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX billing_run_total_run ON billing_run_total (run_id)"),
    };
    statements += database.dialect().frozenRowGuard(QStringLiteral("billing_run"),
                                                    QStringLiteral("ROW.status = 'closed'"));
    statements += database.dialect().frozenRowGuard(
        QStringLiteral("billing_run_total"),
        QStringLiteral("(SELECT status FROM billing_run r WHERE r.id = ROW.run_id) = 'closed'"));
    statements += database.dialect().changeNotificationStatements(
        { QStringLiteral("billing_rate"), QStringLiteral("billing_run") });
    if (database.settings().backend == DatabaseSettings::Backend::Postgres)
        statements += AccessRoles::billingStatements();
    return execAll(database, statements, error);
}

// Anlagenbuchhaltung light: a useful life per category, defaults after the
// official AfA table for generally usable assets (AfA-Tabelle AV: computers,
// notebooks and their peripherals 3 years; mobile phones 5; video and audio
// equipment such as projectors 7), and the threshold below which an item is a
// low-value asset (geringwertiges Wirtschaftsgut, 800 €), kept as a setting.
bool createBookValues(Database &database, QString *error)
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE category ADD COLUMN useful_life_months INTEGER NOT NULL DEFAULT 60"
                       " CHECK (useful_life_months > 0)"),
        QStringLiteral(
            "UPDATE category SET useful_life_months = 36 WHERE name IN ('PC', 'Notebook', 'Monitor',"
            " 'Drucker', 'Multifunktionsgerät', 'Scanner', 'Server', 'Switch', 'Router', 'Access Point',"
            " 'Dockingstation', 'Tablet')"),
        QStringLiteral("UPDATE category SET useful_life_months = 84 WHERE name = 'Beamer'"),
        QStringLiteral("CREATE TABLE app_setting (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO app_setting (name, value) VALUES ('low_value_threshold_cents', '80000')"),
    };
    if (database.settings().backend == DatabaseSettings::Backend::Postgres) {
        statements.append(QStringLiteral("GRANT SELECT ON app_setting TO %1")
                              .arg(AccessRoles::serverRole(AccessRoles::Role::Reader)));
        statements.append(QStringLiteral("GRANT UPDATE ON app_setting TO %1")
                              .arg(AccessRoles::serverRole(AccessRoles::Role::Editor)));
    }
    return execAll(database, statements, error);
}

// The overview groups every asset by owner, category and status and counts age
// bands and counts due from the dates: with this index the scan reads ~50 MB of
// index instead of the whole table (1M assets on SQLite: 2.9 s -> 0.4 s), and the
// groups arrive in index order without a sort.
bool indexOverview(Database &database, QString *error)
{
    return execAll(
        database,
        { QStringLiteral("CREATE INDEX asset_overview ON asset (owner_authority_id, category_id, status, "
                         "purchase_date, last_audited)") },
        error);
}

// Handover and return records (Übergabe- und Rückgabeprotokolle). A record keeps
// what it said when it was signed: the person's name and each device's number,
// serial and description are copied, so a reprint years later reads the same. A
// checkout's item points to the return record that took it back; an item without
// one is still out. The history names the person by id only.
bool createHandovers(Database &database, QString *error)
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE handover ("
                       " id $PK,"
                       " kind TEXT NOT NULL CHECK (kind IN ('checkout', 'return')),"
                       " person_id INTEGER NOT NULL REFERENCES person (id),"
                       " person_name TEXT NOT NULL,"
                       " unit_id INTEGER REFERENCES org_unit (id),"
                       " site_id INTEGER REFERENCES site (id),"
                       " room_id INTEGER REFERENCES room (id),"
                       " handed_on $DATE NOT NULL,"
                       " due_on $DATE,"
                       " handed_by TEXT NOT NULL,"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " created_at $TIMESTAMP NOT NULL)"),
        QStringLiteral("CREATE INDEX handover_person ON handover (person_id, handed_on)"),
        QStringLiteral("CREATE INDEX handover_due ON handover (due_on) WHERE due_on IS NOT NULL"),
        QStringLiteral("CREATE TABLE handover_item ("
                       " handover_id INTEGER NOT NULL REFERENCES handover (id),"
                       " asset_id INTEGER NOT NULL REFERENCES asset (id),"
                       " inventory_no TEXT NOT NULL,"
                       " serial_no TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " accessories TEXT NOT NULL DEFAULT '',"
                       " item_condition TEXT NOT NULL DEFAULT '',"
                       " returned_by_id INTEGER REFERENCES handover (id),"
                       " PRIMARY KEY (handover_id, asset_id))"),
        QStringLiteral("CREATE INDEX handover_item_asset ON handover_item (asset_id)"),
        QStringLiteral(
            "CREATE INDEX handover_item_open ON handover_item (asset_id) WHERE returned_by_id IS NULL"),
    };
    if (database.settings().backend == DatabaseSettings::Backend::Postgres)
        statements += AccessRoles::handoverStatements();
    return execAll(database, statements, error);
}

// A jump to the middle of the table reads the sort key of row N off its index:
// a walk over N small index entries if the index holds every column the query
// names, else a visit to N rows of the table (1M assets on PostgreSQL: 1.3–1.4 s
// instead of 70–100 ms). Neither engine reads a column inside COALESCE(x, …) from
// an index on that expression, so each such index now carries x as well. On
// PostgreSQL the unique inventory number lacked the id that breaks ties (SQLite
// knows a unique key needs none), and so did the status index.
bool indexSortKeysCompletely(Database &database, QString *error)
{
    QStringList statements;
    const char *const expressionKeys[][3] = {
        { "purchase_date", "COALESCE(purchase_date, '0001-01-01')", "purchase_date" },
        { "price", "COALESCE(purchase_price_cents, -1)", "purchase_price_cents" },
        { "warranty_end", "COALESCE(warranty_end, '0001-01-01')", "warranty_end" },
        { "last_audited", "COALESCE(last_audited, '0001-01-01')", "last_audited" },
    };
    for (const auto &key : expressionKeys) {
        statements.append(QStringLiteral("DROP INDEX asset_sort_%1").arg(QLatin1String(key[0])));
        statements.append(QStringLiteral("CREATE INDEX asset_sort_%1 ON asset (%2, id, %3)")
                              .arg(QLatin1String(key[0]), QLatin1String(key[1]), QLatin1String(key[2])));
    }
    if (database.settings().backend == DatabaseSettings::Backend::Postgres) {
        statements.append(QStringLiteral("CREATE INDEX asset_sort_inventory_no ON asset (inventory_no, id)"));
        statements.append(QStringLiteral("DROP INDEX asset_status"));
        statements.append(QStringLiteral("CREATE INDEX asset_status ON asset (status, id)"));
    }
    return execAll(database, statements, error);
}

} // namespace

const std::vector<Migration> &allMigrations()
{
    static const std::vector<Migration> migrations = {
        { 1, "core schema: authorities, master data, assets, licences, history, import batches",
          createCoreSchema },
        { 2, "full-text search index over assets", createAssetSearchIndex },
        { 3, "inventory audits: scope, expected items, scans, unexpected finds", createAuditTables },
        { 4, "sort keys and indexes for the lazy asset table", createAssetSortKeys },
        { 5, "authority filters ordered by inventory number", extendAuthorityIndexes },
        { 6, "the master data rows each import batch created", createImportBatchMasterData },
        { 7, "drop indexes that other indexes cover", dropCoveredIndexes },
        { 8, "where an import batch's undo starts in the history", recordUndoStart },
        { 9, "indexes for matching imported licences", indexLicenceMatching },
        { 10, "roles, grants and row-level security on a server", createAccessRoles },
        { 11, "tell open windows of other connections' changes", notifyChanges },
        { 12, "billing rates and billing runs", createBilling },
        { 13, "useful life per category and the low-value threshold", createBookValues },
        { 14, "an index for the overview's grouped scan", indexOverview },
        { 15, "handover and return records", createHandovers },
        { 16, "sort indexes that hold every column a jump reads", indexSortKeysCompletely },
    };
    return migrations;
}
