#pragma once

#include "../error.h"
#include "attachment.h"
#include "publication.h"
#include "submission.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace gongkai {

/// Where an item stands in its life; the review chain moves it between these.
enum class ItemStatus {
    Draft = 0,       ///< 草稿
    UnderReview = 1, ///< 审查中
    Approved = 2,    ///< 已审核
    Rejected = 3,    ///< 已退回
    Published = 4,   ///< 已发布
    Withdrawn = 5,   ///< 已撤回
};

/// 公开属性.
enum class DisclosureAttribute {
    Proactive = 0, ///< 主动公开
    OnRequest = 1, ///< 依申请公开
    Withheld = 2,  ///< 不予公开 (needs the legal ground)
};

QString statusCode(ItemStatus status);
bool statusFromString(const QString& text, ItemStatus* status);
QString statusDisplayName(ItemStatus status);
QList<ItemStatus> allStatuses();

QString attributeCode(DisclosureAttribute attribute);
bool attributeFromString(const QString& text, DisclosureAttribute* attribute);
QString attributeDisplayName(DisclosureAttribute attribute);
QList<DisclosureAttribute> allAttributes();

/// One piece of information in the ledger, with its publications and submissions.
struct Item
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::Item)

public:
    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxDocNumberLength = 60;

    qint64 id = 0;
    QString title;
    QString docNumber; ///< 文号, free text, e.g. 阜政办〔2017〕32号
    qint64 categoryId = 0;
    DisclosureAttribute attribute = DisclosureAttribute::Proactive;
    QString withheldGround; ///< legal ground when withheld
    qint64 departmentId = 0;
    qint64 authorId = 0;
    QString summary;
    QString body;
    QDate drafted;
    ItemStatus status = ItemStatus::Draft;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    int rowVersion = 0;

    QList<Publication> publications;
    QList<Submission> submissions;
    /// The files attached, as they stand (removed ones are kept in the database but not listed here).
    QList<Attachment> attachments;

    /// A historical item reviewed on paper before it was entered (纸质审查): the reviewers' names and
    /// dates as text. Empty when the item was not. Once recorded it is kept as it was (ItemRepository
    /// refuses to change it); it stands in for the review chain only while the item has no review round.
    QString paperReview;

    /// Checks the rules that need no database; empty when valid.
    QList<FieldError> validate(const QDate& today = QDate::currentDate()) const;
};

} // namespace gongkai
