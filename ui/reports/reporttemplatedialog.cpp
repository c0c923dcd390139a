#include "reporttemplatedialog.h"
#include "ui_reporttemplatedialog.h"

#include "error.h"
#include "report/quarterlytables.h"
#include "report/quarterlytext.h"
#include "report/reporttextservice.h"

#include <QListWidgetItem>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

namespace gongkai::ui {

ReportTemplateDialog::ReportTemplateDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportTemplateDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->problemsLabel->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    for (const QString& name : QuarterlyText::placeholders()) {
        auto* item = new QListWidgetItem(QStringLiteral("{%1}").arg(name), m_ui->placeholderList);
        item->setData(Qt::UserRole, QStringLiteral("{%1}").arg(name));
    }
    for (const QString& name : QuarterlyTables::names()) {
        auto* item = new QListWidgetItem(QStringLiteral("[table:%1]").arg(name), m_ui->placeholderList);
        item->setData(Qt::UserRole, QStringLiteral("[table:%1]").arg(name));
    }
    connect(m_ui->placeholderList, &QListWidget::itemActivated, this,
            &ReportTemplateDialog::insertPlaceholder);
    connect(m_ui->checkButton, &QPushButton::clicked, this, [this] {
        const QStringList found = problems();
        showProblems(found);
        if (found.isEmpty())
            m_ui->problemsLabel->setText(tr("The template has no problems."));
    });
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] { reset(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReportTemplateDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReportTemplateDialog::reject);
    try {
        setText(ReportTextService(m_db).quarterlyTemplate(m_session));
    } catch (const Error& e) {
        showProblems({}, e.message());
    }
}

ReportTemplateDialog::~ReportTemplateDialog() = default;

QString ReportTemplateDialog::text() const
{
    return m_ui->templateEdit->toPlainText();
}

void ReportTemplateDialog::setText(const QString& text)
{
    m_ui->templateEdit->setPlainText(text);
    m_ui->problemsLabel->clear();
}

QStringList ReportTemplateDialog::problems() const
{
    QStringList out;
    const QStringList lines = text().split(QLatin1Char('\n'));
    bool title = false;
    // QuarterlyText::check judges a whole template; line by line (each with a stand-in title) it says where.
    for (int i = 0; i < lines.size(); ++i) {
        title = title || lines.at(i).trimmed().startsWith(QLatin1String("# "));
        const QStringList found = QuarterlyText::check(lines.at(i) + QStringLiteral("\n# -"));
        for (const QString& p : found)
            out << tr("Line %1: %2").arg(i + 1).arg(p);
    }
    if (!title)
        out << tr("There is no title line (\"# …\").");
    return out;
}

void ReportTemplateDialog::showProblems(const QStringList& found, const QString& message)
{
    QStringList lines;
    if (!message.isEmpty())
        lines << message;
    if (!found.isEmpty())
        lines << tr("Unknown placeholders or tables:") << found;
    m_ui->problemsLabel->setText(lines.join(QLatin1Char('\n')));
    // The cursor goes to the first line named, where the fix is.
    static const QRegularExpression lineNumber(QStringLiteral("(\\d+)"));
    if (!found.isEmpty()) {
        const int line = lineNumber.match(found.constFirst()).captured(1).toInt();
        const QTextBlock block = m_ui->templateEdit->document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextCursor cursor(block);
            m_ui->templateEdit->setTextCursor(cursor);
        }
    }
}

void ReportTemplateDialog::insertPlaceholder()
{
    if (QListWidgetItem* item = m_ui->placeholderList->currentItem()) {
        m_ui->templateEdit->insertPlainText(item->data(Qt::UserRole).toString());
        m_ui->templateEdit->setFocus();
    }
}

bool ReportTemplateDialog::save()
{
    try {
        ReportTextService(m_db).setQuarterlyTemplate(m_session, text());
        return true;
    } catch (const ValidationError& e) {
        QStringList messages;
        for (const FieldError& f : e.errors())
            messages << f.message;
        showProblems(problems(), messages.join(QLatin1Char('\n')));
    } catch (const Error& e) {
        showProblems({}, e.message());
    }
    return false;
}

bool ReportTemplateDialog::reset(bool confirmed)
{
    if (!confirmed && QMessageBox::question(
                          this, tr("Reset Template"),
                          tr("Replace the template with the one shipped with the program? Your changes to it "
                             "are lost."),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    try {
        ReportTextService service(m_db);
        service.resetQuarterlyTemplate(m_session);
        setText(service.quarterlyTemplate(m_session));
        return true;
    } catch (const Error& e) {
        showProblems({}, e.message());
        return false;
    }
}

void ReportTemplateDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gongkai::ui
