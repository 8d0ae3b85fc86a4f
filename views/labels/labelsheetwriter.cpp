#include "labels/labelsheetwriter.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <algorithm>

LabelSheetWriter::LabelSheetWriter(const LabelLayout &layout, const LabelPainter::Options &options,
                                   int skipped)
    : m_layout(layout)
    , m_options(options)
    , m_skipped(std::clamp(skipped, 0, layout.labelsPerPage() - 1))
{ }

bool LabelSheetWriter::paintPage(QPainter &painter, double dotsPerMm, const QList<LabelItem> &items, int page,
                                 QString *error) const
{
    bool complete = true;
    const int perPage = m_layout.labelsPerPage();
    for (int position = 0; position < perPage; ++position) {
        const qsizetype index = qsizetype(page) * perPage + position - m_skipped;
        if (index < 0)
            continue;
        if (index >= items.size())
            break;
        const QRectF mm = m_layout.labelRectMm(position);
        const QRectF rect(mm.x() * dotsPerMm, mm.y() * dotsPerMm, mm.width() * dotsPerMm,
                          mm.height() * dotsPerMm);
        complete &= LabelPainter::paint(painter, rect, dotsPerMm, items.at(index), m_options, error);
    }
    return complete;
}

bool LabelSheetWriter::paintPages(QPagedPaintDevice &device, double dotsPerMm, const QList<LabelItem> &items,
                                  QString *error, const Progress &progress) const
{
    QPainter painter;
    if (!painter.begin(&device)) {
        *error = tr("The labels cannot be written there.");
        return false;
    }
    const int pages = pageCount(int(items.size()));
    bool complete = true;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        complete &= paintPage(painter, dotsPerMm, items, page, error);
        const int done = std::min(int(items.size()), (page + 1) * m_layout.labelsPerPage() - m_skipped);
        if (progress && !progress(done)) {
            painter.end();
            *error = tr("Cancelled.");
            return false;
        }
    }
    painter.end();
    return complete;
}

bool LabelSheetWriter::writePdf(const QList<LabelItem> &items, const QString &path, QString *error,
                                const Progress &progress) const
{
    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setCreator(QStringLiteral("Bestand"));
    writer.setTitle(tr("Asset labels"));
    writer.setPageLayout(QPageLayout(QPageSize(m_layout.pageMm, QPageSize::Millimeter), QPageLayout::Portrait,
                                     QMarginsF(), QPageLayout::Millimeter));
    if (!paintPages(writer, writer.resolution() / 25.4, items, error, progress))
        return false;
    return true;
}

bool LabelSheetWriter::print(QPrinter &printer, const QList<LabelItem> &items, QString *error) const
{
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(m_layout.pageMm, QPageSize::Millimeter),
                                      QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
    return paintPages(printer, printer.resolution() / 25.4, items, error, {});
}

QImage LabelSheetWriter::renderPage(const QList<LabelItem> &items, int page, double dotsPerMm,
                                    QString *error) const
{
    QImage image(qRound(m_layout.pageMm.width() * dotsPerMm), qRound(m_layout.pageMm.height() * dotsPerMm),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dotsPerMm * 1000));
    image.setDotsPerMeterY(qRound(dotsPerMm * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    QString ignored;
    paintPage(painter, dotsPerMm, items, page, error ? error : &ignored);
    return image;
}
