#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace seqohs {
struct Readiness;
struct StandardsSet;
} // namespace seqohs

// "Why this score?": every item's contribution to a criterion, its standard, its domain or the
// whole set, in the same words as the command line's `score --explain`.
class ScoreExplanationDialog : public QDialog
{
    Q_OBJECT
public:
    ScoreExplanationDialog(const seqohs::Readiness &readiness, const seqohs::StandardsSet &set,
                           const QString &itemId, QWidget *parent = nullptr);

    QComboBox *scope() const { return m_scope; }
    QString text() const;

private:
    void show(int index);

    const seqohs::Readiness &m_readiness;
    QComboBox *m_scope = nullptr;
    QPlainTextEdit *m_text = nullptr;
};
