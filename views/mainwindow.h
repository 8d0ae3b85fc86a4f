#pragma once

#include <QMainWindow>

class Database;
class QLabel;
class QTableView;

// The technicians' main screen: the asset table with its status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *assetView() const { return m_assetView; }

private:
    Database &m_database;
    QTableView *m_assetView = nullptr;
    QLabel *m_countLabel = nullptr;
};
