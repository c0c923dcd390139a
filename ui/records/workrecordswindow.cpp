#include "workrecordswindow.h"

#include "workrecorddialog.h"

#include "models/workrecordmodel.h"
#include "widgets/importdialog.h"

#include "error.h"
#include "io/workrecordimporter.h"
#include "review/permissions.h"
#include "review/workrecordservice.h"
#include "storage/departmentrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gongkai::ui {

WorkRecordsWindow::WorkRecordsWindow(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent, Qt::Window), m_db(db), m_session(session),
      m_canWrite(Permissions::allows(session.user(), Permission::WriteLedger)),
      m_model(new WorkRecordModel(this)), m_periodCombo(new QComboBox), m_fromEdit(new QDateEdit),
      m_toEdit(new QDateEdit), m_kindCombo(new QComboBox), m_addButton(new QPushButton(tr("&Add…"))),
      m_editButton(new QPushButton(tr("&Edit…"))), m_deleteButton(new QPushButton(tr("&Delete"))),
      m_importButton(new QPushButton(tr("&Import…"))), m_exportButton(new QPushButton(tr("E&xport…"))),
      m_pages(new QStackedWidget), m_view(new QTableView), m_emptyLabel(new QLabel), m_totalsLabel(new QLabel)
{
    setObjectName(QStringLiteral("workRecordsWindow"));
    setWindowTitle(tr("Work Records"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_periodCombo->addItem(tr("This quarter"), int(Period::ThisQuarter));
    m_periodCombo->addItem(tr("Previous quarter"), int(Period::PreviousQuarter));
    m_periodCombo->addItem(tr("This year"), int(Period::ThisYear));
    m_periodCombo->addItem(tr("Previous year"), int(Period::PreviousYear));
    m_periodCombo->addItem(tr("Custom"), int(Period::Custom));
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    m_kindCombo->setObjectName(QStringLiteral("kindFilter"));
    m_kindCombo->addItem(tr("All kinds"), -1);
    for (WorkRecordKind kind : allWorkRecordKinds())
        m_kindCombo->addItem(workRecordKindDisplayName(kind), int(kind));

    auto* periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_periodCombo);
    auto* kindLabel = new QLabel(tr("&Kind:"));
    kindLabel->setBuddy(m_kindCombo);
    auto* filters = new QHBoxLayout;
    filters->addWidget(periodLabel);
    filters->addWidget(m_periodCombo);
    filters->addWidget(m_fromEdit);
    filters->addWidget(new QLabel(QStringLiteral("–")));
    filters->addWidget(m_toEdit);
    filters->addSpacing(12);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kindCombo);
    filters->addStretch(1);

    m_view->setObjectName(QStringLiteral("workRecordsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(WorkRecordModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_emptyLabel);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));

    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    buttons->addWidget(m_totalsLabel);
    // Readers see the records; the buttons that would change them are not offered at all.
    for (QPushButton* b : {m_addButton, m_editButton, m_deleteButton, m_importButton})
        b->setVisible(m_canWrite);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &WorkRecordsWindow::periodChosen);
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_settingPeriod)
                return;
            m_settingPeriod = true;
            m_periodCombo->setCurrentIndex(m_periodCombo->findData(int(Period::Custom)));
            m_settingPeriod = false;
            reload();
        });
    }
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &WorkRecordsWindow::reload);
    connect(m_addButton, &QPushButton::clicked, this, &WorkRecordsWindow::addRecord);
    connect(m_editButton, &QPushButton::clicked, this, &WorkRecordsWindow::editCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &WorkRecordsWindow::deleteCurrent);
    connect(m_importButton, &QPushButton::clicked, this, &WorkRecordsWindow::importCsv);
    connect(m_exportButton, &QPushButton::clicked, this, &WorkRecordsWindow::exportCsv);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_canWrite)
            editCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkRecordsWindow::updateButtons);

    resize(1000, 560);
    periodChosen();
}

WorkRecordsWindow::~WorkRecordsWindow() = default;

QPair<QDate, QDate> WorkRecordsWindow::range(Period period, const QDate& today)
{
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    switch (period) {
    case Period::ThisQuarter:
        return {quarterStart, quarterStart.addMonths(3).addDays(-1)};
    case Period::PreviousQuarter:
        return {quarterStart.addMonths(-3), quarterStart.addDays(-1)};
    case Period::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case Period::PreviousYear:
    case Period::Custom:
        break;
    }
    return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
}

void WorkRecordsWindow::periodChosen()
{
    if (m_settingPeriod)
        return;
    const auto period = Period(m_periodCombo->currentData().toInt());
    if (period == Period::Custom)
        return;
    const auto [from, to] = range(period, QDate::currentDate());
    m_settingPeriod = true;
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    m_settingPeriod = false;
    reload();
}

void WorkRecordsWindow::setPeriod(const QDate& from, const QDate& to)
{
    m_settingPeriod = true;
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(int(Period::Custom)));
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    m_settingPeriod = false;
    reload();
}

QDate WorkRecordsWindow::from() const
{
    return m_fromEdit->date();
}

QDate WorkRecordsWindow::to() const
{
    return m_toEdit->date();
}

