#include "signoffdialog.h"

#include "models/workspacedocument.h"
#include "workspace/signoffcoverage.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace seqohs;

SignOffDialog::SignOffDialog(const WorkspaceDocument &document, const QString &itemId,
                             QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Sign off"));
    const StandardsSet &set = document.workspace().standardsSet();
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("signOffScope"));
    if (const std::optional<AssessableItem> item = set.findAssessable(itemId)) {
        const Domain &d = set.domains.at(item->domainIndex);
        const Standard &s = d.standards.at(item->standardIndex);
        if (item->criterionIndex >= 0) {
            m_scope->addItem(
                tr("This criterion: %1 %2").arg(item->code, item->title),
                QStringList{signOffScopeToString(SignOff::Scope::Criterion), item->id});
        }
        m_scope->addItem(tr("Its standard: %1 %2").arg(s.code, s.title),
                         QStringList{signOffScopeToString(SignOff::Scope::Standard), s.id});
        m_scope->addItem(tr("Its domain: %1 %2").arg(d.code, d.title),
                         QStringList{signOffScopeToString(SignOff::Scope::Domain), d.id});
    }
    m_scope->addItem(tr("The whole self-assessment"),
                     QStringList{signOffScopeToString(SignOff::Scope::Whole), QString()});
    m_signer = new QLineEdit(Workspace::userName(), this);
    m_signer->setObjectName(QStringLiteral("signOffSigner"));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("signOffComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("For example: reviewed at the governance group meeting"));
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 5);

    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_scope);
    form->addRow(tr("Signed off &by:"), m_signer);
    form->addRow(tr("&Comment:"), m_comment);

    m_coverage = new QLabel(this);
    m_coverage->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("signOffProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #8f2419; }"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign off"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SignOffDialog::updateCoverage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_coverage);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateCoverage();
    resize(560, sizeHint().height());
}

SignOff::Scope SignOffDialog::scope() const
{
    return signOffScopeFromString(m_scope->currentData().toStringList().value(0))
        .value_or(SignOff::Scope::Whole);
}

QString SignOffDialog::target() const
{
    return m_scope->currentData().toStringList().value(1);
}

QString SignOffDialog::signer() const
{
    return m_signer->text().trimmed();
}

QString SignOffDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void SignOffDialog::updateCoverage()
{
    const int n = int(
        SignOffCoverage::items(m_document.workspace().standardsSet(), scope(), target()).size());
    m_coverage->setText(tr("The sign-off records the result, narrative and justification of %n "
                           "criterion(s) and the content of the evidence linked to them. Any "
                           "later change to them voids it, and the window, the report and the "
                           "pack then say what changed.",
                           nullptr, n));
}

void SignOffDialog::accept()
{
    if (signer().isEmpty()) {
        m_problem->setText(tr("Give the name of the person signing off."));
        m_problem->show();
        m_signer->setFocus();
        return;
    }
    QDialog::accept();
}
