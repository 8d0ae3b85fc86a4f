#include "audits/auditwidget.h"

#include "access/accessroles.h"
#include "audits/auditreport.h"
#include "audits/auditreportpdfwriter.h"
#include "audits/auditscanimporter.h"
#include "audits/newauditdialog.h"
#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace {
constexpr int RoomIdRole = Qt::UserRole + 1;
constexpr int AssetIdRole = Qt::UserRole + 2;
constexpr int LoadedRole = Qt::UserRole + 3;

QLabel *counterLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    label->setFont(font);
    return label;
}
} // namespace

AuditWidget::AuditWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_service(database)
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_audits = new QComboBox(this);
    m_audits->setObjectName(QStringLiteral("auditCombo"));
    m_audits->setMinimumContentsLength(30);
    m_new = new QPushButton(tr("&New audit…"), this);
    m_new->setObjectName(QStringLiteral("newAuditButton"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_import = new QPushButton(tr("&Import scanner file…"), this);
    m_close = new QPushButton(tr("&Close audit…"), this);
    m_export = new QPushButton(tr("&Export record…"), this);
    auto *auditLabel = new QLabel(tr("&Audit:"), this);
    auditLabel->setBuddy(m_audits);
    top->addWidget(auditLabel);
    top->addWidget(m_audits, 1);
    for (QPushButton *button : { m_new, m_pause, m_import, m_close, m_export })
        top->addWidget(button);
    layout->addLayout(top);

    auto *counters = new QHBoxLayout;
    m_expected = counterLabel(QStringLiteral("counterExpected"), this);
    m_found = counterLabel(QStringLiteral("counterFound"), this);
    m_moved = counterLabel(QStringLiteral("counterMoved"), this);
    m_unexpected = counterLabel(QStringLiteral("counterUnexpected"), this);
    m_open = counterLabel(QStringLiteral("counterOpen"), this);
    const std::pair<QString, QLabel *> counterNames[] = {
        { tr("Expected"), m_expected },     { tr("Found"), m_found },     { tr("Moved"), m_moved },
        { tr("Unexpected"), m_unexpected }, { tr("Still open"), m_open },
    };
    for (const auto &[name, label] : counterNames) {
        counters->addWidget(new QLabel(name + QLatin1Char(':'), this));
        counters->addWidget(label);
        counters->addSpacing(16);
    }
    counters->addStretch();
    layout->addLayout(counters);

    auto *scanRow = new QHBoxLayout;
    m_rooms = new QComboBox(this);
    m_rooms->setObjectName(QStringLiteral("roomCombo"));
    m_rooms->setEditable(true);
    m_rooms->setInsertPolicy(QComboBox::NoInsert);
    auto *roomLabel = new QLabel(tr("&Room:"), this);
    roomLabel->setBuddy(m_rooms);
    m_scanField = new QLineEdit(this);
    m_scanField->setObjectName(QStringLiteral("scanField"));
    m_scanField->setPlaceholderText(tr("Scan or type an inventory number, serial, MAC or host name"));
    auto *scanLabel = new QLabel(tr("&Scan:"), this);
    scanLabel->setBuddy(m_scanField);
    m_acceptMove = new QPushButton(tr("Accept new room (F8)"), this);
    m_acceptMove->setObjectName(QStringLiteral("acceptMoveButton"));
    scanRow->addWidget(roomLabel);
    scanRow->addWidget(m_rooms, 1);
    scanRow->addWidget(scanLabel);
    scanRow->addWidget(m_scanField, 2);
    scanRow->addWidget(m_acceptMove);
    layout->addLayout(scanRow);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("scanFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setMinimumHeight(m_feedback->fontMetrics().height() * 2);
    layout->addWidget(m_feedback);

    m_capture = new QGroupBox(tr("Unexpected device: what is it? (Enter saves, Esc skips)"), this);
    m_capture->setObjectName(QStringLiteral("captureForm"));
    auto *captureLayout = new QFormLayout(m_capture);
    m_captureManufacturer = new QLineEdit(m_capture);
    m_captureModel = new QLineEdit(m_capture);
    m_captureSerial = new QLineEdit(m_capture);
    m_captureNote = new QLineEdit(m_capture);
    captureLayout->addRow(tr("Manufacturer:"), m_captureManufacturer);
    captureLayout->addRow(tr("Model:"), m_captureModel);
    captureLayout->addRow(tr("Serial number:"), m_captureSerial);
    captureLayout->addRow(tr("Note:"), m_captureNote);
    m_capture->hide();
    layout->addWidget(m_capture);

    m_openList = new QTreeWidget(this);
    m_openList->setObjectName(QStringLiteral("openList"));
    m_openList->setHeaderLabels({ tr("Still open"), tr("Description") });
    m_openList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_openList, 1);

    connect(m_audits, &QComboBox::currentIndexChanged, this, &AuditWidget::auditChanged);
    connect(m_scanField, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_scanField->text();
        m_scanField->clear();
        scan(code);
    });
    connect(m_rooms, &QComboBox::currentIndexChanged, this, [this] {
        if (QTreeWidgetItem *item = roomItem(currentRoomId())) {
            fillRoomItems(item);
            item->setExpanded(true);
            m_openList->scrollToItem(item, QAbstractItemView::PositionAtTop);
        }
        m_scanField->setFocus();
    });
    connect(m_openList, &QTreeWidget::itemExpanded, this, &AuditWidget::fillRoomItems);
    connect(m_acceptMove, &QPushButton::clicked, this, &AuditWidget::acceptLastMove);
    connect(m_new, &QPushButton::clicked, this, &AuditWidget::newAudit);
    connect(m_pause, &QPushButton::clicked, this, &AuditWidget::togglePause);
    connect(m_import, &QPushButton::clicked, this, &AuditWidget::importScannerFile);
    connect(m_close, &QPushButton::clicked, this, &AuditWidget::closeAudit);
    connect(m_export, &QPushButton::clicked, this, &AuditWidget::exportReport);
    for (QLineEdit *field : { m_captureManufacturer, m_captureModel, m_captureSerial, m_captureNote })
        connect(field, &QLineEdit::returnPressed, this, &AuditWidget::saveCapture);

    for (const QKeySequence &key : { QKeySequence(Qt::Key_F8), QKeySequence(Qt::CTRL | Qt::Key_M) }) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &AuditWidget::acceptLastMove);
    }
    auto *skipCapture = new QShortcut(QKeySequence(Qt::Key_Escape), m_capture);
    skipCapture->setContext(Qt::WidgetWithChildrenShortcut);
    connect(skipCapture, &QShortcut::activated, this, [this] {
        m_capture->hide();
        m_scanField->setFocus();
    });
    auto *focusRoom = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    focusRoom->setContext(Qt::WidgetWithChildrenShortcut);
    connect(focusRoom, &QShortcut::activated, this, [this] {
        m_rooms->setFocus();
        m_rooms->lineEdit()->selectAll();
    });

    // On a server only the audit team runs audits; the server refuses the rest.
    QString error;
    const std::optional<QList<AccessRoles::Role>> roles = AccessRoles::currentRoles(database, &error);
    m_mayAudit = roles && roles->contains(AccessRoles::Role::Auditor);
    m_rooms->addItem(tr("(no room)"), qint64(0));
    for (const RoomEntry &room : m_service.lookup().rooms(&error))
        m_rooms->addItem(room.label, room.id);
    reloadAudits();
    if (!m_mayAudit)
        showFeedback(tr("Read only: your login on the server may look at audits but not run them."),
                     QStringLiteral("#555555"));
    setFocusProxy(m_scanField);
}

