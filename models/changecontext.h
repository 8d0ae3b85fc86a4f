#pragma once

#include <QString>

// Who makes a change and, for imports, which batch it belongs to. Written into
// every history row.
struct ChangeContext
{
    QString user;
    qint64 importBatchId = 0;
};
