#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <optional>

#include "masterdata/masterdatakind.h"

class Database;

// Finds the master data rows an imported item refers to by name, and creates the
// missing ones (sites, rooms, people, units, categories; never authorities).
// Every answer is cached, so a million rows cost a handful of queries.
// The cache is only valid inside the transaction that filled it: use one
// resolver per import run.
class MasterDataResolver
{
    Q_DECLARE_TR_FUNCTIONS(MasterDataResolver)

public:
    explicit MasterDataResolver(Database &database);

    // By code ("SN") or full name, case-insensitive; 0 and *error when unknown.
    qint64 authority(const QString &codeOrName, QString *error);
    qint64 category(const QString &name, QString *error);
    qint64 orgUnit(qint64 authorityId, const QString &name, QString *error);
    qint64 site(const QString &name, const QString &address, QString *error);
    qint64 room(qint64 siteId, const QString &name, QString *error);
    qint64 person(const QString &name, qint64 unitId, QString *error);

    // Every row created from now on is recorded as this batch's
    // (import_batch_master_data), so that undoing the batch can remove exactly those.
    void setImportBatch(qint64 batchId) { m_batchId = batchId; }

    // How many rows this resolver created.
    int createdCount() const { return m_created; }

private:
    bool prepare(QString *error);
    qint64 findOrCreate(MasterDataKind kind, QSqlQuery &find, QSqlQuery &insert,
                        const QVariantList &findValues, const QVariantList &insertValues, QString *error);
    static QString key(qint64 id, const QString &name)
    {
        return QString::number(id) + QLatin1Char('\x1f') + name;
    }

    Database &m_database;
    bool m_prepared = false;
    bool m_authoritiesLoaded = false;
    int m_created = 0;
    qint64 m_batchId = 0;
    QHash<QString, qint64> m_authorities; // lower-case code and name -> id
    QHash<QString, qint64> m_categories;
    QHash<QString, qint64> m_units;
    QHash<QString, qint64> m_sites;
    QHash<QString, qint64> m_rooms;
    QHash<QString, qint64> m_people;
    QSqlQuery m_findCategory, m_insertCategory;
    QSqlQuery m_findUnit, m_insertUnit;
    QSqlQuery m_findSite, m_insertSite;
    QSqlQuery m_findRoom, m_insertRoom;
    QSqlQuery m_findPerson, m_insertPerson;
    QSqlQuery m_recordCreated;
};