AuditWidget::~AuditWidget()
{
    if (m_closer)
        m_closer->wait();
}

void AuditWidget::reloadAudits()
{
    const qint64 current = currentAuditId();
    QString error;
    const QList<Audit> audits = m_service.list(&error);
    const QSignalBlocker blocker(m_audits);
    m_audits->clear();
    for (const Audit &audit : audits) {
        m_audits->addItem(
            tr("%1 – %2 (%3)").arg(audit.id).arg(audit.name, AuditStatusText::displayName(audit.status)),
            audit.id);
    }
    // Open audits first to hand: pick the current one again, else the newest open one.
    int index = m_audits->findData(current);
    for (int i = m_audits->count() - 1; index < 0 && i >= 0; --i) {
        if (audits.at(i).status != AuditStatus::Closed)
            index = i;
    }
    m_audits->setCurrentIndex(index >= 0 ? index : m_audits->count() - 1);
    auditChanged();
}

qint64 AuditWidget::currentAuditId() const
{
    return m_audits->currentData().toLongLong();
}

void AuditWidget::setCurrentAudit(qint64 auditId)
{
    const int index = m_audits->findData(auditId);
    if (index >= 0)
        m_audits->setCurrentIndex(index);
}

qint64 AuditWidget::currentRoomId() const
{
    // The editable combo: a typed room name counts once it matches an entry.
    const int typed = m_rooms->findText(m_rooms->currentText(), Qt::MatchFixedString);
    return typed >= 0 ? m_rooms->itemData(typed).toLongLong() : m_rooms->currentData().toLongLong();
}

