#include "mainwindow/connectiondialog.h"

#include "storage/savedconnection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_localFile(new QRadioButton(
          tr("&Local file on this computer (%1)").arg(DatabaseSettings::defaultSqlitePath()), this))
    , m_server(new QRadioButton(tr("Team &server (PostgreSQL)"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    setWindowTitle(tr("Database connection"));
    m_localFile->setObjectName(QStringLiteral("localFile"));
    m_server->setObjectName(QStringLiteral("server"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setText(QStringLiteral("bestand"));
    m_host->setPlaceholderText(tr("e.g. db.ksm.local"));
    m_user->setPlaceholderText(tr("your login on the server"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    auto *note =
        new QLabel(tr("The password is never saved: it is read from ~/.pgpass, or asked for at start. "
                      "The new connection is used from the next start on."),
                   this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_localFile);
    layout->addWidget(m_server);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_server, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);

    if (const std::optional<DatabaseSettings> saved = SavedConnection::load(m_settings)) {
        m_server->setChecked(true);
        m_host->setText(saved->host);
        m_port->setValue(saved->port);
        m_database->setText(saved->databaseName);
        m_user->setText(saved->userName);
    } else {
        m_localFile->setChecked(true);
    }
    updateEnabled();
}

void ConnectionDialog::updateEnabled()
{
    for (QWidget *field : std::initializer_list<QWidget *> { m_host, m_port, m_database, m_user })
        field->setEnabled(m_server->isChecked());
}

void ConnectionDialog::accept()
{
    if (m_localFile->isChecked()) {
        SavedConnection::clear(m_settings);
        QDialog::accept();
        return;
    }
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty()) {
        m_error->setText(tr("Please enter the server's host and the database name."));
        m_error->show();
        return;
    }
    DatabaseSettings server;
    server.backend = DatabaseSettings::Backend::Postgres;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.databaseName = m_database->text().trimmed();
    server.userName = m_user->text().trimmed();
    SavedConnection::save(m_settings, server);
    QDialog::accept();
}
