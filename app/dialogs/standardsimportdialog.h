#pragma once

#include "catalogue/standardsset.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QWidget;

// Loads a standards set from a file: a standards JSON file, or a spreadsheet saved as CSV from
// the template (the way a service loads the official wording it holds under licence). The set
// is checked in full before anything is kept; a good one is saved into the user's standards
// folder, where the new-workspace and move wizards find it.
class StandardsImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StandardsImportDialog(bool official, QWidget *parent = nullptr);

    // Where loaded sets are kept, and the sets there (paths of their JSON files).
    static QString folder();
    static QStringList loadedSetPaths();

    // After Accepted: the file written and the set's title.
    QString savedPath() const { return m_saved; }
    QString setTitle() const { return m_set ? m_set->title : QString(); }

    // For tests: the same as typing into the fields.
    QLineEdit *fileField() const { return m_file; }
    QLineEdit *idField() const { return m_id; }
    QLineEdit *titleField() const { return m_title; }
    QLabel *resultLabel() const { return m_result; }

private:
    void browse();
    void check();
    void load();
    bool isSpreadsheet() const;

    QLineEdit *m_file = nullptr;
    QWidget *m_csvOptions = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_edition = nullptr;
    QCheckBox *m_official = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<seqohs::StandardsSet> m_set;
    QString m_saved;
};