void AuditWidget::setCurrentRoom(qint64 roomId)
{
    const int index = m_rooms->findData(roomId);
    if (index >= 0)
        m_rooms->setCurrentIndex(index);
}

void AuditWidget::auditChanged()
{
    QString error;
    m_audit = currentAuditId() > 0 ? m_service.find(currentAuditId(), &error) : std::nullopt;
    m_lastResult.reset();
    m_capture->hide();
    m_feedback->clear();
    showCounters(m_audit ? m_audit->counters : AuditCounters());
    loadOpenList();
    updateButtons();
}

bool AuditWidget::currentAuditChangeable() const
{
    return m_audit && m_audit->status != AuditStatus::Closed;
}

void AuditWidget::updateButtons()
{
    const bool changeable = m_mayAudit && currentAuditChangeable();
    const bool open = m_mayAudit && m_audit && m_audit->status == AuditStatus::Open;
    m_new->setEnabled(m_mayAudit);
    m_scanField->setEnabled(open);
    m_import->setEnabled(open);
    m_pause->setEnabled(changeable);
    m_pause->setText(m_audit && m_audit->status == AuditStatus::Paused ? tr("&Resume") : tr("&Pause"));
    m_close->setEnabled(changeable);
    m_export->setEnabled(m_audit.has_value());
    m_acceptMove->setEnabled(changeable && m_lastResult
                             && m_lastResult->outcome == AuditScanResult::Outcome::Moved);
}

void AuditWidget::showCounters(const AuditCounters &counters)
{
    m_expected->setText(QString::number(counters.expected));
    m_found->setText(QString::number(counters.found));
    m_moved->setText(QString::number(counters.moved));
    m_unexpected->setText(QString::number(counters.unexpected));
    m_open->setText(QString::number(counters.open()));
}

void AuditWidget::showFeedback(const QString &text, const QString &color)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; color: %1; }").arg(color));
}

QTreeWidgetItem *AuditWidget::roomItem(qint64 roomId) const
{
    for (int i = 0; i < m_openList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_openList->topLevelItem(i);
        if (item->data(0, RoomIdRole).toLongLong() == roomId)
            return item;
    }
    return nullptr;
}

// Rooms with their open counts; the items of a room are loaded when it is opened,
// so a 100,000-item audit shows at once.
void AuditWidget::loadOpenList()
{
    m_openList->clear();
    if (!m_audit)
        return;
    QString error;
    QList<QTreeWidgetItem *> items;
    for (const AuditRoomCount &room : m_service.openCountsByRoom(m_audit->id, &error)) {
        auto *item = new QTreeWidgetItem;
        item->setData(0, RoomIdRole, room.roomId);
        item->setText(0, room.roomId > 0 ? m_service.lookup().roomLabel(room.roomId) : tr("(no room)"));
        item->setText(1, tr("%n open", nullptr, room.open));
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        items.append(item);
    }
    std::sort(items.begin(), items.end(),
              [](const QTreeWidgetItem *a, const QTreeWidgetItem *b) { return a->text(0) < b->text(0); });
    m_openList->addTopLevelItems(items);
    if (QTreeWidgetItem *item = roomItem(currentRoomId())) {
        fillRoomItems(item);
        item->setExpanded(true);
    }
}

