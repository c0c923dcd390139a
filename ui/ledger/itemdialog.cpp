#include "itemdialog.h"
#include "ui_itemdialog.h"

#include "attachmentlist.h"
#include "itemtabledelegate.h"
#include "models/publicationtablemodel.h"
#include "models/submissiontablemodel.h"
#include "review/findingspanel.h"
#include "review/overridereasondialog.h"
#include "widgets/fieldmarker.h"

#include "domain/category.h"
#include "domain/department.h"
#include "error.h"
#include "review/itemservice.h"
#include "review/reviewerrors.h"
#include "storage/categoryrepository.h"
#include "storage/channelrepository.h"
#include "storage/departmentrepository.h"
#include "storage/itemrepository.h" // validate(): reads only
#include "storage/reviewrepository.h"
#include "storage/userrepository.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace gongkai::ui {

namespace {
QString elided(const QString& title)
{
    return title.size() > 40 ? title.left(39) + QChar(0x2026) : title;
}
} // namespace

ItemDialog::ItemDialog(Database& db, const Session& session, std::optional<Item> existing, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ItemDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    m_publications = new PublicationTableModel(this);
    m_submissions = new SubmissionTableModel(this);
    m_ui->publicationsTable->setModel(m_publications);
    m_ui->submissionsTable->setModel(m_submissions);
    // One delegate per view: a delegate's commitData reaches every view it serves.
    m_ui->publicationsTable->setItemDelegate(new ItemTableDelegate(m_ui->publicationsTable));
    m_ui->submissionsTable->setItemDelegate(new ItemTableDelegate(m_ui->submissionsTable));

    // Widths from the font, so that Chinese channel names and ISO dates fit on every system.
    const QFontMetrics fm = fontMetrics();
    const int dateWidth = fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 4 * fm.averageCharWidth();
    const int comboExtra = 2 * fm.height(); // the drop-down button of the editor
    const auto chineseWidth = [&fm](int characters) {
        return fm.horizontalAdvance(QString(characters, QChar(0x4E2D)));
    };
    QHeaderView* pubHeader = m_ui->publicationsTable->horizontalHeader();
    pubHeader->resizeSection(PublicationTableModel::ChannelColumn, chineseWidth(6) + comboExtra);
    pubHeader->resizeSection(PublicationTableModel::DateColumn, dateWidth);
    QHeaderView* subHeader = m_ui->submissionsTable->horizontalHeader();
    subHeader->resizeSection(SubmissionTableModel::AgencyColumn, chineseWidth(11) + comboExtra);
    subHeader->resizeSection(SubmissionTableModel::DateColumn, dateWidth);
    subHeader->resizeSection(SubmissionTableModel::AdoptedColumn,
                             subHeader->sectionSizeHint(SubmissionTableModel::AdoptedColumn));
    subHeader->resizeSection(SubmissionTableModel::AdoptedOnColumn, dateWidth);
    for (QTableView* table : {m_ui->publicationsTable, m_ui->submissionsTable}) {
        table->setSelectionBehavior(QAbstractItemView::SelectItems);
        table->verticalHeader()->setDefaultSectionSize(fm.height() + 10);
        // Room for the header and three rows before the view scrolls.
        table->setMinimumHeight(4 * (fm.height() + 10) + 2 * table->frameWidth());
    }
    m_ui->summaryEdit->setFixedHeight(fm.lineSpacing() * 4 + 12);
    m_ui->bodyEdit->setMinimumHeight(fm.lineSpacing() * 4 + 12);
    m_ui->fieldsLayout->setRowStretch(6, 1);
    m_ui->draftedEdit->setMinimumWidth(dateWidth + comboExtra);
    m_ui->draftedEdit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->categoryCombo->setPlaceholderText(tr("Choose a category"));
    m_ui->departmentCombo->setPlaceholderText(tr("Choose a department"));
    m_ui->authorCombo->setPlaceholderText(tr("Choose the author"));
    for (DisclosureAttribute a : allAttributes())
        m_ui->attributeCombo->addItem(attributeDisplayName(a), int(a));

    m_marker = new FieldMarker(this);
    m_marker->addField(QStringLiteral("title"), m_ui->titleEdit);
    m_marker->addField(QStringLiteral("docNumber"), m_ui->docNumberEdit);
    m_marker->addField(QStringLiteral("category"), m_ui->categoryCombo);
    m_marker->addField(QStringLiteral("withheldGround"), m_ui->withheldGroundEdit);
    m_marker->addField(QStringLiteral("department"), m_ui->departmentCombo);
    m_marker->addField(QStringLiteral("author"), m_ui->authorCombo);
    m_marker->addField(QStringLiteral("drafted"), m_ui->draftedEdit);
    m_marker->addField(QStringLiteral("summary"), m_ui->summaryEdit);
    m_marker->addField(QStringLiteral("body"), m_ui->bodyEdit);
    m_ui->publicationsHintLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));

    // The pre-screen, as the user types: screening takes milliseconds, the timer only saves work.
    m_findings = new FindingsPanel(this);
    m_findings->setMaximumHeight(fm.lineSpacing() * 6 + 12);
    m_ui->mainLayout->insertWidget(1, m_findings);
    try {
        m_screening.emplace(ItemScreening::forOffice(m_db));
    } catch (const Error&) {
        m_screening.emplace(WordList());
    }
    m_screenTimer = new QTimer(this);
    m_screenTimer->setSingleShot(true);
    m_screenTimer->setInterval(300);
    connect(m_screenTimer, &QTimer::timeout, this, &ItemDialog::rescreen);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, m_screenTimer, qOverload<>(&QTimer::start));
    connect(m_ui->summaryEdit, &QPlainTextEdit::textChanged, m_screenTimer, qOverload<>(&QTimer::start));
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, m_screenTimer, qOverload<>(&QTimer::start));
    // Attachments, below the submissions: changes are kept until the item is saved.
    auto* attachmentsGroup = new QGroupBox(tr("Attachments"), this);
    attachmentsGroup->setObjectName(QStringLiteral("attachmentsGroup"));
    auto* attachmentsLayout = new QVBoxLayout(attachmentsGroup);
    m_attachments = new AttachmentList(m_db, attachmentsGroup);
    attachmentsLayout->addWidget(m_attachments);
    // Beside the submissions, so the body keeps its height on a small screen.
    const int submissionsAt = m_ui->mainLayout->indexOf(m_ui->submissionsGroup);
    const int submissionsStretch = m_ui->mainLayout->stretch(submissionsAt);
    m_ui->mainLayout->removeWidget(m_ui->submissionsGroup);
    auto* lowerRow = new QHBoxLayout;
    lowerRow->addWidget(m_ui->submissionsGroup, 3);
    lowerRow->addWidget(attachmentsGroup, 2);
    m_ui->mainLayout->insertLayout(submissionsAt, lowerRow, submissionsStretch);
    connect(m_attachments, &AttachmentList::changed, this, [this] {
        m_attachmentScreening.clear();
        if (m_screening) {
            for (const Attachment& a : m_attachments->attachments())
                m_attachmentScreening.append({a.fileName, m_screening->screenText(a.text)});
        }
        rescreen();
    });
    connect(m_findings, &FindingsPanel::findingActivated, this,
            [this](ItemTextField field, qsizetype offset, qsizetype length) {
                if (field == ItemTextField::Attachment)
                    return; // FindingsPanel::attachmentActivated
                if (field == ItemTextField::Title) {
                    m_ui->titleEdit->setFocus();
                    m_ui->titleEdit->setSelection(int(offset), int(length));
                    return;
                }
                QPlainTextEdit* edit = field == ItemTextField::Summary ? m_ui->summaryEdit : m_ui->bodyEdit;
                QTextCursor c(edit->document());
                c.setPosition(int(offset));
                c.setPosition(int(offset + length), QTextCursor::KeepAnchor);
                edit->setTextCursor(c);
                edit->setFocus();
            });
    connect(m_findings, &FindingsPanel::attachmentActivated, m_attachments, &AttachmentList::select);

    connect(m_ui->attributeCombo, &QComboBox::currentIndexChanged, this, &ItemDialog::updateWithheldGround);
    connect(m_ui->addPublicationButton, &QPushButton::clicked, this, &ItemDialog::addPublication);
    connect(m_ui->removePublicationButton, &QPushButton::clicked, this, &ItemDialog::removePublication);
    connect(m_ui->addSubmissionButton, &QPushButton::clicked, this, &ItemDialog::addSubmission);
    connect(m_ui->removeSubmissionButton, &QPushButton::clicked, this, &ItemDialog::removeSubmission);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ItemDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ItemDialog::reject);
    for (QTableView* table : {m_ui->publicationsTable, m_ui->submissionsTable}) {
        connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &ItemDialog::updateRemoveButtons);
        connect(table->model(), &QAbstractItemModel::rowsRemoved, this, &ItemDialog::updateRemoveButtons);
    }

    m_save = [this](Item& item, SaveMode mode, const QString& reason) { defaultSave(item, mode, reason); };
    m_askReason = [this](qint64 itemId, const ItemScreeningResult& findings) -> std::optional<QString> {
        OverrideReasonDialog dialog(itemId, findings, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.reason();
    };

    if (existing) {
        m_original = *existing;
    } else {
        // A new item is the signed-in user's own: items are created by their authors, as themselves.
        m_original.drafted = QDate::currentDate();
        m_original.authorId = m_session.userId();
        m_original.departmentId = m_session.user().departmentId;
    }
    loadLists();
    showItem(m_original);
    askCapabilities();
    m_ui->titleEdit->setFocus();
}

