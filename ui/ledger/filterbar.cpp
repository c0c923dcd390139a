#include "filterbar.h"

#include "error.h"
#include "storage/categoryrepository.h"
#include "storage/changeevent.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/departmentrepository.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace gongkai::ui {

namespace {

/// A date edit shows "not set" at its minimum date (its special value text).
const QDate kUnset(2000, 1, 1);
constexpr int kDebounceMs = 250;

struct Named
{
    qint64 id;
    QString name;
    bool active;
};

/// Refills a combo box after "All", keeping the chosen id when it is still there.
void fill(QComboBox* combo, const QList<Named>& entries)
{
    const qint64 chosen = combo->currentData().toLongLong();
    combo->clear();
    combo->addItem(FilterBar::tr("All"), qint64(0));
    for (const Named& e : entries) {
        combo->addItem(e.active ? e.name : FilterBar::tr("%1 (inactive)").arg(e.name), e.id);
    }
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QLabel* label(const QString& text, QWidget* buddy)
{
    auto* l = new QLabel(text);
    l->setBuddy(buddy);
    return l;
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent), m_text(new QLineEdit(this)), m_year(new QComboBox(this)),
      m_period(new QComboBox(this)), m_from(createDateEdit()), m_to(createDateEdit()),
      m_channel(new QComboBox(this)), m_category(new QComboBox(this)), m_department(new QComboBox(this)),
      m_status(new QComboBox(this)), m_clear(new QToolButton(this)), m_debounce(new QTimer(this))
{
    // Names for tests and style sheets.
    m_text->setObjectName(QStringLiteral("filterText"));
    m_year->setObjectName(QStringLiteral("filterYear"));
    m_period->setObjectName(QStringLiteral("filterPeriod"));
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_channel->setObjectName(QStringLiteral("filterChannel"));
    m_category->setObjectName(QStringLiteral("filterCategory"));
    m_department->setObjectName(QStringLiteral("filterDepartment"));
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_clear->setObjectName(QStringLiteral("filterClear"));

    m_text->setPlaceholderText(tr("Search title, document number, summary"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(tr("Items whose title, document number or summary contain every word"));
    m_text->setMinimumWidth(220);

    const int thisYear = QDate::currentDate().year();
    for (int y = thisYear; y >= thisYear - 9; --y)
        m_year->addItem(QString::number(y), y);
    m_year->setToolTip(tr("Year of the period"));
    m_period->addItem(tr("Period…"), int(NoPeriod));
    m_period->addItem(tr("Q1"), int(Q1));
    m_period->addItem(tr("Q2"), int(Q2));
    m_period->addItem(tr("Q3"), int(Q3));
    m_period->addItem(tr("Q4"), int(Q4));
    m_period->addItem(tr("Q1–Q3"), int(FirstThreeQuarters));
    m_period->addItem(tr("Whole year"), int(WholeYear));
    m_period->setToolTip(tr("Sets the publication date range to a quarter, the first three quarters "
                            "or the whole year"));
    const QString rangeTip = tr("Items published in this date range (on the chosen channel, if any)");
    m_from->setToolTip(rangeTip);
    m_to->setToolTip(rangeTip);

    m_status->addItem(tr("All"), -1);
    for (ItemStatus s : allStatuses())
        m_status->addItem(statusDisplayName(s), int(s));
    fill(m_channel, {});
    fill(m_category, {});
    fill(m_department, {});
    for (QComboBox* combo : {m_channel, m_category, m_department, m_status})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show the whole ledger"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 2);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);

    auto* top = new QHBoxLayout;
    top->addWidget(label(tr("&Search:"), m_text));
    top->addWidget(m_text, 1);
    top->addSpacing(12);
    top->addWidget(label(tr("Published:"), m_from));
    top->addWidget(m_year);
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("–")));
    top->addWidget(m_to);
    top->addWidget(m_clear);
    grid->addLayout(top, 0, 0);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(label(tr("Cha&nnel:"), m_channel));
    bottom->addWidget(m_channel);
    bottom->addSpacing(12);
    bottom->addWidget(label(tr("Ca&tegory:"), m_category));
    bottom->addWidget(m_category);
    bottom->addSpacing(12);
    bottom->addWidget(label(tr("&Department:"), m_department));
    bottom->addWidget(m_department);
    bottom->addSpacing(12);
    bottom->addWidget(label(tr("Stat&us:"), m_status));
    bottom->addWidget(m_status);
    bottom->addStretch(1);
    grid->addLayout(bottom, 1, 0);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitIfChanged);
    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::changedSoon);
    // Enter applies at once, without waiting for the pause.
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBar::changedNow);
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::datesEdited);
    connect(m_period, &QComboBox::currentIndexChanged, this, &FilterBar::applyPeriod);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (m_period->currentData().toInt() != NoPeriod)
            applyPeriod();
    });
    for (QComboBox* combo : {m_channel, m_category, m_department, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::changedNow);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    m_clear->setEnabled(false);
}

