#include "commandline.h"
#include "guilauncher.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("KSM"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ksm-mv.de"));
    QCoreApplication::setApplicationName(QStringLiteral("Bestand"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BESTAND_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    CommandLine commandLine;
    if (commandLine.needsGuiApplication(arguments)) {
        // Fonts for a PDF, but never a window: the offscreen platform needs no display.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication application(argc, argv);
        installTranslations(application);
        return commandLine.run(arguments);
    }
    if (commandLine.isHeadless(arguments)) {
        // Headless commands never touch a display: plain QCoreApplication.
        QCoreApplication application(argc, argv);
        installTranslations(application);
        return commandLine.run(arguments);
    }
    return runGui(argc, argv);
}