ItemDialog::~ItemDialog() = default;

void ItemDialog::setSaveFunction(SaveFunction save)
{
    m_save = std::move(save);
}

ItemDialog::SaveMode ItemDialog::saveMode() const
{
    return m_original.id == 0 || m_contentEditable ? SaveMode::Item : SaveMode::Distribution;
}

void ItemDialog::defaultSave(Item& item, SaveMode mode, const QString& overrideReason)
{
    ItemService service(m_db);
    if (item.id == 0) {
        service.create(m_session, item);
    } else if (mode == SaveMode::Item) {
        service.update(m_session, item, overrideReason);
    } else {
        service.setDistribution(m_session, item.id, item.publications, item.submissions, item.rowVersion);
        if (const std::optional<Item> stored = service.item(m_session, item.id))
            item = *stored;
    }
}

void ItemDialog::askCapabilities()
{
    m_readOnlyReason.clear();
    m_publicationHint.clear();
    m_readOnlyByRole = false;
    m_startsNewRound = false;
    try {
        if (m_original.id == 0) {
            const ItemAnswer create = ItemService(m_db).canCreate(m_session);
            m_contentEditable = create.allowed;
            m_distributionEditable = create.allowed; // submissions, with the new item
            m_publicationsOffered = false;
            m_readOnlyReason = create.why;
            m_readOnlyByRole = create.permission;
            if (create.allowed)
                m_publicationHint = tr("Publications are recorded once the item is reviewed: save it and submit it "
                                       "for review first.");
        } else {
            const ItemCapabilities can = ItemService(m_db).capabilities(m_session, m_original);
            m_contentEditable = can.edit.allowed;
            m_distributionEditable = can.recordSubmission.allowed;
            m_publicationsOffered = can.publish.allowed;
            m_readOnlyReason = can.edit.why;
            m_readOnlyByRole = can.edit.permission;
            m_startsNewRound = can.editStartsNewRound;
            if (m_distributionEditable && !can.publish.allowed)
                m_publicationHint = can.publish.why;
        }
    } catch (const Error& e) {
        m_contentEditable = m_distributionEditable = m_publicationsOffered = false;
        m_readOnlyReason = e.message();
    }
    applyCapabilities();
}

