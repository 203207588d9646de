#pragma once

#include "workspace/evidenceitem.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Describes an evidence item: a new link or statement, or the details of any existing item.
class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    EvidenceDialog(const seqohs::EvidenceItem &item, bool isNew, QWidget *parent = nullptr);

    seqohs::EvidenceItem item() const;

    void accept() override;

private:
    seqohs::EvidenceItem m_item;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_url = nullptr;
    QPlainTextEdit *m_statement = nullptr;
    QCheckBox *m_hasDate = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_hasReview = nullptr;
    QDateEdit *m_review = nullptr;
    QCheckBox *m_hasCovers = nullptr;
    QCheckBox *m_personal = nullptr;
    QDateEdit *m_coversFrom = nullptr;
    QDateEdit *m_coversTo = nullptr;
    QLabel *m_warning = nullptr;
};
