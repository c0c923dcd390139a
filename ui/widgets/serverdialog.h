#pragma once

#include "storage/dblocation.h"

#include <QDialog>

#include <memory>

namespace gongkai::ui {

namespace Ui {
class ServerDialog;
}

/// Asks for a PostgreSQL server (postgresql://user@host:port/database) and its password. The
/// password only lives as long as the dialog; nothing here writes it anywhere.
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerDialog(QWidget* parent = nullptr);
    ~ServerDialog() override;

    /// Prefills the server; with fixed, only the password is asked for.
    void setLocation(const DbLocation& location, bool fixed);
    /// Valid after the dialog was accepted.
    DbLocation location() const { return m_location; }
    QString password() const;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::ServerDialog> m_ui;
    DbLocation m_location;
};

} // namespace gongkai::ui
