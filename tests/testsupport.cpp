#include "testsupport.h"

#include "assets/assetrepository.h"
#include "schema/schemamigrator.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

namespace {
DatabaseSettings serverSettings()
{
    const QString url = qEnvironmentVariable("BESTAND_TEST_POSTGRES");
    if (url.isEmpty())
        qFatal("BESTAND_TEST_BACKEND=postgresql needs a server: run the test through "
               "packaging/with-postgres.sh (the test command does)");
    return DatabaseSettings::fromArgument(url);
}

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE
// cannot run inside a database's own connection or a transaction).
void onServer(const QString &statement)
{
    Database server(serverSettings());
    QString error;
    if (!server.open(&error) || !Sql::exec(server.connection(), statement, &error))
        qFatal("PostgreSQL test server: %s", qPrintable(error));
}

QString newDatabaseName()
{
    static int counter = 0;
    return QStringLiteral("bestand_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
}

QString templateName;

void dropTemplate()
{
    onServer(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(templateName));
}

// Running the migrations costs a second on a server; a test makes dozens of
// databases. They are migrated once into a template, and each test's database is
// a copy of it (CREATE DATABASE … TEMPLATE), which is what migrate() would make.
QString migratedTemplate(const DatabaseSettings &server)
{
    if (!templateName.isEmpty())
        return templateName;
    templateName = QStringLiteral("bestand_template_%1").arg(QCoreApplication::applicationPid());
    onServer(QStringLiteral("CREATE DATABASE %1").arg(templateName));
    qAddPostRoutine(dropTemplate);
    DatabaseSettings settings = server;
    settings.databaseName = templateName;
    Database database(settings);
    QString error;
    if (!database.open(&error))
        qFatal("cannot open the template database: %s", qPrintable(error));
    const SchemaMigrator::Result result = SchemaMigrator(database).migrate();
    if (!result.ok())
        qFatal("cannot migrate the template database: %s", qPrintable(result.message));
    return templateName;
}
} // namespace

DatabaseSettings::Backend TestDatabase::backend()
{
    return qEnvironmentVariable("BESTAND_TEST_BACKEND") == QLatin1String("postgresql")
        ? DatabaseSettings::Backend::Postgres
        : DatabaseSettings::Backend::Sqlite;
}

TestDatabase::TestDatabase(bool migrate)
    : TestDatabase(migrate, backend())
{ }

TestDatabase::TestDatabase(bool migrate, DatabaseSettings::Backend engine)
{
    if (engine == DatabaseSettings::Backend::Postgres) {
        m_settings = serverSettings();
        m_settings.databaseName = newDatabaseName();
        if (migrate)
            onServer(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                         .arg(m_settings.databaseName, migratedTemplate(m_settings)));
        else
            onServer(QStringLiteral("CREATE DATABASE %1").arg(m_settings.databaseName));
        m_path = QStringLiteral("postgresql://%1@%2:%3/%4")
                     .arg(m_settings.userName, m_settings.host)
                     .arg(m_settings.port)
                     .arg(m_settings.databaseName);
    } else {
        m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
        m_settings = DatabaseSettings::sqliteFile(m_path);
    }
    m_database = std::make_unique<Database>(m_settings);
    QString error;
    if (!m_database->open(&error))
        qFatal("cannot open test database: %s", qPrintable(error));
    if (migrate) {
        const SchemaMigrator::Result result = SchemaMigrator(*m_database).migrate();
        if (!result.ok())
            qFatal("cannot migrate test database: %s", qPrintable(result.message));
    }
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    // FORCE: a worker thread's connection of a failed test must not keep it alive.
    if (isPostgres())
        onServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_settings.databaseName));
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

int TestDatabase::searchCount(const QString &userText, qint64 assetId)
{
    const SqlDialect &dialect = m_database->dialect();
    QSqlQuery query(m_database->connection());
    QString sql =
        QStringLiteral("SELECT COUNT(*) FROM asset WHERE id IN (%1)").arg(dialect.assetSearchIdsSql());
    if (assetId > 0)
        sql += QStringLiteral(" AND id = %1").arg(assetId);
    query.prepare(sql);
    query.addBindValue(dialect.assetSearchExpression(userText));
    if (!query.exec() || !query.next()) {
        qWarning("%s", qPrintable(Sql::errorText(query)));
        return -1;
    }
    return query.value(0).toInt();
}

QList<qint64> TestDatabase::searchIds(const QString &userText)
{
    const SqlDialect &dialect = m_database->dialect();
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("SELECT id FROM asset WHERE id IN (%1) ORDER BY id").arg(dialect.assetSearchIdsSql()));
    query.addBindValue(dialect.assetSearchExpression(userText));
    QList<qint64> ids;
    if (!query.exec())
        qWarning("%s", qPrintable(Sql::errorText(query)));
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QStringList TestDatabase::schema()
{
    QSqlQuery query(m_database->connection());
    if (isPostgres()) {
        query.exec(QStringLiteral("SELECT 'column', table_name || '.' || column_name,"
                                  " data_type || ' ' || is_nullable || ' ' || COALESCE(column_default, '')"
                                  " FROM information_schema.columns WHERE table_schema = current_schema()"
                                  " UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes WHERE "
                                  "schemaname = current_schema()"
                                  " UNION ALL SELECT 'trigger', tgname, pg_get_triggerdef(t.oid) FROM "
                                  "pg_trigger t WHERE NOT tgisinternal"
                                  " UNION ALL SELECT 'function', proname, prosrc FROM pg_proc"
                                  "  WHERE pronamespace = current_schema()::regnamespace"
                                  " ORDER BY 1, 2"));
    } else {
        query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                                  "ORDER BY type, name"));
    }
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString()
                     + QLatin1Char(' ') + query.value(2).toString());
    return lines;
}

QStringList TestDatabase::tableNames()
{
    QStringList names;
    for (const QString &table : m_database->connection().tables()) {
        // FTS5 keeps the search index in tables of its own that change with every write.
        if (!table.startsWith(QLatin1String("asset_search_")) && !table.startsWith(QLatin1String("sqlite_")))
            names.append(table);
    }
    names.sort();
    return names;
}

QString TestDatabase::groupConcat(const QString &expression, const QString &separator) const
{
    const QString quoted = QLatin1Char('\'') + separator + QLatin1Char('\'');
    return isPostgres() ? QStringLiteral("string_agg(CAST(%1 AS TEXT), %2)").arg(expression, quoted)
                        : QStringLiteral("group_concat(%1, %2)").arg(expression, quoted);
}

QString TestDatabase::zeroPadded(const QString &expression, int width) const
{
    return isPostgres()
        ? QStringLiteral("lpad(CAST(%1 AS TEXT), %2, '0')").arg(expression).arg(width)
        : QStringLiteral("printf('%1', %2)")
              .arg(QStringLiteral("%0") + QString::number(width) + QLatin1Char('d'), expression);
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

qint64 TestDatabase::insertAsset(Asset asset)
{
    AssetRepository repository(database(), ChangeContext { QStringLiteral("test") });
    QString error;
    if (!repository.insert(asset, &error))
        qFatal("%s", qPrintable(error));
    return asset.id;
}
