#pragma once

#include "common/expected.h"
#include "finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace seqohs {

// follow-up.json, the heart of a follow-up pack: for each standard whose finding it answers,
// the assessor's earlier finding, the evidence that is new or changed since the base pack, the
// assessments that changed, and the service's answer to each required action. The assessor's
// review keeps it per round (ReviewRound), so "what is new since the last round" is this.
struct FollowUpContent
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::FollowUpContent)

public:
    static constexpr int FormatVersion = 1;

    struct EvidenceChange
    {
        qint64 id = 0;
        QString kind;   // "file", "link", "statement"
        QString change; // "new", "changed" (its content), "linked" (newly supports the standard)
        QString title;
        QString description;
        QString path;      // in the follow-up pack, for a new or changed file; else empty
        QString fileName;  // files
        QByteArray sha256; // files
        int version = 0;   // files: the current version
        int baseVersion = 0;
        QString url;       // links
        QString statement; // statements
        QStringList items; // the criteria of the standard it supports

        bool operator==(const EvidenceChange &) const = default;
    };
    struct AssessmentChange
    {
        QString itemId;
        QString itemCode;
        QString resultBefore; // resultToString(); "not-assessed" when the base had none
        QString resultNow;
        QString narrativeBefore;
        QString narrativeNow;
        QString justificationBefore; // why it does not apply, for a not-applicable result
        QString justificationNow;

        bool operator==(const AssessmentChange &) const = default;
    };
    struct Answer
    {
        QString requiredAction; // as the assessor wrote it
        QDate due;
        qint64 actionId = 0; // the service's action; 0 when it was removed
        QString status;      // actionStatusToString(); empty when there is no action
        QString answer;      // empty: unanswered

        bool operator==(const Answer &) const = default;
    };
    struct Standard
    {
        QString standardId;
        QString standardCode;
        QString standardTitle;
        StandardFinding earlier; // the finding the follow-up answers
        QList<EvidenceChange> evidence;
        QList<AssessmentChange> assessments;
        QList<Answer> answers;

        int unanswered() const;
        bool operator==(const Standard &) const = default;
    };

    QString base;     // root hash of the pack the assessor reviewed
    int round = 0;    // this follow-up's round (the full pack is round 1)
    QString response; // the id of the response it answers
    QList<Standard> standards;

    const Standard *standard(const QString &standardId) const;
    int unanswered() const;

    QJsonObject toObject() const;
    static FollowUpContent fromObject(const QJsonObject &o);
    // The file as stored in the pack: {"format": "seqohs-follow-up", "formatVersion": 1, ...}.
    QByteArray toJson() const;
    // file names the source in errors.
    static Expected<FollowUpContent> fromJson(const QByteArray &json, const QString &file);

    bool operator==(const FollowUpContent &) const = default;
};

} // namespace seqohs