void AuditWidget::fillRoomItems(QTreeWidgetItem *roomItem)
{
    if (!m_audit || !roomItem || roomItem->parent() || roomItem->data(0, LoadedRole).toBool())
        return;
    QString error;
    for (const AuditOpenItem &open :
         m_service.openItems(m_audit->id, roomItem->data(0, RoomIdRole).toLongLong(), &error)) {
        auto *child = new QTreeWidgetItem(roomItem, { open.inventoryNo, open.description });
        child->setData(0, AssetIdRole, open.assetId);
    }
    roomItem->setData(0, LoadedRole, true);
}

void AuditWidget::refreshRoom(qint64 roomId)
{
    QTreeWidgetItem *item = roomItem(roomId);
    if (!item || !m_audit)
        return;
    QString error;
    const int open = m_service.openCountInRoom(m_audit->id, roomId, &error);
    if (open == 0) {
        delete item;
        return;
    }
    item->setText(1, tr("%n open", nullptr, open));
    if (m_lastResult) {
        for (int i = item->childCount() - 1; i >= 0; --i) {
            if (item->child(i)->data(0, AssetIdRole).toLongLong() == m_lastResult->assetId)
                delete item->takeChild(i);
        }
    }
}

void AuditWidget::scan(const QString &code)
{
    if (!m_audit || code.trimmed().isEmpty())
        return;
    AuditScan scan;
    scan.code = code;
    scan.roomId = currentRoomId();
    QString error;
    const std::optional<AuditScanResult> result = m_service.recordScan(m_audit->id, scan, &error);
    if (!result) {
        showFeedback(error, QStringLiteral("#b00020"));
        return;
    }
    m_lastResult = result;
    m_capture->hide();
    using Outcome = AuditScanResult::Outcome;
    switch (result->outcome) {
    case Outcome::Found:
        showFeedback(result->message, QStringLiteral("#1b7f1b"));
        break;
    case Outcome::Moved:
        showFeedback(result->message + QLatin1Char(' ') + tr("F8 accepts the new room."),
                     QStringLiteral("#b36b00"));
        break;
    case Outcome::Duplicate:
        showFeedback(result->message, QStringLiteral("#555555"));
        break;
    case Outcome::Unexpected:
    case Outcome::OutOfScope:
        showFeedback(result->message, QStringLiteral("#b00020"));
        for (QLineEdit *field : { m_captureManufacturer, m_captureModel, m_captureSerial, m_captureNote })
            field->clear();
        if (result->outcome == Outcome::Unexpected)
            m_captureSerial->setText(code.trimmed());
        m_capture->show();
        m_captureManufacturer->setFocus();
        break;
    case Outcome::Ambiguous:
        showFeedback(result->message, QStringLiteral("#b00020"));
        break;
    }
    m_audit->counters = result->counters;
    showCounters(result->counters);
    if (result->outcome == Outcome::Found || result->outcome == Outcome::Moved)
        refreshRoom(result->expectedRoomId);
    updateButtons();
}

void AuditWidget::acceptLastMove()
{
    if (!m_audit || !m_lastResult || m_lastResult->outcome != AuditScanResult::Outcome::Moved)
        return;
    QString error;
    if (m_service.acceptMove(m_audit->id, m_lastResult->assetId, true, &error)) {
        showFeedback(
            tr("%1: the new room %2 will be recorded when the audit closes.")
                .arg(m_lastResult->inventoryNo, m_service.lookup().roomLabel(m_lastResult->foundRoomId)),
            QStringLiteral("#1b7f1b"));
        m_lastResult.reset();
    } else {
        showFeedback(error, QStringLiteral("#b00020"));
    }
    updateButtons();
    m_scanField->setFocus();
}

void AuditWidget::saveCapture()
{
    if (!m_audit || !m_lastResult || m_lastResult->unexpectedId <= 0)
        return;
    UnexpectedCapture capture;
    capture.manufacturer = m_captureManufacturer->text();
    capture.model = m_captureModel->text();
    capture.serialNo = m_captureSerial->text();
    capture.note = m_captureNote->text();
    QString error;
    if (!m_service.captureUnexpected(m_audit->id, m_lastResult->unexpectedId, capture, &error)) {
        showFeedback(error, QStringLiteral("#b00020"));
        return;
    }
    showFeedback(tr("Noted."), QStringLiteral("#1b7f1b"));
    m_capture->hide();
    m_scanField->setFocus();
}