FilterBar::~FilterBar() = default;

QDateEdit* FilterBar::createDateEdit()
{
    auto* edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kUnset);
    edit->setSpecialValueText(tr("Not set"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(kUnset);
    // The calendar of an unset date would open in January 2000; it opens on this month instead.
    edit->calendarWidget()->installEventFilter(this);
    return edit;
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show) {
        for (QDateEdit* edit : {m_from, m_to}) {
            if (watched == edit->calendarWidget() && !dateOf(edit).isValid()) {
                const QDate today = QDate::currentDate();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::setDatabase(Database* db)
{
    // By its handle: the previous database may be gone already.
    disconnect(m_changes);
    m_db = db;
    if (m_db) {
        // A department, category or channel added or renamed (the administrator, an import) is offered at once.
        m_changes = connect(&m_db->changes(), &ChangeNotifier::changed, this, [this](const QList<ChangeEvent>& events) {
            for (const ChangeEvent& e : events) {
                if (e.kind == ChangeKind::ListEntry) {
                    reloadLists();
                    return;
                }
            }
        });
    }
    reloadLists();
    clear();
}

void FilterBar::reloadLists()
{
    QList<Named> channels, categories, departments;
    if (m_db) {
        try {
            for (const Channel& c : ChannelRepository(*m_db).list(true)) {
                // The range and channel filter look at publications; agencies only receive submissions.
                if (!c.isAgency)
                    channels.append({c.id, c.name, c.active});
            }
            for (const Category& c : CategoryRepository(*m_db).list(true))
                categories.append({c.id, c.name, c.active});
            for (const Department& d : DepartmentRepository(*m_db).list(true))
                departments.append({d.id, d.name, d.active});
        } catch (const Error& e) {
            qWarning("Cannot read the filter lists: %s", e.what());
        }
    }
    // Inactive entries last: they only matter for older items.
    const auto activeFirst = [](const Named& a, const Named& b) { return a.active && !b.active; };
    std::stable_sort(channels.begin(), channels.end(), activeFirst);
    std::stable_sort(categories.begin(), categories.end(), activeFirst);
    std::stable_sort(departments.begin(), departments.end(), activeFirst);
    m_updating = true;
    fill(m_channel, channels);
    fill(m_category, categories);
    fill(m_department, departments);
    m_updating = false;
    changedNow();
}

LedgerFilter FilterBar::filter() const
{
    LedgerFilter f;
    f.text = m_text->text().simplified();
    f.from = dateOf(m_from);
    f.to = dateOf(m_to);
    f.channelId = m_channel->currentData().toLongLong();
    f.categoryId = m_category->currentData().toLongLong();
    f.departmentId = m_department->currentData().toLongLong();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        f.status = ItemStatus(status);
    return f;
}

void FilterBar::clear()
{
    m_updating = true;
    m_text->clear();
    m_period->setCurrentIndex(0);
    setDate(m_from, {});
    setDate(m_to, {});
    for (QComboBox* combo : {m_channel, m_category, m_department, m_status})
        combo->setCurrentIndex(0);
    m_updating = false;
    changedNow();
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::applyPeriod()
{
    const auto period = Period(m_period->currentData().toInt());
    if (period == NoPeriod)
        return;
    const int year = m_year->currentData().toInt();
    int firstMonth = 1, lastMonth = 12;
    switch (period) {
    case Q1:
        lastMonth = 3;
        break;
    case Q2:
        firstMonth = 4;
        lastMonth = 6;
        break;
    case Q3:
        firstMonth = 7;
        lastMonth = 9;
        break;
    case Q4:
        firstMonth = 10;
        break;
    case FirstThreeQuarters:
        lastMonth = 9;
        break;
    case WholeYear:
    case NoPeriod:
        break;
    }
    const QDate from(year, firstMonth, 1);
    const QDate to = QDate(year, lastMonth, 1).addMonths(1).addDays(-1);
    m_updating = true;
    setDate(m_from, from);
    setDate(m_to, to);
    m_updating = false;
    changedNow();
}

void FilterBar::datesEdited()
{
    if (m_updating)
        return;
    // A hand-made range is no longer the chosen period.
    const QSignalBlocker blocker(m_period);
    m_period->setCurrentIndex(0);
    changedSoon();
}

void FilterBar::changedNow()
{
    if (m_updating)
        return;
    m_debounce->stop();
    emitIfChanged();
}

void FilterBar::changedSoon()
{
    if (!m_updating)
        m_debounce->start();
}

void FilterBar::emitIfChanged()
{
    const LedgerFilter f = filter();
    m_clear->setEnabled(!(f == LedgerFilter{}));
    if (f == m_last)
        return;
    m_last = f;
    emit filterChanged(f);
}

QDate FilterBar::dateOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void FilterBar::setDate(QDateEdit* edit, const QDate& date)
{
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

} // namespace gongkai::ui
