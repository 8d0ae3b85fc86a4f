#pragma once

#include <QWizard>

#include <optional>

#include "import/assetimporter.h"
#include "import/csvreader.h"
#include "import/importprofile.h"
#include "import/importundo.h"

class ImportJob;
class ImportProblemList;
class ImportUndoRunner;
class ColumnMappingWidget;
class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QThread;

// Guides a legacy list import: pick a file and see its first rows as decoded
// (encoding and separator changeable) → choose a profile and adjust which column
// becomes which field by hand, beside sample values → check it with a dry run and
// choose the matching policy → run it in a worker thread (progress, rows/s,
// Cancel) → summary with the counts, the rejects file and Undo. Runs no SQL
// itself: AssetImporter and ImportUndo do.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    explicit ImportWizard(Database &database, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // For tests and "open with": start with this file chosen.
    void setFilePath(const QString &path);
    int previewRowCount() const;
    const std::optional<ImportResult> &lastResult() const { return m_lastResult; }
    // Writes the profile as mapped on the profile page, named after the file, and
    // makes it the chosen profile. "Save profile…" asks for the path.
    bool saveProfile(const QString &path, QString *error);

signals:
    void importFinished(const ImportResult &result);
    void undoFinished(const ImportUndo::Result &result);

protected:
    void done(int result) override;
    bool validateCurrentPage() override;

private:
    enum PageId { FilePage, ProfilePage, CheckPage, RunPage };

    QWizardPage *createFilePage();
    QWizardPage *createProfilePage();
    QWizardPage *createCheckPage();
    QWizardPage *createRunPage();
    void chooseFile();
    void updatePreview();
    // Starts the column mapping from the chosen profile, unless it already shows
    // this profile for this file (so going back keeps the changes made by hand).
    void updateMapping(bool restart);
    void showMappingProblem();
    void loadProfileFile();
    void saveProfileAs();
    ImportOptions currentOptions(bool dryRun) const;
    void startJob(bool dryRun);
    void onProgress(qint64 bytesRead, qint64 totalBytes, qint64 rows);
    void onFinished(const ImportResult &result);
    void stopJob();
    void undo();
    void onUndoFinished(qint64 batchId, const ImportUndo::Result &result);
    std::optional<ImportProfile> baseProfile() const;
    // The chosen profile with the mapping made on the profile page.
    std::optional<ImportProfile> currentProfile() const;

    Database &m_database;
    CsvFormat m_format;
    QStringList m_header;
    QList<QStringList> m_sampleRows;
    std::optional<ImportProfile> m_fileProfile;
    std::optional<ImportResult> m_lastResult;
    bool m_lastWasDryRun = false;

    QLineEdit *m_filePath = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_separator = nullptr;
    QTableWidget *m_preview = nullptr;
    QComboBox *m_profile = nullptr;
    ColumnMappingWidget *m_columns = nullptr;
    QString m_mappedProfileKey;
    QStringList m_mappedHeader;
    QLabel *m_mappingProblem = nullptr;
    QRadioButton *m_createOnly = nullptr;
    QRadioButton *m_updateMatched = nullptr;
    QRadioButton *m_skipMatched = nullptr;
    QCheckBox *m_lenient = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_checkSummary = nullptr;
    ImportProblemList *m_checkProblems = nullptr;
    ImportProblemList *m_runProblems = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_rate = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_undo = nullptr;

    QThread *m_thread = nullptr;
    ImportJob *m_job = nullptr;
    ImportUndoRunner *m_undoRunner = nullptr;
    qint64 m_startedMs = 0;
};
