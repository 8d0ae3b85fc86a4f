#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

#include "licences/licencemetric.h"
#include "licences/licencetype.h"

// One software licence (a contract line) as stored. Ids of 0 mean "not set".
struct Licence
{
    qint64 id = 0;
    QString product;
    QString vendor;
    QString edition;
    LicenceType type = LicenceType::Volume;
    LicenceMetric metric = LicenceMetric::Device;
    int quantity = 0;
    QString licenceKey; // a secret: shown only through LicenceRepository::revealKey()
    QString contractNo;
    QDate validFrom;
    QDate validUntil;
    std::optional<qint64> pricePerSeatCents;
    QDate maintenanceEnd;
    qint64 ownerAuthorityId = 0;
    QString notes;
    qint64 importBatchId = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;
};

// The editable fields of a licence, in one table: insert, update, diff, history
// and the item models walk this list instead of naming columns again.
enum class LicenceField {
    Product,
    Vendor,
    Edition,
    Type,
    Metric,
    Quantity,
    LicenceKey,
    ContractNo,
    ValidFrom,
    ValidUntil,
    PricePerSeat,
    MaintenanceEnd,
    OwnerAuthority,
    Notes,
};

class LicenceFields
{
    Q_DECLARE_TR_FUNCTIONS(LicenceFields)

public:
    static const QList<LicenceField> &all();
    // The database column, also the field name written to the history.
    static QString column(LicenceField field);
    static std::optional<LicenceField> fromColumn(const QString &column);
    static QString displayName(LicenceField field);
    // The key never goes into history or snapshots in clear text.
    static bool isSecret(LicenceField field) { return field == LicenceField::LicenceKey; }

    // The value as bound to SQL: NULL for unset ids, dates and prices.
    static QVariant value(const Licence &licence, LicenceField field);
    static void setValue(Licence &licence, LicenceField field, const QVariant &value);
    // The value as text for diffs (ids as numbers, dates ISO, type and metric codes).
    static QString text(const Licence &licence, LicenceField field);
    // As text() but with the key masked: what the history may keep.
    static QString historyText(const Licence &licence, LicenceField field);
};
