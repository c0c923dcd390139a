#include "itemcsvheader.h"

namespace gongkai {

QString ItemCsvHeader::name(ItemCsvFormat::Column column) const
{
    const int i = index(column);
    return i >= 0 ? m_names.at(i) : ItemCsvFormat::header(column);
}

ItemCsvHeader ItemCsvHeader::parse(const QStringList& fields, int line, QList<ImportProblem>* problems)
{
    ItemCsvHeader header;
    header.m_index.fill(-1);
    for (const QString& field : fields) {
        QString name = field.trimmed();
        // A stray byte order mark (a file saved twice with one) is not part of the first header.
        if (name.startsWith(QChar(0xFEFF)))
            name = name.mid(1).trimmed();
        header.m_names << name;
    }
    header.m_fieldCount = int(header.m_names.size());
    while (header.m_fieldCount > 0 && header.m_names.at(header.m_fieldCount - 1).isEmpty())
        --header.m_fieldCount;

    QStringList known;
    for (int c = 0; c < ItemCsvFormat::kColumnCount; ++c)
        known << ItemCsvFormat::header(ItemCsvFormat::Column(c));

    for (int i = 0; i < header.m_fieldCount; ++i) {
        const QString& name = header.m_names.at(i);
        if (name.isEmpty()) {
            problems->append({line, QString(), tr("column %1 has no header").arg(i + 1)});
            continue;
        }
        const std::optional<ItemCsvFormat::Column> column = ItemCsvFormat::columnForHeader(name);
        if (!column) {
            problems->append(
                {line, name,
                 tr("unknown column “%1”; the columns are %2").arg(name, known.join(QStringLiteral(", ")))});
            continue;
        }
        if (header.m_index.at(*column) >= 0) {
            problems->append({line, name,
                              tr("column “%1” appears twice (also as “%2”)")
                                  .arg(name, header.m_names.at(header.m_index.at(*column)))});
            continue;
        }
        header.m_index[*column] = i;
    }
    for (int c = 0; c < ItemCsvFormat::kColumnCount; ++c) {
        const auto column = ItemCsvFormat::Column(c);
        if (ItemCsvFormat::isRequired(column) && !header.has(column))
            problems->append(
                {line, ItemCsvFormat::header(column),
                 tr("the required column “%1” (%2) is missing")
                     .arg(ItemCsvFormat::header(column), ItemCsvFormat::headerNames(column).at(1))});
    }
    return header;
}

} // namespace gongkai
