#pragma once

#include <QComboBox>

#include <optional>

#include "masterdata/masterdatakind.h"

class MasterDataRepository;

// A combo box listing one kind of master data by name, with an empty first
// entry ("any" in filters, "none" in forms). Typing searches within the names,
// so long lists (people, rooms) stay quick to use by keyboard.
class ReferenceComboBox : public QComboBox
{
    Q_OBJECT

public:
    ReferenceComboBox(MasterDataRepository &repository, MasterDataKind kind, const QString &emptyText,
                      QWidget *parent = nullptr);

    // Reloads the entries; with a parent only those under it (rooms of a site).
    void reload(std::optional<qint64> parentId = std::nullopt);
    qint64 currentId() const;
    void setCurrentId(qint64 id);

signals:
    void currentIdChanged(qint64 id);

private:
    MasterDataRepository &m_repository;
    MasterDataKind m_kind;
    QString m_emptyText;
};
