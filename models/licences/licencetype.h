#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// How a licence was bought. Subscription is rented per year; all others are perpetual.
enum class LicenceType { Volume, Oem, Single, Concurrent, Subscription, Fachverfahren };

// Stable codes stored in the database, and the translated names users see.
class LicenceTypeText
{
    Q_DECLARE_TR_FUNCTIONS(LicenceTypeText)

public:
    static QList<LicenceType> all();
    static QString code(LicenceType type);
    static std::optional<LicenceType> fromCode(const QString &code);
    static QString displayName(LicenceType type);
};
