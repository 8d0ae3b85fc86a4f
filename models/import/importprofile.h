#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

#include "import/valueparser.h"

// One column of a legacy list and the field it becomes.
struct ProfileColumn
{
    QString header; // as written in the file; matched tolerant of case, spaces, punctuation
    QStringList aliases; // other spellings of the same header
    QString field; // target field name, e.g. "serial_no", "purchase_date"
    ValueType type = ValueType::Text;
    QString map; // name of a value map that translates the text (e.g. "status")
    int padWidth = 0; // inventory numbers: restore leading zeros up to this width
    QString splitAt; // e.g. ",": the text before the first one stays, the rest goes to restField
    QString restField;
    bool list = false; // a comma-separated list; each item is mapped on its own
    bool required = false;
};

// Describes a legacy list as data: which column becomes which field, how values
// are translated, who owns the items. Built-in profiles are JSON files compiled
// in (":/profiles/<name>.json"); users load their own from a file. The format is
// documented in docs/import-profiles.md.
class ImportProfile
{
    Q_DECLARE_TR_FUNCTIONS(ImportProfile)

public:
    enum class Kind { Assets, Licences };

    QString name;
    QString title;
    Kind kind = Kind::Assets;
    QString legacySource; // legacy_identifier.source for the legacy numbers of this list
    QString encoding; // "auto" (empty) or an encoding name; the user can still override
    QString separator; // "auto" (empty) or one character
    QList<ProfileColumn> columns;
    QHash<QString, QHash<QString, QString>> maps; // map name -> (normalised text -> value)
    QHash<QString, QString> fixedValues; // field -> value for every row (e.g. owner)
    QHash<QString, QString> defaults; // field -> value when the row leaves it empty
    QString inventoryNumberTemplate; // e.g. "{legacy_no}" or "LUP-{legacy_no}"
    QStringList placeholders = ValueParser::defaultPlaceholders();
    QList<QRegularExpression> skipLinePatterns; // a line whose first non-empty cell matches is no data

    static QStringList builtInNames();
    // A built-in name ("sis") or the path of a JSON file.
    static std::optional<ImportProfile> load(const QString &nameOrPath, QString *error);
    static std::optional<ImportProfile> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;
    bool save(const QString &filePath, QString *error) const;

    static QString kindName(Kind kind);

    // A copy whose columns are the file's columns as mapped by hand: fields[i] is the
    // field of header[i], empty when that column is ignored. A column keeps what this
    // profile says about its field (type, value map, padding, split, required), so a
    // built-in profile can be adjusted; a field it did not name gets its usual type.
    ImportProfile withColumnMapping(const QStringList &header, const QStringList &fields) const;
    // Why rows could not be imported with these columns (a field chosen twice, no
    // inventory number), empty when they can.
    QString mappingProblem() const;

    // "Inv.-Nr." and "inv nr" both become "invnr".
    static QString normaliseHeader(const QString &header);
    // Looks text up in a value map (case and surrounding spaces ignored).
    std::optional<QString> mapValue(const QString &mapName, const QString &text) const;
    // The column that fills field, or nullptr.
    const ProfileColumn *columnForField(const QString &field) const;

    // Fields a profile may name, with the type a column of that field usually has.
    struct FieldInfo
    {
        QString name;
        ValueType type;
        QString displayName;
    };
    static QList<FieldInfo> assetFields();
    static QList<FieldInfo> licenceFields();
    static QList<FieldInfo> fields(Kind kind);

private:
    static QString mapKey(const QString &text);
};
