#pragma once

#include "screening/screener.h"
#include "screening/screeningresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gongkai {

class Database;
struct Attachment;
struct Item;

/// The screened text fields of an item.
enum class ItemTextField
{
    Title,
    Summary,
    Body,
    Attachment,
};

/// One finding and the field it was found in.
struct ItemFinding
{
    ItemTextField field = ItemTextField::Body;
    Finding finding;
    QString attachment; ///< the file's name, when field is Attachment
};

/// What screening one attached file's text found.
struct AttachmentScreening
{
    QString fileName;
    ScreeningResult result;
};

/// What screening an item's title, summary and body found.
struct ItemScreeningResult
{
    ScreeningResult title;
    ScreeningResult summary;
    ScreeningResult body;
    QList<AttachmentScreening> attachments;

    /// Title, summary or body (Attachment gives the body: attachments are in the list).
    const ScreeningResult& of(ItemTextField field) const;
    qsizetype highCount() const;
    qsizetype totalCount() const;
    bool hasHigh() const { return highCount() > 0; }
    /// Every listed finding, title first, then summary and body.
    QList<ItemFinding> all() const;
    /// The listed high findings, in the same order.
    QList<ItemFinding> high() const;
};

/// Screens items with the office's word list (table word_list) and the built-in markings and
/// personal-data checks. Build it once (it compiles the list) and screen as often as needed.
class ItemScreening
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemScreening)

public:
    explicit ItemScreening(const WordList& words);
    /// With the office's list as stored in db.
    static ItemScreening forOffice(Database& db);

    ItemScreeningResult screen(const Item& item) const;
    ItemScreeningResult screen(const QString& title, const QString& summary, const QString& body) const;
    /// Title, summary and body, and the text of each attachment.
    ItemScreeningResult screen(const QString& title, const QString& summary, const QString& body,
                               const QList<gongkai::Attachment>& attachments) const;
    ScreeningResult screenText(const QString& text) const;

    const Screener& screener() const { return m_screener; }

    /// Translated name of a field, e.g. "Summary".
    static QString fieldName(ItemTextField field);
    /// Where a finding is: the field's name, or "Attachment 通知.docx".
    static QString placeName(const ItemFinding& finding);
    /// One line for a finding, e.g. "Body, line 3: 秘密★1年 (Classification marking, high)".
    static QString describe(const ItemFinding& finding);

private:
    Screener m_screener;
};

} // namespace gongkai
