#pragma once

#include <QDate>
#include <QObject>
#include <QString>

#include "overview/overviewfigures.h"

class Database;

// Reads the overview on a connection of its own in a worker thread, so the window
// stays responsive while a million assets are grouped. Move it to a QThread and
// invoke run(); the figures arrive as a queued signal.
class OverviewJob : public QObject
{
    Q_OBJECT

public:
    // database is only asked for a second connection, from the worker thread.
    OverviewJob(const Database &database, const QDate &date);

public slots:
    void run();

signals:
    void finished(const OverviewFigures &figures, const QString &error);

private:
    const Database &m_database;
    QDate m_date;
};

Q_DECLARE_METATYPE(OverviewFigures)
