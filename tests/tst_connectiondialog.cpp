#include "mainwindow/connectiondialog.h"
#include "storage/savedconnection.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

// The saved team server: chosen in the dialog, there again at the next start, and
// no password in the settings file, ever.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void savesTheServerWithoutAPassword();
    void refusesAServerWithoutHostAndGoesBackToTheFile();
};

void TestConnectionDialog::savesTheServerWithoutAPassword()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(!SavedConnection::load(settings));
        ConnectionDialog dialog(settings);
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("localFile"))->isChecked());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("host"))->isEnabled());
        dialog.findChild<QRadioButton *>(QStringLiteral("server"))->setChecked(true);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("host"))->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral(" db.ksm.local "));
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(5433);
        dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("bestand"));
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("anna"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QSettings settings(path, QSettings::IniFormat);
    const std::optional<DatabaseSettings> saved = SavedConnection::load(settings);
    QVERIFY(saved);
    QCOMPARE(saved->backend, DatabaseSettings::Backend::Postgres);
    QCOMPARE(saved->host, QStringLiteral("db.ksm.local"));
    QCOMPARE(saved->port, 5433);
    QCOMPARE(saved->databaseName, QStringLiteral("bestand"));
    QCOMPARE(saved->userName, QStringLiteral("anna"));

    // Even settings that carry a password (one typed at the prompt) save none of it.
    DatabaseSettings withPassword = *saved;
    withPassword.password = QStringLiteral("Geheim-4711");
    SavedConnection::save(settings, withPassword);
    settings.sync();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(!text.contains("Geheim-4711"), text.constData());
    QVERIFY2(!text.toLower().contains("password"), text.constData());

    // Opened again, the dialog shows what was saved.
    ConnectionDialog again(settings);
    QVERIFY(again.findChild<QRadioButton *>(QStringLiteral("server"))->isChecked());
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("host"))->text(), QStringLiteral("db.ksm.local"));
}

void TestConnectionDialog::refusesAServerWithoutHostAndGoesBackToTheFile()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ConnectionDialog dialog(settings);
    dialog.findChild<QRadioButton *>(QStringLiteral("server"))->setChecked(true);
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("error"))->isHidden());
    QVERIFY(!SavedConnection::load(settings));

    DatabaseSettings server;
    server.backend = DatabaseSettings::Backend::Postgres;
    server.host = QStringLiteral("db");
    server.databaseName = QStringLiteral("bestand");
    SavedConnection::save(settings, server);
    ConnectionDialog back(settings);
    back.findChild<QRadioButton *>(QStringLiteral("localFile"))->setChecked(true);
    back.accept();
    QVERIFY(!SavedConnection::load(settings));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
