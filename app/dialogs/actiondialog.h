#pragma once

#include "catalogue/standardsset.h"
#include "workspace/action.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Creates or edits an action: what, for which requirement, who, by when, how far.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    ActionDialog(const seqohs::Action &action, const seqohs::StandardsSet &set, bool isNew,
                 QWidget *parent = nullptr);

    seqohs::Action action() const;
    void accept() override;

private:
    seqohs::Action m_action;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_item = nullptr;
    QLineEdit *m_owner = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_repeat = nullptr;
    QSpinBox *m_months = nullptr;
    QDateEdit *m_yearlyDay = nullptr;
    QLabel *m_warning = nullptr;
};
