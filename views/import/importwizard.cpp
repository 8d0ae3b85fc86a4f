#include "import/importwizard.h"

#include "import/importproblemlist.h"

#include "import/columnmappingwidget.h"
#include "import/importjob.h"
#include "import/importproblemlist.h"
#include "import/importundo.h"
#include "import/importundorunner.h"
#include "masterdata/masterdatarepository.h"
#include "storage/database.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace {
constexpr int previewRows = 20;
constexpr qint64 previewBytes = 256 * 1024;

const QList<TextEncoding> encodings = { TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                                        TextEncoding::Windows1252 };
const QList<QChar> separators = { QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t'), QLatin1Char('|') };

QString separatorName(QChar separator)
{
    return separator == QLatin1Char('\t') ? ImportWizard::tr("Tab") : QString(separator);
}
} // namespace

ImportWizard::ImportWizard(Database &database, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
{
    setWindowTitle(tr("Import a legacy list"));
    // On the last page the import has run (or runs, with its own Cancel): Finish closes.
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_undoRunner = new ImportUndoRunner(m_database.settings(), this);
    connect(m_undoRunner, &ImportUndoRunner::finished, this, &ImportWizard::onUndoFinished);
    setPage(FilePage, createFilePage());
    setPage(ProfilePage, createProfilePage());
    setPage(CheckPage, createCheckPage());
    setPage(RunPage, createRunPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ProfilePage)
            updateMapping(false);
        else if (id == RunPage && !m_thread)
            startJob(false);
    });
    resize(900, 600);
}

ImportWizard::~ImportWizard()
{
    stopJob();
    m_undoRunner->wait();
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("File"));
    page->setSubTitle(tr("Choose the list to import. The first rows are shown as they will be read."));
    m_filePath = new QLineEdit;
    auto *browse = new QPushButton(tr("Choose…"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    connect(m_filePath, &QLineEdit::editingFinished, this, [this] {
        m_format = {};
        m_encoding->setCurrentIndex(-1);
        updatePreview();
    });
    m_encoding = new QComboBox;
    for (TextEncoding encoding : encodings)
        m_encoding->addItem(CsvFormat::encodingName(encoding));
    m_separator = new QComboBox;
    for (QChar separator : separators)
        m_separator->addItem(separatorName(separator));
    m_preview = new QTableWidget;
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const auto reread = [this] {
        if (m_encoding->currentIndex() >= 0)
            m_format.encoding = encodings.at(m_encoding->currentIndex());
        if (m_separator->currentIndex() >= 0)
            m_format.separator = separators.at(m_separator->currentIndex());
        updatePreview();
    };
    connect(m_encoding, &QComboBox::activated, this, reread);
    connect(m_separator, &QComboBox::activated, this, reread);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_filePath, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Separator:"), m_separator);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    return page;
}

QWizardPage *ImportWizard::createProfilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Profile"));
    page->setSubTitle(
        tr("The profile says which column becomes which field. Start from a profile and adjust the "
           "fields by hand; ignored columns are not imported."));
    m_profile = new QComboBox;
    m_profile->setObjectName(QStringLiteral("profile"));
    for (const QString &name : ImportProfile::builtInNames()) {
        const std::optional<ImportProfile> profile = ImportProfile::load(name, nullptr);
        if (profile)
            m_profile->addItem(profile->title, name);
    }
    auto *fromFile = new QPushButton(tr("Load profile file…"));
    connect(fromFile, &QPushButton::clicked, this, &ImportWizard::loadProfileFile);
    auto *save = new QPushButton(tr("Save profile…"));
    save->setToolTip(tr("Save this mapping as a profile file, to import lists like this one again"));
    connect(save, &QPushButton::clicked, this, &ImportWizard::saveProfileAs);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] { updateMapping(false); });
    m_columns = new ColumnMappingWidget;
    QString error;
    m_columns->setAuthorities(MasterDataRepository(m_database).list(MasterDataKind::Authority, &error));
    connect(m_columns, &ColumnMappingWidget::mappingChanged, this, &ImportWizard::showMappingProblem);
    m_mappingProblem = new QLabel;
    m_mappingProblem->setObjectName(QStringLiteral("mappingProblem"));
    m_mappingProblem->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_profile, 1);
    row->addWidget(fromFile);
    row->addWidget(save);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_mappingProblem);
    return page;
}

