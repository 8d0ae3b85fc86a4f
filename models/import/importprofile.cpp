#include "import/importprofile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
const QString formatTag = QStringLiteral("bestand-import-profile");

QString resourcePath(const QString &name)
{
    return QStringLiteral(":/profiles/%1.json").arg(name);
}

// The built-in profiles' titles as their JSON files spell them, for lupdate: the
// wizard lists them in the user's language.
[[maybe_unused]] const char *const builtInTitles[] = {
    QT_TRANSLATE_NOOP("ImportProfile", "SIS asset list (city of Schwerin)"),
    QT_TRANSLATE_NOOP("ImportProfile", "District inventory (Landkreis Ludwigslust-Parchim, Excel list)"),
    QT_TRANSLATE_NOOP("ImportProfile", "SIS licence list"),
};

QJsonObject stringHash(const QHash<QString, QString> &hash)
{
    QJsonObject object;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
} // namespace

QStringList ImportProfile::builtInNames()
{
    return { QStringLiteral("sis"), QStringLiteral("landkreis"), QStringLiteral("sis-lizenzen") };
}

QString ImportProfile::kindName(Kind kind)
{
    return kind == Kind::Licences ? QStringLiteral("licences") : QStringLiteral("assets");
}

ImportProfile ImportProfile::withColumnMapping(const QStringList &header, const QStringList &fields) const
{
    ImportProfile result = *this;
    result.columns.clear();
    for (qsizetype i = 0; i < header.size() && i < fields.size(); ++i) {
        const QString &field = fields.at(i);
        if (field.isEmpty())
            continue;
        ProfileColumn column;
        if (const ProfileColumn *known = columnForField(field)) {
            column = *known;
            // The profile's other spellings belong to the column it expected; this
            // file's column was picked by hand and is named by its own header.
            column.aliases.clear();
        } else {
            for (const FieldInfo &info : ImportProfile::fields(kind)) {
                if (info.name == field)
                    column.type = info.type;
            }
        }
        column.header = header.at(i);
        column.field = field;
        // A column chosen for the rest field by hand wins over splitting this one.
        if (!column.restField.isEmpty() && fields.contains(column.restField)) {
            column.splitAt.clear();
            column.restField.clear();
        }
        result.columns.append(column);
    }
    return result;
}

QString ImportProfile::mappingProblem() const
{
    const auto displayName = [this](const QString &field) {
        for (const FieldInfo &info : fields(kind)) {
            if (info.name == field)
                return info.displayName;
        }
        return field;
    };
    QStringList filled;
    for (const ProfileColumn &column : columns) {
        for (const QString &field : { column.field, column.restField }) {
            if (field.isEmpty())
                continue;
            if (filled.contains(field))
                return tr("More than one column is mapped to the field \"%1\".").arg(displayName(field));
            filled.append(field);
        }
    }
    // Every asset and every licence has an owner: from a column, or the same for every row.
    const QString owner = QStringLiteral("owner");
    if (!filled.contains(owner) && fixedValues.value(owner).isEmpty() && defaults.value(owner).isEmpty())
        return tr("Choose the owning authority or map a column to the field \"%1\".").arg(displayName(owner));
    if (kind == Kind::Licences) {
        for (const QString &field :
             { QStringLiteral("product"), QStringLiteral("licence_type"), QStringLiteral("quantity") }) {
            if (!filled.contains(field) && fixedValues.value(field).isEmpty()
                && defaults.value(field).isEmpty())
                return tr("Map a column to the field \"%1\".").arg(displayName(field));
        }
        return {};
    }
    if (filled.contains(QStringLiteral("inventory_no")))
        return {};
    if (inventoryNumberTemplate.isEmpty())
        return tr("Map a column to the field \"%1\".").arg(displayName(QStringLiteral("inventory_no")));
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    for (auto it = placeholder.globalMatch(inventoryNumberTemplate); it.hasNext();) {
        const QString field = it.next().captured(1);
        if (!filled.contains(field) && !fixedValues.contains(field) && !defaults.contains(field))
            return tr("Map a column to the field \"%1\" or to \"%2\": the new inventory numbers are made "
                      "from it (%3).")
                .arg(displayName(QStringLiteral("inventory_no")), displayName(field),
                     inventoryNumberTemplate);
    }
    return {};
}

