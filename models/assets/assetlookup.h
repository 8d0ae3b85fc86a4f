#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class AssetRepository;
class Database;

// The scan field's lookup: any identifier (inventory number, legacy number, serial,
// MAC in any notation, host name) to the matching asset ids. One indexed query, so
// it is fine to call synchronously on the thread that owns the database connection.
class AssetLookup
{
    Q_DECLARE_TR_FUNCTIONS(AssetLookup)

public:
    explicit AssetLookup(Database &database);
    ~AssetLookup();

    // Empty when nothing matches; more than one id when a code is ambiguous.
    QList<qint64> find(const QString &code, QString *error = nullptr);
    // A sentence for the status bar when find() gave no single match.
    static QString noMatchMessage(const QString &code, int matches);

private:
    std::unique_ptr<AssetRepository> m_repository;
};
