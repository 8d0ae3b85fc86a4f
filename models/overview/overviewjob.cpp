#include "overview/overviewjob.h"

#include "overview/overviewquery.h"
#include "storage/database.h"

OverviewJob::OverviewJob(const Database &database, const QDate &date)
    : m_database(database)
    , m_date(date)
{
    qRegisterMetaType<OverviewFigures>();
}

void OverviewJob::run()
{
    QString error;
    const std::unique_ptr<Database> database = m_database.openAnother(&error);
    std::optional<OverviewFigures> figures;
    if (database)
        figures = OverviewQuery(*database).run(m_date, &error);
    emit finished(figures.value_or(OverviewFigures()), figures ? QString() : error);
}
