#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void installTranslations(QCoreApplication &application)
{
    const QLocale locale;
    auto *own = new QTranslator(&application);
    // An installed package has its .qm files in share/bestand/translations, where a
    // translator may replace them; a build run in place uses the embedded copy.
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/bestand/translations");
    if (own->load(locale, QStringLiteral("bestand"), QStringLiteral("_"), installed)
        || own->load(locale, QStringLiteral("bestand"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, dialogs), where the system has them.
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
