#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

enum class AuditStatus { Open, Paused, Closed };

class AuditStatusText
{
    Q_DECLARE_TR_FUNCTIONS(AuditStatusText)

public:
    static QString code(AuditStatus status);
    static std::optional<AuditStatus> fromCode(const QString &code);
    static QString displayName(AuditStatus status);
};

// What an audit covers. Within one list any id matches; across lists all must
// match; an empty list does not restrict (an empty scope is the whole inventory).
struct AuditScope
{
    QList<qint64> ownerAuthorityIds;
    QList<qint64> usingAuthorityIds;
    QList<qint64> siteIds;
    QList<qint64> roomIds;
    QList<qint64> categoryIds;

    bool isEmpty() const
    {
        return ownerAuthorityIds.isEmpty() && usingAuthorityIds.isEmpty() && siteIds.isEmpty()
            && roomIds.isEmpty() && categoryIds.isEmpty();
    }
};

struct AuditCounters
{
    int expected = 0;
    int found = 0; // found in the room where it was expected (or scanned without a room)
    int moved = 0; // found in another room
    int unexpected = 0; // codes not in the inventory, or assets outside the scope
    int open() const { return expected - found - moved; }
};

struct Audit
{
    qint64 id = 0;
    QString name;
    QString responsible;
    QDate dueDate;
    AuditScope scope;
    AuditStatus status = AuditStatus::Open;
    AuditCounters counters;
    QDateTime createdAt;
    QString createdBy;
    QDateTime closedAt;
    QString closedBy;
};
