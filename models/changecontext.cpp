#include "changecontext.h"

#include "database.h"

ChangeContext ChangeContext::resolved(const Database &database) const
{
    if (!user.isEmpty())
        return *this;
    return { database.userName(), importBatchId };
}
