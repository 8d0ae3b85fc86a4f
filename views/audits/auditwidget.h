#pragma once

#include <QWidget>

#include <memory>
#include <optional>

#include "audits/auditservice.h"

class Database;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QThread;
class QTreeWidgetItem;

// The audit screen, keyboard and scanner first: pick or create an audit, set the
// room, scan. Each scan answers at once (found / moved / unexpected); F8 or Ctrl+M
// accepts a moved item's new room; an unexpected code opens a quick capture form.
// Counters and the open items by room stay visible.
class AuditWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AuditWidget(Database &database, QWidget *parent = nullptr);
    ~AuditWidget() override;

    qint64 currentAuditId() const;
    void setCurrentAudit(qint64 auditId);
    qint64 currentRoomId() const;
    void setCurrentRoom(qint64 roomId);
    // True while a close runs in the background.
    bool isClosing() const;

public slots:
    void reloadAudits();
    void scan(const QString &code);
    void acceptLastMove();
    void newAudit();
    void togglePause();
    void importScannerFile();
    // Asks, closes in the background, then offers to export the record.
    void closeAudit();
    // The close itself (for a caller that asked already); auditClosed() when done.
    void closeAuditWithoutAsking();
    void exportReport();

signals:
    // After a close: assets changed (status, last audited, rooms), views may reload.
    void assetsChanged();
    // After a successful close (the caller may offer the record: exportReport()).
    void auditClosed();

private:
    void auditChanged();
    void showCounters(const AuditCounters &counters);
    void showFeedback(const QString &text, const QString &color);
    void loadOpenList();
    void refreshRoom(qint64 roomId);
    void fillRoomItems(QTreeWidgetItem *roomItem);
    QTreeWidgetItem *roomItem(qint64 roomId) const;
    void saveCapture();
    void updateButtons();
    bool currentAuditChangeable() const;

    Database &m_database;
    AuditService m_service;
    std::optional<Audit> m_audit;
    std::optional<AuditScanResult> m_lastResult;
    QThread *m_closer = nullptr;

    bool m_mayAudit = false;
    QPushButton *m_new = nullptr;
    QComboBox *m_audits = nullptr;
    QComboBox *m_rooms = nullptr;
    QLineEdit *m_scanField = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_expected = nullptr;
    QLabel *m_found = nullptr;
    QLabel *m_moved = nullptr;
    QLabel *m_unexpected = nullptr;
    QLabel *m_open = nullptr;
    QPushButton *m_acceptMove = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_export = nullptr;
    QTreeWidget *m_openList = nullptr;
    QGroupBox *m_capture = nullptr;
    QLineEdit *m_captureManufacturer = nullptr;
    QLineEdit *m_captureModel = nullptr;
    QLineEdit *m_captureSerial = nullptr;
    QLineEdit *m_captureNote = nullptr;
};
