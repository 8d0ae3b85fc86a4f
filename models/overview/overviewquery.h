#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

#include "overview/overviewfigures.h"

class Database;

// Reads the overview's figures. The devices come from one grouped scan of the
// asset table (owner, category, status and age band at once), every other chart is
// derived from that result in memory; licences, audits and imports add a few
// small queries. Runs on whatever connection it is given: the GUI hands it a
// worker's (OverviewJob), the command line its own.
class OverviewQuery
{
    Q_DECLARE_TR_FUNCTIONS(OverviewQuery)

public:
    explicit OverviewQuery(Database &database);

    std::optional<OverviewFigures> run(const QDate &date, QString *error);

    // "under 1 year", "3–5 years" …, for charts and the report.
    static QString ageBandName(OverviewFigures::AgeBand band);
    // The purchase dates (inclusive) that make a device this old on date.
    static void ageBandDates(OverviewFigures::AgeBand band, const QDate &date, QDate *from, QDate *to);

private:
    bool readDevices(OverviewFigures *figures, QString *error);
    bool readLicences(OverviewFigures *figures, QString *error);
    bool readAudits(OverviewFigures *figures, QString *error);
    bool readImports(OverviewFigures *figures, QString *error);

    Database &m_database;
};
