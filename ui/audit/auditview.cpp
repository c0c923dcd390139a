#include "auditview.h"

#include "audittablemodel.h"

#include "error.h"
#include "review/auditservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gongkai::ui {

namespace {
const QDate kNoDate(2000, 1, 1); ///< the date edits' "any" value

QDateEdit* dateEdit(const QString& name)
{
    auto* edit = new QDateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(AuditView::tr("any"));
    edit->setDate(kNoDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QString prettyJson(const QString& text)
{
    if (text.isEmpty())
        return AuditView::tr("(none)");
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

AuditView::AuditView(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new AuditTableModel(db, session, this)),
      m_from(dateEdit(QStringLiteral("auditFrom"))), m_to(dateEdit(QStringLiteral("auditTo"))),
      m_user(new QLineEdit), m_event(new QComboBox), m_failuresOnly(new QCheckBox(tr("&Failures only"))),
      m_table(new QTableView), m_details(new QPlainTextEdit), m_countLabel(new QLabel), m_verifyLabel(new QLabel)
{
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setPlaceholderText(tr("Login"));
    m_user->setClearButtonEnabled(true);
    m_event->setObjectName(QStringLiteral("auditEvent"));
    m_event->addItem(tr("All events"), QString());
    for (AuditEvent event : allAuditEvents())
        m_event->addItem(auditEventDisplayName(event), auditEventCode(event));
    m_failuresOnly->setObjectName(QStringLiteral("auditFailuresOnly"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From:")));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:")));
    filters->addWidget(m_to);
    filters->addWidget(new QLabel(tr("User:")));
    filters->addWidget(m_user);
    filters->addWidget(m_event);
    filters->addWidget(m_failuresOnly);
    filters->addStretch(1);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* exportButton = new QPushButton(tr("&Export CSV…"));
    exportButton->setObjectName(QStringLiteral("auditExport"));
    auto* verifyButton = new QPushButton(tr("&Verify Trail"));
    verifyButton->setObjectName(QStringLiteral("auditVerify"));
    verifyButton->setToolTip(tr("Check the hash chain, the signatures and the signed content"));
    m_countLabel->setObjectName(QStringLiteral("auditCount"));
    m_verifyLabel->setObjectName(QStringLiteral("auditVerifyResult"));
    m_verifyLabel->setWordWrap(true);
    m_verifyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_countLabel);
    buttons->addWidget(m_verifyLabel, 1);
    buttons->addWidget(verifyButton);
    buttons->addWidget(exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_from, &QDateEdit::dateChanged, this, &AuditView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditView::applyFilter);
    connect(m_user, &QLineEdit::editingFinished, this, &AuditView::applyFilter);
    connect(m_event, &QComboBox::currentIndexChanged, this, &AuditView::applyFilter);
    connect(m_failuresOnly, &QCheckBox::toggled, this, &AuditView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditView::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::updateCount);
    connect(m_model, &AuditTableModel::failed, this,
            [this](const QString& message) { m_countLabel->setText(tr("Reading failed: %1").arg(message)); });
    connect(exportButton, &QPushButton::clicked, this, &AuditView::exportCsv);
    connect(verifyButton, &QPushButton::clicked, this, &AuditView::verify);
    updateCount();
}

AuditView::~AuditView() = default;

AuditFilter AuditView::currentFilter() const
{
    AuditFilter filter;
    if (m_from->date() > kNoDate)
        filter.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    if (m_to->date() > kNoDate)
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC(); // the whole day
    filter.login = m_user->text().trimmed();
    const QString code = m_event->currentData().toString();
    if (!code.isEmpty())
        filter.events << auditEventFromCode(code);
    filter.failuresOnly = m_failuresOnly->isChecked();
    return filter;
}

void AuditView::applyFilter()
{
    const AuditFilter filter = currentFilter();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
}

void AuditView::reload()
{
    m_model->reload();
}

void AuditView::updateCount()
{
    m_countLabel->setText(tr("%Ln record(s)", nullptr, int(qMin<qint64>(m_model->totalCount(), INT_MAX))));
    m_details->clear();
}

void AuditView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const AuditRecord& r = m_model->recordAt(current.row());
    m_details->setPlainText(tr("Record %1, %2, by %3 (user %4)\nHash: %5\nPrevious hash: %6\n\nBefore:\n%7\n\n"
                               "After:\n%8")
                                .arg(r.seq)
                                .arg(QLocale().toString(r.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                                     r.login)
                                .arg(r.userId)
                                .arg(r.hash, r.prevHash, prettyJson(r.before), prettyJson(r.after)));
}

void AuditView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Audit Trail"),
                                                      QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const qint64 written = exportTo(path);
    if (written >= 0)
        m_verifyLabel->setText(tr("%Ln record(s) exported.", nullptr, int(qMin<qint64>(written, INT_MAX))));
}

qint64 AuditView::exportTo(const QString& path)
{
    QSaveFile file(path);
    qint64 written = -1;
    try {
        if (!file.open(QIODevice::WriteOnly))
            throw Error(tr("%1 cannot be written: %2").arg(path, file.errorString()));
        written = AuditService(m_db).exportCsv(m_session, currentFilter(), &file);
        if (!file.commit())
            throw Error(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Export the Audit Trail"), e.message());
        return -1;
    }
    m_model->reload(); // the export is audited itself
    return written;
}

QString AuditView::verify()
{
    QString text;
    try {
        const VerifyReport report = AuditService(m_db).verify(m_session);
        if (report.ok())
            text = tr("Verified: %1 records, %2 signatures and %3 items are intact. Last hash: %4")
                       .arg(report.auditRecords)
                       .arg(report.signatures)
                       .arg(report.itemsChecked)
                       .arg(report.headHash);
        else
            text = tr("BROKEN: %1 (%Ln problem(s) found)", nullptr, int(report.problems.size()))
                       .arg(report.first()->message);
        m_verifyLabel->setStyleSheet(report.ok() ? QString() : QStringLiteral("color: #b00020;"));
    } catch (const Error& e) {
        text = e.message();
    }
    m_verifyLabel->setText(text);
    m_model->reload();
    return text;
}

} // namespace gongkai::ui
