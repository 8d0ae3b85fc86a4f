#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

class Database;

// Tells an open window that another connection (a colleague's workstation, the
// command line, a background job) has committed a change, so it can show it
// without a restart. PostgreSQL: LISTEN on the channel that the tables' triggers
// notify on commit (SqlDialect::changeNotificationStatements). SQLite: PRAGMA
// data_version, polled; it moves only with other connections' commits and costs
// no disk read. Bursts (an import commits once, a colleague saves twice) come out
// as one signal.
class DatabaseChangeWatcher : public QObject
{
    Q_OBJECT

public:
    // database is the connection of the thread the watcher lives in (the GUI's).
    explicit DatabaseChangeWatcher(Database &database, QObject *parent = nullptr);

    bool start(QString *error);
    void stop();
    // How often SQLite is asked; PostgreSQL is told, not asked.
    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }

signals:
    void changedElsewhere();

private:
    void poll();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    Database &m_database;
    QTimer m_poll;
    QTimer m_settle; // joins a burst of changes into one signal
    qint64 m_counter = -1;
    bool m_listening = false;
};
