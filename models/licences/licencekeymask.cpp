#include "licences/licencekeymask.h"

QString LicenceKeyMask::mask(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString dots = QString(5, QChar(0x2022));
    if (trimmed.size() < 15)
        return dots;
    return dots + QLatin1Char('-') + trimmed.right(5);
}
