#pragma once

#include "domain/attachment.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// The files attached to an item in the item editor: add (.txt, .docx), remove, save a copy. Changes
/// stay in the editor until the item is saved, like every other field.
class AttachmentList : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentList(Database& db, QWidget* parent = nullptr);

    void setAttachments(const QList<Attachment>& attachments);
    const QList<Attachment>& attachments() const { return m_attachments; }
    void setReadOnly(bool readOnly);
    /// Selects the file with this name (a finding in it was chosen).
    void select(const QString& fileName);

    /// Reads the files and adds them; a file that cannot be attached is reported and skipped.
    void addFiles(const QStringList& paths);

signals:
    void changed();

private:
    void addClicked();
    void removeClicked();
    void saveClicked();
    void refresh();
    void updateButtons();

    Database& m_db;
    QList<Attachment> m_attachments;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_save = nullptr;
    bool m_readOnly = false;
};

} // namespace gongkai::ui
