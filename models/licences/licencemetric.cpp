#include "licences/licencemetric.h"

QList<LicenceMetric> LicenceMetricText::all()
{
    return { LicenceMetric::Device, LicenceMetric::User, LicenceMetric::Concurrent, LicenceMetric::Site };
}

QString LicenceMetricText::code(LicenceMetric metric)
{
    switch (metric) {
    case LicenceMetric::Device:
        return QStringLiteral("device");
    case LicenceMetric::User:
        return QStringLiteral("user");
    case LicenceMetric::Concurrent:
        return QStringLiteral("concurrent");
    case LicenceMetric::Site:
        return QStringLiteral("site");
    }
    return {};
}

std::optional<LicenceMetric> LicenceMetricText::fromCode(const QString &code)
{
    for (LicenceMetric metric : all()) {
        if (LicenceMetricText::code(metric) == code)
            return metric;
    }
    return std::nullopt;
}

QString LicenceMetricText::displayName(LicenceMetric metric)
{
    switch (metric) {
    case LicenceMetric::Device:
        return tr("Per device");
    case LicenceMetric::User:
        return tr("Per user");
    case LicenceMetric::Concurrent:
        return tr("Concurrent");
    case LicenceMetric::Site:
        return tr("Site (unlimited)");
    }
    return {};
}
