#include "storage/savedconnection.h"

namespace {
const QString group = QStringLiteral("connection");
} // namespace

std::optional<DatabaseSettings> SavedConnection::load(QSettings &settings)
{
    settings.beginGroup(group);
    std::optional<DatabaseSettings> server;
    if (settings.value(QStringLiteral("backend")).toString() == QLatin1String("postgresql")) {
        DatabaseSettings saved;
        saved.backend = DatabaseSettings::Backend::Postgres;
        saved.host = settings.value(QStringLiteral("host")).toString();
        saved.port = settings.value(QStringLiteral("port"), 5432).toInt();
        saved.databaseName = settings.value(QStringLiteral("database")).toString();
        saved.userName = settings.value(QStringLiteral("user")).toString();
        if (!saved.host.isEmpty() && !saved.databaseName.isEmpty())
            server = saved;
    }
    settings.endGroup();
    return server;
}

void SavedConnection::save(QSettings &settings, const DatabaseSettings &server)
{
    settings.remove(group);
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("backend"), QStringLiteral("postgresql"));
    settings.setValue(QStringLiteral("host"), server.host);
    settings.setValue(QStringLiteral("port"), server.port);
    settings.setValue(QStringLiteral("database"), server.databaseName);
    settings.setValue(QStringLiteral("user"), server.userName);
    settings.endGroup();
}

void SavedConnection::clear(QSettings &settings)
{
    settings.remove(group);
}
