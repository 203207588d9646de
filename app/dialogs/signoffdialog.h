#pragma once

#include "workspace/signoff.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class WorkspaceDocument;

// Asks what to sign off (the criterion shown, its standard, its domain or the whole
// self-assessment), in whose name and with what comment. Says what the sign-off will cover and
// that any later change to it voids it.
class SignOffDialog : public QDialog
{
    Q_OBJECT
public:
    // itemId: the assessable item in view, or empty for the whole self-assessment only.
    SignOffDialog(const WorkspaceDocument &document, const QString &itemId,
                  QWidget *parent = nullptr);

    seqohs::SignOff::Scope scope() const;
    QString target() const;
    QString signer() const;
    QString comment() const;

    void accept() override;

private:
    void updateCoverage();

    const WorkspaceDocument &m_document;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_signer = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_problem = nullptr;
};
