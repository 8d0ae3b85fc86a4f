#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// What one seat of a licence counts. Site licences are unlimited.
enum class LicenceMetric { Device, User, Concurrent, Site };

// Stable codes stored in the database, and the translated names users see.
class LicenceMetricText
{
    Q_DECLARE_TR_FUNCTIONS(LicenceMetricText)

public:
    static QList<LicenceMetric> all();
    static QString code(LicenceMetric metric);
    static std::optional<LicenceMetric> fromCode(const QString &code);
    static QString displayName(LicenceMetric metric);
};
