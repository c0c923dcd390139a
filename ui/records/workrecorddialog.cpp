#include "workrecorddialog.h"
#include "ui_workrecorddialog.h"

#include "widgets/fieldmarker.h"

#include "review/workrecordservice.h"
#include "storage/departmentrepository.h"

#include <QPushButton>

namespace gongkai::ui {

WorkRecordDialog::WorkRecordDialog(Database& db, const Session& session, std::optional<WorkRecord> existing,
                                   QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WorkRecordDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    if (existing) {
        m_record = *existing;
    } else {
        m_record.heldOn = QDate::currentDate();
        m_record.departmentId = session.user().departmentId;
    }

    for (WorkRecordKind kind : allWorkRecordKinds())
        m_ui->kindCombo->addItem(workRecordKindDisplayName(kind), int(kind));
    m_ui->departmentCombo->addItem(tr("(whole office)"), qint64(0));
    for (const Department& d : DepartmentRepository(db).list(true)) {
        if (d.active || d.id == m_record.departmentId)
            m_ui->departmentCombo->addItem(d.name, d.id);
    }

    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(int(m_record.kind))));
    m_ui->dateEdit->setDate(m_record.heldOn.isValid() ? m_record.heldOn : QDate::currentDate());
    m_ui->titleEdit->setText(m_record.title);
    m_ui->organiserEdit->setText(m_record.organiser);
    m_ui->attendeesSpin->setValue(m_record.attendees);
    m_ui->documentsSpin->setValue(m_record.documents);
    m_ui->recipientsEdit->setText(m_record.recipients);
    m_ui->departmentCombo->setCurrentIndex(qMax(0, m_ui->departmentCombo->findData(m_record.departmentId)));
    m_ui->noteEdit->setPlainText(m_record.note);
    setWindowTitle(m_record.id == 0 ? tr("New Work Record") : tr("Work Record %1").arg(m_record.id));
    m_ui->messageLabel->hide();

    m_marker = new FieldMarker(this);
    m_marker->addField(QStringLiteral("kind"), m_ui->kindCombo);
    m_marker->addField(QStringLiteral("heldOn"), m_ui->dateEdit);
    m_marker->addField(QStringLiteral("title"), m_ui->titleEdit);
    m_marker->addField(QStringLiteral("attendees"), m_ui->attendeesSpin);
    m_marker->addField(QStringLiteral("documents"), m_ui->documentsSpin);
    m_marker->addField(QStringLiteral("department"), m_ui->departmentCombo);

    // FieldMarker does not watch spin boxes; a changed count clears its mark here.
    connect(m_ui->attendeesSpin, &QSpinBox::valueChanged, this,
            [this] { m_marker->unmark(m_ui->attendeesSpin); });
    connect(m_ui->documentsSpin, &QSpinBox::valueChanged, this,
            [this] { m_marker->unmark(m_ui->documentsSpin); });
    // The count rules depend on the kind: changing it clears their marks too.
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_marker->unmark(m_ui->attendeesSpin);
        m_marker->unmark(m_ui->documentsSpin);
    });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &WorkRecordDialog::kindChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WorkRecordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &WorkRecordDialog::reject);
    kindChanged();
    m_ui->titleEdit->setFocus();
    resize(width(), sizeHint().height());
}

WorkRecordDialog::~WorkRecordDialog() = default;

void WorkRecordDialog::kindChanged()
{
    // Say what the chosen kind needs, so nobody has to learn it from an error.
    switch (WorkRecordKind(m_ui->kindCombo->currentData().toInt())) {
    case WorkRecordKind::Training:
        m_ui->hintLabel->setText(tr("A training: give the topic, who organised it and how many attended."));
        break;
    case WorkRecordKind::ReadingRoom:
        m_ui->hintLabel->setText(
            tr("A delivery of currently valid documents to the public reading room: give "
               "the number of documents and who received them."));
        break;
    case WorkRecordKind::Interview:
    case WorkRecordKind::Press:
        m_ui->hintLabel->setText(tr("Give the topic and who organised it; attendees are optional."));
        break;
    case WorkRecordKind::Other:
        m_ui->hintLabel->setText(tr("Other disclosure work: describe it in the topic and the note."));
        break;
    }
}

WorkRecord WorkRecordDialog::recordFromFields() const
{
    WorkRecord r = m_record;
    r.kind = WorkRecordKind(m_ui->kindCombo->currentData().toInt());
    r.heldOn = m_ui->dateEdit->date();
    r.title = m_ui->titleEdit->text().trimmed();
    r.organiser = m_ui->organiserEdit->text().trimmed();
    r.attendees = m_ui->attendeesSpin->value();
    r.documents = m_ui->documentsSpin->value();
    r.recipients = m_ui->recipientsEdit->text().trimmed();
    r.departmentId = m_ui->departmentCombo->currentData().toLongLong();
    r.note = m_ui->noteEdit->toPlainText().trimmed();
    return r;
}

void WorkRecordDialog::accept()
{
    m_marker->clear();
    m_ui->messageLabel->hide();
    WorkRecord record = recordFromFields();
    try {
        WorkRecordService service(m_db);
        if (record.id == 0)
            service.add(m_session, record);
        else
            service.update(m_session, record);
    } catch (const ValidationError& e) {
        showErrors(e.errors());
        return;
    } catch (const Error& e) {
        showErrors({{QString(), e.message()}});
        return;
    }
    m_record = record;
    QDialog::accept();
}

void WorkRecordDialog::showErrors(const QList<FieldError>& errors)
{
    m_marker->showErrors(errors, m_ui->messageLabel);
}

} // namespace gongkai::ui