void ItemDialog::applyCapabilities()
{
    const bool content = m_contentEditable;
    for (QLineEdit* edit : {m_ui->titleEdit, m_ui->docNumberEdit, m_ui->withheldGroundEdit})
        edit->setReadOnly(!content);
    for (QPlainTextEdit* edit : {m_ui->summaryEdit, m_ui->bodyEdit})
        edit->setReadOnly(!content);
    for (QComboBox* combo : {m_ui->categoryCombo, m_ui->attributeCombo, m_ui->departmentCombo})
        combo->setEnabled(content);
    // The author is whoever created the item; nobody names someone else.
    m_ui->authorCombo->setEnabled(false);
    m_ui->draftedEdit->setReadOnly(!content);
    m_ui->draftedEdit->setCalendarPopup(content);
    m_ui->draftedEdit->setButtonSymbols(content ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
    if (!content) {
        // Hints about what to type only confuse on a record that cannot be changed.
        for (QLineEdit* edit : {m_ui->titleEdit, m_ui->docNumberEdit, m_ui->withheldGroundEdit})
            edit->setPlaceholderText(QString());
        for (QPlainTextEdit* edit : {m_ui->summaryEdit, m_ui->bodyEdit})
            edit->setPlaceholderText(QString());
    }
    m_attachments->setReadOnly(!content);

    const bool publications = m_distributionEditable && m_publicationsOffered;
    m_publications->setReadOnly(!publications);
    m_submissions->setReadOnly(!m_distributionEditable);
    m_ui->addPublicationButton->setVisible(publications);
    m_ui->removePublicationButton->setVisible(publications);
    m_ui->addSubmissionButton->setVisible(m_distributionEditable);
    m_ui->removeSubmissionButton->setVisible(m_distributionEditable);
    m_ui->publicationsHintLabel->setText(m_publicationHint);
    m_ui->publicationsHintLabel->setVisible(!m_publicationHint.isEmpty());

    m_ui->buttonBox->setStandardButtons(isReadOnly() ? QDialogButtonBox::Close
                                                     : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (!content && m_distributionEditable)
        // A recorder without the author's role needs no more reason than this; a frozen item says why.
        showMessage(m_readOnlyByRole ? tr("You can record where the item went out; its content is its author's.")
                                     : tr("You can record where the item went out. %1").arg(m_readOnlyReason),
                    false);
    else if (!content)
        showMessage(m_readOnlyReason.isEmpty() ? tr("This item is shown read-only.") : m_readOnlyReason, false);
    else if (m_startsNewRound)
        showMessage(tr("The item is approved: a change to its content starts a new review round."), false);
    else
        m_ui->messageLabel->hide();
    updateWithheldGround();
    updateRemoveButtons();
}

void ItemDialog::loadLists()
{
    m_channels = ChannelRepository(m_db).list(true);
    m_users = UserRepository(m_db).list(true);
    m_publications->setChannels(m_channels);
    m_submissions->setChannels(m_channels);
}

void ItemDialog::fillCombo(QComboBox* combo, const QList<std::pair<QString, qint64>>& entries)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto& [name, id] : entries)
        combo->addItem(name, id);
    combo->setCurrentIndex(-1);
}

