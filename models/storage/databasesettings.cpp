#include "storage/databasesettings.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

DatabaseSettings DatabaseSettings::sqliteFile(const QString &path)
{
    DatabaseSettings settings;
    settings.backend = Backend::Sqlite;
    settings.sqlitePath = path;
    return settings;
}

DatabaseSettings DatabaseSettings::fromArgument(const QString &argument)
{
    if (argument.startsWith(QLatin1String("postgresql://"))
        || argument.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(argument);
        DatabaseSettings settings;
        settings.backend = Backend::Postgres;
        settings.host = url.host();
        settings.port = url.port(5432);
        settings.databaseName = url.path().mid(1);
        settings.userName = url.userName();
        settings.password = url.password();
        return settings;
    }
    return sqliteFile(argument);
}

QString DatabaseSettings::defaultSqlitePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("bestand.sqlite"));
}

QString DatabaseSettings::displayName() const
{
    if (backend == Backend::Sqlite)
        return QDir::toNativeSeparators(sqlitePath);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(userName, host).arg(port).arg(databaseName);
}