QWizardPage *ImportWizard::createCheckPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Check and choose"));
    page->setSubTitle(
        tr("What happens to rows that match an asset or licence already recorded? A dry run shows "
           "what the import would do, without writing anything."));
    m_createOnly = new QRadioButton(tr("Create new items only; leave matched ones as they are"));
    m_updateMatched = new QRadioButton(tr("Update matched items (changed fields only, kept in the history)"));
    m_skipMatched = new QRadioButton(tr("Skip matched items entirely"));
    m_createOnly->setChecked(true);
    m_lenient = new QCheckBox(
        tr("Import rows with unreadable values, leaving the value empty (noted in the history)"));
    m_checkButton = new QPushButton(tr("Check (dry run)"));
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    connect(m_checkButton, &QPushButton::clicked, this, [this] { startJob(true); });
    m_checkSummary = new QLabel;
    m_checkSummary->setWordWrap(true);
    m_checkProblems = new ImportProblemList;
    m_checkProblems->setObjectName(QStringLiteral("checkProblems"));
    auto *layout = new QVBoxLayout(page);
    for (QWidget *widget : { static_cast<QWidget *>(m_createOnly), static_cast<QWidget *>(m_updateMatched),
                             static_cast<QWidget *>(m_skipMatched), static_cast<QWidget *>(m_lenient) })
        layout->addWidget(widget);
    layout->addWidget(m_checkButton, 0, Qt::AlignLeft);
    layout->addWidget(m_checkSummary);
    layout->addWidget(m_checkProblems, 1);
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("Import"));
    return page;
}