void ItemDialog::showItem(const Item& item)
{
    m_filling = true;
    m_marker->clear();
    // Inactive entries are offered only where the item already uses them.
    QList<std::pair<QString, qint64>> categories;
    for (const Category& c : CategoryRepository(m_db).list(true)) {
        if (c.active || c.id == item.categoryId)
            categories.append({c.name, c.id});
    }
    fillCombo(m_ui->categoryCombo, categories);
    QList<std::pair<QString, qint64>> departments;
    QHash<qint64, QString> departmentNames;
    for (const Department& d : DepartmentRepository(m_db).list(true)) {
        departmentNames.insert(d.id, d.name);
        if (d.active || d.id == item.departmentId)
            departments.append({d.name, d.id});
    }
    fillCombo(m_ui->departmentCombo, departments);
    QList<std::pair<QString, qint64>> authors;
    for (const User& u : std::as_const(m_users)) {
        if (!u.active && u.id != item.authorId)
            continue;
        const QString department = departmentNames.value(u.departmentId);
        authors.append({department.isEmpty() ? u.name : tr("%1 (%2)").arg(u.name, department), u.id});
    }
    fillCombo(m_ui->authorCombo, authors);

    m_ui->titleEdit->setText(item.title);
    m_ui->docNumberEdit->setText(item.docNumber);
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(item.categoryId));
    m_ui->attributeCombo->setCurrentIndex(m_ui->attributeCombo->findData(int(item.attribute)));
    m_ui->withheldGroundEdit->setText(item.withheldGround);
    if (item.id == 0 && item.departmentId == 0 && m_ui->departmentCombo->count() > 0)
        m_ui->departmentCombo->setCurrentIndex(0);
    else
        m_ui->departmentCombo->setCurrentIndex(m_ui->departmentCombo->findData(item.departmentId));
    m_ui->authorCombo->setCurrentIndex(m_ui->authorCombo->findData(item.authorId));
    m_ui->draftedEdit->setDate(item.drafted.isValid() ? item.drafted : QDate::currentDate());
    m_ui->summaryEdit->setPlainText(item.summary);
    m_ui->bodyEdit->setPlainText(item.body);
    m_publications->setPublications(item.publications);
    m_submissions->setSubmissions(item.submissions);
    m_attachments->setAttachments(item.attachments);
    emit m_attachments->changed();
    QString status = statusDisplayName(item.status);
    m_ui->statusValueLabel->setToolTip(QString());
    if (item.id != 0) {
        // A historical item reviewed on paper says so, and who attested it.
        const QHash<qint64, PaperReview> paper = ReviewRepository(m_db).paperReviews({item.id});
        if (paper.contains(item.id)) {
            status = tr("%1 (reviewed on paper)").arg(status);
            m_ui->statusValueLabel->setToolTip(tr("Reviewed on paper: %1").arg(paper.value(item.id).describe()));
        }
    }
    m_ui->statusValueLabel->setText(status);
    updateWithheldGround();
    updateRemoveButtons();
    m_filling = false;

    if (item.id == 0)
        setWindowTitle(tr("New item"));
    else if (item.status == ItemStatus::Withdrawn)
        setWindowTitle(tr("“%1” (withdrawn)").arg(elided(item.title)));
    else
        setWindowTitle(tr("Edit “%1”").arg(elided(item.title)));
}