QString ImportProfile::normaliseHeader(const QString &header)
{
    QString result;
    result.reserve(header.size());
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

QString ImportProfile::mapKey(const QString &text)
{
    return text.simplified().toLower();
}

std::optional<QString> ImportProfile::mapValue(const QString &mapName, const QString &text) const
{
    const auto map = maps.constFind(mapName);
    if (map == maps.cend())
        return std::nullopt;
    const auto value = map->constFind(mapKey(text));
    if (value == map->cend())
        return std::nullopt;
    return *value;
}

const ProfileColumn *ImportProfile::columnForField(const QString &field) const
{
    for (const ProfileColumn &column : columns) {
        if (column.field == field)
            return &column;
    }
    return nullptr;
}

QList<ImportProfile::FieldInfo> ImportProfile::assetFields()
{
    return {
        { QStringLiteral("inventory_no"), ValueType::InventoryNumber, tr("Inventory number") },
        { QStringLiteral("legacy_no"), ValueType::InventoryNumber, tr("Legacy inventory number") },
        { QStringLiteral("category"), ValueType::Text, tr("Category") },
        { QStringLiteral("manufacturer"), ValueType::Text, tr("Manufacturer") },
        { QStringLiteral("model"), ValueType::Text, tr("Model") },
        { QStringLiteral("serial_no"), ValueType::Serial, tr("Serial number") },
        { QStringLiteral("status"), ValueType::Text, tr("Status") },
        { QStringLiteral("owner"), ValueType::Text, tr("Owner authority") },
        { QStringLiteral("using"), ValueType::Text, tr("Using authority") },
        { QStringLiteral("unit"), ValueType::Text, tr("Organisational unit") },
        { QStringLiteral("site"), ValueType::Text, tr("Site") },
        { QStringLiteral("site_address"), ValueType::Text, tr("Site address") },
        { QStringLiteral("room"), ValueType::Text, tr("Room") },
        { QStringLiteral("person"), ValueType::Text, tr("Person") },
        { QStringLiteral("purchase_date"), ValueType::Date, tr("Purchase date") },
        { QStringLiteral("purchase_price"), ValueType::Money, tr("Purchase price") },
        { QStringLiteral("warranty_end"), ValueType::Date, tr("Warranty until") },
        { QStringLiteral("cost_centre"), ValueType::Text, tr("Cost centre") },
        { QStringLiteral("hostname"), ValueType::Hostname, tr("Host name") },
        { QStringLiteral("mac"), ValueType::Mac, tr("MAC address") },
        { QStringLiteral("ip"), ValueType::Ip, tr("IP address") },
        { QStringLiteral("notes"), ValueType::Text, tr("Notes") },
        { QStringLiteral("last_audited"), ValueType::Date, tr("Last audited") },
    };
}

QList<ImportProfile::FieldInfo> ImportProfile::licenceFields()
{
    // What LicenceImporter reads; types as in the built-in sis-lizenzen profile.
    return {
        { QStringLiteral("product"), ValueType::Text, tr("Product") },
        { QStringLiteral("vendor"), ValueType::Text, tr("Vendor") },
        { QStringLiteral("edition"), ValueType::Text, tr("Edition") },
        { QStringLiteral("licence_type"), ValueType::Text, tr("Licence type") },
        { QStringLiteral("metric"), ValueType::Text, tr("Licensed per") },
        { QStringLiteral("quantity"), ValueType::Integer, tr("Number of licences") },
        { QStringLiteral("licence_key"), ValueType::Text, tr("Licence key") },
        { QStringLiteral("contract_no"), ValueType::Text, tr("Contract number") },
        { QStringLiteral("valid_from"), ValueType::Date, tr("Valid from") },
        { QStringLiteral("valid_until"), ValueType::Date, tr("Valid until") },
        { QStringLiteral("price_per_seat"), ValueType::Money, tr("Price per licence") },
        { QStringLiteral("maintenance_end"), ValueType::Date, tr("Maintenance until") },
        { QStringLiteral("owner"), ValueType::Text, tr("Owner authority") },
        { QStringLiteral("using"), ValueType::Text, tr("Using authorities") },
        { QStringLiteral("notes"), ValueType::Text, tr("Notes") },
    };
}

QList<ImportProfile::FieldInfo> ImportProfile::fields(Kind kind)
{
    return kind == Kind::Licences ? licenceFields() : assetFields();
}

std::optional<ImportProfile> ImportProfile::load(const QString &nameOrPath, QString *error)
{
    QString path = nameOrPath;
    const bool builtIn = builtInNames().contains(nameOrPath);
    if (builtIn)
        path = resourcePath(nameOrPath);
    else if (!QFileInfo::exists(nameOrPath)) {
        if (error)
            *error = tr("There is no import profile %1 (built in: %2) and no such file.")
                         .arg(nameOrPath, builtInNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the import profile %1: %2").arg(nameOrPath, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    std::optional<ImportProfile> profile = fromJson(file.readAll(), &parseError);
    if (!profile && error)
        *error = tr("Import profile %1: %2").arg(nameOrPath, parseError);
    if (profile && builtIn)
        profile->title = tr(profile->title.toUtf8().constData());
    return profile;
}

std::optional<ImportProfile> ImportProfile::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<ImportProfile>();
    };
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &jsonError);
    if (document.isNull())
        return fail(tr("not valid JSON: %1 at offset %2").arg(jsonError.errorString()).arg(jsonError.offset));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatTag)
        return fail(tr("\"format\" must be \"%1\"").arg(formatTag));
    if (root.value(QStringLiteral("version")).toInt(1) != 1)
        return fail(
            tr("profile version %1 is not supported").arg(root.value(QStringLiteral("version")).toInt()));

    ImportProfile profile;
    profile.name = root.value(QStringLiteral("name")).toString();
    if (profile.name.isEmpty())
        return fail(tr("\"name\" is missing"));
    profile.title = root.value(QStringLiteral("title")).toString(profile.name);
    const QString kind = root.value(QStringLiteral("kind")).toString(QStringLiteral("assets"));
    if (kind == QLatin1String("assets"))
        profile.kind = Kind::Assets;
    else if (kind == QLatin1String("licences"))
        profile.kind = Kind::Licences;
    else
        return fail(tr("\"kind\" must be \"assets\" or \"licences\", not \"%1\"").arg(kind));
    profile.legacySource = root.value(QStringLiteral("legacySource")).toString();
    profile.encoding = root.value(QStringLiteral("encoding")).toString();
    if (profile.encoding == QLatin1String("auto"))
        profile.encoding.clear();
    profile.separator = root.value(QStringLiteral("separator")).toString();
    if (profile.separator == QLatin1String("auto"))
        profile.separator.clear();
    if (profile.separator == QLatin1String("\\t"))
        profile.separator = QStringLiteral("\t");
    if (profile.separator.size() > 1)
        return fail(tr("\"separator\" must be one character or \"auto\""));
    profile.inventoryNumberTemplate = root.value(QStringLiteral("inventoryNumber")).toString();

    QStringList assetFieldNames;
    for (const FieldInfo &info : assetFields())
        assetFieldNames.append(info.name);

    const QJsonArray columns = root.value(QStringLiteral("columns")).toArray();
    if (columns.isEmpty())
        return fail(tr("\"columns\" is missing or empty"));
    for (const QJsonValue &value : columns) {
        const QJsonObject object = value.toObject();
        ProfileColumn column;
        column.header = object.value(QStringLiteral("header")).toString();
        column.field = object.value(QStringLiteral("field")).toString();
        if (column.header.isEmpty() || column.field.isEmpty())
            return fail(tr("every column needs \"header\" and \"field\""));
        for (const QJsonValue &alias : object.value(QStringLiteral("aliases")).toArray())
            column.aliases.append(alias.toString());
        const QString typeName = object.value(QStringLiteral("type")).toString();
        if (!typeName.isEmpty()) {
            const std::optional<ValueType> type = ValueParser::typeFromName(typeName);
            if (!type)
                return fail(tr("column %1: unknown type \"%2\"").arg(column.header, typeName));
            column.type = *type;
        } else if (profile.kind == Kind::Assets) {
            for (const FieldInfo &info : assetFields()) {
                if (info.name == column.field)
                    column.type = info.type;
            }
        }
        column.map = object.value(QStringLiteral("map")).toString();
        column.padWidth = object.value(QStringLiteral("padWidth")).toInt();
        column.splitAt = object.value(QStringLiteral("splitAt")).toString();
        column.restField = object.value(QStringLiteral("restField")).toString();
        column.list = object.value(QStringLiteral("list")).toBool();
        column.required = object.value(QStringLiteral("required")).toBool();
        if (profile.kind == Kind::Assets) {
            for (const QString &field : { column.field, column.restField }) {
                if (!field.isEmpty() && !assetFieldNames.contains(field))
                    return fail(tr("column %1: unknown field \"%2\"").arg(column.header, field));
            }
        }
        profile.columns.append(column);
    }

    const QJsonObject maps = root.value(QStringLiteral("maps")).toObject();
    for (auto it = maps.constBegin(); it != maps.constEnd(); ++it) {
        QHash<QString, QString> &map = profile.maps[it.key()];
        const QJsonObject entries = it.value().toObject();
        for (auto entry = entries.constBegin(); entry != entries.constEnd(); ++entry)
            map.insert(mapKey(entry.key()), entry.value().toString());
    }
    for (const ProfileColumn &column : std::as_const(profile.columns)) {
        if (!column.map.isEmpty() && !profile.maps.contains(column.map))
            return fail(
                tr("column %1 uses the map \"%2\", which is not defined").arg(column.header, column.map));
    }
    const QJsonObject fixed = root.value(QStringLiteral("fixed")).toObject();
    for (auto it = fixed.constBegin(); it != fixed.constEnd(); ++it)
        profile.fixedValues.insert(it.key(), it.value().toString());
    const QJsonObject defaults = root.value(QStringLiteral("defaults")).toObject();
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it)
        profile.defaults.insert(it.key(), it.value().toString());
    if (root.contains(QStringLiteral("placeholders"))) {
        profile.placeholders.clear();
        for (const QJsonValue &placeholder : root.value(QStringLiteral("placeholders")).toArray())
            profile.placeholders.append(placeholder.toString());
    }
    for (const QJsonValue &pattern : root.value(QStringLiteral("skipLines")).toArray()) {
        QRegularExpression expression(pattern.toString(), QRegularExpression::CaseInsensitiveOption);
        if (!expression.isValid())
            return fail(tr("\"skipLines\": %1 is not a valid pattern: %2")
                            .arg(pattern.toString(), expression.errorString()));
        profile.skipLinePatterns.append(expression);
    }
    if (profile.kind == Kind::Assets && profile.inventoryNumberTemplate.isEmpty()
        && !profile.columnForField(QStringLiteral("inventory_no")))
        return fail(
            tr("an asset profile needs an \"inventory_no\" column or an \"inventoryNumber\" template"));
    return profile;
}

