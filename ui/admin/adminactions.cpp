#include "adminactions.h"

#include "chaindialog.h"
#include "wordlistdialog.h"
#include "listeditdialog.h"

#include "review/session.h"
#include "usersdialog.h"

#include <QAction>
#include <QWidget>

namespace gongkai::ui {

struct AdminActions::Private
{
    Database& db;
    Session session;
    QWidget* dialogParent;
    QAction* departments = nullptr;
    QAction* users = nullptr;
    QAction* channels = nullptr;
    QAction* categories = nullptr;
    QAction* chain = nullptr;
    QAction* words = nullptr;
};

AdminActions::AdminActions(Database& db, const Session& session, QWidget* dialogParent)
    : QObject(dialogParent), d(new Private{db, session, dialogParent})
{
    auto listAction = [this](const QString& text, const QString& tip, AdminListModel::Kind kind) {
        auto* action = new QAction(text, this);
        action->setObjectName(kind == AdminListModel::Kind::Departments ? QStringLiteral("departmentsAction")
                              : kind == AdminListModel::Kind::Channels  ? QStringLiteral("channelsAction")
                                                                        : QStringLiteral("categoriesAction"));
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, [this, kind] {
            ListEditDialog dialog(d->db, d->session, kind, d->dialogParent);
            dialog.exec();
        });
        return action;
    };
    d->departments = listAction(tr("&Departments…"), tr("Add, rename or deactivate the bureau's departments"),
                                AdminListModel::Kind::Departments);
    d->channels =
        listAction(tr("&Channels…"), tr("Edit the channels items are published on and the upper agencies"),
                   AdminListModel::Kind::Channels);
    d->categories = listAction(tr("C&ategories…"), tr("Edit the information categories"),
                               AdminListModel::Kind::Categories);

    d->users = new QAction(tr("&Users…"), this);
    d->users->setObjectName(QStringLiteral("usersAction"));
    d->users->setStatusTip(tr("Add user accounts and change their departments and roles"));
    connect(d->users, &QAction::triggered, this, [this] {
        UsersDialog dialog(d->db, d->session, d->dialogParent);
        dialog.exec();
    });

    d->chain = new QAction(tr("Review &Chain…"), this);
    d->chain->setObjectName(QStringLiteral("chainAction"));
    d->chain->setStatusTip(tr("The steps of the confidentiality review and who signs them"));
    connect(d->chain, &QAction::triggered, this, [this] {
        ChainDialog dialog(d->db, d->session, d->dialogParent);
        dialog.exec();
    });

    d->words = new QAction(tr("&Word List…"), this);
    d->words->setObjectName(QStringLiteral("wordListAction"));
    d->words->setStatusTip(tr("Sensitive words and wrong wordings the pre-screen looks for"));
    connect(d->words, &QAction::triggered, this, [this] {
        WordListDialog dialog(d->db, d->session, d->dialogParent);
        dialog.exec();
    });
}

AdminActions::~AdminActions()
{
    delete d;
}

QAction* AdminActions::departmentsAction() const
{
    return d->departments;
}

QAction* AdminActions::usersAction() const
{
    return d->users;
}

QAction* AdminActions::channelsAction() const
{
    return d->channels;
}

QAction* AdminActions::categoriesAction() const
{
    return d->categories;
}

QAction* AdminActions::chainAction() const
{
    return d->chain;
}

QAction* AdminActions::wordListAction() const
{
    return d->words;
}

} // namespace gongkai::ui
