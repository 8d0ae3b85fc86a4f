#include "access/accessroles.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace {
struct TablePrivileges
{
    const char *table;
    const char *privileges;
};

// Every table of the schema. A migration that adds a table adds it here too, with
// the grant for that table in the migration itself.
const char *const allTables[] = {
    "authority",
    "org_unit",
    "site",
    "room",
    "person",
    "category",
    "import_batch",
    "import_reject",
    "asset",
    "legacy_identifier",
    "licence",
    "licence_allocation",
    "licence_assignment",
    "history",
    "asset_search",
    "audit",
    "audit_scope",
    "audit_item",
    "audit_unexpected",
    "audit_scan",
    "import_batch_master_data",
    "schema_version",
    "authority_viewer",
};

// What each task may change, beyond reading. History is append-only for everyone:
// its trigger refuses updates and deletes even to the owner.
const TablePrivileges editorTables[] = {
    { "authority", "INSERT, UPDATE, DELETE" },
    { "org_unit", "INSERT, UPDATE, DELETE" },
    { "site", "INSERT, UPDATE, DELETE" },
    { "room", "INSERT, UPDATE, DELETE" },
    { "person", "INSERT, UPDATE, DELETE" },
    { "category", "INSERT, UPDATE, DELETE" },
    { "asset", "INSERT, UPDATE, DELETE" },
    { "legacy_identifier", "INSERT, UPDATE, DELETE" },
    { "asset_search", "INSERT, UPDATE, DELETE" },
    { "licence", "INSERT, UPDATE, DELETE" },
    { "licence_allocation", "INSERT, UPDATE, DELETE" },
    { "licence_assignment", "INSERT, UPDATE, DELETE" },
    { "history", "INSERT" },
};
const TablePrivileges importerTables[] = {
    { "import_batch", "INSERT, UPDATE, DELETE" },
    { "import_reject", "INSERT, UPDATE, DELETE" },
    { "import_batch_master_data", "INSERT, UPDATE, DELETE" },
};
const TablePrivileges auditorTables[] = {
    { "audit", "INSERT, UPDATE, DELETE" },      { "audit_scope", "INSERT, UPDATE, DELETE" },
    { "audit_item", "INSERT, UPDATE, DELETE" }, { "audit_unexpected", "INSERT, UPDATE, DELETE" },
    { "audit_scan", "INSERT, UPDATE, DELETE" },
};

// What a viewer reads, each row only if it belongs to one of the viewer's
// authorities. Import rejects (whole raw lines of every authority) and audits are
// not theirs to read at all.
struct ScopedTable
{
    const char *table;
    const char *visibleRow;
};
const ScopedTable viewerTables[] = {
    { "authority", "id IN (SELECT bestand_visible_authorities())" },
    { "org_unit", "authority_id IN (SELECT bestand_visible_authorities())" },
    { "asset",
      "owner_authority_id IN (SELECT bestand_visible_authorities())"
      " OR using_authority_id IN (SELECT bestand_visible_authorities())" },
    { "legacy_identifier", "asset_id IN (SELECT id FROM asset)" },
    { "asset_search", "asset_id IN (SELECT id FROM asset)" },
    { "person", "id IN (SELECT person_id FROM asset WHERE person_id IS NOT NULL)" },
    { "licence",
      "owner_authority_id IN (SELECT bestand_visible_authorities())"
      " OR id IN (SELECT licence_id FROM licence_allocation)" },
    { "licence_allocation", "authority_id IN (SELECT bestand_visible_authorities())" },
    { "licence_assignment", "using_authority_id IN (SELECT bestand_visible_authorities())" },
    { "history",
      "(entity = 'asset' AND entity_id IN (SELECT id FROM asset))"
      " OR (entity = 'licence' AND entity_id IN (SELECT id FROM licence))" },
};
// Shared by everyone: the names of sites, rooms and categories say nothing about
// an authority's items.
const char *const viewerUnscopedTables[] = { "site", "room", "category", "schema_version",
                                             "authority_viewer" };

QString rolesArray()
{
    QStringList quoted;
    for (AccessRoles::Role role : AccessRoles::all())
        quoted.append(QLatin1Char('\'') + AccessRoles::serverRole(role) + QLatin1Char('\''));
    return quoted.join(QStringLiteral(", "));
}

