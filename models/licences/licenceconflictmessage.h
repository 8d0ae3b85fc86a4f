#pragma once

#include <QCoreApplication>
#include <QString>

#include "licences/licence.h"

class Database;

// The message that refuses a licence save because someone else saved it after the
// user read it: who changed which field from what to what since then.
class LicenceConflictMessage
{
    Q_DECLARE_TR_FUNCTIONS(LicenceConflictMessage)

public:
    // opened is the licence as the user read it (its updatedAt marks what they saw).
    static QString describe(Database &database, const Licence &opened, const QString &product);
};
