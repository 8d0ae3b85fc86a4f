#pragma once

#include <QDialog>
#include <QHash>

#include <functional>

#include "assets/asset.h"

class AssetRepository;
class Database;
class MasterDataRepository;
class QLabel;
class QLineEdit;
class QComboBox;
class QPlainTextEdit;
class ReferenceComboBox;

// Creates, edits or duplicates one asset. Every field is checked before saving
// (AssetValidator) and a problem is shown at the field: red frame, text below.
// The dialog saves through a handler given by the window, so the saved change
// becomes an undoable command; nothing is written while a field is invalid.
class AssetEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit, Duplicate };
    enum class SaveOutcome { Saved, Failed, Conflict };
    // Writes the asset (sets id and row version); error explains a failure.
    using SaveHandler = std::function<SaveOutcome(Asset &asset, QString *error)>;

    AssetEditDialog(Database &database, MasterDataRepository &masterData, AssetRepository &repository,
                    Mode mode, const Asset &asset, QWidget *parent = nullptr);
    ~AssetEditDialog() override;

    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }

    // Validates and saves; true when saved (the dialog is then accepted).
    bool save();
    Asset asset() const { return m_asset; }
    // The message shown at a field, empty when it is fine (for tests and screen readers).
    QString fieldMessage(AssetField field) const;
    QWidget *fieldWidget(AssetField field) const { return m_widgets.value(field); }
    QString generalMessage() const;

    void accept() override;

private:
    void buildForm();
    void addField(class QGridLayout *grid, int row, int column, AssetField field, QWidget *widget);
    void load(const Asset &asset);
    // The asset as typed; texts that need parsing go to typedTexts.
    Asset collect(QHash<AssetField, QString> *typedTexts) const;
    void showMessages(const QHash<AssetField, QString> &messages);
    void setGeneralMessage(const QString &message);
    QLineEdit *lineEdit(AssetField field) const;

    Database &m_database;
    MasterDataRepository &m_masterData;
    AssetRepository &m_repository;
    Mode m_mode;
    Asset m_asset;
    SaveHandler m_saveHandler;
    QHash<AssetField, QWidget *> m_widgets;
    QHash<AssetField, QLabel *> m_messageLabels;
    QLabel *m_generalMessage = nullptr;
    ReferenceComboBox *m_site = nullptr;
    ReferenceComboBox *m_room = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};
