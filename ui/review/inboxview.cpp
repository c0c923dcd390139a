#include "inboxview.h"

#include "inboxmodel.h"

#include "error.h"
#include "review/permissions.h"
#include "review/reviewservice.h"
#include "storage/changeevent.h"
#include "storage/database.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gongkai::ui {

InboxView::InboxView(QWidget* parent)
    : QWidget(parent), m_model(new InboxModel(this)), m_table(new QTableView(this)), m_empty(new QLabel(this)),
      m_timer(new QTimer(this))
{
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::TitleColumn, QHeaderView::Stretch);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);

    connect(m_table, &QAbstractItemView::doubleClicked, this, &InboxView::activate);
    connect(m_table, &QAbstractItemView::activated, this, &InboxView::activate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const InboxEntry* e = m_model->entryAt(current.row()))
                    emit itemSelected(e->itemId);
            });
    // Others sign in other offices: a minute is soon enough to notice, and cheap.
    m_timer->setInterval(kRefreshSeconds * 1000);
    connect(m_timer, &QTimer::timeout, this, &InboxView::refresh);
    refresh();
}

InboxView::~InboxView() = default;

void InboxView::setDatabase(Database* db)
{
    // By its handle: the previous database may be gone already.
    disconnect(m_changes);
    m_db = db;
    if (m_db) {
        // A submission, signature, send-back, recall or withdrawal through core shows here at once; the
        // timer is for what other programs change.
        m_changes = connect(&m_db->changes(), &ChangeNotifier::changed, this, [this](const QList<ChangeEvent>& events) {
            for (const ChangeEvent& e : events) {
                if (e.kind == ChangeKind::Review || e.kind == ChangeKind::Chain || e.kind == ChangeKind::Account ||
                    (e.kind == ChangeKind::Item && e.event == AuditEvent::ItemWithdrawn)) {
                    refresh();
                    return;
                }
            }
        });
    }
    refresh();
}

void InboxView::setSession(std::optional<Session> session)
{
    m_session = std::move(session);
    refresh();
}

QString InboxView::title() const
{
    return tr("Waiting for your signature (%1)").arg(m_count);
}

QString InboxView::signInNotice() const
{
    if (m_count == 0)
        return {};
    return tr("%n item(s) wait for your signature.", nullptr, m_count);
}

void InboxView::refresh()
{
    QList<InboxEntry> entries;
    QString empty;
    if (!m_db || !m_session) {
        empty = tr("Sign in to see the items waiting for your signature.");
    } else if (!Permissions::allows(m_session->user(), Permission::SignReviews)) {
        empty = tr("Only section chiefs and leaders sign reviews.");
    } else {
        try {
            entries = ReviewService(*m_db).inbox(*m_session);
            if (entries.isEmpty())
                empty = tr("Nothing waits for your signature.");
        } catch (const Error& e) {
            empty = tr("The inbox could not be read: %1").arg(e.message());
        }
    }
    m_model->setEntries(std::move(entries));
    m_count = int(m_model->entries().size());
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    m_table->setVisible(empty.isEmpty());
    if (m_db && m_session)
        m_timer->start();
    else
        m_timer->stop();
    emit countChanged(m_count);
}

void InboxView::activate(const QModelIndex& index)
{
    if (const InboxEntry* e = m_model->entryAt(index.row()))
        emit signRequested(*e);
}

} // namespace gongkai::ui
