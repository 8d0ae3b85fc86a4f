#pragma once

#include <QDialog>
#include <QList>

#include "labels/labelitem.h"
#include "labels/labelsheetwriter.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

// Print labels for the chosen assets: the sheet or roll, what the labels show and
// where on a used sheet to start, with a preview of the first page; then to a
// printer or to a PDF.
class LabelPrintDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LabelPrintDialog(const QList<LabelItem> &items, QWidget *parent = nullptr);

    // The writer for the current choices.
    LabelSheetWriter writer() const;
    const QImage &previewImage() const { return m_preview; }
    QLabel *summaryLabel() const { return m_summary; }
    void setLayoutName(const QString &name);
    bool savePdf(const QString &path);

private:
    void updatePreview();
    void printLabels();

    QList<LabelItem> m_items;
    QComboBox *m_layout;
    QCheckBox *m_legacy;
    QCheckBox *m_barcode;
    QSpinBox *m_start;
    QLabel *m_previewLabel;
    QLabel *m_summary;
    QImage m_preview;
};
