#pragma once

#include <QDialog>

#include "storage/databasesettings.h"

class QLabel;
class QLineEdit;
class QRadioButton;
class QSettings;
class QSpinBox;

// Where the window opens the inventory from the next start on: the local file, or
// the team's PostgreSQL server. The password is not asked here and never saved:
// it comes from ~/.pgpass, or the window asks for it at start.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QSettings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    void updateEnabled();

    QSettings &m_settings;
    QRadioButton *m_localFile = nullptr;
    QRadioButton *m_server = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_error = nullptr;
};
