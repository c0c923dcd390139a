#include "importdialog.h"

#include "ui_importdialog.h"

#include "io/itemimporter.h"
#include "widgets/databaseopener.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>

namespace gongkai::ui {

ImportDialog::ImportDialog(Database& db, const Session& session, Purpose purpose, QWidget* parent)
    : ImportDialog(db, std::optional<Session>(session), purpose, parent)
{
}

ImportDialog::ImportDialog(Database& db, QWidget* parent)
    : ImportDialog(db, std::nullopt, Purpose::Ledger, parent)
{
}

ImportDialog::ImportDialog(Database& db, std::optional<Session> session, Purpose purpose, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_db(db), m_session(std::move(session)),
      m_purpose(purpose)
{
    m_ui->setupUi(this);
    m_ui->problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->summary->setText(
        tr("Choose a file, then check it. Problems are listed below with their line and column."));
    // Shown once a check finds rows that need it (or the user has begun to fill it in).
    m_ui->attestation->hide();
    m_ui->missingNames->hide();
    if (m_purpose == Purpose::MissingNames) {
        setWindowTitle(tr("Create the Names a Ledger File Lacks"));
        m_ui->intro->setText(tr(
            "Before a ledger file is imported, the administrator creates the departments, categories, "
            "channels, "
            "upper agencies and authors it names and the database lacks. Only the names are read, never the "
            "items. New authors get inactive accounts (author-001 …) without a password: activate them and "
            "set "
            "a password before they sign in."));
        m_ui->importButton->setText(tr("C&reate Names"));
    }
    connect(m_ui->browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->checkButton, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    // A check vouches for the file and the attestation it was run with; the password is only asked for
    // the import itself.
    for (QLineEdit* edit : {m_ui->file, m_ui->attesterLogin, m_ui->formRef, m_ui->defaultReviewers})
        connect(edit, &QLineEdit::textChanged, this, &ImportDialog::inputsChanged);
    inputsChanged();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setFile(const QString& path)
{
    m_ui->file->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::setImporter(Importer importer, std::function<QString(int)> what)
{
    m_importer = std::move(importer);
    m_what = std::move(what);
    m_ui->attestation->hide();
}

QString ImportDialog::describe(const MissingNames& names)
{
    QStringList lines;
    const auto line = [&lines](const QString& kind, const QStringList& list) {
        if (!list.isEmpty())
            lines << kind.arg(list.join(QStringLiteral("、")));
    };
    line(tr("Departments: %1"), names.departments);
    line(tr("Categories: %1"), names.categories);
    line(tr("Channels: %1"), names.channels);
    line(tr("Upper agencies: %1"), names.agencies);
    QStringList authors;
    for (const MissingNames::Author& a : names.authors) {
        QString text = a.name;
        if (!a.login.isEmpty())
            text += QStringLiteral(" → ") + a.login;
        if (!a.department.isEmpty())
            text += QStringLiteral("（%1）").arg(a.department);
        authors << text;
    }
    line(tr("Authors: %1"), authors);
    return lines.join(QLatin1Char('\n'));
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the File to Import"),
                                                      QFileInfo(m_ui->file->text()).absolutePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::inputsChanged()
{
    m_ui->checkButton->setEnabled(!m_ui->file->text().trimmed().isEmpty());
    m_ui->importButton->setEnabled(false);
    m_ui->checkButton->setDefault(true);
}

ImportResult ImportDialog::importLedger(const QString& path, bool checkOnly)
{
    ImportOptions options;
    options.checkOnly = checkOnly;
    if (!m_ui->attestation->isHidden() || !m_ui->attesterLogin->text().trimmed().isEmpty()) {
        options.attestation.login = m_ui->attesterLogin->text().trimmed();
        options.attestation.password = m_ui->attesterPassword->text();
        options.attestation.formRef = m_ui->formRef->text().trimmed();
        options.attestation.reviewers = m_ui->defaultReviewers->text().trimmed();
    }
    return ItemImporter(m_db).importFile(*m_session, path, options);
}

void ImportDialog::run(bool checkOnly)
{
    const QString path = QDir::fromNativeSeparators(m_ui->file->text().trimmed());
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    ImportResult result;
    NamesResult names;
    try {
        if (m_importer)
            result = m_importer(path, checkOnly);
        else if (!m_session)
            result.problems.append({0, QString(), tr("Sign in to import the ledger.")});
        else if (m_purpose == Purpose::MissingNames)
            names = ItemImporter(m_db).createMissingNamesFromFile(*m_session, path, checkOnly);
        else
            result = importLedger(path, checkOnly);
    } catch (const std::exception& e) {
        // A refusal (the user's roles) or a broken connection: what core said, in the list.
        (m_purpose == Purpose::MissingNames && !m_importer ? names.problems : result.problems)
            .append({0, QString(), DatabaseOpener::describe(e)});
    }
    QGuiApplication::restoreOverrideCursor();
    if (m_purpose == Purpose::MissingNames && !m_importer) {
        showNames(names);
        if (names.created)
            emit namesCreated(names.names.count());
        return;
    }
    showResult(result, checkOnly);
    if (!checkOnly)
        m_ui->attesterPassword->clear(); // asked again for the next import
    if (!checkOnly && result.ok() && result.imported > 0)
        emit imported(result.imported);
}

void ImportDialog::showProblems(const QList<ImportProblem>& problems)
{
    m_ui->problems->setRowCount(int(problems.size()));
    for (int row = 0; row < problems.size(); ++row) {
        const ImportProblem& p = problems.at(row);
        auto* line = new QTableWidgetItem(p.line > 0 ? QString::number(p.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->problems->setItem(row, 0, line);
        m_ui->problems->setItem(row, 1, new QTableWidgetItem(p.column));
        m_ui->problems->setItem(row, 2, new QTableWidgetItem(p.reason));
    }
}

void ImportDialog::showResult(const ImportResult& result, bool checkOnly)
{
    QString text;
    if (!result.ok()) {
        text =
            tr("%n problem(s) found in %1 data row(s). Nothing was imported; correct the file and check it "
               "again.",
               nullptr, int(result.problems.size()))
                .arg(result.rows);
    } else if (checkOnly) {
        text = m_what ? tr("No problems found: %1 can be imported.").arg(m_what(result.rows))
                      : tr("No problems found: %n item(s) can be imported.", nullptr, result.rows);
    } else {
        text = m_what ? tr("Imported %1.").arg(m_what(result.imported))
                      : tr("Imported %n item(s).", nullptr, result.imported);
    }
    if (!result.encoding.isEmpty())
        text += QLatin1Char(' ') + tr("(File encoding: %1)").arg(result.encoding);
    if (!m_importer && result.needingAttestation > 0) {
        // The rows that went out need the signer's attestation: ask for it here.
        m_ui->attestation->show();
        if (m_ui->attesterLogin->text().trimmed().isEmpty())
            text +=
                QLatin1Char('\n') + tr("%n row(s) went out or name a paper review: a section chief or leader "
                                       "attests their paper reviews below.",
                                       nullptr, result.needingAttestation);
    }
    m_ui->summary->setText(text);

    m_ui->missingNames->setVisible(!result.missing.isEmpty());
    if (!result.missing.isEmpty())
        m_ui->missingNames->setText(
            tr("The database lacks these names:\n%1\nThe administrator creates them in one step: "
               "Administration → "
               "Create Missing Names from a Ledger File, or gongkai-cli --user ADMIN import names FILE.")
                .arg(describe(result.missing)));
    showProblems(result.problems);

    const bool canImport = checkOnly && result.ok() && result.rows > 0;
    m_ui->importButton->setEnabled(canImport);
    if (canImport) {
        m_ui->importButton->setDefault(true);
        m_ui->importButton->setFocus();
    }
}

void ImportDialog::showNames(const NamesResult& result)
{
    QString text;
    if (!result.ok())
        text = tr("%n problem(s) found; nothing was created.", nullptr, int(result.problems.size()));
    else if (result.names.isEmpty())
        text = tr("The database has every name the file uses; nothing is missing.");
    else if (result.created)
        text = tr(
            "Created %n name(s). The new authors' accounts are inactive and have no password: activate them "
            "and set a password before they sign in.",
            nullptr, result.names.count());
    else
        text = tr("%n name(s) missing; create them now?", nullptr, result.names.count());
    m_ui->summary->setText(text);
    m_ui->missingNames->setVisible(!result.names.isEmpty());
    m_ui->missingNames->setText(describe(result.names));
    showProblems(result.problems);
    const bool canCreate = result.ok() && !result.created && !result.names.isEmpty();
    m_ui->importButton->setEnabled(canCreate);
    if (canCreate) {
        m_ui->importButton->setDefault(true);
        m_ui->importButton->setFocus();
    }
}

} // namespace gongkai::ui
