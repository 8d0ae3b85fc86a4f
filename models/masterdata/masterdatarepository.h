#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

#include "masterdata/masterdatarecord.h"

class Database;
class StatementCache;

// Reads and writes authorities, units, sites, rooms, people and categories.
// Deleting a row that is still referenced is refused with a message naming what
// uses it; people are anonymised instead of deleted so history keeps its ids.
class MasterDataRepository
{
    Q_DECLARE_TR_FUNCTIONS(MasterDataRepository)

public:
    explicit MasterDataRepository(Database &database);
    ~MasterDataRepository();
    MasterDataRepository(const MasterDataRepository &) = delete;
    MasterDataRepository &operator=(const MasterDataRepository &) = delete;

    // All rows of a kind, ordered for display; only those under parentId when given.
    QList<MasterDataRecord> list(MasterDataKind kind, QString *error,
                                 std::optional<qint64> parentId = std::nullopt);
    std::optional<MasterDataRecord> find(MasterDataKind kind, qint64 id, QString *error);

    // Sets record.id on success.
    bool insert(MasterDataRecord &record, QString *error);
    bool update(const MasterDataRecord &record, QString *error);
    bool remove(MasterDataKind kind, qint64 id, QString *error);

    // True in *taken when another row already has this name (code for authorities).
    bool isTaken(const MasterDataRecord &record, bool *taken, QString *error);

    // Empty when nothing refers to the row, else e.g. "Room B 212 is used by 14 assets, e.g. SIS-1."
    QString usage(MasterDataKind kind, qint64 id, QString *error);

    // Replaces the name by "anonymised #<id>"; the row and its id stay, so assets
    // and their history keep pointing at it.
    bool anonymisePerson(qint64 personId, QString *error);
    static QString anonymisedName(qint64 personId);

private:
    bool checkRecord(const MasterDataRecord &record, QString *error);
    // Person, site and room names are part of the assets' search documents.
    bool refreshSearchIndex(MasterDataKind kind, qint64 id, QString *error);

    Database &m_database;
    // find(), usage() and remove() run per row when an import is undone.
    std::unique_ptr<StatementCache> m_statements;
};
