#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Who may do what on a shared inventory. On PostgreSQL the server enforces it, so
// it holds for any SQL client, not only for this program: one group role per task
// with its GRANTs, and row-level security that shows an authority's viewers only
// that authority's items. A login gets a task by membership in the group role.
// The embedded SQLite file has one user, whoever can open the file, and no roles.
class AccessRoles
{
    Q_DECLARE_TR_FUNCTIONS(AccessRoles)

public:
    enum class Role {
        Reader, // sees everything, changes nothing
        Editor, // a technician: assets, licences, master data
        Importer, // an editor who may also import lists and take imports back
        Auditor, // an editor who may also run and close inventory audits
        Viewer, // an authority's own staff: reads only the items of its authorities
    };

    static const QList<Role> &all();
    // The word the command line takes ("editor").
    static QString code(Role role);
    static std::optional<Role> fromCode(const QString &code);
    // The group role on the server ("bestand_editor"); cluster-wide, shared by every
    // Bestand database on that server.
    static QString serverRole(Role role);
    static QString description(Role role);

    // Creates the group roles if missing, grants each its privileges and sets up
    // row-level security. Run by the migration that introduced roles; idempotent.
    static QStringList serverStatements();
    // The privileges on the billing tables (migration 12): everyone reads rates and
    // runs, an editor keeps the rates and makes and closes billing runs.
    static QStringList billingStatements();
    // Who may read and write handover and return records (migration 15).
    static QStringList handoverStatements();

    // Makes a login a member of the role (for a viewer: of the authority given by its
    // code too). The login must exist on the server; only the inventory's owner or a
    // role administrator may do this.
    static bool grant(Database &database, const QString &login, Role role, const QString &authorityCode,
                      QString *error);
    static bool revoke(Database &database, const QString &login, Role role, const QString &authorityCode,
                       QString *error);

    struct Member
    {
        QString login;
        QStringList roles; // codes
        QStringList authorities; // codes a viewer sees
    };
    static std::optional<QList<Member>> members(Database &database, QString *error);

    // The roles the connected user holds (by membership, also indirect).
    static std::optional<QList<Role>> currentRoles(Database &database, QString *error);
};
