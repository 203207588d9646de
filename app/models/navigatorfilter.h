#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

// Narrows the navigator to what the lead is looking for. A domain or standard stays visible
// while any criterion below it matches.
class NavigatorFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit NavigatorFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    void setResult(std::optional<int> result); // AssessmentResult as int, or any
    void setMustOnly(bool on);
    void setWithoutEvidenceOnly(bool on);
    void setExpiringOnly(bool on);
    void setNeedsReconfirmationOnly(bool on);
    void setBlockersOnly(bool on); // only the items that block readiness
    // Only these assessable items (a person's items), or any.
    void setOnlyItems(const std::optional<QSet<QString>> &items);

    bool isActive() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool textMatches(const QModelIndex &source) const;

    QString m_text;
    std::optional<int> m_result;
    bool m_mustOnly = false;
    bool m_withoutEvidence = false;
    bool m_expiring = false;
    bool m_reconfirm = false;
    bool m_blockers = false;
    std::optional<QSet<QString>> m_onlyItems;
};
