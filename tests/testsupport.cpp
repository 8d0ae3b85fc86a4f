#include "testsupport.h"

#include "schema/schemamigrator.h"
#include "storage/sqlhelpers.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

TestDatabase::TestDatabase(bool migrate)
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
    , m_database(std::make_unique<Database>(DatabaseSettings::sqliteFile(m_path)))
{
    QString error;
    if (!m_database->open(&error))
        qFatal("cannot open test database: %s", qPrintable(error));
    if (migrate) {
        const SchemaMigrator::Result result = SchemaMigrator(*m_database).migrate();
        if (!result.ok())
            qFatal("cannot migrate test database: %s", qPrintable(result.message));
    }
}

bool TestDatabase::exec(const QString &sql)
{
    QString error;
    if (!Sql::exec(m_database->connection(), sql, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QVariant TestDatabase::scalar(const QString &sql)
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s", qPrintable(Sql::errorText(query)));
        return {};
    }
    return query.value(0);
}

qint64 TestDatabase::authorityId(const QString &code)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id FROM authority WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 TestDatabase::categoryId(const QString &name)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id FROM category WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

int runBestand(const QStringList &arguments, QString *standardOutput, QString *standardError, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless commands must not need one
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BESTAND_EXECUTABLE), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (standardOutput)
        *standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    if (standardError)
        *standardError = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
