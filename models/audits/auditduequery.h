#pragma once

#include <QDate>
#include <QList>
#include <QString>

class Database;

struct DueAsset
{
    qint64 assetId = 0;
    QString inventoryNo;
    QString category;
    QDate lastAudited; // invalid: never audited
    QDate dueSince; // invalid: never audited
};

// Assets due for a physical count: never audited, or last audited before their
// category's interval (category.audit_interval_months, 5 years by default).
// Retired assets are not inventory any more and never due.
class AuditDueQuery
{
public:
    explicit AuditDueQuery(Database &database);

    // Sorted by inventory number; at most limit rows (0: all).
    QList<DueAsset> dueAssets(const QDate &today, int limit, QString *error);
    int dueCount(const QDate &today, QString *error);

private:
    struct CategoryInterval
    {
        qint64 id;
        QString name;
        int months;
    };
    bool loadCategories(QList<CategoryInterval> *categories, QString *error);

    Database &m_database;
};