void ItemDialog::updateWithheldGround()
{
    const bool withheld =
        DisclosureAttribute(m_ui->attributeCombo->currentData().toInt()) == DisclosureAttribute::Withheld;
    // The text stays when the attribute changes back, so a slip of the mouse loses nothing.
    m_ui->withheldGroundEdit->setEnabled(withheld && m_contentEditable);
    m_ui->withheldGroundLabel->setEnabled(withheld);
}

Item ItemDialog::itemFromFields() const
{
    Item item = m_original;
    item.title = m_ui->titleEdit->text();
    item.docNumber = m_ui->docNumberEdit->text();
    item.categoryId = m_ui->categoryCombo->currentData().toLongLong();
    item.attribute = DisclosureAttribute(m_ui->attributeCombo->currentData().toInt());
    item.withheldGround = m_ui->withheldGroundEdit->text();
    item.departmentId = m_ui->departmentCombo->currentData().toLongLong();
    item.authorId = m_ui->authorCombo->currentData().toLongLong();
    item.drafted = m_ui->draftedEdit->date();
    item.summary = m_ui->summaryEdit->toPlainText();
    item.body = m_ui->bodyEdit->toPlainText();
    item.publications = m_publications->publications();
    item.submissions = m_submissions->submissions();
    item.attachments = m_attachments->attachments();
    for (Publication& p : item.publications)
        p.itemId = item.id;
    for (Submission& s : item.submissions)
        s.itemId = item.id;
    return item;
}

void ItemDialog::addPublication()
{
    // A publication is recorded when it happened: today, unless the user says otherwise (never later).
    const QDate date = QDate::currentDate();
    const int row =
        m_publications->appendPublication({0, m_original.id, m_publications->defaultChannel(), date, {}});
    QTableView* table = m_ui->publicationsTable;
    table->setFocus();
    table->setCurrentIndex(m_publications->index(row, PublicationTableModel::ChannelColumn));
    table->edit(table->currentIndex());
}

void ItemDialog::removePublication()
{
    const QModelIndex current = m_ui->publicationsTable->currentIndex();
    if (current.isValid())
        m_publications->removePublication(current.row());
}

void ItemDialog::addSubmission()
{
    const QDate date = QDate::currentDate();
    const int row = m_submissions->appendSubmission(
        {0, m_original.id, m_submissions->defaultAgency(), date, false, {}, {}});
    QTableView* table = m_ui->submissionsTable;
    table->setFocus();
    table->setCurrentIndex(m_submissions->index(row, SubmissionTableModel::AgencyColumn));
    table->edit(table->currentIndex());
}

void ItemDialog::removeSubmission()
{
    const QModelIndex current = m_ui->submissionsTable->currentIndex();
    if (current.isValid())
        m_submissions->removeSubmission(current.row());
}

void ItemDialog::updateRemoveButtons()
{
    m_ui->removePublicationButton->setEnabled(m_distributionEditable && m_publicationsOffered &&
                                              m_ui->publicationsTable->currentIndex().isValid());
    m_ui->removeSubmissionButton->setEnabled(m_distributionEditable &&
                                             m_ui->submissionsTable->currentIndex().isValid());
}

void ItemDialog::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ItemDialog::clearErrors()
{
    m_marker->clear();
    m_publications->setRowErrors({});
    m_submissions->setRowErrors({});
    m_ui->messageLabel->hide();
}

