#include "sectionseditor.h"

#include "error.h"
#include "report/reporttextservice.h"
#include "review/permissions.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gongkai::ui {

SectionsEditor::SectionsEditor(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session),
      m_canWrite(Permissions::allows(session.user(), Permission::WriteLedger)), m_note(new QLabel),
      m_save(new QPushButton(tr("&Save Text")))
{
    m_note->setObjectName(QStringLiteral("sectionsNote"));
    m_note->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveSectionsButton"));
    m_save->setVisible(m_canWrite);
    m_save->setEnabled(false);
    auto* form = new QFormLayout;
    const QStringList names = {QStringLiteral("organisationEdit"), QStringLiteral("securityEdit"),
                               QStringLiteral("problemsEdit"), QStringLiteral("nextStepsEdit")};
    const QStringList labels = {tr("&Organisation and rules:"), tr("&Website and new-media security:"),
                                tr("Other &problems:"), tr("&Next steps:")};
    for (int i = 0; i < names.size(); ++i) {
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(names.at(i));
        edit->setReadOnly(!m_canWrite);
        edit->setTabChangesFocus(true);
        if (m_canWrite)
            edit->setPlaceholderText(tr("One paragraph a line"));
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                setModified(true);
        });
        auto* label = new QLabel(labels.at(i));
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_edits << edit;
    }
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &SectionsEditor::save);
}

ReportSections SectionsEditor::sections() const
{
    return {m_edits.at(0)->toPlainText(), m_edits.at(1)->toPlainText(), m_edits.at(2)->toPlainText(),
            m_edits.at(3)->toPlainText()};
}

void SectionsEditor::setSections(const ReportSections& s)
{
    m_loading = true;
    m_edits.at(0)->setPlainText(s.organisation);
    m_edits.at(1)->setPlainText(s.security);
    m_edits.at(2)->setPlainText(s.problems);
    m_edits.at(3)->setPlainText(s.nextSteps);
    m_loading = false;
}

void SectionsEditor::load(const ReportPeriod& period)
{
    m_period = period;
    try {
        const ReportDraft draft = ReportTextService(m_db).draft(m_session, period);
        setSections(draft.sections);
        m_rowVersion = draft.rowVersion;
        QString note;
        if (draft.rowVersion > 0) {
            note = tr("Saved by %1 on %2.")
                       .arg(draft.updatedBy,
                            QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat));
        } else if (!draft.prefilledFrom.isEmpty()) {
            const auto from = ReportPeriod::fromKey(draft.prefilledFrom);
            note = tr("This period has no text yet: it is prefilled from %1.")
                       .arg(from ? from->label() : draft.prefilledFrom);
        } else {
            note = tr("This period has no text yet.");
        }
        if (!m_canWrite)
            note = tr("%1 Only authors can change it.", "a sentence added to the one before").arg(note);
        m_note->setText(note);
    } catch (const Error& e) {
        setSections({});
        m_rowVersion = 0;
        m_note->setText(e.message());
    }
    setModified(false);
}

bool SectionsEditor::save()
{
    if (!m_canWrite)
        return false;
    try {
        m_rowVersion = ReportTextService(m_db).saveDraft(m_session, m_period, sections(), m_rowVersion);
    } catch (const ConflictError& e) {
        const auto answer = QMessageBox::question(
            this, tr("Save Text"),
            tr("%1\n\nReload the text as it is stored now? Your changes are lost.").arg(e.message()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            load(m_period);
        return false;
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Save Text"), e.message());
        return false;
    }
    m_note->setText(tr("Saved."));
    setModified(false);
    emit saved();
    return true;
}

void SectionsEditor::setModified(bool modified)
{
    m_save->setEnabled(modified && m_canWrite);
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

} // namespace gongkai::ui
