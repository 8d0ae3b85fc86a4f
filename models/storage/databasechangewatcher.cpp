#include "storage/databasechangewatcher.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
constexpr int defaultPollMs = 2000;
constexpr int settleMs = 250;
} // namespace

DatabaseChangeWatcher::DatabaseChangeWatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_poll.setInterval(defaultPollMs);
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_poll, &QTimer::timeout, this, &DatabaseChangeWatcher::poll);
    connect(&m_settle, &QTimer::timeout, this, &DatabaseChangeWatcher::changedElsewhere);
}

bool DatabaseChangeWatcher::start(QString *error)
{
    const QString channel = m_database.dialect().changeNotificationChannel();
    if (!channel.isEmpty()) {
        QSqlDriver *driver = m_database.connection().driver();
        if (!driver->subscribeToNotification(channel)) {
            if (error)
                *error = driver->lastError().text();
            return false;
        }
        connect(driver, &QSqlDriver::notification, this, &DatabaseChangeWatcher::onNotification,
                Qt::UniqueConnection);
        m_listening = true;
        return true;
    }
    QSqlQuery query(m_database.connection());
    if (!query.exec(m_database.dialect().changeCounterStatement()) || !query.next()) {
        if (error)
            *error = Sql::errorText(query);
        return false;
    }
    m_counter = query.value(0).toLongLong();
    m_poll.start();
    return true;
}

void DatabaseChangeWatcher::stop()
{
    m_poll.stop();
    m_settle.stop();
    if (m_listening) {
        QSqlDriver *driver = m_database.connection().driver();
        driver->unsubscribeFromNotification(m_database.dialect().changeNotificationChannel());
        disconnect(driver, &QSqlDriver::notification, this, &DatabaseChangeWatcher::onNotification);
        m_listening = false;
    }
}

void DatabaseChangeWatcher::poll()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(m_database.dialect().changeCounterStatement()) || !query.next())
        return; // a busy moment; the next poll asks again
    const qint64 counter = query.value(0).toLongLong();
    if (counter != m_counter) {
        m_counter = counter;
        m_settle.start();
    }
}

void DatabaseChangeWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                           const QVariant &payload)
{
    Q_UNUSED(payload);
    // This connection's own writes are shown by whoever made them.
    if (name != m_database.dialect().changeNotificationChannel() || source == QSqlDriver::SelfSource)
        return;
    m_settle.start();
}