void ItemDialog::showErrors(const QList<FieldError>& errors)
{
    static const QRegularExpression rowField(QStringLiteral("^(publications|submissions)\\[(\\d+)\\]$"));
    QHash<int, QStringList> publicationRows;
    QHash<int, QStringList> submissionRows;
    QList<FieldError> fieldErrors;
    for (const FieldError& e : errors) {
        const QRegularExpressionMatch m = rowField.match(e.field);
        if (!m.hasMatch())
            fieldErrors << e;
        else if (m.captured(1) == QLatin1String("publications"))
            publicationRows[m.captured(2).toInt()] << e.message;
        else
            submissionRows[m.captured(2).toInt()] << e.message;
    }
    QWidget* first = m_marker->mark(fieldErrors);
    m_publications->setRowErrors(publicationRows);
    m_submissions->setRowErrors(submissionRows);

    QStringList lines;
    for (const FieldError& e : errors)
        lines << QStringLiteral("• ") + e.message;
    showMessage(tr("The item was not saved. Please correct the marked fields:") + QLatin1Char('\n') +
                    lines.join(QLatin1Char('\n')),
                true);

    auto focusRow = [](QTableView* table, int row) {
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
    };
    if (first)
        first->setFocus();
    else if (!publicationRows.isEmpty())
        focusRow(m_ui->publicationsTable,
                 *std::min_element(publicationRows.keyBegin(), publicationRows.keyEnd()));
    else if (!submissionRows.isEmpty())
        focusRow(m_ui->submissionsTable,
                 *std::min_element(submissionRows.keyBegin(), submissionRows.keyEnd()));
}

void ItemDialog::accept()
{
    if (isReadOnly()) {
        QDialog::reject();
        return;
    }
    // A cell still being edited would otherwise miss the save.
    for (QTableView* table : {m_ui->publicationsTable, m_ui->submissionsTable}) {
        if (QWidget* editor = table->indexWidget(table->currentIndex()))
            emit table->itemDelegate()->commitData(editor);
    }
    clearErrors();
    const SaveMode mode = saveMode();
    Item item = itemFromFields();
    if (mode == SaveMode::Distribution) {
        // Only the lists change: the content stays exactly as stored.
        const Item lists = item;
        item = m_original;
        item.publications = lists.publications;
        item.submissions = lists.submissions;
    }
    try {
        const QList<FieldError> errors = ItemRepository(m_db).validate(item);
        if (!errors.isEmpty()) {
            showErrors(errors);
            return;
        }
        QString reason;
        for (;;) {
            try {
                Item attempt = item;
                m_save(attempt, mode, reason);
                item = attempt;
                break;
            } catch (const RuleError& e) {
                // A change to approved content starts a new review round, which asks for a reason when the
                // pre-screen finds high findings; nothing was saved.
                if (e.rule() != RuleError::Rule::HighFindings || !reason.isEmpty())
                    throw;
                const ItemScreeningResult findings = ItemScreening::forOffice(m_db).screen(item);
                const std::optional<QString> given = m_askReason(item.id, findings);
                if (!given || given->trimmed().isEmpty()) {
                    showMessage(e.message(), true);
                    return;
                }
                reason = given->trimmed();
            }
        }
    } catch (const ValidationError& e) {
        showErrors(e.errors());
        return;
    } catch (const ConflictError& e) {
        offerReload(e.message());
        return;
    } catch (const RuleError& e) {
        // Someone submitted or approved the item meanwhile: show the rules as they are now.
        showMessage(e.message(), true);
        QMessageBox::warning(this, tr("Item not saved"), e.message());
        return;
    } catch (const Error& e) {
        showMessage(e.message(), true);
        QMessageBox::critical(this, tr("Item not saved"), e.message());
        return;
    }
    m_saved = item;
    QDialog::accept();
}

void ItemDialog::offerReload(const QString& message)
{
    QMessageBox box(QMessageBox::Warning, tr("Item changed elsewhere"), message, QMessageBox::NoButton, this);
    box.setInformativeText(tr("Reload the item as it is stored now? The changes you made in this dialog "
                              "will be lost. Keep editing to copy them first."));
    QPushButton* reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    QPushButton* keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != reload) {
        showMessage(message, true);
        return;
    }
    std::optional<Item> fresh;
    try {
        fresh = ItemService(m_db).item(m_session, m_original.id);
        loadLists();
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return;
    }
    if (!fresh) {
        showMessage(tr("The item no longer exists."), true);
        return;
    }
    m_original = *fresh;
    showItem(m_original);
    askCapabilities();
    if (!isReadOnly())
        showMessage(tr("The item was reloaded as it is stored now."), false);
}

void ItemDialog::rescreen()
{
    if (!m_screening)
        return;
    ItemScreeningResult result = m_screening->screen(m_ui->titleEdit->text(), m_ui->summaryEdit->toPlainText(),
                                                     m_ui->bodyEdit->toPlainText());
    result.attachments = m_attachmentScreening;
    m_findings->setResult(result);
    FindingsPanel::highlight(m_ui->summaryEdit, result.summary);
    FindingsPanel::highlight(m_ui->bodyEdit, result.body);
}

} // namespace gongkai::ui
