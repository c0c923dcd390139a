#include "itemscreening.h"

#include "../domain/attachment.h"
#include "../domain/item.h"
#include "../storage/wordlistrepository.h"

namespace gongkai {

const ScreeningResult& ItemScreeningResult::of(ItemTextField field) const
{
    switch (field) {
    case ItemTextField::Title:
        return title;
    case ItemTextField::Summary:
        return summary;
    case ItemTextField::Body:
    case ItemTextField::Attachment:
        break;
    }
    return body;
}

qsizetype ItemScreeningResult::highCount() const
{
    qsizetype n = title.highCount + summary.highCount + body.highCount;
    for (const AttachmentScreening& a : attachments)
        n += a.result.highCount;
    return n;
}

qsizetype ItemScreeningResult::totalCount() const
{
    qsizetype n = title.totalCount() + summary.totalCount() + body.totalCount();
    for (const AttachmentScreening& a : attachments)
        n += a.result.totalCount();
    return n;
}

QList<ItemFinding> ItemScreeningResult::all() const
{
    QList<ItemFinding> out;
    for (ItemTextField f : {ItemTextField::Title, ItemTextField::Summary, ItemTextField::Body}) {
        for (const Finding& finding : of(f).findings)
            out.append({f, finding, {}});
    }
    for (const AttachmentScreening& a : attachments) {
        for (const Finding& finding : a.result.findings)
            out.append({ItemTextField::Attachment, finding, a.fileName});
    }
    return out;
}

QList<ItemFinding> ItemScreeningResult::high() const
{
    QList<ItemFinding> out;
    for (const ItemFinding& f : all()) {
        if (f.finding.severity == Severity::High)
            out.append(f);
    }
    return out;
}

ItemScreening::ItemScreening(const WordList& words) : m_screener(words) {}

ItemScreening ItemScreening::forOffice(Database& db)
{
    return ItemScreening(WordListRepository(db).list());
}

ItemScreeningResult ItemScreening::screen(const Item& item) const
{
    return screen(item.title, item.summary, item.body, item.attachments);
}

ItemScreeningResult ItemScreening::screen(const QString& title, const QString& summary, const QString& body,
                                          const QList<Attachment>& attachments) const
{
    ItemScreeningResult r = screen(title, summary, body);
    for (const Attachment& a : attachments)
        r.attachments.append({a.fileName, m_screener.screen(a.text)});
    return r;
}

ScreeningResult ItemScreening::screenText(const QString& text) const
{
    return m_screener.screen(text);
}

ItemScreeningResult ItemScreening::screen(const QString& title, const QString& summary, const QString& body) const
{
    return {m_screener.screen(title), m_screener.screen(summary), m_screener.screen(body)};
}

QString ItemScreening::fieldName(ItemTextField field)
{
    switch (field) {
    case ItemTextField::Title:
        return tr("Title");
    case ItemTextField::Summary:
        return tr("Summary");
    case ItemTextField::Body:
        break;
    case ItemTextField::Attachment:
        return tr("Attachment");
    }
    return tr("Body");
}

QString ItemScreening::placeName(const ItemFinding& f)
{
    if (f.field == ItemTextField::Attachment)
        return tr("Attachment %1").arg(f.attachment);
    return fieldName(f.field);
}

QString ItemScreening::describe(const ItemFinding& f)
{
    return tr("%1, line %2: %3 (%4, %5)")
        .arg(placeName(f))
        .arg(f.finding.line)
        .arg(f.finding.text, Finding::kindName(f.finding.kind), SeverityNames::displayName(f.finding.severity));
}

} // namespace gongkai