void WorkRecordsWindow::reload()
{
    const qint64 current = currentId();
    QList<WorkRecordKind> kinds;
    if (const int kind = m_kindCombo->currentData().toInt(); kind >= 0)
        kinds << WorkRecordKind(kind);
    QList<WorkRecord> records;
    try {
        records = WorkRecordService(m_db).list(m_session, from(), to(), kinds);
    } catch (const Error& e) {
        failed(tr("Work Records"), e.message());
    }
    QHash<qint64, QString> departments;
    for (const Department& d : DepartmentRepository(m_db).list(true))
        departments.insert(d.id, d.name);
    int attendees = 0;
    int documents = 0;
    for (const WorkRecord& r : records) {
        attendees += r.kind == WorkRecordKind::Training ? r.attendees : 0;
        documents += r.kind == WorkRecordKind::ReadingRoom ? r.documents : 0;
    }
    m_model->setRecords(records, departments);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(WorkRecordModel::TitleColumn, QHeaderView::Stretch);
    if (const int row = m_model->rowOf(current); row >= 0)
        m_view->selectRow(row);

    m_emptyLabel->setText(m_canWrite
                              ? tr("No work records in this period.\nAdd trainings, online interviews, press "
                                   "conferences and reading-room deliveries with Add…, or import them from "
                                   "a CSV file.")
                              : tr("No work records in this period."));
    m_pages->setCurrentWidget(records.isEmpty() ? static_cast<QWidget*>(m_emptyLabel) : m_view);
    m_totalsLabel->setText(
        tr("%n record(s); trained: %1; documents delivered: %2", nullptr, int(records.size()))
            .arg(attendees)
            .arg(documents));
    updateButtons();
}

qint64 WorkRecordsWindow::currentId() const
{
    const QModelIndexList rows =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    const WorkRecord* r = rows.isEmpty() ? nullptr : m_model->recordAt(rows.constFirst().row());
    return r ? r->id : 0;
}

void WorkRecordsWindow::updateButtons()
{
    const bool selected = currentId() != 0;
    m_editButton->setEnabled(m_canWrite && selected);
    m_deleteButton->setEnabled(m_canWrite && selected);
}

void WorkRecordsWindow::addRecord()
{
    if (!m_canWrite)
        return;
    WorkRecordDialog dialog(m_db, m_session, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WorkRecord saved = dialog.savedRecord();
    // Show the new record even when it lies outside the period shown.
    if (saved.heldOn < from() || saved.heldOn > to())
        setPeriod(qMin(from(), saved.heldOn), qMax(to(), saved.heldOn));
    reload();
    if (const int row = m_model->rowOf(saved.id); row >= 0)
        m_view->selectRow(row);
}

void WorkRecordsWindow::editCurrent()
{
    const qint64 id = currentId();
    if (!m_canWrite || id == 0)
        return;
    try {
        const std::optional<WorkRecord> record = WorkRecordService(m_db).record(m_session, id);
        if (!record) {
            reload();
            return;
        }
        WorkRecordDialog dialog(m_db, m_session, record, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    } catch (const Error& e) {
        failed(tr("Edit Work Record"), e.message());
    }
}

void WorkRecordsWindow::deleteCurrent()
{
    const qint64 id = currentId();
    const WorkRecord* r = m_model->recordAt(m_model->rowOf(id));
    if (!m_canWrite || !r)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Work Record"),
        tr("Delete the %1 “%2” of %3? The audit trail keeps what it said.")
            .arg(workRecordKindDisplayName(r->kind), r->title, r->heldOn.toString(Qt::ISODate)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    try {
        WorkRecordService(m_db).remove(m_session, id, r->rowVersion);
    } catch (const Error& e) {
        failed(tr("Delete Work Record"), e.message());
    }
    reload();
}

void WorkRecordsWindow::importCsv()
{
    if (!m_canWrite)
        return;
    ImportDialog dialog(m_db, this);
    dialog.setWindowTitle(tr("Import Work Records"));
    const Session session = m_session;
    Database& db = m_db;
    dialog.setImporter(
        [&db, session](const QString& path, bool checkOnly) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                ImportResult result;
                result.problems.append(
                    {0, QString(),
                     tr("cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
                return result;
            }
            try {
                return WorkRecordService(db).importCsv(session, file.readAll(), checkOnly);
            } catch (const Error& e) {
                ImportResult result;
                result.problems.append({0, QString(), e.message()});
                return result;
            }
        },
        [](int n) { return tr("%n work record(s)", nullptr, n); });
    connect(&dialog, &ImportDialog::imported, this, &WorkRecordsWindow::reload);
    dialog.exec();
}

void WorkRecordsWindow::exportCsv()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("工作记录_%1_%2.csv")
            .arg(from().toString(QStringLiteral("yyyyMMdd")), to().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Work Records"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        int count = 0;
        const QByteArray data = WorkRecordService(m_db).exportCsv(m_session, from(), to(), &count);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            throw Error(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        m_totalsLabel->setText(
            tr("%n work record(s) exported to %1", nullptr, count).arg(QDir::toNativeSeparators(path)));
    } catch (const Error& e) {
        failed(tr("Export Work Records"), e.message());
    }
}

void WorkRecordsWindow::failed(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace gongkai::ui
