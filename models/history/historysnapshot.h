#pragma once

#include <QString>

// The JSON object a history row keeps of a whole item (on insert and delete):
// field → text, empty fields left out. Written directly instead of through
// QJsonObject because an import writes one per row and the generic path costs
// more than the row's INSERT.
class HistorySnapshot
{
public:
    void add(const QString &key, const QString &value);
    QString toJson() const;

private:
    QString m_members;
};
