#include "wordmatcher.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace gongkai {

namespace {
struct TrieNode
{
    std::vector<std::pair<uint16_t, int>> children; ///< (class, node), sorted by class
    std::vector<int> patterns;                      ///< patterns ending here
    int fail = 0;
    int32_t cell = 0; ///< where the node lives in the double array
    int32_t base = 0; ///< where its children live: cell base + class
};

int childOf(const TrieNode& node, uint16_t c)
{
    const auto it =
        std::lower_bound(node.children.begin(), node.children.end(), c,
                         [](const std::pair<uint16_t, int>& kid, uint16_t k) { return kid.first < k; });
    return (it != node.children.end() && it->first == c) ? it->second : -1;
}
} // namespace

WordMatcher::WordMatcher()
{
    build({});
}

WordMatcher::WordMatcher(const QStringList& patterns)
{
    build(patterns);
}

char16_t WordMatcher::fold(char16_t unit)
{
    if (unit >= 0xFF01 && unit <= 0xFF5E)
        unit = char16_t(unit - 0xFEE0);
    else if (unit == 0x3000)
        return u' ';
    if (unit >= u'A' && unit <= u'Z')
        return char16_t(unit + 32);
    return unit;
}

void WordMatcher::build(const QStringList& patterns)
{
    // 1. A trie over dense character classes: only the code units the patterns use get a class, so
    // the double array stays as small as the patterns need.
    std::vector<uint16_t> classOfFolded(0x10000, 0);
    int classes = 0;
    std::vector<TrieNode> trie(1);
    m_lengths.clear();
    m_lengths.reserve(size_t(patterns.size()));
    for (int p = 0; p < int(patterns.size()); ++p) {
        const QString& pattern = patterns.at(p);
        m_lengths.push_back(pattern.size());
        if (pattern.isEmpty())
            continue;
        int node = 0;
        for (const QChar ch : pattern) {
            uint16_t& c = classOfFolded[fold(ch.unicode())];
            if (c == 0)
                c = uint16_t(++classes);
            const int next = childOf(trie[size_t(node)], c);
            if (next >= 0) {
                node = next;
                continue;
            }
            const int created = int(trie.size());
            auto& kids = trie[size_t(node)].children;
            kids.insert(std::lower_bound(kids.begin(), kids.end(), std::make_pair(c, 0)), {c, created});
            trie.emplace_back(); // invalidates kids: not used below
            node = created;
        }
        trie[size_t(node)].patterns.push_back(p);
    }
    // Every code unit that folds to a pattern's unit gets its class: the unit itself, the upper-case
    // letter, the full-width forms, the ideographic space.
    m_class.assign(0x10000, 0);
    for (int f = 0; f < 0x10000; ++f) {
        const uint16_t c = classOfFolded[size_t(f)];
        if (c == 0)
            continue;
        m_class[size_t(f)] = c;
        if (f >= u'a' && f <= u'z') {
            m_class[size_t(f - 32)] = c;
            m_class[size_t(f - 32 + 0xFEE0)] = c;
        }
        if (f >= 0x21 && f <= 0x7E)
            m_class[size_t(f + 0xFEE0)] = c;
        if (f == u' ')
            m_class[0x3000] = c;
    }

    // 2. Breadth-first order, failure links.
    std::vector<int> order;
    order.reserve(trie.size());
    order.push_back(0);
    for (size_t i = 0; i < order.size(); ++i) {
        const int u = order[i];
        for (const auto& [c, v] : trie[size_t(u)].children) {
            order.push_back(v);
            if (u == 0)
                continue;
            int f = trie[size_t(u)].fail;
            for (;;) {
                const int w = childOf(trie[size_t(f)], c);
                if (w >= 0) {
                    trie[size_t(v)].fail = w;
                    break;
                }
                if (f == 0)
                    break;
                f = trie[size_t(f)].fail;
            }
        }
    }

    // 3. Double array: place each node's children at the first base where all their cells are free.
    // A node's own cell only matters once all are placed (checks are written at the end), so the
    // order is free.
    // Which cells are taken, 64 to a word, so that the search for free cells skips full stretches
    // at once (cells past the end are free).
    std::vector<uint64_t> taken(1, 1);
    const auto isTaken = [&taken](size_t p) {
        return (p >> 6) < taken.size() && ((taken[p >> 6] >> (p & 63)) & 1u) != 0;
    };
    const auto take = [&taken](size_t p) {
        if ((p >> 6) >= taken.size())
            taken.resize((p >> 6) + 1, 0);
        taken[p >> 6] |= uint64_t(1) << (p & 63);
    };
    const auto nextFree = [&taken](size_t p) {
        size_t word = p >> 6;
        if (word >= taken.size())
            return p;
        uint64_t bits = taken[word] | ((uint64_t(1) << (p & 63)) - 1);
        while (bits == ~uint64_t(0)) {
            if (++word >= taken.size())
                return word << 6;
            bits = taken[word];
        }
        return (word << 6) + size_t(std::countr_one(bits));
    };
    // Nodes with many children first, while the array is still empty enough for them to fit
    // quickly; the many single-child nodes then fill the holes (any free cell fits them).
    std::vector<int> parents;
    for (const int u : order) {
        if (!trie[size_t(u)].children.empty())
            parents.push_back(u);
    }
    std::stable_sort(parents.begin(), parents.end(), [&trie](int a, int b) {
        return trie[size_t(a)].children.size() > trie[size_t(b)].children.size();
    });
    size_t firstFree = 1; // no free cell before it
    // Where the last node with as many children went: cells only ever fill up, so a node like it
    // would rarely fit before (a heuristic; it only costs some density).
    std::vector<size_t> lastPlaced(65, 0);
    int32_t maxBase = 0;
    for (const int u : parents) {
        TrieNode& node = trie[size_t(u)];
        const size_t first = node.children.front().first;
        size_t& last = lastPlaced[std::min<size_t>(node.children.size(), 64)];
        size_t pos = nextFree(std::max({firstFree, first, node.children.size() > 1 ? last : 0}));
        for (;; pos = nextFree(pos + 1)) {
            const size_t base = pos - first;
            const bool fits = std::none_of(node.children.begin(), node.children.end(),
                                           [&](const auto& kid) { return isTaken(base + kid.first); });
            if (fits)
                break;
        }
        last = pos;
        node.base = int32_t(pos - first);
        maxBase = std::max(maxBase, node.base);
        for (const auto& [c, v] : node.children) {
            const size_t cell = size_t(node.base) + c;
            take(cell);
            trie[size_t(v)].cell = int32_t(cell);
        }
        firstFree = nextFree(firstFree);
    }
    // Every base + class is inside the array, so the scan needs no bounds check.
    m_cells.assign(size_t(maxBase) + size_t(classes) + 1, Cell{});
    m_cells[0].check = -2; // the root: taken, and the parent of nothing by its check
    for (const int u : order) {
        const TrieNode& node = trie[size_t(u)];
        m_cells[size_t(node.cell)].base = node.base;
        for (const auto& kid : node.children)
            m_cells[size_t(node.base) + kid.first].check = node.cell;
    }
    // Every base + class is inside the array, so the scan needs no bounds check.
    m_cells.resize(size_t(maxBase) + size_t(classes) + 1);

    // 4. Failure links and outputs in cell terms; a state's outputs continue with its failure state's.
    m_outputs.clear();
    m_fail.assign(m_cells.size(), 0);
    m_output.assign(m_cells.size(), -1);
    for (const int u : order) {
        const TrieNode& node = trie[size_t(u)];
        const size_t cell = size_t(node.cell);
        m_fail[cell] = trie[size_t(node.fail)].cell;
        int32_t head = u == 0 ? -1 : m_output[size_t(m_fail[cell])];
        for (auto p = node.patterns.rbegin(); p != node.patterns.rend(); ++p) {
            m_outputs.push_back({*p, head});
            head = int32_t(m_outputs.size() - 1);
        }
        m_output[cell] = head;
        if (head >= 0)
            m_cells[cell].base |= kOutputFlag;
    }
}

void WordMatcher::findAll(QStringView text, std::vector<Hit>& hits) const
{
    const Cell* cells = m_cells.data();
    const int32_t* fail = m_fail.data();
    const uint16_t* classOf = m_class.data();
    const char16_t* units = text.utf16();
    const qsizetype n = text.size();
    int32_t s = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const int32_t c = classOf[units[i]];
        if (c == 0) {
            // A character no pattern uses: every partial match ends here.
            s = 0;
            continue;
        }
        for (;;) {
            const int32_t t = (cells[s].base & ~kOutputFlag) + c;
            if (cells[t].check == s) {
                s = t;
                break;
            }
            if (s == 0)
                break;
            s = fail[s];
        }
        if (cells[s].base < 0) {
            for (int32_t o = m_output[size_t(s)]; o >= 0; o = m_outputs[size_t(o)].next)
                hits.push_back({i + 1, m_outputs[size_t(o)].pattern});
        }
    }
}

} // namespace gongkai
