#pragma once

#include <QString>

class Database;

// Fills an empty, migrated database with `count` realistic assets for bestand-bench:
// several authorities and units, ~1000 rooms on 20 sites, people, makes and models,
// unique serials, MACs, host names and legacy numbers. A test-data generator: it
// writes with SQL directly (one transaction, prepared statements, indexes and
// triggers of the asset table rebuilt once at the end) instead of AssetRepository.
class BenchDataGenerator
{
public:
    explicit BenchDataGenerator(Database &database);

    bool generate(qint64 count, QString *error);
    // The legacy number of asset number i (1-based) if it has one, as the bench looks it up.
    static QString legacyNumber(qint64 i);
    static bool hasLegacyNumber(qint64 i) { return i % 3 == 0; }

private:
    bool createMasterData(QString *error);

    Database &m_database;
};
