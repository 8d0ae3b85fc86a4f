#include "storage/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("bestand-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(DatabaseSettings settings)
    : m_settings(std::move(settings))
    , m_dialect(SqlDialect::create(m_settings.backend))
    , m_connectionName(uniqueConnectionName())
{ }

Database::~Database()
{
    close();
}

bool Database::open(QString *error)
{
    if (!m_dialect) {
        if (error)
            *error = QCoreApplication::translate("Database", "This database type is not supported yet: %1")
                         .arg(m_settings.displayName());
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(m_dialect->qtDriverName())) {
        if (error)
            *error = QCoreApplication::translate("Database", "The Qt SQL driver %1 is not installed")
                         .arg(m_dialect->qtDriverName());
        return false;
    }
    m_connection = QSqlDatabase::addDatabase(m_dialect->qtDriverName(), m_connectionName);
    if (m_settings.backend == DatabaseSettings::Backend::Sqlite) {
        const QFileInfo file(m_settings.sqlitePath);
        if (m_settings.sqlitePath != QLatin1String(":memory:") && !QDir().mkpath(file.absolutePath())) {
            if (error)
                *error = QCoreApplication::translate("Database", "Cannot create the folder %1")
                             .arg(file.absolutePath());
            return false;
        }
        m_connection.setDatabaseName(m_settings.sqlitePath);
    } else {
        m_connection.setHostName(m_settings.host);
        m_connection.setPort(m_settings.port);
        m_connection.setDatabaseName(m_settings.databaseName);
        m_connection.setUserName(m_settings.userName);
        m_connection.setPassword(m_settings.password);
    }
    m_wantedPassword = false;
    if (!m_connection.open()) {
        // libpq's own words (it does not give a code for them); the window then asks.
        const QString text = m_connection.lastError().text();
        m_wantedPassword = m_settings.backend == DatabaseSettings::Backend::Postgres
            && (text.contains(QLatin1String("no password supplied"))
                || text.contains(QLatin1String("password authentication failed")));
        if (error)
            *error = QCoreApplication::translate("Database", "Cannot open %1: %2")
                         .arg(m_settings.displayName(), m_connection.lastError().text());
        close();
        return false;
    }
    if (!m_dialect->configureConnection(m_connection, error)) {
        close();
        return false;
    }
    if (m_settings.backend == DatabaseSettings::Backend::Postgres) {
        // The history names who the server let in, which the URL may not say.
        QSqlQuery query(m_connection);
        if (query.exec(QStringLiteral("SELECT current_user")) && query.next())
            m_serverUser = query.value(0).toString();
    }
    return true;
}

bool Database::isOpen() const
{
    return m_connection.isOpen();
}

void Database::close()
{
    if (!m_connection.isValid())
        return;
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::openAnother(QString *error) const
{
    auto other = std::make_unique<Database>(m_settings);
    if (!other->open(error))
        return nullptr;
    return other;
}

QString Database::userName() const
{
    if (m_settings.backend == DatabaseSettings::Backend::Postgres) {
        if (!m_serverUser.isEmpty())
            return m_serverUser;
        if (!m_settings.userName.isEmpty())
            return m_settings.userName;
    }
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}