void grants(const TablePrivileges *begin, const TablePrivileges *end, const QString &role,
            QStringList *statements)
{
    for (const TablePrivileges *entry = begin; entry != end; ++entry)
        statements->append(QStringLiteral("GRANT %1 ON %2 TO %3")
                               .arg(QLatin1String(entry->privileges), QLatin1String(entry->table), role));
}
} // namespace

const QList<AccessRoles::Role> &AccessRoles::all()
{
    static const QList<Role> roles = { Role::Reader, Role::Editor, Role::Importer, Role::Auditor,
                                       Role::Viewer };
    return roles;
}

QString AccessRoles::code(Role role)
{
    switch (role) {
    case Role::Reader:
        return QStringLiteral("reader");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Importer:
        return QStringLiteral("importer");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<AccessRoles::Role> AccessRoles::fromCode(const QString &text)
{
    for (Role role : all()) {
        if (code(role) == text.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QString AccessRoles::serverRole(Role role)
{
    return QStringLiteral("bestand_") + code(role);
}

QString AccessRoles::description(Role role)
{
    switch (role) {
    case Role::Reader:
        return tr("reads the whole inventory, changes nothing");
    case Role::Editor:
        return tr("edits assets, licences and master data");
    case Role::Importer:
        return tr("as editor, and imports lists and takes imports back");
    case Role::Auditor:
        return tr("as editor, and runs and closes inventory audits");
    case Role::Viewer:
        return tr("reads only the items of the authorities granted to it");
    }
    return {};
}

QStringList AccessRoles::serverStatements()
{
    QStringList statements;
    // Roles belong to the server, not to one database: a second inventory on the same
    // server, or a test run beside this one, may have created them already.
    for (Role role : all()) {
        statements.append(
            QStringLiteral("DO $body$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                           "'%1') THEN CREATE ROLE %1 NOLOGIN; END IF; EXCEPTION WHEN "
                           "duplicate_object OR unique_violation THEN NULL; END $body$")
                .arg(serverRole(role)));
    }
    const QString reader = serverRole(Role::Reader);
    const QString editor = serverRole(Role::Editor);
    const QString viewer = serverRole(Role::Viewer);
    statements.append(QStringLiteral("GRANT %1 TO %2").arg(reader, editor));
    statements.append(QStringLiteral("GRANT %1 TO %2, %3")
                          .arg(editor, serverRole(Role::Importer), serverRole(Role::Auditor)));
    for (const char *table : allTables)
        statements.append(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(QLatin1String(table), reader));
    grants(std::begin(editorTables), std::end(editorTables), editor, &statements);
    grants(std::begin(importerTables), std::end(importerTables), serverRole(Role::Importer), &statements);
    grants(std::begin(auditorTables), std::end(auditorTables), serverRole(Role::Auditor), &statements);
    statements.append(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(editor));

    statements.append(QStringLiteral(
        "CREATE FUNCTION bestand_visible_authorities() RETURNS SETOF BIGINT LANGUAGE sql STABLE AS "
        "$body$ SELECT authority_id FROM authority_viewer WHERE role_name = current_user $body$"));
    // Membership is granted through this function so that the client binds the
    // login and role as values; the server quotes them as identifiers (%I).
    statements.append(
        QStringLiteral("CREATE FUNCTION bestand_set_membership(login TEXT, group_role TEXT, member BOOLEAN) "
                       "RETURNS void LANGUAGE plpgsql AS $body$ BEGIN "
                       "IF group_role NOT IN (%1) THEN "
                       "RAISE EXCEPTION 'not a Bestand role: %', group_role; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN "
                       "RAISE EXCEPTION 'there is no login % on this server', login "
                       "USING ERRCODE = 'undefined_object'; END IF; "
                       "IF member THEN EXECUTE format('GRANT %I TO %I', group_role, login); "
                       "ELSE EXECUTE format('REVOKE %I FROM %I', group_role, login); END IF; "
                       "END $body$")
            .arg(rolesArray()));

    // One policy lets every full reader (and so every editor) see every row; with a
    // constant true the planner drops it and keeps using the indexes. The viewers'
    // policy applies to viewers only. The owner bypasses both.
    for (const ScopedTable &scoped : viewerTables) {
        const QString table = QLatin1String(scoped.table);
        statements.append(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table));
        statements.append(
            QStringLiteral("CREATE POLICY full_access ON %1 TO %2 USING (true) WITH CHECK (true)")
                .arg(table, reader));
        statements.append(QStringLiteral("CREATE POLICY authority_scope ON %1 FOR SELECT TO %2 USING (%3)")
                              .arg(table, viewer, QLatin1String(scoped.visibleRow)));
        statements.append(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(table, viewer));
    }
    for (const char *table : viewerUnscopedTables)
        statements.append(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(QLatin1String(table), viewer));
    return statements;
}

QStringList AccessRoles::billingStatements()
{
    const QString reader = serverRole(Role::Reader);
    const QString editor = serverRole(Role::Editor);
    QStringList statements;
    for (const char *table : { "billing_rate", "billing_run", "billing_run_total" })
        statements.append(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(QLatin1String(table), reader));
    statements.append(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON billing_rate TO %1").arg(editor));
    statements.append(QStringLiteral("GRANT INSERT, UPDATE ON billing_run TO %1").arg(editor));
    // DELETE: an open run's totals are replaced when the period is billed again.
    statements.append(QStringLiteral("GRANT INSERT, DELETE ON billing_run_total TO %1").arg(editor));
    statements.append(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(editor));
    return statements;
}

QStringList AccessRoles::handoverStatements()
{
    const QString reader = serverRole(Role::Reader);
    const QString editor = serverRole(Role::Editor);
    return {
        QStringLiteral("GRANT SELECT ON handover, handover_item TO %1").arg(reader),
        QStringLiteral("GRANT INSERT ON handover, handover_item TO %1").arg(editor),
        // A return marks the checkout's items; anonymising a person replaces the name.
        QStringLiteral("GRANT UPDATE (returned_by_id) ON handover_item TO %1").arg(editor),
        QStringLiteral("GRANT UPDATE (person_name) ON handover TO %1").arg(editor),
        // Sequences made after the earlier grant.
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(editor),
    };
}

namespace {
bool setMembership(Database &database, const QString &login, const QString &role, bool member, QString *error)
{
    QSqlQuery query(database.connection());
    if (!Sql::prepare(query, QStringLiteral("SELECT bestand_set_membership(?, ?, ?)"), error))
        return false;
    query.addBindValue(login);
    query.addBindValue(role);
    query.addBindValue(member);
    return Sql::exec(query, error);
}

std::optional<qint64> authorityId(Database &database, const QString &code, QString *error)
{
    QSqlQuery query(database.connection());
    if (!Sql::prepare(query, QStringLiteral("SELECT id FROM authority WHERE code = ?"), error))
        return std::nullopt;
    query.addBindValue(code.trimmed());
    if (!Sql::exec(query, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = AccessRoles::tr("There is no authority with the code %1.").arg(code);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool serverOnly(Database &database, QString *error)
{
    if (database.settings().backend == DatabaseSettings::Backend::Postgres)
        return true;
    if (error)
        *error = AccessRoles::tr("Roles exist only on a PostgreSQL server; a local file has one user.");
    return false;
}
} // namespace

bool AccessRoles::grant(Database &database, const QString &login, Role role, const QString &authorityCode,
                        QString *error)
{
    if (!serverOnly(database, error))
        return false;
    if (role == Role::Viewer && authorityCode.trimmed().isEmpty()) {
        if (error)
            *error = tr("A viewer needs the authority whose items it may see (--authority CODE).");
        return false;
    }
    if (role != Role::Viewer && !authorityCode.trimmed().isEmpty()) {
        if (error)
            *error =
                tr("Only a viewer is limited to an authority; the %1 role sees every item.").arg(code(role));
        return false;
    }
    Sql::Transaction transaction(database.connection());
    if (!transaction.isActive() || !setMembership(database, login, serverRole(role), true, error))
        return false;
    if (role == Role::Viewer) {
        const std::optional<qint64> authority = authorityId(database, authorityCode, error);
        if (!authority)
            return false;
        QSqlQuery insert(database.connection());
        if (!Sql::prepare(
                insert,
                QStringLiteral("INSERT INTO authority_viewer (role_name, authority_id) VALUES (?, ?) "
                               "ON CONFLICT DO NOTHING"),
                error))
            return false;
        insert.addBindValue(login);
        insert.addBindValue(*authority);
        if (!Sql::exec(insert, error))
            return false;
    }
    return transaction.commit(error);
}

bool AccessRoles::revoke(Database &database, const QString &login, Role role, const QString &authorityCode,
                         QString *error)
{
    if (!serverOnly(database, error))
        return false;
    Sql::Transaction transaction(database.connection());
    if (!transaction.isActive())
        return false;
    bool stillViewer = false;
    if (role == Role::Viewer) {
        QSqlQuery remove(database.connection());
        if (authorityCode.trimmed().isEmpty()) {
            if (!Sql::prepare(remove, QStringLiteral("DELETE FROM authority_viewer WHERE role_name = ?"),
                              error))
                return false;
            remove.addBindValue(login);
        } else {
            const std::optional<qint64> authority = authorityId(database, authorityCode, error);
            if (!authority)
                return false;
            if (!Sql::prepare(
                    remove,
                    QStringLiteral("DELETE FROM authority_viewer WHERE role_name = ? AND authority_id = ?"),
                    error))
                return false;
            remove.addBindValue(login);
            remove.addBindValue(*authority);
        }
        if (!Sql::exec(remove, error))
            return false;
        QSqlQuery left(database.connection());
        if (!Sql::prepare(left, QStringLiteral("SELECT COUNT(*) FROM authority_viewer WHERE role_name = ?"),
                          error))
            return false;
        left.addBindValue(login);
        if (!Sql::exec(left, error) || !left.next())
            return false;
        stillViewer = left.value(0).toLongLong() > 0;
    }
    if (!stillViewer && !setMembership(database, login, serverRole(role), false, error))
        return false;
    return transaction.commit(error);
}

std::optional<QList<AccessRoles::Member>> AccessRoles::members(Database &database, QString *error)
{
    if (!serverOnly(database, error))
        return std::nullopt;
    QSqlQuery query(database.connection());
    // Direct memberships of logins only: the group roles' own memberships (an editor
    // is a reader) are the design, not a grant.
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT m.rolname, g.rolname FROM pg_auth_members a "
                           "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                           "WHERE g.rolname IN (%1) AND m.rolname NOT IN (%1) ORDER BY 1, 2")
                .arg(rolesArray()),
            error)
        || !Sql::exec(query, error))
        return std::nullopt;
    QList<Member> members;
    while (query.next()) {
        const QString login = query.value(0).toString();
        if (members.isEmpty() || members.last().login != login)
            members.append({ login, {}, {} });
        members.last().roles.append(query.value(1).toString().mid(int(qstrlen("bestand_"))));
    }
    QSqlQuery scopes(database.connection());
    if (!Sql::prepare(scopes,
                      QStringLiteral("SELECT v.role_name, a.code FROM authority_viewer v "
                                     "JOIN authority a ON a.id = v.authority_id ORDER BY 1, 2"),
                      error)
        || !Sql::exec(scopes, error))
        return std::nullopt;
    while (scopes.next()) {
        for (Member &member : members) {
            if (member.login == scopes.value(0).toString())
                member.authorities.append(scopes.value(1).toString());
        }
    }
    return members;
}

std::optional<QList<AccessRoles::Role>> AccessRoles::currentRoles(Database &database, QString *error)
{
    // Whoever opens a local file may do everything with it.
    if (database.settings().backend != DatabaseSettings::Backend::Postgres)
        return QList<Role> { Role::Reader, Role::Editor, Role::Importer, Role::Auditor };
    // One round trip for all roles: the window asks at start.
    QStringList tests;
    for (qsizetype i = 0; i < all().size(); ++i)
        tests.append(QStringLiteral("pg_has_role(?, 'USAGE')"));
    QSqlQuery query(database.connection());
    if (!Sql::prepare(query, QStringLiteral("SELECT ") + tests.join(QStringLiteral(", ")), error))
        return std::nullopt;
    for (Role role : all())
        query.addBindValue(serverRole(role));
    if (!Sql::exec(query, error) || !query.next())
        return std::nullopt;
    QList<Role> roles;
    for (int i = 0; i < all().size(); ++i) {
        if (query.value(i).toBool())
            roles.append(all().at(i));
    }
    return roles;
}