void AuditWidget::newAudit()
{
    NewAuditDialog dialog(m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const std::optional<qint64> auditId =
        m_service.create(dialog.name(), dialog.scope(), dialog.responsible(), dialog.dueDate(), &error);
    if (!auditId) {
        QMessageBox::warning(this, tr("New audit"), error);
        return;
    }
    reloadAudits();
    setCurrentAudit(*auditId);
    m_scanField->setFocus();
}

void AuditWidget::togglePause()
{
    if (!m_audit)
        return;
    QString error;
    const bool ok = m_audit->status == AuditStatus::Paused ? m_service.resume(m_audit->id, &error)
                                                           : m_service.pause(m_audit->id, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Audit"), error);
    reloadAudits();
}

void AuditWidget::importScannerFile()
{
    if (!m_audit)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import scanner file"), QString(),
                                                      tr("Scanner files (*.txt *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    AuditScanImporter importer(m_service);
    QString error;
    const std::optional<AuditScanImporter::Report> report =
        importer.importFile(m_audit->id, path, currentRoomId(), &error);
    auditChanged();
    if (!report) {
        QMessageBox::warning(this, tr("Import scanner file"), error);
        return;
    }
    QString text = tr("%n scan(s) recorded.", nullptr, report->applied);
    if (!report->problems.isEmpty()) {
        text +=
            QLatin1Char('\n') + tr("%n line(s) could not be read:", nullptr, int(report->problems.size()));
        for (const AuditScanFileProblem &problem : report->problems)
            text += QLatin1Char('\n') + tr("line %1: %2").arg(problem.lineNo).arg(problem.reason);
    }
    QMessageBox::information(this, tr("Import scanner file"), text);
}

void AuditWidget::closeAudit()
{
    if (!currentAuditChangeable())
        return;
    const AuditCounters &c = m_audit->counters;
    const QString question =
        tr("Close audit \"%1\"?\n\n%2 items not found will be marked missing, %3 found items get today "
           "as their last audit date, accepted moves are written. A closed audit cannot be changed.")
            .arg(m_audit->name)
            .arg(c.open())
            .arg(c.found + c.moved);
    if (QMessageBox::question(this, tr("Close audit"), question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No)
        != QMessageBox::Yes)
        return;
    // Offer the signed record right after the close.
    connect(this, &AuditWidget::auditClosed, this, &AuditWidget::exportReport, Qt::SingleShotConnection);
    closeAuditWithoutAsking();
}

void AuditWidget::closeAuditWithoutAsking()
{
    if (!currentAuditChangeable() || m_closer)
        return;
    // A large audit takes seconds (100,000 items, docs/AUDITS.md), so the close runs
    // on its own connection in a worker and the screen stays alive.
    const DatabaseSettings settings = m_database.settings();
    const qint64 auditId = m_audit->id;
    auto error = std::make_shared<QString>();
    auto closed = std::make_shared<bool>(false);
    setEnabled(false);
    showFeedback(tr("Closing audit %1 …").arg(auditId), QStringLiteral("#555555"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_closer = QThread::create([settings, auditId, error, closed] {
        Database database(settings);
        if (database.open(error.get()))
            *closed = AuditService(database).close(auditId, error.get());
    });
    m_closer->setParent(this);
    connect(m_closer, &QThread::finished, this, [this, error, closed] {
        QApplication::restoreOverrideCursor();
        m_closer->deleteLater();
        m_closer = nullptr;
        setEnabled(true);
        if (!*closed) {
            showFeedback(*error, QStringLiteral("#b00020"));
            QMessageBox::warning(this, tr("Close audit"), *error);
            return;
        }
        reloadAudits();
        emit assetsChanged();
        emit auditClosed();
    });
    m_closer->start();
}

bool AuditWidget::isClosing() const
{
    return m_closer != nullptr;
}

void AuditWidget::exportReport()
{
    if (!m_audit)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export audit record"), tr("Inventur-%1.pdf").arg(m_audit->id),
                                     tr("PDF (*.pdf);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<AuditReport> report = AuditReportBuilder(m_database).build(m_audit->id, &error);
    const bool ok = report
        && (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                ? AuditReportCsvWriter::write(*report, path, &error)
                : AuditReportPdfWriter::write(*report, path, &error));
    if (!ok)
        QMessageBox::warning(this, tr("Export audit record"), error);
}
