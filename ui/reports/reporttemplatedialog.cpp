#include "reporttemplatedialog.h"
#include "ui_reporttemplatedialog.h"

#include "error.h"
#include "report/quarterlytables.h"
#include "report/quarterlytext.h"
#include "report/reporttextservice.h"

#include <QHash>
#include <QListWidget>
#include <QListWidgetItem>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

namespace gongkai::ui {

namespace {
/// What a placeholder or table becomes, for the list beside the template.
QString describe(const QString& name)
{
    static const QHash<QString, const char*> descriptions = {
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog", "the unit's name")},
        {QStringLiteral("period"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog", "the period, e.g. 2024年第三季度")},
        {QStringLiteral("date"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog", "the date that closes the report")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog",
                                                           "the office's text on organisation and rules")},
        {QStringLiteral("published"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog", "items published, per channel")},
        {QStringLiteral("breakdown"), QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog",
                                                        "items published per category and department")},
        {QStringLiteral("submissions"), QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog",
                                                          "submissions and adoptions per upper agency")},
        {QStringLiteral("reviews"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog", "confidentiality reviews")},
        {QStringLiteral("requests"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog", "disclosure requests")},
        {QStringLiteral("readingRoom"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog", "reading-room deliveries")},
        {QStringLiteral("trainings"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog", "trainings and attendees")},
        {QStringLiteral("interviews"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog", "online interviews and press conferences")},
        {QStringLiteral("security"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog",
                           "the office's text on website and new-media security")},
        {QStringLiteral("problems"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog",
                           "problems: those the figures show, then the office's")},
        {QStringLiteral("nextSteps"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog", "the office's next steps")},
        {QStringLiteral("table:channels"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog", "table: per channel")},
        {QStringLiteral("table:categories"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog", "table: per category")},
        {QStringLiteral("table:departments"),
         QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog", "table: per department")},
        {QStringLiteral("table:agencies"), QT_TRANSLATE_NOOP("gongkai::ui::ReportTemplateDialog",
                                                             "table: submissions and adoptions per agency")},
    };
    const char* text = descriptions.value(name);
    return text ? ReportTemplateDialog::tr(text) : QString();
}

void addEntry(QListWidget* list, const QString& markup, const QString& key)
{
    const QString description = describe(key);
    auto* item = new QListWidgetItem(
        description.isEmpty() ? markup : QStringLiteral("%1  %2").arg(markup, description), list);
    item->setData(Qt::UserRole, markup);
    item->setToolTip(description);
}
} // namespace

ReportTemplateDialog::ReportTemplateDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportTemplateDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->problemsLabel->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    for (const QString& name : QuarterlyText::placeholders())
        addEntry(m_ui->placeholderList, QStringLiteral("{%1}").arg(name), name);
    for (const QString& name : QuarterlyTables::names())
        addEntry(m_ui->placeholderList, QStringLiteral("[table:%1]").arg(name),
                 QStringLiteral("table:") + name);
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
