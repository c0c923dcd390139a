#include "attachmentlist.h"

#include "error.h"
#include "storage/attachmentrepository.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gongkai::ui {

namespace {
const char* const kFolderKey = "attachments/lastFolder";
}

AttachmentList::AttachmentList(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("attachmentList"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentsView"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 8);
    m_list->setWordWrap(true);
    m_add = new QPushButton(tr("&Attach…"), this);
    m_add->setObjectName(QStringLiteral("addAttachmentButton"));
    m_add->setToolTip(tr("Attach .txt or .docx files; their text is screened with the item's"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_save = new QPushButton(tr("Save a copy…"), this);
    m_save->setObjectName(QStringLiteral("saveAttachmentButton"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AttachmentList::addClicked);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentList::removeClicked);
    connect(m_save, &QPushButton::clicked, this, &AttachmentList::saveClicked);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &AttachmentList::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentList::saveClicked);
    refresh();
}

void AttachmentList::setAttachments(const QList<Attachment>& attachments)
{
    m_attachments = attachments;
    refresh();
}

void AttachmentList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void AttachmentList::select(const QString& fileName)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_attachments.value(i).fileName == fileName) {
            m_list->setCurrentRow(i);
            m_list->setFocus();
            return;
        }
    }
}

void AttachmentList::refresh()
{
    m_list->clear();
    for (const Attachment& a : std::as_const(m_attachments)) {
        auto* row = new QListWidgetItem(
            tr("%1  (%2)").arg(a.fileName, QLocale().formattedDataSize(a.size)), m_list);
        row->setToolTip(a.id == 0 ? tr("Attached now; stored when the item is saved")
                                  : tr("Attached by %1 on %2")
                                        .arg(a.addedBy,
                                             QLocale().toString(a.addedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    if (m_attachments.isEmpty()) {
        auto* empty = new QListWidgetItem(tr("No attachments. Attach the .txt or .docx files that go out with "
                                             "the item, so that they are screened and reviewed with it."),
                                          m_list);
        empty->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void AttachmentList::updateButtons()
{
    const bool selected = !m_attachments.isEmpty() && !m_list->selectedItems().isEmpty();
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && selected);
    m_save->setEnabled(selected);
}

void AttachmentList::addFiles(const QStringList& paths)
{
    QStringList problems;
    bool added = false;
    for (const QString& path : paths) {
        try {
            Attachment a = Attachment::fromFile(path);
            const bool twice = std::any_of(m_attachments.cbegin(), m_attachments.cend(),
                                           [&](const Attachment& b) { return b.sameFile(a); });
            if (twice) {
                problems << tr("%1 is already attached.").arg(a.fileName);
                continue;
            }
            m_attachments.append(a);
            added = true;
        } catch (const Error& e) {
            problems << e.message();
        }
    }
    refresh();
    if (added)
        emit changed();
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Attach files"), problems.join(QLatin1Char('\n')));
}

void AttachmentList::addClicked()
{
    QSettings settings;
    const QString folder = settings.value(QLatin1String(kFolderKey),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"), folder,
                                                            tr("Documents (*.txt *.docx)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QLatin1String(kFolderKey), QFileInfo(paths.constFirst()).absolutePath());
    addFiles(paths);
}

void AttachmentList::removeClicked()
{
    QList<int> rows;
    for (const QListWidgetItem* row : m_list->selectedItems())
        rows << m_list->row(row);
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int r : std::as_const(rows))
        m_attachments.removeAt(r);
    refresh();
    if (!rows.isEmpty())
        emit changed();
}

void AttachmentList::saveClicked()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_attachments.size())
        return;
    const Attachment& a = m_attachments.at(row);
    QSettings settings;
    const QString folder = settings.value(QLatin1String(kFolderKey),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), QDir(folder).filePath(a.fileName));
    if (path.isEmpty())
        return;
    try {
        const QByteArray bytes = a.id == 0 ? a.data : AttachmentRepository(m_db).content(a.id).value_or(QByteArray());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            throw Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Save a copy"), e.message());
    }
}

} // namespace gongkai::ui
