#include "scoreexplanationdialog.h"

#include "catalogue/standardsset.h"
#include "reporting/scoreexplanation.h"
#include "scoring/readiness.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace seqohs;

ScoreExplanationDialog::ScoreExplanationDialog(const Readiness &readiness, const StandardsSet &set,
                                               const QString &itemId, QWidget *parent)
    : QDialog(parent)
    , m_readiness(readiness)
{
    setObjectName(QStringLiteral("scoreExplanationDialog"));
    setWindowTitle(tr("Why this score?"));
    m_scope = new QComboBox(this);
    auto *scopeLabel = new QLabel(tr("&Explain:"), this);
    scopeLabel->setBuddy(m_scope);

    // The criterion on screen, then the standard and domain it belongs to, then the whole set.
    const std::optional<AssessableItem> item =
        itemId.isEmpty() ? std::nullopt : set.findAssessable(itemId);
    if (item) {
        m_scope->addItem(tr("This criterion: %1 %2").arg(item->code, item->title), item->id);
        if (item->domainIndex >= 0 && item->domainIndex < set.domains.size()) {
            const Domain &domain = set.domains.at(item->domainIndex);
            if (item->criterionIndex >= 0 && item->standardIndex >= 0 &&
                item->standardIndex < domain.standards.size()) {
                const Standard &standard = domain.standards.at(item->standardIndex);
                m_scope->addItem(tr("Its standard: %1 %2").arg(standard.code, standard.title),
                                 standard.id);
            }
            m_scope->addItem(tr("Its domain: %1 %2").arg(domain.code, domain.title), domain.id);
        }
    }
    m_scope->addItem(tr("The whole self-assessment"), QStringLiteral("overall"));
    for (const Domain &domain : set.domains) {
        if (item && item->domainIndex >= 0 && set.domains.at(item->domainIndex).id == domain.id)
            continue;
        m_scope->addItem(tr("Domain %1 %2").arg(domain.code, domain.title), domain.id);
    }

    m_text = new QPlainTextEdit(this);

    m_text->setTabChangesFocus(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Explanation"));
    auto *note = new QLabel(tr("The same explanation as the command line prints with "
                               "\u201cscore --explain\u201d. The rules are in the scoring "
                               "documentation."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ScoreExplanationDialog::show);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeLabel);
    layout->addWidget(m_scope);
    layout->addWidget(m_text, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    show(0);
    resize(760, 560);
}

QString ScoreExplanationDialog::text() const
{
    return m_text->toPlainText();
}

void ScoreExplanationDialog::show(int index)
{
    const QString node = m_scope->itemData(index).toString();
    const QString text = ScoreExplanation::text(m_readiness, node);
    m_text->setPlainText(text.isEmpty() ? tr("There is nothing to explain for this item.") : text);
}
