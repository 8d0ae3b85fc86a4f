#include "assets/asseteditdialog.h"

#include "assets/assetcompletionmodel.h"
#include "assets/assetrepository.h"
#include "assets/assetvalidator.h"
#include "common/referencecombobox.h"
#include "masterdata/masterdatarepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const char *const invalidStyle = "border: 2px solid #c62828;";

// Fields typed as text and parsed by the validator.
bool isTypedText(AssetField field)
{
    switch (field) {
    case AssetField::PurchaseDate:
    case AssetField::WarrantyEnd:
    case AssetField::LastAudited:
    case AssetField::PurchasePrice:
    case AssetField::Mac:
    case AssetField::Ip:
        return true;
    default:
        return false;
    }
}
} // namespace

AssetEditDialog::AssetEditDialog(Database &database, MasterDataRepository &masterData,
                                 AssetRepository &repository, Mode mode, const Asset &asset, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_masterData(masterData)
    , m_repository(repository)
    , m_mode(mode)
    , m_asset(asset)
{
    setObjectName(QStringLiteral("assetEditDialog"));
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("New asset"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit asset %1").arg(asset.inventoryNo));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate of %1").arg(asset.inventoryNo));
        break;
    }
    buildForm();
    load(asset);
}

AssetEditDialog::~AssetEditDialog() = default;

void AssetEditDialog::addField(QGridLayout *grid, int row, int column, AssetField field, QWidget *widget)
{
    auto *label = new QLabel(AssetFields::displayName(field) + QLatin1Char(':'), this);
    label->setBuddy(widget);
    auto *message = new QLabel(this);
    message->setObjectName(QStringLiteral("message_") + AssetFields::column(field));
    message->setStyleSheet(QStringLiteral("color: #c62828;"));
    message->setWordWrap(true);
    message->hide();
    widget->setObjectName(AssetFields::column(field));
    widget->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    auto *cell = new QVBoxLayout;
    cell->setSpacing(1);
    cell->addWidget(widget);
    cell->addWidget(message);
    grid->addWidget(label, row, column * 2, Qt::AlignTop | Qt::AlignRight);
    grid->addLayout(cell, row, column * 2 + 1, Qt::AlignTop);
    m_widgets.insert(field, widget);
    m_messageLabels.insert(field, message);
}

