#include "itemdetailsview.h"

#include "domain/item.h"
#include "error.h"
#include "review/itemservice.h"
#include "review/reviewhistoryhtml.h"
#include "review/reviewservice.h"
#include "storage/categoryrepository.h"
#include "storage/changeevent.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/departmentrepository.h"
#include "storage/userrepository.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QStringList>
#include <QVBoxLayout>

namespace gongkai::ui {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QLabel* valueLabel()
{
    auto* l = new QLabel;
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QLabel* sectionLabel()
{
    auto* l = new QLabel;
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

ItemDetailsView::ItemDetailsView(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_empty(new QLabel), m_title(valueLabel()),
      m_docNumber(valueLabel()), m_category(valueLabel()), m_department(valueLabel()), m_author(valueLabel()),
      m_drafted(valueLabel()), m_status(valueLabel()), m_attribute(valueLabel()), m_summary(valueLabel()),
      m_publicationsTitle(sectionLabel()), m_submissionsTitle(sectionLabel()), m_reviewTitle(sectionLabel()),
      m_review(valueLabel()), m_attest(new QPushButton(tr("A&ttest Paper Review…")))
{
    m_attest->setObjectName(QStringLiteral("detailsAttestButton"));
    m_attest->setToolTip(tr("Record, with your password, that the item was reviewed on paper before it was entered"));
    m_attest->hide();
    connect(m_attest, &QPushButton::clicked, this, [this] { emit attestPaperReviewRequested(m_itemId); });
    m_review->setObjectName(QStringLiteral("detailsReview"));
    m_review->setTextFormat(Qt::RichText);
    m_reviewTitle->setText(tr("Confidentiality review"));
    m_empty->setObjectName(QStringLiteral("detailsEmpty"));
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // greyed, like a placeholder
    m_empty->setMargin(12);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    m_publications = createTable({tr("Channel"), tr("Date"), tr("Reference")}, this);
    m_submissions =
        createTable({tr("Agency"), tr("Date"), tr("Adopted"), tr("Adopted on"), tr("Adopted in")}, this);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Document No.:"), m_docNumber);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Department:"), m_department);
    form->addRow(tr("Author:"), m_author);
    form->addRow(tr("Drafted:"), m_drafted);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Disclosure:"), m_attribute);
    form->addRow(tr("Summary:"), m_summary);
    m_attachments = valueLabel();
    m_attachments->setObjectName(QStringLiteral("detailsAttachments"));
    form->addRow(tr("Attachments:"), m_attachments);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_publicationsTitle);
    layout->addWidget(m_publications);
    layout->addSpacing(6);
    layout->addWidget(m_submissionsTitle);
    layout->addWidget(m_submissions);
    layout->addSpacing(6);
    layout->addWidget(m_reviewTitle);
    layout->addWidget(m_review);
    auto* attestRow = new QHBoxLayout;
    attestRow->addWidget(m_attest);
    attestRow->addStretch(1);
    layout->addLayout(attestRow);
    layout->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    showEmpty(tr("Select an item in the ledger to see its details, publications and submissions here."));
}

ItemDetailsView::~ItemDetailsView() = default;

QTableWidget* ItemDetailsView::createTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setMaximumHeight(table->fontMetrics().height() * 12);
    return table;
}

void ItemDetailsView::setSession(Database* db, const std::optional<Session>& session)
{
    // By its handle: the previous database may be gone already.
    disconnect(m_changes);
    m_db = session ? db : nullptr;
    m_session = m_db ? session : std::nullopt;
    if (m_db)
        m_changes = connect(&m_db->changes(), &ChangeNotifier::changed, this, &ItemDetailsView::databaseChanged);
    reloadNames();
    showItem(0);
}

void ItemDetailsView::databaseChanged(const QList<ChangeEvent>& events)
{
    bool names = false;
    bool shown = false;
    for (const ChangeEvent& e : events) {
        names = names || e.kind == ChangeKind::ListEntry || e.kind == ChangeKind::Account;
        shown = shown || e.touchesItem(m_itemId);
    }
    if (names)
        reloadNames();
    if ((names || shown) && m_itemId > 0)
        showItem(m_itemId);
}

void ItemDetailsView::reloadNames()
{
    m_channels.clear();
    m_categories.clear();
    m_departments.clear();
    if (!m_db)
        return;
    try {
        for (const Channel& c : ChannelRepository(*m_db).list(true))
            m_channels.insert(c.id, c.name);
        for (const Category& c : CategoryRepository(*m_db).list(true))
            m_categories.insert(c.id, c.name);
        for (const Department& d : DepartmentRepository(*m_db).list(true))
            m_departments.insert(d.id, d.name);
    } catch (const Error& e) {
        qWarning("Cannot read the names for the details pane: %s", e.what());
    }
}

