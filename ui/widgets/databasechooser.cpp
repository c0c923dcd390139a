#include "databasechooser.h"

#include "serverdialog.h"

#include "storage/databasechoice.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace gongkai::ui {

namespace {
QString filters()
{
    return DatabaseChooser::tr("Gongkai databases (*.sqlite *.db);;All files (*)");
}
} // namespace

QString DatabaseChooser::startFolder()
{
    const DbLocation current = DatabaseChoice::current();
    if (!current.isServer())
        return QFileInfo(current.path).absolutePath();
    return QDir::homePath();
}

std::optional<DatabaseChooser::Choice> DatabaseChooser::existingFile(QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Open Database"), startFolder(), filters());
    if (path.isEmpty())
        return std::nullopt;
    return Choice{DbLocation::parse(path), {}};
}

std::optional<DatabaseChooser::Choice> DatabaseChooser::newFile(QWidget* parent)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("New Database"),
                                                startFolder() + QStringLiteral("/gongkai.sqlite"), filters(),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return std::nullopt;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(parent, tr("New Database"),
                             tr("%1 already exists. Use Open Database to open it, or choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    DatabaseOpener::Options options;
    options.create = true;
    return Choice{DbLocation::parse(path), options};
}

std::optional<DatabaseChooser::Choice> DatabaseChooser::server(QWidget* parent)
{
    ServerDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    DatabaseOpener::Options options;
    options.password = dialog.password();
    return Choice{dialog.location(), options};
}

std::optional<DatabaseChooser::Choice> DatabaseChooser::afterFailure(QWidget* parent, const QString& location,
                                                                     const QString& error)
{
    for (;;) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot Open the Database"),
                        tr("The database %1 could not be opened.").arg(location), QMessageBox::NoButton,
                        parent);
        box.setInformativeText(error + QStringLiteral("\n\n") + tr("Choose another database, or quit."));
        QPushButton* file = box.addButton(tr("Open a &File…"), QMessageBox::AcceptRole);
        QPushButton* server = box.addButton(tr("Connect to a &Server…"), QMessageBox::AcceptRole);
        QPushButton* fallback = box.addButton(tr("Use the &Default Database"), QMessageBox::AcceptRole);
        QPushButton* quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(file);
        box.exec();
        std::optional<Choice> choice;
        if (box.clickedButton() == file) {
            choice = existingFile(parent);
        } else if (box.clickedButton() == server) {
            choice = DatabaseChooser::server(parent);
        } else if (box.clickedButton() == fallback) {
            DatabaseOpener::Options options;
            options.create = true;
            choice = Choice{DatabaseChoice::defaultEmbedded(), options};
        } else if (box.clickedButton() == quit || !box.clickedButton()) {
            return std::nullopt;
        }
        if (choice)
            return choice;
    }
}

} // namespace gongkai::ui
