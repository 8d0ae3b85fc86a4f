#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

#include "history/changecontext.h"

class Database;

// Removes a person's name (DSGVO) and keeps everything that refers to them: the
// person row gets "anonymised #ID", and so does every handover and return record
// in place of the name. The history never holds a person's name (it names people
// by id, which now shows the anonymised name), so its rows stay as they are; one
// more history row says who anonymised the person when. All in one transaction.
class PersonAnonymiser
{
    Q_DECLARE_TR_FUNCTIONS(PersonAnonymiser)

public:
    struct Result
    {
        qint64 handoverRecords = 0; // records whose name was replaced
    };

    PersonAnonymiser(Database &database, const ChangeContext &context);

    std::optional<Result> anonymise(qint64 personId, QString *error);

private:
    Database &m_database;
    ChangeContext m_context;
};