QWizardPage *ImportWizard::createRunPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Import"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_rate = new QLabel;
    m_cancel = new QPushButton(tr("Cancel import"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setOpenExternalLinks(true);
    m_undo = new QPushButton(tr("Undo this import"));
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setVisible(false);
    connect(m_undo, &QPushButton::clicked, this, &ImportWizard::undo);
    m_runProblems = new ImportProblemList;
    m_runProblems->setObjectName(QStringLiteral("runProblems"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_rate);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addWidget(m_runProblems, 1);
    layout->addWidget(m_undo, 0, Qt::AlignLeft);
    return page;
}

void ImportWizard::setFilePath(const QString &path)
{
    m_filePath->setText(path);
    m_format = {};
    m_encoding->setCurrentIndex(-1);
    updatePreview();
}

int ImportWizard::previewRowCount() const
{
    return m_preview->rowCount();
}

void ImportWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a list"), m_filePath->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportWizard::updatePreview()
{
    m_header.clear();
    m_sampleRows.clear();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    // Only the first bytes are read: the preview is instant for any file size.
    QFile file(m_filePath->text());
    if (!file.open(QIODevice::ReadOnly))
        return;
    QByteArray sample = file.read(previewBytes);
    if (m_encoding->currentIndex() < 0) {
        m_format = CsvFormatDetector::detect(sample);
        m_encoding->setCurrentIndex(int(encodings.indexOf(m_format.encoding)));
        m_separator->setCurrentIndex(int(separators.indexOf(m_format.separator)));
    }
    QBuffer buffer(&sample);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, m_format);
    CsvRecord record;
    while (reader.readRecord(&record) && m_sampleRows.size() < previewRows) {
        if (m_header.isEmpty()) {
            if (!record.isBlank())
                m_header = record.fields;
            continue;
        }
        m_sampleRows.append(record.fields);
    }
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    m_preview->setRowCount(int(m_sampleRows.size()));
    for (int row = 0; row < m_sampleRows.size(); ++row) {
        const QStringList &fields = m_sampleRows.at(row);
        for (int column = 0; column < fields.size() && column < m_header.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(fields.at(column)));
    }
}

void ImportWizard::loadProfileFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load an import profile"), QString(),
                                                      tr("Import profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    std::optional<ImportProfile> profile = ImportProfile::load(path, &error);
    if (!profile) {
        QMessageBox::warning(this, tr("Import profile"), error);
        return;
    }
    m_fileProfile = profile;
    m_profile->addItem(profile->title, path);
    m_profile->setCurrentIndex(m_profile->count() - 1);
    updateMapping(true);
}

void ImportWizard::saveProfileAs()
{
    const std::optional<ImportProfile> profile = currentProfile();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the import profile"), (profile ? profile->name : QString()) + QStringLiteral(".json"),
        tr("Import profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveProfile(path, &error))
        QMessageBox::warning(this, tr("Import profile"), error);
}

bool ImportWizard::saveProfile(const QString &path, QString *error)
{
    std::optional<ImportProfile> profile = currentProfile();
    if (!profile) {
        if (error)
            *error = tr("Choose a profile first.");
        return false;
    }
    // The file name names the profile, e.g. "gemeinde-x.json" is profile "gemeinde-x".
    const QString name = QFileInfo(path).completeBaseName();
    if (profile->name != name) {
        profile->name = name;
        profile->title = name;
    }
    if (!profile->save(path, error))
        return false;
    if (m_profile->findData(path) < 0)
        m_profile->addItem(profile->title, path);
    m_profile->setCurrentIndex(m_profile->findData(path));
    updateMapping(true);
    return true;
}

std::optional<ImportProfile> ImportWizard::baseProfile() const
{
    const QString key = m_profile->currentData().toString();
    if (key.isEmpty())
        return std::nullopt;
    return ImportProfile::load(key, nullptr);
}

std::optional<ImportProfile> ImportWizard::currentProfile() const
{
    if (m_mappedProfileKey.isEmpty())
        return std::nullopt;
    return m_columns->profile();
}

void ImportWizard::updateMapping(bool restart)
{
    const QString key = m_profile->currentData().toString();
    if (!restart && key == m_mappedProfileKey && m_header == m_mappedHeader)
        return;
    const std::optional<ImportProfile> profile = baseProfile();
    m_mappedProfileKey = profile ? key : QString();
    m_mappedHeader = m_header;
    m_columns->setColumns(m_header, m_sampleRows, profile.value_or(ImportProfile()));
    showMappingProblem();
}

void ImportWizard::showMappingProblem()
{
    const std::optional<ImportProfile> profile = currentProfile();
    m_mappingProblem->setText(profile ? profile->mappingProblem() : tr("Choose a profile."));
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == ProfilePage) {
        const std::optional<ImportProfile> profile = currentProfile();
        if (!profile || !profile->mappingProblem().isEmpty()) {
            showMappingProblem();
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

ImportOptions ImportWizard::currentOptions(bool dryRun) const
{
    ImportOptions options;
    options.dryRun = dryRun;
    options.lenient = m_lenient->isChecked();
    options.policy = m_updateMatched->isChecked() ? ImportOptions::Policy::UpdateMatched
        : m_skipMatched->isChecked()              ? ImportOptions::Policy::SkipMatched
                                                  : ImportOptions::Policy::CreateOnly;
    options.encoding = m_format.encoding;
    options.separator = m_format.separator;
    options.progressInterval = 2000;
    if (!dryRun) {
        const QFileInfo file(m_filePath->text());
        options.rejectsPath = file.dir().filePath(file.completeBaseName() + QStringLiteral(".rejects.csv"));
    }
    return options;
}

void ImportWizard::startJob(bool dryRun)
{
    if (m_thread)
        return;
    const std::optional<ImportProfile> profile = currentProfile();
    if (!profile)
        return;
    m_lastWasDryRun = dryRun;
    m_checkButton->setEnabled(false);
    m_checkSummary->setText(dryRun ? tr("Checking…") : QString());
    m_checkProblems->clear();
    m_progress->setValue(0);
    m_summary->clear();
    m_runProblems->clear();
    m_undo->setVisible(false);
    m_cancel->setEnabled(true);
    m_startedMs = QDateTime::currentMSecsSinceEpoch();

    m_thread = new QThread(this);
    m_job = new ImportJob(m_database.settings(), *profile, m_filePath->text(), currentOptions(dryRun));
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &ImportJob::run);
    connect(m_job, &ImportJob::progress, this, &ImportWizard::onProgress);
    connect(m_job, &ImportJob::finished, this, &ImportWizard::onFinished);
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    m_thread->start();
}

void ImportWizard::onProgress(qint64 bytesRead, qint64 totalBytes, qint64 rows)
{
    if (totalBytes > 0)
        m_progress->setValue(int(bytesRead * 1000 / totalBytes));
    const double seconds = double(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    m_rate->setText(tr("%1 rows, %2 rows/s").arg(rows).arg(seconds > 0 ? qint64(double(rows) / seconds) : 0));
}

void ImportWizard::stopJob()
{
    if (!m_thread)
        return;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_job = nullptr;
}

void ImportWizard::onFinished(const ImportResult &result)
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_job = nullptr;
    m_lastResult = result;
    m_checkButton->setEnabled(true);
    m_cancel->setEnabled(false);
    const ImportCounts &counts = result.counts;
    const QString countText = tr("%1 data rows: %2 created, %3 updated, %4 unchanged, %5 rejected; "
                                 "%6 lines skipped, %7 warnings.")
                                  .arg(counts.dataRows)
                                  .arg(counts.created)
                                  .arg(counts.updated)
                                  .arg(counts.unchanged)
                                  .arg(counts.rejected)
                                  .arg(counts.skippedLines)
                                  .arg(counts.warnings);
    if (m_lastWasDryRun) {
        m_checkSummary->setText(result.ran() ? tr("The import would do this: %1").arg(countText)
                                             : tr("The check failed: %1").arg(result.error));
        m_checkProblems->showResult(result);
        emit importFinished(result);
        return;
    }
    m_progress->setValue(result.ran() ? 1000 : m_progress->value());
    QString text;
    switch (result.status) {
    case ImportResult::Status::Completed:
        text = tr("Imported as batch %1. %2").arg(result.batchId).arg(countText);
        if (!result.rejectsFile.isEmpty())
            text += QStringLiteral("<br>")
                + tr("Rejected rows: <a href=\"%1\">%2</a>")
                      .arg(QUrl::fromLocalFile(result.rejectsFile).toString(),
                           result.rejectsFile.toHtmlEscaped());
        m_undo->setVisible(true);
        break;
    case ImportResult::Status::Cancelled:
        text = tr("The import was cancelled; nothing was changed.");
        break;
    case ImportResult::Status::Failed:
    case ImportResult::Status::DryRun:
        text = tr("The import failed; nothing was changed: %1").arg(result.error.toHtmlEscaped());
        break;
    }
    m_summary->setText(text);
    if (result.ran())
        m_runProblems->showResult(result);
    emit importFinished(result);
}

void ImportWizard::undo()
{
    if (!m_lastResult || m_lastResult->batchId <= 0)
        return;
    if (m_undoRunner->isRunning())
        return;
    m_undo->setEnabled(false);
    m_summary->setText(tr("Undoing import batch %1…").arg(m_lastResult->batchId));
    // All or nothing, so no steps to count: a busy bar says it is working (a whole
    // migration takes a minute or two).
    m_progress->setRange(0, 0);
    m_undoRunner->start(m_lastResult->batchId);
}

void ImportWizard::onUndoFinished(qint64 batchId, const ImportUndo::Result &result)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_undo->setEnabled(true);
    if (!result.ok) {
        m_summary->clear();
        QMessageBox::warning(this, tr("Undo import"), result.error);
        emit undoFinished(result);
        return;
    }
    m_undo->setVisible(false);
    m_summary->setText(ImportUndo::summary(batchId, result));
    emit undoFinished(result);
}

void ImportWizard::done(int result)
{
    // An undo cannot be cancelled (one transaction, nothing half-done to stop), and
    // taking back a whole migration takes a minute or two: the wizard stays until
    // it has ended. Closing while an import runs cancels it: it is rolled back.
    if (m_undoRunner->isRunning()) {
        m_summary->setText(tr("The undo is still running; the wizard can be closed when it has ended."));
        return;
    }
    stopJob();
    QWizard::done(result);
}
