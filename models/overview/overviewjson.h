#pragma once

#include <QJsonObject>

#include "overview/overviewfigures.h"

// The overview as `bestand report overview --json` prints it: stable keys in
// English and snake case, counts as numbers, dates as ISO text.
class OverviewJson
{
public:
    static QJsonObject toJson(const OverviewFigures &figures);
};