QByteArray ImportProfile::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatTag);
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("name"), name);
    root.insert(QStringLiteral("title"), title);
    root.insert(QStringLiteral("kind"), kindName(kind));
    if (!legacySource.isEmpty())
        root.insert(QStringLiteral("legacySource"), legacySource);
    root.insert(QStringLiteral("encoding"), encoding.isEmpty() ? QStringLiteral("auto") : encoding);
    root.insert(QStringLiteral("separator"), separator.isEmpty() ? QStringLiteral("auto") : separator);
    if (!inventoryNumberTemplate.isEmpty())
        root.insert(QStringLiteral("inventoryNumber"), inventoryNumberTemplate);
    QJsonArray columnArray;
    for (const ProfileColumn &column : columns) {
        QJsonObject object;
        object.insert(QStringLiteral("header"), column.header);
        if (!column.aliases.isEmpty())
            object.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(column.aliases));
        object.insert(QStringLiteral("field"), column.field);
        object.insert(QStringLiteral("type"), ValueParser::typeName(column.type));
        if (!column.map.isEmpty())
            object.insert(QStringLiteral("map"), column.map);
        if (column.padWidth > 0)
            object.insert(QStringLiteral("padWidth"), column.padWidth);
        if (!column.splitAt.isEmpty()) {
            object.insert(QStringLiteral("splitAt"), column.splitAt);
            object.insert(QStringLiteral("restField"), column.restField);
        }
        if (column.list)
            object.insert(QStringLiteral("list"), true);
        if (column.required)
            object.insert(QStringLiteral("required"), true);
        columnArray.append(object);
    }
    root.insert(QStringLiteral("columns"), columnArray);
    QJsonObject mapObject;
    for (auto it = maps.cbegin(); it != maps.cend(); ++it)
        mapObject.insert(it.key(), stringHash(it.value()));
    root.insert(QStringLiteral("maps"), mapObject);
    root.insert(QStringLiteral("fixed"), stringHash(fixedValues));
    root.insert(QStringLiteral("defaults"), stringHash(defaults));
    root.insert(QStringLiteral("placeholders"), QJsonArray::fromStringList(placeholders));
    QJsonArray skip;
    for (const QRegularExpression &pattern : skipLinePatterns)
        skip.append(pattern.pattern());
    root.insert(QStringLiteral("skipLines"), skip);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ImportProfile::save(const QString &filePath, QString *error) const
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write the import profile %1: %2").arg(filePath, file.errorString());
        return false;
    }
    return true;
}
