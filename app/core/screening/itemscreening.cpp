#include "itemscreening.h"

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
        break;
    }
    return body;
}

QList<ItemFinding> ItemScreeningResult::all() const
{
    QList<ItemFinding> out;
    for (ItemTextField f : {ItemTextField::Title, ItemTextField::Summary, ItemTextField::Body}) {
        for (const Finding& finding : of(f).findings)
            out.append({f, finding});
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
    return screen(item.title, item.summary, item.body);
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
    }
    return tr("Body");
}

QString ItemScreening::describe(const ItemFinding& f)
{
    return tr("%1, line %2: %3 (%4, %5)")
        .arg(fieldName(f.field))
        .arg(f.finding.line)
        .arg(f.finding.text, Finding::kindName(f.finding.kind), SeverityNames::displayName(f.finding.severity));
}

} // namespace gongkai
