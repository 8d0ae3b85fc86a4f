#include "labels/labelprintdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// A preview of a whole A4 page fits the screen at 2.4 dots per millimetre; a roll
// label is shown larger.
double previewDotsPerMm(const LabelLayout &layout)
{
    return layout.isRoll() ? 8.0 : 2.4;
}
} // namespace

LabelPrintDialog::LabelPrintDialog(const QList<LabelItem> &items, QWidget *parent)
    : QDialog(parent)
    , m_items(items)
    , m_layout(new QComboBox(this))
    , m_legacy(new QCheckBox(tr("Show the &legacy number"), this))
    , m_barcode(new QCheckBox(tr("Add a Code &128 barcode for older scanners"), this))
    , m_start(new QSpinBox(this))
    , m_previewLabel(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Print labels"));
    m_layout->setObjectName(QStringLiteral("layout"));
    m_start->setObjectName(QStringLiteral("startPosition"));
    for (const LabelLayout &layout : LabelLayout::all())
        m_layout->addItem(layout.title, layout.name);
    const QSettings settings;
    m_layout->setCurrentIndex(
        std::max(0, m_layout->findData(settings.value(QStringLiteral("labels/layout")).toString())));
    m_legacy->setChecked(settings.value(QStringLiteral("labels/legacyNumber"), true).toBool());
    m_barcode->setChecked(settings.value(QStringLiteral("labels/barcode"), true).toBool());
    m_start->setMinimum(1);
    m_start->setToolTip(tr("The first free label on a sheet that was used in part, counted row by row."));
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setBackgroundRole(QPalette::Dark);
    m_previewLabel->setAutoFillBackground(true);

    auto *form = new QFormLayout;
    form->addRow(tr("La&bels"), m_layout);
    form->addRow(tr("&Start at label"), m_start);
    form->addRow(QString(), m_legacy);
    form->addRow(QString(), m_barcode);
    form->addRow(QString(), m_summary);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_previewLabel);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(540, 520);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    QPushButton *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    print->setDefault(true);
    print->setEnabled(!m_items.isEmpty());
    pdf->setEnabled(!m_items.isEmpty());

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_layout, &QComboBox::currentIndexChanged, this, &LabelPrintDialog::updatePreview);
    connect(m_legacy, &QCheckBox::toggled, this, &LabelPrintDialog::updatePreview);
    connect(m_barcode, &QCheckBox::toggled, this, &LabelPrintDialog::updatePreview);
    connect(m_start, &QSpinBox::valueChanged, this, &LabelPrintDialog::updatePreview);
    connect(print, &QPushButton::clicked, this, &LabelPrintDialog::printLabels);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save labels as PDF"), QStringLiteral("Etiketten.pdf"), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

LabelSheetWriter LabelPrintDialog::writer() const
{
    const LabelLayout layout =
        LabelLayout::find(m_layout->currentData().toString()).value_or(LabelLayout::all().constFirst());
    LabelPainter::Options options;
    options.legacyNumber = m_legacy->isChecked();
    options.barcode = m_barcode->isChecked();
    return LabelSheetWriter(layout, options, m_start->value() - 1);
}

void LabelPrintDialog::setLayoutName(const QString &name)
{
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(name)));
}

void LabelPrintDialog::updatePreview()
{
    const LabelLayout layout =
        LabelLayout::find(m_layout->currentData().toString()).value_or(LabelLayout::all().constFirst());
    m_start->setMaximum(layout.labelsPerPage());
    m_start->setEnabled(layout.labelsPerPage() > 1);
    const LabelSheetWriter sheets = writer();
    const QLocale locale;
    const int pages = sheets.pageCount(int(m_items.size()));
    m_summary->setText(
        layout.isRoll()
            ? tr("%1 labels").arg(locale.toString(m_items.size()))
            : tr("%1 labels on %2 sheets").arg(locale.toString(m_items.size()), locale.toString(pages)));
    m_preview = sheets.renderPage(m_items, 0, previewDotsPerMm(layout));
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
    QSettings settings;
    settings.setValue(QStringLiteral("labels/layout"), layout.name);
    settings.setValue(QStringLiteral("labels/legacyNumber"), m_legacy->isChecked());
    settings.setValue(QStringLiteral("labels/barcode"), m_barcode->isChecked());
}

bool LabelPrintDialog::savePdf(const QString &path)
{
    QString error;
    if (!writer().writePdf(m_items, path, &error)) {
        m_summary->setText(tr("The labels could not be written: %1").arg(error));
        return false;
    }
    m_summary->setText(tr("%1 labels written to %2.").arg(QLocale().toString(m_items.size()), path));
    return true;
}

void LabelPrintDialog::printLabels()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print labels"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!writer().print(printer, m_items, &error)) {
        m_summary->setText(tr("The labels could not be printed: %1").arg(error));
        return;
    }
    accept();
}
