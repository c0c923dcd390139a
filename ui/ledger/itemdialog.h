#pragma once

#include "domain/channel.h"
#include "domain/item.h"
#include "domain/user.h"
#include "review/itemrules.h"
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

/// Creates or edits one ledger item with its publications and submissions, for the signed-in user.
/// What can be changed is what core answers (ItemService::capabilities, canCreate), nothing decided
/// here: the content is the author's (read-only with the reason otherwise); the publications and
/// submissions are the recorder's (the author on their own item, a publisher on any), the publication
/// editor only where the item may be published (its `why` is shown as the hint otherwise). On OK the
/// item is checked by core and the failing fields are marked; the dialog only closes once it is saved.
class ItemDialog : public QDialog
{
    Q_OBJECT
public:
    /// How the dialog's changes are stored: the whole item (a new one, or the author's changes), or
    /// only its publications and submissions (the recorder who may not change the content).
    enum class SaveMode
    {
        Item,
        Distribution,
    };
    /// Stores the item (ItemService create or update, or setDistribution) and updates it to what was
    /// stored; throws core errors. overrideReason: the author's reason for a change to approved content
    /// with high pre-screen findings (the new review round needs one).
    using SaveFunction = std::function<void(Item& item, SaveMode mode, const QString& overrideReason)>;
    /// Asks why a change with high findings should go to review as it stands; nothing when cancelled.
    using ReasonAsker = std::function<std::optional<QString>(qint64 itemId, const ItemScreeningResult& findings)>;

    ItemDialog(Database& db, const Session& session, std::optional<Item> existing = std::nullopt,
               QWidget* parent = nullptr);
    ~ItemDialog() override;

    /// Replaces the default save (straight through ItemService), e.g. to go through the undo stack.
    void setSaveFunction(SaveFunction save);
    /// Replaces the OverrideReasonDialog (tests).
    void setReasonAsker(ReasonAsker asker) { m_askReason = std::move(asker); }

    /// Nothing can be changed: neither the content nor the publications and submissions.
    bool isReadOnly() const { return !m_contentEditable && !m_distributionEditable; }
    bool isContentEditable() const { return m_contentEditable; }
    bool isDistributionEditable() const { return m_distributionEditable; }
    /// Whether the publication editor is offered (ItemCapabilities::publish).
    bool isPublicationEditorOffered() const { return m_publicationsOffered; }
    /// Why the content cannot be changed (empty when it can).
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// Why no publication can be recorded now (empty when one can).
    QString publicationHint() const { return m_publicationHint; }
    /// How a save stores the changes now.
    SaveMode saveMode() const;

    /// The item as it was opened (or last reloaded); id 0 for a new one.
    const Item& original() const { return m_original; }
    /// The item as saved, after the dialog was accepted.
    const Item& savedItem() const { return m_saved; }
    /// The item as the fields describe it now.
    Item itemFromFields() const;

public slots:
    void accept() override;

private:
    void loadLists();
    void fillCombo(QComboBox* combo, const QList<std::pair<QString, qint64>>& entries);
    void showItem(const Item& item);
    /// Asks core what the user may do with the item as shown and shows exactly that.
    void askCapabilities();
    void applyCapabilities();
    void updateWithheldGround();
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
    void defaultSave(Item& item, SaveMode mode, const QString& overrideReason);

    std::unique_ptr<Ui::ItemDialog> m_ui;
    Database& m_db;
    Session m_session;
    Item m_original;
    Item m_saved;
    SaveFunction m_save;
    ReasonAsker m_askReason;
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
    QString m_readOnlyReason;
    QString m_publicationHint;
    bool m_contentEditable = false;
    bool m_distributionEditable = false;
    bool m_publicationsOffered = false;
    bool m_readOnlyByRole = false; ///< the content is refused by the user's roles, not the item's state
    bool m_startsNewRound = false; ///< a change to the content starts a new review round
    bool m_filling = false;
};

} // namespace gongkai::ui
