#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The kinds of master data an asset refers to. Each kind knows its table and,
// where it belongs to another row (a room to its site), its parent kind.
enum class MasterDataKind { Authority, OrgUnit, Site, Room, Person, Category };

class MasterDataKinds
{
    Q_DECLARE_TR_FUNCTIONS(MasterDataKinds)

public:
    static QList<MasterDataKind> all();
    static QString table(MasterDataKind kind);
    // The column holding the parent's id, empty for kinds without a parent.
    static QString parentColumn(MasterDataKind kind);
    static bool hasParent(MasterDataKind kind);
    static MasterDataKind parentKind(MasterDataKind kind);
    // Singular, used in messages: "Room B 212 is used by …".
    static QString displayName(MasterDataKind kind);
    // Plural, used for window titles and menus.
    static QString pluralName(MasterDataKind kind);
};
