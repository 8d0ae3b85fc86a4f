#include "mainwindow.h"

#include "database.h"

#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_assetView(new QTableView(this))
    , m_countLabel(new QLabel(this))
{
    setWindowTitle(tr("Bestand – %1").arg(m_database.settings().displayName()));
    m_assetView->setObjectName(QStringLiteral("assetView"));
    m_assetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assetView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_assetView->verticalHeader()->hide();
    setCentralWidget(m_assetView);
    statusBar()->addPermanentWidget(m_countLabel);
    resize(1200, 720);
}

MainWindow::~MainWindow() = default;
