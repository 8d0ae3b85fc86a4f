#pragma once

#include <QSettings>

#include <optional>

#include "storage/databasesettings.h"

// The team server a user chose in the window's settings, kept between starts.
// Never the password: libpq reads it from ~/.pgpass, or the window asks at start
// and keeps it only in memory.
class SavedConnection
{
public:
    // The saved server; nullopt means the default local file.
    static std::optional<DatabaseSettings> load(QSettings &settings);
    static void save(QSettings &settings, const DatabaseSettings &server);
    // Back to the local file.
    static void clear(QSettings &settings);
};