void AssetEditDialog::buildForm()
{
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(10);

    const auto completingEdit = [this](AssetCompletionModel::Source source) {
        auto *edit = new QLineEdit(this);
        auto *model = new AssetCompletionModel(m_database, source, edit);
        connect(edit, &QLineEdit::textEdited, model,
                [model](const QString &text) { model->setPrefix(text); });
        auto *completer = new QCompleter(model, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        edit->setCompleter(completer);
        return edit;
    };
    const auto dateEdit = [this] {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(tr("dd.mm.yyyy"));
        return edit;
    };

    m_status = new QComboBox(this);
    for (AssetStatus status : AssetStatusText::all())
        m_status->addItem(AssetStatusText::displayName(status), AssetStatusText::code(status));
    m_site = new ReferenceComboBox(m_masterData, MasterDataKind::Site, tr("none"), this);
    m_room = new ReferenceComboBox(m_masterData, MasterDataKind::Room, tr("none"), this);
    connect(m_site, &ReferenceComboBox::currentIdChanged, this, [this](qint64 siteId) {
        m_room->reload(siteId > 0 ? std::optional<qint64>(siteId) : std::nullopt);
    });
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(60);

    int row = 0;
    addField(grid, row, 0, AssetField::InventoryNo, new QLineEdit(this));
    addField(grid, row++, 1, AssetField::Status, m_status);
    addField(grid, row, 0, AssetField::Category,
             new ReferenceComboBox(m_masterData, MasterDataKind::Category, tr("choose"), this));
    addField(grid, row++, 1, AssetField::SerialNo, new QLineEdit(this));
    addField(grid, row, 0, AssetField::Manufacturer,
             completingEdit(AssetCompletionModel::Source::Manufacturer));
    addField(grid, row++, 1, AssetField::Model, completingEdit(AssetCompletionModel::Source::Model));
    addField(grid, row, 0, AssetField::OwnerAuthority,
             new ReferenceComboBox(m_masterData, MasterDataKind::Authority, tr("choose"), this));
    addField(grid, row++, 1, AssetField::UsingAuthority,
             new ReferenceComboBox(m_masterData, MasterDataKind::Authority, tr("same as owner"), this));
    addField(grid, row, 0, AssetField::Unit,
             new ReferenceComboBox(m_masterData, MasterDataKind::OrgUnit, tr("none"), this));
    addField(grid, row++, 1, AssetField::Person,
             new ReferenceComboBox(m_masterData, MasterDataKind::Person, tr("none"), this));
    addField(grid, row, 0, AssetField::Site, m_site);
    addField(grid, row++, 1, AssetField::Room, m_room);
    addField(grid, row, 0, AssetField::Hostname, new QLineEdit(this));
    addField(grid, row++, 1, AssetField::Mac, new QLineEdit(this));
    addField(grid, row, 0, AssetField::Ip, new QLineEdit(this));
    addField(grid, row++, 1, AssetField::CostCentre,
             completingEdit(AssetCompletionModel::Source::CostCentre));
    addField(grid, row, 0, AssetField::PurchaseDate, dateEdit());
    addField(grid, row++, 1, AssetField::PurchasePrice, new QLineEdit(this));
    addField(grid, row, 0, AssetField::WarrantyEnd, dateEdit());
    addField(grid, row++, 1, AssetField::LastAudited, dateEdit());
    auto *notesLabel = new QLabel(AssetFields::displayName(AssetField::Notes) + QLatin1Char(':'), this);
    notesLabel->setBuddy(m_notes);
    m_notes->setObjectName(AssetFields::column(AssetField::Notes));
    m_widgets.insert(AssetField::Notes, m_notes);
    grid->addWidget(notesLabel, row, 0, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(m_notes, row, 1, 1, 3);

    lineEdit(AssetField::Mac)->setPlaceholderText(QStringLiteral("00:1A:2B:3C:4D:5E"));
    lineEdit(AssetField::PurchasePrice)->setPlaceholderText(tr("euros, e.g. 1.299,00"));

    m_generalMessage = new QLabel(this);
    m_generalMessage->setObjectName(QStringLiteral("generalMessage"));
    m_generalMessage->setWordWrap(true);
    m_generalMessage->setStyleSheet(QStringLiteral(
        "QLabel { color: #c62828; background: #fdecea; padding: 6px; border: 1px solid #c62828; }"));
    m_generalMessage->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssetEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssetEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    // Messages appear under the fields: the dialog grows instead of clipping them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(m_generalMessage);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

QLineEdit *AssetEditDialog::lineEdit(AssetField field) const
{
    return qobject_cast<QLineEdit *>(m_widgets.value(field));
}

void AssetEditDialog::load(const Asset &asset)
{
    for (AssetField field : AssetFields::all()) {
        QWidget *widget = m_widgets.value(field);
        if (auto *box = qobject_cast<ReferenceComboBox *>(widget)) {
            box->setCurrentId(AssetFields::value(asset, field).toLongLong());
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            edit->setText(AssetValidator::typedText(asset, field));
        }
    }
    // The room list depends on the site: set it after the site has filtered it.
    m_room->setCurrentId(asset.roomId);
    m_status->setCurrentIndex(qMax(0, m_status->findData(AssetStatusText::code(asset.status))));
    m_notes->setPlainText(asset.notes);
    showMessages({});
}

Asset AssetEditDialog::collect(QHash<AssetField, QString> *typedTexts) const
{
    Asset asset = m_asset;
    for (AssetField field : AssetFields::all()) {
        QWidget *widget = m_widgets.value(field);
        if (auto *box = qobject_cast<ReferenceComboBox *>(widget)) {
            AssetFields::setValue(asset, field, box->currentId());
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            if (isTypedText(field))
                typedTexts->insert(field, edit->text());
            else
                AssetFields::setValue(asset, field, edit->text());
        }
    }
    asset.status = AssetStatusText::fromCode(m_status->currentData().toString()).value_or(AssetStatus::InUse);
    asset.notes = m_notes->toPlainText();
    return asset;
}

void AssetEditDialog::showMessages(const QHash<AssetField, QString> &messages)
{
    QWidget *firstInvalid = nullptr;
    for (AssetField field : AssetFields::all()) {
        QLabel *label = m_messageLabels.value(field);
        QWidget *widget = m_widgets.value(field);
        if (!label || !widget)
            continue;
        const QString message = messages.value(field);
        label->setText(message);
        // A wrapped label does not tell the grid its height: give it what it needs at the field's width.
        label->setMinimumHeight(message.isEmpty() ? 0 : label->heightForWidth(qMax(widget->width(), 200)));
        label->setVisible(!message.isEmpty());
        widget->setStyleSheet(message.isEmpty() ? QString() : QString::fromLatin1(invalidStyle));
        if (!message.isEmpty() && !firstInvalid)
            firstInvalid = widget;
    }
    if (firstInvalid)
        firstInvalid->setFocus();
}

void AssetEditDialog::setGeneralMessage(const QString &message)
{
    m_generalMessage->setText(message);
    m_generalMessage->setVisible(!message.isEmpty());
}

QString AssetEditDialog::fieldMessage(AssetField field) const
{
    const QLabel *label = m_messageLabels.value(field);
    return label ? label->text() : QString();
}

QString AssetEditDialog::generalMessage() const
{
    return m_generalMessage->text();
}

bool AssetEditDialog::save()
{
    QHash<AssetField, QString> typedTexts;
    Asset asset = collect(&typedTexts);
    AssetValidator validator(m_repository);
    const AssetValidator::Messages messages = validator.validate(asset, typedTexts);
    showMessages(messages);
    if (!messages.isEmpty()) {
        setGeneralMessage(tr("Please correct the marked fields. Nothing has been saved."));
        return false;
    }
    if (!m_saveHandler) {
        m_asset = asset;
        return true;
    }
    QString error;
    const SaveOutcome outcome = m_saveHandler(asset, &error);
    if (outcome == SaveOutcome::Saved) {
        m_asset = asset;
        setGeneralMessage(QString());
        return true;
    }
    if (outcome == SaveOutcome::Conflict) {
        // Someone saved this asset meanwhile: show what is stored now, so the user
        // applies the change to the current values instead of overwriting them.
        QString reloadError;
        if (const std::optional<Asset> current = m_repository.find(m_asset.id, &reloadError)) {
            m_asset = *current;
            load(*current);
        }
        setGeneralMessage(
            tr("%1\nThe current values have been loaded; please make your change again.").arg(error));
        return false;
    }
    setGeneralMessage(error);
    return false;
}

void AssetEditDialog::accept()
{
    if (save())
        QDialog::accept();
}
