#include "handovers/handoverdialog.h"

#include "common/referencecombobox.h"
#include "handovers/handoverpdfwriter.h"
#include "handovers/handoverservice.h"
#include "handovers/handoverstore.h"
#include "masterdata/masterdatarepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { InventoryNo, Device, SerialNo, Accessories, Condition, ColumnCount };
}

HandoverDialog::HandoverDialog(Database &database, Handover::Kind kind, const QList<LabelItem> &devices,
                               QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_kind(kind)
    , m_masterData(std::make_unique<MasterDataRepository>(database))
    , m_items(devices)
    , m_site(new ReferenceComboBox(*m_masterData, MasterDataKind::Site, tr("unchanged"), this))
    , m_room(new ReferenceComboBox(*m_masterData, MasterDataKind::Room, tr("unchanged"), this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_notes(new QLineEdit(this))
    , m_devices(new QTableWidget(int(devices.size()), ColumnCount, this))
    , m_message(new QLabel(this))
{
    const bool checkout = kind == Handover::Kind::Checkout;
    setWindowTitle(checkout ? tr("Hand over devices") : tr("Take devices back"));
    resize(860, 520);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *form = new QFormLayout;
    if (checkout) {
        m_person = new ReferenceComboBox(*m_masterData, MasterDataKind::Person, QString(), this);
        m_person->setObjectName(QStringLiteral("person"));
        form->addRow(tr("&Recipient"), m_person);
    }
    form->addRow(checkout ? tr("&Site of use") : tr("&Taken to site"), m_site);
    form->addRow(tr("R&oom"), m_room);
    form->addRow(tr("&Date"), m_date);
    if (checkout) {
        m_loan = new QCheckBox(tr("On &loan, due back by"), this);
        m_dueDate = new QDateEdit(QDate::currentDate().addDays(14), this);
        m_dueDate->setCalendarPopup(true);
        m_dueDate->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        m_dueDate->setEnabled(false);
        connect(m_loan, &QCheckBox::toggled, m_dueDate, &QWidget::setEnabled);
        auto *loanRow = new QHBoxLayout;
        loanRow->addWidget(m_loan);
        loanRow->addWidget(m_dueDate);
        loanRow->addStretch(1);
        form->addRow(QString(), loanRow);
    }
    form->addRow(tr("&Notes"), m_notes);

    m_devices->setHorizontalHeaderLabels(
        { tr("Inventory no."), tr("Device"), tr("Serial no."), tr("Accessories"), tr("Condition") });
    m_devices->verticalHeader()->hide();
    m_devices->horizontalHeader()->setStretchLastSection(true);
    m_devices->setObjectName(QStringLiteral("devices"));
    for (int row = 0; row < int(devices.size()); ++row) {
        const LabelItem &device = devices.at(row);
        const QList<QString> texts = { device.inventoryNo, device.category, device.serialNo };
        for (int column = 0; column < int(texts.size()); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_devices->setItem(row, column, item);
        }
        m_devices->setItem(row, Accessories, new QTableWidgetItem);
        m_devices->setItem(row, Condition, new QTableWidgetItem);
    }
    m_devices->resizeColumnsToContents();
    m_devices->horizontalHeader()->setStretchLastSection(false);
    m_devices->horizontalHeader()->setSectionResizeMode(Accessories, QHeaderView::Stretch);
    m_devices->horizontalHeader()->setSectionResizeMode(Condition, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(checkout ? tr("Hand &over and print record…") : tr("Take &back and print record…"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(checkout ? tr("Devices (accessories and condition can be typed in):")
                                          : tr("Devices (the condition they came back in can be typed in):"),
                                 this));
    layout->addWidget(m_devices, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_site, &ReferenceComboBox::currentIdChanged, this, [this](qint64 siteId) {
        m_room->reload(siteId > 0 ? std::optional<qint64>(siteId) : std::nullopt);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoverDialog::reject);
}

HandoverDialog::~HandoverDialog() = default;

HandoverRequest HandoverDialog::request() const
{
    HandoverRequest request;
    request.personId = m_person ? m_person->currentId() : 0;
    request.siteId = m_site->currentId();
    request.roomId = m_room->currentId();
    request.date = m_date->date();
    if (m_loan && m_loan->isChecked())
        request.dueDate = m_dueDate->date();
    request.notes = m_notes->text();
    for (int row = 0; row < int(m_items.size()); ++row) {
        HandoverItem item;
        item.assetId = m_items.at(row).assetId;
        item.accessories = m_devices->item(row, Accessories)->text();
        item.condition = m_devices->item(row, Condition)->text();
        request.items.append(item);
    }
    return request;
}

bool HandoverDialog::submit()
{
    if (m_record)
        return true;
    QString error;
    HandoverService service(m_database, ChangeContext {});
    const std::optional<Handover> saved = m_kind == Handover::Kind::Checkout
        ? service.checkOut(request(), &error)
        : service.takeBack(request(), &error);
    if (!saved) {
        m_message->setText(error);
        return false;
    }
    // Read back, so the record shows the names of unit, site and room as a reprint will.
    m_record = HandoverStore(m_database).find(saved->id, &error);
    if (!m_record)
        m_record = saved;
    return true;
}

bool HandoverDialog::savePdf(const QString &path)
{
    QString error;
    if (!m_record || !HandoverPdfWriter::write(*m_record, path, &error)) {
        m_message->setText(error);
        return false;
    }
    return true;
}

void HandoverDialog::accept()
{
    if (!submit())
        return;
    const QString name = m_kind == Handover::Kind::Checkout ? tr("Handover-%1.pdf") : tr("Return-%1.pdf");
    const QString path = QFileDialog::getSaveFileName(this, HandoverPdfWriter::title(*m_record),
                                                      name.arg(m_record->id), tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && !savePdf(path))
        return;
    QDialog::accept();
}