QString ItemDetailsView::name(const QHash<qint64, QString>& names, qint64 id) const
{
    return names.value(id, id > 0 ? QStringLiteral("#%1").arg(id) : QString());
}

void ItemDetailsView::reload()
{
    reloadNames();
    showItem(m_itemId);
}

void ItemDetailsView::showItem(qint64 itemId)
{
    m_itemId = itemId;
    if (itemId <= 0 || !m_db || !m_session) {
        showEmpty(tr("Select an item in the ledger to see its details, publications and submissions here."));
        return;
    }
    try {
        if (!ItemService(*m_db).item(*m_session, itemId)) {
            showEmpty(tr("Item %1 is not in the database.").arg(itemId));
            return;
        }
        fill(ReviewService(*m_db).status(*m_session, itemId));
    } catch (const Error& e) {
        showEmpty(tr("The item could not be read: %1").arg(e.message()));
    }
}

void ItemDetailsView::showEmpty(const QString& text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void ItemDetailsView::fill(const ReviewStatus& status)
{
    const Item& item = status.item;
    m_title->setText(item.title);
    m_docNumber->setText(item.docNumber.isEmpty() ? tr("(none)") : item.docNumber);
    m_category->setText(name(m_categories, item.categoryId));
    m_department->setText(name(m_departments, item.departmentId));
    QString author;
    if (const std::optional<User> user = UserRepository(*m_db).byId(item.authorId))
        author = user->name;
    m_author->setText(author);
    m_drafted->setText(dateText(item.drafted));
    m_status->setText(status.paperReview
                          ? tr("%1 (reviewed on paper: %2)").arg(statusDisplayName(item.status), status.paperReview->describe())
                          : statusDisplayName(item.status));
    QString attribute = attributeDisplayName(item.attribute);
    if (item.attribute == DisclosureAttribute::Withheld && !item.withheldGround.isEmpty())
        attribute = tr("%1 — %2").arg(attribute, item.withheldGround);
    m_attribute->setText(attribute);
    m_summary->setText(item.summary.isEmpty() ? tr("(none)") : item.summary);
    QStringList files;
    for (const Attachment& a : item.attachments)
        files << a.fileName;
    m_attachments->setText(files.isEmpty() ? tr("(none)") : files.join(QStringLiteral("、")));
    fillPublications(item);
    fillSubmissions(item);
    m_review->setText(ReviewHistoryHtml::html(status));
    // Offered exactly when core allows this user to attest the item's paper review.
    bool attest = false;
    try {
        attest = ItemService(*m_db).capabilities(*m_session, item).attestPaperReview.allowed;
    } catch (const Error&) {
    }
    m_attest->setVisible(attest);
    m_stack->setCurrentIndex(1);
}

void ItemDetailsView::fillPublications(const Item& item)
{
    m_publicationsTitle->setText(tr("Publications (%1)").arg(item.publications.size()));
    m_publications->setRowCount(int(item.publications.size()));
    for (int row = 0; row < item.publications.size(); ++row) {
        const Publication& p = item.publications.at(row);
        m_publications->setItem(row, 0, new QTableWidgetItem(name(m_channels, p.channelId)));
        m_publications->setItem(row, 1, new QTableWidgetItem(dateText(p.date)));
        auto* reference = new QTableWidgetItem(p.reference);
        reference->setToolTip(p.reference);
        m_publications->setItem(row, 2, reference);
    }
    m_publications->setVisible(!item.publications.isEmpty());
}

void ItemDetailsView::fillSubmissions(const Item& item)
{
    m_submissionsTitle->setText(tr("Submissions (%1)").arg(item.submissions.size()));
    m_submissions->setRowCount(int(item.submissions.size()));
    for (int row = 0; row < item.submissions.size(); ++row) {
        const Submission& s = item.submissions.at(row);
        m_submissions->setItem(row, 0, new QTableWidgetItem(name(m_channels, s.agencyId)));
        m_submissions->setItem(row, 1, new QTableWidgetItem(dateText(s.date)));
        m_submissions->setItem(row, 2, new QTableWidgetItem(s.adopted ? tr("Yes") : tr("No")));
        m_submissions->setItem(row, 3, new QTableWidgetItem(dateText(s.adoptedOn)));
        m_submissions->setItem(row, 4, new QTableWidgetItem(s.adoptedIn));
    }
    m_submissions->setVisible(!item.submissions.isEmpty());
}

} // namespace gongkai::ui
