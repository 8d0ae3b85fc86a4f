#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

// Book values of the devices an authority owns, at a reporting date (Anlagen-
// buchhaltung light). Linear depreciation by month over the category's useful
// life; the month of purchase counts in full (as §7 EStG counts months). An item
// whose price is at or below the low-value threshold is written off in its month
// of purchase and listed apart, as the municipal rules keep low-value assets apart.
// A device counts from its purchase date; retired devices are not counted;
// devices without a price or purchase date are counted, without a value.
// Amounts are whole cents: accumulated depreciation = price × months ÷ life
// months, rounded half up per device; book value = price − accumulated.
class BookValueCalculator
{
    Q_DECLARE_TR_FUNCTIONS(BookValueCalculator)

public:
    struct Group
    {
        qint64 authorityId = 0;
        QString authorityCode;
        QString category;
        qint64 count = 0;
        qint64 acquisitionCents = 0;
        qint64 depreciationCents = 0;
        qint64 bookCents = 0;
    };
    struct Report
    {
        QDate date;
        qint64 lowValueThresholdCents = 0;
        QList<Group> depreciated; // by authority code and category
        QList<Group> lowValue; // written off at purchase
        qint64 withoutValue = 0; // no price or no purchase date
        qint64 bookCents = 0;
        qint64 acquisitionCents = 0;
    };

    explicit BookValueCalculator(Database &database);
    std::optional<Report> run(const QDate &date, qint64 authorityId, QString *error);

    // Months depreciated at `date` for a device bought on `purchased`: its month
    // counts in full; at most the useful life.
    static int monthsDepreciated(const QDate &purchased, const QDate &date, int lifeMonths);
    static qint64 accumulatedDepreciation(qint64 priceCents, const QDate &purchased, const QDate &date,
                                          int lifeMonths);

private:
    Database &m_database;
};
