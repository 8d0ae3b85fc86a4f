#include "history/changecontext.h"

#include "storage/database.h"

ChangeContext ChangeContext::resolved(const Database &database) const
{
    if (!user.isEmpty())
        return *this;
    ChangeContext named = *this;
    named.user = database.userName();
    return named;
}
