#include "audits/audit.h"

QString AuditStatusText::code(AuditStatus status)
{
    switch (status) {
    case AuditStatus::Open:
        return QStringLiteral("open");
    case AuditStatus::Paused:
        return QStringLiteral("paused");
    case AuditStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<AuditStatus> AuditStatusText::fromCode(const QString &code)
{
    for (AuditStatus status : { AuditStatus::Open, AuditStatus::Paused, AuditStatus::Closed }) {
        if (AuditStatusText::code(status) == code)
            return status;
    }
    return std::nullopt;
}

QString AuditStatusText::displayName(AuditStatus status)
{
    switch (status) {
    case AuditStatus::Open:
        return tr("open");
    case AuditStatus::Paused:
        return tr("paused");
    case AuditStatus::Closed:
        return tr("closed");
    }
    return {};
}
