#include "guilauncher.h"

#include "mainwindow/mainwindow.h"
#include "schema/schemamigrator.h"
#include "storage/database.h"
#include "storage/walcheckpointer.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int runGui(int &argc, char **argv)
{
    QApplication application(argc, argv);
    installTranslations(application);
    QIcon icon;
    for (int size : { 16, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/bestand-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    // Lets the desktop match the window to its menu entry and icon (Wayland's app id).
    QGuiApplication::setDesktopFileName(QStringLiteral("de.ksm_mv.Bestand"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "IT asset and inventory manager"));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("db"), QApplication::translate("main", "Use the inventory database at PATH."),
        QStringLiteral("PATH")));
    parser.process(application);

    const QString argument = parser.value(QStringLiteral("db"));
    Database database(argument.isEmpty() ? DatabaseSettings::sqliteFile(DatabaseSettings::defaultSqlitePath())
                                         : DatabaseSettings::fromArgument(argument));
    QString error;
    if (!database.open(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Bestand"), error);
        return 1;
    }
    const SchemaMigrator::Result migration = SchemaMigrator(database).migrate();
    if (!migration.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Bestand"), migration.message);
        return 1;
    }

    // Scans and edits commit on this connection; the log's checkpoints (20-50 ms with
    // fsync) run on a background connection instead of inside those commits.
    WalCheckpointer checkpointer(database);
    checkpointer.start(nullptr);

    MainWindow window(database);
    window.show();
    return application.exec();
}
