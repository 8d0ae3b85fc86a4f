#include "guilauncher.h"

#include "mainwindow/mainwindow.h"
#include "schema/schemamigrator.h"
#include "storage/database.h"
#include "storage/savedconnection.h"
#include "storage/walcheckpointer.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>

#include <memory>

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

    // --db wins; then the server saved in the settings; then the local file.
    const QString argument = parser.value(QStringLiteral("db"));
    QSettings settings;
    const std::optional<DatabaseSettings> saved = SavedConnection::load(settings);
    DatabaseSettings chosen = !argument.isEmpty() ? DatabaseSettings::fromArgument(argument)
        : saved                                   ? *saved
                : DatabaseSettings::sqliteFile(DatabaseSettings::defaultSqlitePath());
    auto opened = std::make_unique<Database>(chosen);
    QString error;
    while (!opened->open(&error)) {
        if (!opened->wantedPassword()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Bestand"),
                                  saved && argument.isEmpty()
                                      ? QApplication::translate("main",
                                                                "%1\n\nThis is the server saved under File › "
                                                                "Database connection. To open a local file "
                                                                "instead, start with: bestand --db FILE")
                                            .arg(error)
                                      : error);
            return 1;
        }
        // Asked for each start and kept only in memory, never written anywhere.
        bool ok = false;
        chosen.password = QInputDialog::getText(nullptr, QApplication::translate("main", "Bestand"),
                                                QApplication::translate("main", "Password of %1 on %2:")
                                                    .arg(chosen.userName, chosen.displayName()),
                                                QLineEdit::Password, QString(), &ok);
        if (!ok)
            return 1;
        opened = std::make_unique<Database>(chosen);
    }
    Database &database = *opened;
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
