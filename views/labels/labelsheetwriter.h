#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>

#include "labels/labelitem.h"
#include "labels/labellayout.h"
#include "labels/labelpainter.h"

class QPagedPaintDevice;
class QPainter;
class QPrinter;

// Puts labels on the pages of a layout: to a PDF, a printer or a preview image.
// `skipped` places of the first sheet are left empty, so a sheet that was used in
// part can be used up.
class LabelSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(LabelSheetWriter)

public:
    // Called after each page with the labels done so far; false cancels.
    using Progress = std::function<bool(int done)>;

    LabelSheetWriter(const LabelLayout &layout, const LabelPainter::Options &options, int skipped = 0);

    const LabelLayout &layout() const { return m_layout; }
    int pageCount(int labels) const { return m_layout.pageCount(labels, m_skipped); }

    bool writePdf(const QList<LabelItem> &items, const QString &path, QString *error,
                  const Progress &progress = {}) const;
    bool print(QPrinter &printer, const QList<LabelItem> &items, QString *error) const;
    // One page as an image, dotsPerMm dots per millimetre (a preview, a test).
    QImage renderPage(const QList<LabelItem> &items, int page, double dotsPerMm,
                      QString *error = nullptr) const;

private:
    bool paintPages(QPagedPaintDevice &device, double dotsPerMm, const QList<LabelItem> &items,
                    QString *error, const Progress &progress) const;
    // The labels of one page; false when one of its codes could not be made.
    bool paintPage(QPainter &painter, double dotsPerMm, const QList<LabelItem> &items, int page,
                   QString *error) const;

    LabelLayout m_layout;
    LabelPainter::Options m_options;
    int m_skipped;
};
