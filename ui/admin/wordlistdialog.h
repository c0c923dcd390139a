#pragma once

#include "review/session.h"
#include "screening/wordlist.h"

#include <QDialog>

#include <memory>

namespace gongkai {
class Database;
}

namespace gongkai::ui {

namespace Ui {
class WordListDialog;
}

/// The administrator's word list (错敏词): term, correction and severity per row; rows added, removed,
/// or imported from a text file (WordList::fromFile). Saved as a whole through WordListService (each
/// change audited).
class WordListDialog : public QDialog
{
    Q_OBJECT
public:
    WordListDialog(Database& db, const Session& session, QWidget* parent = nullptr);
    ~WordListDialog() override;

    /// The list as the table shows it; throws Error naming the row of a bad term.
    WordList listFromTable() const;
    void showList(const WordList& words);
    /// Adds (or replaces with) the entries of a word-list file; false with the error shown when it fails.
    bool importFile(const QString& path);
    QString errorText() const;

public slots:
    void accept() override;

private:
    void addRow(const WordEntry& entry);

    std::unique_ptr<Ui::WordListDialog> m_ui;
    Database& m_db;
    Session m_session;
};

} // namespace gongkai::ui
