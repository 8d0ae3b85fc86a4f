#include "handovers/personhandoversdialog.h"

#include "common/readonlytable.h"
#include "common/referencecombobox.h"
#include "handovers/handoverpdfwriter.h"
#include "handovers/handoverstore.h"
#include "masterdata/masterdatarepository.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *newTable(QWidget *parent, const QStringList &headers, const QString &objectName)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    ReadOnlyTable::setUp(table, headers, int(headers.size()) - 1);
    return table;
}
} // namespace

PersonHandoversDialog::PersonHandoversDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_masterData(std::make_unique<MasterDataRepository>(database))
    , m_person(new ReferenceComboBox(*m_masterData, MasterDataKind::Person, QString(), this))
    , m_held(newTable(this,
                      { tr("Inventory no."), tr("Device"), tr("Serial no."), tr("Since"), tr("Due back") },
                      QStringLiteral("held")))
    , m_records(newTable(this, { tr("No."), tr("Kind"), tr("Date"), tr("Devices"), tr("By") },
                         QStringLiteral("records")))
    , m_overdue(newTable(this,
                         { tr("Due back"), tr("Person"), tr("Inventory no."), tr("Device"), tr("Record") },
                         QStringLiteral("overdue")))
    , m_message(new QLabel(this))
    , m_recordsTitle(new QLabel(tr("Handover and return records (what they held before):"), this))
{
    setWindowTitle(tr("Handovers and loans"));
    resize(900, 600);
    m_person->setObjectName(QStringLiteral("person"));
    auto *personPage = new QWidget(this);
    auto *personLayout = new QVBoxLayout(personPage);
    auto *form = new QFormLayout;
    form->addRow(tr("&Person"), m_person);
    personLayout->addLayout(form);
    personLayout->addWidget(new QLabel(tr("Holds now:"), personPage));
    personLayout->addWidget(m_held, 1);
    personLayout->addWidget(
        new QLabel(tr("Handover and return records (what they held before):"), personPage));
    personLayout->addWidget(m_records, 1);
    auto *reprint = new QPushButton(tr("&Reprint record…"), personPage);
    personLayout->addWidget(reprint, 0, Qt::AlignRight);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(personPage, tr("A person's devices"));
    tabs->addTab(m_overdue, tr("Loans overdue"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_person, &ReferenceComboBox::currentIdChanged, this, [this] {
        m_assetId = 0;
        reload();
    });
    connect(reprint, &QPushButton::clicked, this, [this] {
        const int row = m_records->currentRow();
        if (row < 0 || row >= m_shownRecords.size())
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, HandoverPdfWriter::title(m_shownRecords.at(row)), QString(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            reprintCurrent(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

PersonHandoversDialog::~PersonHandoversDialog() = default;

void PersonHandoversDialog::showMessage(const QString &text)
{
    m_message->setText(text);
}

void PersonHandoversDialog::showPerson(qint64 personId)
{
    m_person->setCurrentId(personId);
    reload();
}

void PersonHandoversDialog::showAssetRecords(qint64 assetId)
{
    m_assetId = assetId;
    reload();
}

void PersonHandoversDialog::reload()
{
    const QLocale locale;
    const auto day = [&locale](const QDate &date) {
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
    };
    HandoverStore store(m_database);
    QString error;
    m_held->setRowCount(0);
    m_records->setRowCount(0);
    m_shownRecords.clear();
    const qint64 personId = m_assetId > 0 ? 0 : m_person->currentId();
    m_records->setHorizontalHeaderLabels(
        { tr("No."), tr("Kind"), tr("Date"), m_assetId > 0 ? tr("Person") : tr("Devices"), tr("By") });
    m_recordsTitle->setText(m_assetId > 0 ? tr("Handover and return records of the device:")
                                          : tr("Handover and return records (what they held before):"));
    if (personId > 0) {
        if (const auto held = store.heldNow(personId, &error)) {
            for (const HandoverStore::OpenItem &open : *held)
                ReadOnlyTable::appendRow(m_held,
                                         { open.item.inventoryNo, open.item.description, open.item.serialNo,
                                           day(open.handedOn), day(open.dueOn) });
        }
    }
    // A device's records name the person; a person's records count the devices.
    std::optional<QList<Handover>> records;
    if (m_assetId > 0)
        records = store.ofAsset(m_assetId, &error);
    else if (personId > 0)
        records = store.ofPerson(personId, &error);
    if (records) {
        m_shownRecords = *records;
        for (const Handover &record : *records)
            ReadOnlyTable::appendRow(
                m_records,
                { QString::number(record.id),
                  record.kind == Handover::Kind::Checkout ? tr("handed over") : tr("returned"),
                  day(record.date), m_assetId > 0 ? record.personName : QString::number(record.items.size()),
                  record.handedBy });
    }
    m_overdue->setRowCount(0);
    if (const auto overdue = store.overdue(QDate::currentDate(), &error)) {
        for (const HandoverStore::OpenItem &open : *overdue)
            ReadOnlyTable::appendRow(m_overdue,
                                     { day(open.dueOn), open.personName, open.item.inventoryNo,
                                       open.item.description, QString::number(open.handoverId) });
    }
    showMessage(error);
}

bool PersonHandoversDialog::reprintCurrent(const QString &path)
{
    const int row = m_records->currentRow();
    if (row < 0 || row >= m_shownRecords.size())
        return false;
    QString error;
    if (!HandoverPdfWriter::write(m_shownRecords.at(row), path, &error)) {
        showMessage(error);
        return false;
    }
    showMessage(tr("Written to %1.").arg(path));
    return true;
}
