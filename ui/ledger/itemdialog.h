#pragma once

#include "domain/channel.h"
#include "domain/item.h"
#include "domain/user.h"
#include "review/session.h"
#include "screening/itemscreening.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QTimer;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

namespace Ui {
class ItemDialog;
}
class FieldMarker;
class AttachmentList;
class FindingsPanel;
class PublicationTableModel;
class SubmissionTableModel;

/// Creates or edits one ledger item with its publications and submissions. On OK the item is checked
/// by core and the failing fields are marked; the dialog only closes once the item is saved.
/// Under the review's rules (先审查后公开): publications can be recorded only on an approved or
/// published item, or a historical one reviewed on paper (the "reviewed on paper" field); an item under
/// review is frozen, a withdrawn one closed, and with a session only the author edits: these open
/// read-only with the reason.
class ItemDialog : public QDialog
{
    Q_OBJECT
public:
    /// Stores the item (add when its id is 0, else update) and updates it; throws core errors.
    using SaveFunction = std::function<void(Item&)>;

    ItemDialog(Database& db, std::optional<Item> existing = std::nullopt, QWidget* parent = nullptr);
    ~ItemDialog() override;

    /// Replaces the default save (ItemService with a session, else ItemRepository), e.g. to go through
    /// the undo stack.
    void setSaveFunction(SaveFunction save);
    /// The signed-in user: new items default to them, and only the author may change an item.
    void setSession(std::optional<Session> session);
    /// Why the item cannot be changed (empty when it can).
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// Whether publications can be added now (the review allows it).
    bool canRecordPublications() const;

    /// The item as it was opened (or last reloaded); id 0 for a new one.
    const Item& original() const { return m_original; }
    /// The item as saved, after the dialog was accepted.
    const Item& savedItem() const { return m_saved; }
    /// The item as the fields describe it now.
    Item itemFromFields() const;
    bool isReadOnly() const { return m_readOnly; }

public slots:
    void accept() override;

private:
    void loadLists();
    void fillCombo(QComboBox* combo, const QList<std::pair<QString, qint64>>& entries);
    void showItem(const Item& item);
    void setReadOnly(bool readOnly);
    /// Decides read-only and publications from the item and the session (applyRules after a reload).
    void applyRules();
    void updatePublicationsAllowed();
    void updateWithheldGround();
    void departmentChanged();
    void selectDefaultAuthor();
    void addPublication();
    void removePublication();
    void addSubmission();
    void removeSubmission();
    void updateRemoveButtons();
    void clearErrors();
    void showErrors(const QList<FieldError>& errors);
    void showMessage(const QString& text, bool error);
    void offerReload(const QString& message);
    /// Screens the title, summary and body as they stand and shows the findings.
    void rescreen();

    std::unique_ptr<Ui::ItemDialog> m_ui;
    Database& m_db;
    Item m_original;
    Item m_saved;
    SaveFunction m_save;
    QList<Channel> m_channels;
    QList<User> m_users;
    PublicationTableModel* m_publications = nullptr;
    SubmissionTableModel* m_submissions = nullptr;
    FieldMarker* m_marker = nullptr;
    FindingsPanel* m_findings = nullptr;
    AttachmentList* m_attachments = nullptr;
    QList<AttachmentScreening> m_attachmentScreening; ///< screened when the list changes, not per keystroke
    QTimer* m_screenTimer = nullptr; ///< screens a moment after the user stops typing
    std::optional<ItemScreening> m_screening;
    std::optional<Session> m_session;
    QString m_readOnlyReason;
    bool m_roundOpen = false;
    bool m_reviewed = false; ///< an approval (electronic, still valid) or a paper review stands
    bool m_readOnly = false;
    bool m_authorTouched = false;
    bool m_filling = false;
};

} // namespace gongkai::ui
