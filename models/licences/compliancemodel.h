#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include "licences/compliancereport.h"

// A compliance report as a table: one row per licence and using authority,
// the licence's figures repeated so the table sorts and filters on its own.
class ComplianceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Product,
        Owner,
        UsedBy,
        Owned,
        Allocated,
        Assigned,
        Free,
        OverDeployed,
        Reclaimable,
        ValidUntil,
        YearlyCost,
        Remarks,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        LicenceIdRole = Qt::UserRole + 1,
        ProblemRole, // bool: over-deployed, expired but assigned, or seats to reclaim
    };

    explicit ComplianceModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReport(const ComplianceReport &report);
    const ComplianceReport &report() const { return m_report; }

private:
    struct Row
    {
        int licence = 0;
        int share = 0;
    };

    QVariant displayValue(const LicenceCompliance &licence, const AuthorityShare &share, int column) const;
    QString remarks(const LicenceCompliance &licence, const AuthorityShare &share) const;

    ComplianceReport m_report;
    QList<Row> m_rows;
    QLocale m_locale;
};
