#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gongkai {

class Database;

/// One step of the review form: who signed it, as what, with which opinion and when.
struct ReviewFormStep
{
    int stepIndex = 0;
    QString label;    ///< e.g. 科室负责人初审
    QString stepRole; ///< the role the step names, in Chinese
    bool isSigned = false;
    bool sentBack = false; ///< this step sent the round back (退回) instead of signing
    QString signerName;    ///< printed name as it was when signing (or sending back)
    QString signerLogin;
    QString signerRole; ///< in Chinese, e.g. 科室负责人
    QString opinion;    ///< 同意公开 / 修改后公开 / 不予公开, or 退回
    QString comment;    ///< the free text, or the reason of a send-back
    QDateTime at;       ///< UTC
    QString atText;     ///< local time, e.g. 2026年11月21日 10:32
    bool valid = true;  ///< the signature still matches the item's content
};

/// A send-back of an earlier round, printed briefly.
struct ReviewFormSendBack
{
    int roundNumber = 0;
    QString stepLabel;
    QString name;
    QString reason;
    QString atText;
};

/// Everything the printed review form (保密审查审批表) shows for one item: the data side of
/// data → renderer → device. Texts are ready to print, in Chinese.
struct ReviewFormData
{
    enum class Conclusion
    {
        NotReviewed, ///< never submitted
        UnderReview, ///< the latest round is open
        Approved,    ///< the latest round is approved
        SentBack,    ///< the latest round was sent back
        Recalled,    ///< the latest round was withdrawn
        Paper,       ///< a historical item reviewed on paper
    };

    qint64 itemId = 0;
    QString unit;
    QString title;
    QString docNumber; ///< or —
    QString department;
    QString author;
    QString category;
    QString attribute;           ///< 主动公开 / 依申请公开 / 不予公开
    QString withheldGround;      ///< the legal ground of 不予公开, or empty
    QString channels;            ///< planned channels, joined with 、, or —
    QString plannedDate;         ///< e.g. 2026年11月25日, or —
    QString summary;             ///< or —
    QString attachments;         ///< the attached files' names with their SHA-256 prefix, one a line; or empty
    QString contentHash;         ///< of the item now
    int roundNumber = 0;         ///< the latest round, 0 without one
    QList<ReviewFormStep> steps; ///< of the latest round, every step of its chain
    QString paperReview;         ///< the paper reviewers' text for a historical item
    QString paperRecordedAt;
    QString paperAttester; ///< printed name of the signer who attested the paper review (empty: not attested)
    QString paperFormRef;  ///< the paper form's number or date
    QList<ReviewFormSendBack> earlierSendBacks;
    /// The pre-screen's findings in the item now, one line each (at most kMaxFindings, then a count).
    QStringList findings;
    /// Why the author submitted the latest round despite high findings, or empty.
    QString overrideReason;
    static constexpr int kMaxFindings = 20;
    Conclusion conclusion = Conclusion::NotReviewed;
    QString conclusionText; ///< e.g. 审查通过，同意公开
    QDateTime printedAt;    ///< UTC

    /// Reads the item, its review and the lists; throws Error when the item does not exist.
    static ReviewFormData build(Database& db, qint64 itemId);
    /// The first characters of the content hash, printed in the footer to match paper and record.
    QString hashPrefix() const { return contentHash.left(12); }
    QJsonObject toJson() const;
    static QString conclusionCode(Conclusion conclusion);
};

} // namespace gongkai
