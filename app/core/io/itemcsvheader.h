#pragma once

#include "itemcsvformat.h"
#include "itemimporter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace gongkai {

/// Where each ledger column sits in one import file, read from its header row.
class ItemCsvHeader
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemImporter)

public:
    /// Reads the header row; appends a problem for every unknown, repeated, blank or missing required header.
    static ItemCsvHeader parse(const QStringList& fields, int line, QList<ImportProblem>* problems);

    /// The column's position in a row, or -1 when the file lacks it.
    int index(ItemCsvFormat::Column column) const { return m_index.at(column); }
    bool has(ItemCsvFormat::Column column) const { return index(column) >= 0; }
    /// The header as the file spells it, or the Chinese header when the file lacks the column.
    QString name(ItemCsvFormat::Column column) const;
    /// Fields a row must have: up to the last non-blank header (Excel may add blank columns after it).
    int fieldCount() const { return m_fieldCount; }

private:
    std::array<int, ItemCsvFormat::kColumnCount> m_index{};
    QStringList m_names;
    int m_fieldCount = 0;
};

} // namespace gongkai
