#include "import/columnmappingwidget.h"

#include "import/importrowmapper.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {
constexpr int samplesPerColumn = 3;

enum TableColumn { HeaderColumn, SampleColumn, FieldColumn };

const QString ownerField = QStringLiteral("owner");
const QString usingField = QStringLiteral("using");
} // namespace

ColumnMappingWidget::ColumnMappingWidget(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("columnMapping"));
    m_table->setHorizontalHeaderLabels({ tr("Column"), tr("Sample values"), tr("Field") });
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerAuthority"));
    m_using = new QComboBox;
    m_using->setObjectName(QStringLiteral("usingAuthority"));
    for (QComboBox *box : { m_owner, m_using })
        connect(box, &QComboBox::currentIndexChanged, this, &ColumnMappingWidget::mappingChanged);

    auto *form = new QFormLayout;
    form->addRow(tr("Owning authority (when a row names none):"), m_owner);
    form->addRow(tr("Using authority (when a row names none):"), m_using);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
}

void ColumnMappingWidget::setAuthorities(const QList<MasterDataRecord> &authorities)
{
    m_authorities = authorities;
}

void ColumnMappingWidget::setColumns(const QStringList &header, const QList<QStringList> &sampleRows,
                                     const ImportProfile &base)
{
    m_header = header;
    m_base = base;
    // The columns the profile would find by their headers.
    QStringList fields(header.size());
    ImportRowMapper mapper(base, false);
    mapper.setHeader(header, nullptr); // a missing required column simply stays unmapped
    for (int i = 0; i < base.columns.size(); ++i) {
        const int index = mapper.columnIndex(i);
        if (index >= 0 && fields.at(index).isEmpty())
            fields[index] = base.columns.at(i).field;
    }

    const QSignalBlocker blocker(this);
    m_table->setRowCount(0);
    m_table->setRowCount(int(header.size()));
    for (int column = 0; column < header.size(); ++column) {
        QStringList samples;
        for (const QStringList &row : sampleRows) {
            const QString value = row.value(column).trimmed();
            if (!value.isEmpty() && !samples.contains(value))
                samples.append(value);
            if (samples.size() == samplesPerColumn)
                break;
        }
        m_table->setItem(column, HeaderColumn, new QTableWidgetItem(header.at(column)));
        auto *sampleItem = new QTableWidgetItem(samples.join(QStringLiteral(" · ")));
        sampleItem->setToolTip(samples.join(QLatin1Char('\n')));
        m_table->setItem(column, SampleColumn, sampleItem);
        m_table->setCellWidget(column, FieldColumn, createFieldBox(fields.at(column)));
    }
    m_table->resizeColumnToContents(HeaderColumn);
    m_table->resizeColumnToContents(FieldColumn);
    fillAuthorityBox(m_owner, base.fixedValues.value(ownerField));
    fillAuthorityBox(m_using, base.fixedValues.value(usingField));
    emit mappingChanged();
}

QComboBox *ColumnMappingWidget::createFieldBox(const QString &field)
{
    auto *box = new QComboBox;
    box->addItem(tr("(ignore)"), QString());
    for (const ImportProfile::FieldInfo &info : ImportProfile::fields(m_base.kind))
        box->addItem(info.displayName, info.name);
    box->setCurrentIndex(std::max(0, box->findData(field)));
    connect(box, &QComboBox::currentIndexChanged, this, &ColumnMappingWidget::mappingChanged);
    return box;
}

void ColumnMappingWidget::fillAuthorityBox(QComboBox *box, const QString &code)
{
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(tr("(none: from a column)"), QString());
    for (const MasterDataRecord &authority : std::as_const(m_authorities))
        box->addItem(authority.label(), authority.code);
    // A profile may name an authority this database does not know (yet); keep it.
    if (!code.isEmpty() && box->findData(code) < 0)
        box->addItem(code, code);
    box->setCurrentIndex(std::max(0, box->findData(code)));
}

QString ColumnMappingWidget::fieldOfColumn(int column) const
{
    const auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(column, FieldColumn));
    return box ? box->currentData().toString() : QString();
}

QString ColumnMappingWidget::sampleText(int column) const
{
    const QTableWidgetItem *item = m_table->item(column, SampleColumn);
    return item ? item->text() : QString();
}

ImportProfile ColumnMappingWidget::profile() const
{
    QStringList fields;
    for (int column = 0; column < m_header.size(); ++column)
        fields.append(fieldOfColumn(column));
    ImportProfile result = m_base.withColumnMapping(m_header, fields);
    for (const auto &[field, box] :
         { std::pair { ownerField, m_owner }, std::pair { usingField, m_using } }) {
        const QString code = box->currentData().toString();
        if (code.isEmpty())
            result.fixedValues.remove(field);
        else
            result.fixedValues.insert(field, code);
    }
    return result;
}
