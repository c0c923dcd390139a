#include "serverdialog.h"

#include "ui_serverdialog.h"

#include "error.h"
#include "storage/databasechoice.h"

#include <QPushButton>

namespace gongkai::ui {

ServerDialog::ServerDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::ServerDialog>())
{
    m_ui->setupUi(this);
    m_ui->error->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_ui->url->lineEdit()->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    for (const QString& recent : DatabaseChoice::recent()) {
        if (recent.startsWith(QLatin1String("postgresql://")))
            m_ui->url->addItem(recent);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ServerDialog::reject);
}

ServerDialog::~ServerDialog() = default;

void ServerDialog::setLocation(const DbLocation& location, bool fixed)
{
    m_ui->url->setCurrentText(location.toString());
    m_ui->url->setEnabled(!fixed);
    if (fixed) {
        setWindowTitle(tr("Database Password"));
        m_ui->intro->setText(tr("Enter the password for %1.").arg(location.toString()));
        m_ui->password->setFocus();
    }
}

QString ServerDialog::password() const
{
    return m_ui->password->text();
}

void ServerDialog::accept()
{
    const QString text = m_ui->url->currentText().trimmed();
    try {
        const DbLocation location = DbLocation::parse(text);
        if (!location.isServer())
            throw Error(tr("Enter a server address that starts with postgresql://"));
        m_location = location;
    } catch (const Error& e) {
        m_ui->error->setText(e.message());
        m_ui->error->show();
        m_ui->url->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace gongkai::ui
