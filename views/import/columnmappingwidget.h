#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include "import/importprofile.h"
#include "masterdata/masterdatarecord.h"

class QComboBox;
class QTableWidget;

// Maps the columns of a list by hand: one row per column of the file with its
// header, a few sample values and the field it becomes (or "ignore"), plus the
// authorities that own and use the items when a row names none. It starts from a
// profile's mapping, so a built-in profile can be adjusted; profile() is the result.
class ColumnMappingWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnMappingWidget(QWidget *parent = nullptr);

    // The authorities offered as owner and user (MasterDataKind::Authority records).
    void setAuthorities(const QList<MasterDataRecord> &authorities);
    // Shows the file's columns mapped as base maps them.
    void setColumns(const QStringList &header, const QList<QStringList> &sampleRows,
                    const ImportProfile &base);

    // base with the columns and authorities as chosen here.
    ImportProfile profile() const;
    // The field column (of the file) becomes, empty when it is ignored.
    QString fieldOfColumn(int column) const;
    QString sampleText(int column) const;

signals:
    void mappingChanged();

private:
    QComboBox *createFieldBox(const QString &field);
    void fillAuthorityBox(QComboBox *box, const QString &code);

    QTableWidget *m_table = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_using = nullptr;
    QList<MasterDataRecord> m_authorities;
    QStringList m_header;
    ImportProfile m_base;
};
