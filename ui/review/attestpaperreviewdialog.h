#pragma once

#include "domain/item.h"
#include "review/session.h"

#include <QDialog>

#include <memory>

namespace gongkai {
class Database;
}

namespace gongkai::ui {

namespace Ui {
class AttestPaperReviewDialog;
}
class FieldMarker;

/// A signer attests that an item was reviewed on paper before it was entered (纸质审查): the paper
/// form's number or date, the paper reviewers with their dates, and the signer's password again
/// (ItemService::attestPaperReview). A wrong password or a refusal is shown here and nothing is written;
/// the dialog closes once the attestation is recorded.
class AttestPaperReviewDialog : public QDialog
{
    Q_OBJECT
public:
    AttestPaperReviewDialog(Database& db, const Session& session, const Item& item, QWidget* parent = nullptr);
    ~AttestPaperReviewDialog() override;

    qint64 itemId() const { return m_itemId; }
    /// The last error shown, empty when none.
    QString errorText() const;

public slots:
    void accept() override;

private:
    /// final: nothing more can be attested from here (refused, locked out).
    void showError(const QString& text, bool final);

    std::unique_ptr<Ui::AttestPaperReviewDialog> m_ui;
    Database& m_db;
    Session m_session;
    qint64 m_itemId;
    FieldMarker* m_marker;
};

} // namespace gongkai::ui
