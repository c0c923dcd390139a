#include "reviewoffice.h"
#include "testdatabase.h"

#include "ledger/ledgertransfer.h"
#include "widgets/importdialog.h"

#include "storage/departmentrepository.h"
#include "storage/itemrepository.h"
#include "storage/reviewrepository.h"
#include "storage/userrepository.h"

#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;
using gongkai::ui::ImportDialog;
using gongkai::ui::LedgerTransfer;

namespace {
/// The dialog's parts, by their object names.
struct Parts
{
    explicit Parts(ImportDialog& dialog)
        : check(dialog.findChild<QPushButton*>(QStringLiteral("checkButton"))),
          import(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))),
          problems(dialog.findChild<QTableWidget*>(QStringLiteral("problems"))),
          summary(dialog.findChild<QLabel*>(QStringLiteral("summary"))),
          missing(dialog.findChild<QLabel*>(QStringLiteral("missingNames"))),
          attestation(dialog.findChild<QGroupBox*>(QStringLiteral("attestation"))),
          login(dialog.findChild<QLineEdit*>(QStringLiteral("attesterLogin"))),
          password(dialog.findChild<QLineEdit*>(QStringLiteral("attesterPassword"))),
          form(dialog.findChild<QLineEdit*>(QStringLiteral("formRef")))
    {
    }

    QString problemText() const
    {
        QStringList rows;
        for (int row = 0; row < problems->rowCount(); ++row)
            rows << problems->item(row, 0)->text() + QLatin1Char(' ') + problems->item(row, 1)->text() +
                        QLatin1Char(' ') + problems->item(row, 2)->text();
        return rows.join(QLatin1Char('\n'));
    }

    QPushButton* check;
    QPushButton* import;
    QTableWidget* problems;
    QLabel* summary;
    QLabel* missing;
    QGroupBox* attestation;
    QLineEdit* login;
    QLineEdit* password;
    QLineEdit* form;
};

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& data)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", name);
    return path;
}
} // namespace

/// The import dialog, signed in: check first, import only a clean file, list every problem and every
/// missing name, ask a signer to attest the paper reviews of rows that went out.
class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void checkAttestThenImport()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session publisher = ReviewOffice::login(t.db(), QStringLiteral("zhoujie"));
        ImportDialog dialog(t.db(), publisher);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        const Parts p(dialog);
        QVERIFY(!p.check->isEnabled()); // no file yet
        QVERIFY(!p.import->isEnabled());
        QVERIFY(p.attestation->isHidden()); // until a row needs it

        dialog.setFile(QStringLiteral(GONGKAI_TEST_DATA_DIR "/items_utf8.csv"));
        QVERIFY(p.check->isEnabled());
        QVERIFY(!p.import->isEnabled()); // only after a clean check
        p.check->click();
        // The published row needs its paper review attested: the dialog asks for the signer.
        QCOMPARE(p.problems->rowCount(), 1);
        QVERIFY2(p.problems->item(0, 0)->text() == QStringLiteral("2") &&
                     p.problems->item(0, 2)->text().contains(QStringLiteral("attested by a signer")),
                 qPrintable(p.problemText()));
        QVERIFY(!p.attestation->isHidden());
        QVERIFY(!p.import->isEnabled());
        QCOMPARE(ItemRepository(t.db()).count(), qint64(0)); // a check writes nothing

        p.login->setText(QStringLiteral("zhouping"));
        p.form->setText(QStringLiteral("2024年纸质审查单"));
        p.check->click(); // no password needed for a check
        QVERIFY2(p.problems->rowCount() == 0, qPrintable(p.problemText()));
        QVERIFY2(p.summary->text().contains(QLatin1Char('3')), qPrintable(p.summary->text()));
        QVERIFY(p.import->isEnabled());
        // Another attester (or file) needs another check.
        p.form->setText(QStringLiteral("2024年纸质审查单 1-3号"));
        QVERIFY(!p.import->isEnabled());
        p.check->click();
        QVERIFY(p.import->isEnabled());

        p.password->setText(ReviewOffice::password());
        p.import->click();
        QVERIFY2(p.problems->rowCount() == 0, qPrintable(p.problemText()));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().first().toInt(), 3);
        QCOMPARE(ItemRepository(t.db()).count(), qint64(3));
        QVERIFY(!p.import->isEnabled()); // not twice
        QVERIFY(p.password->text().isEmpty());
        // Written as the publisher's import, attested by 周平.
        const qint64 published = t.db().scalar(QStringLiteral("SELECT MIN(id) FROM items")).toLongLong();
        const std::optional<PaperReview> review = ReviewRepository(t.db()).paperReview(published);
        QVERIFY(review);
        QCOMPARE(review->attestedBy, o.zhouping);
        QCOMPARE(review->formRef, QStringLiteral("2024年纸质审查单 1-3号"));
        QCOMPARE(review->recordedBy, QStringLiteral("zhoujie"));
    }

    void wrongAttesterPasswordWritesNothing()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        ImportDialog dialog(t.db(), ReviewOffice::login(t.db(), QStringLiteral("zhoujie")));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        const Parts p(dialog);
        dialog.setFile(QStringLiteral(GONGKAI_TEST_DATA_DIR "/items_utf8.csv"));
        p.login->setText(QStringLiteral("zhouping"));
        p.form->setText(QStringLiteral("2024年纸质审查单"));
        p.check->click();
        QVERIFY(p.import->isEnabled());
        p.password->setText(QStringLiteral("not the password"));
        p.import->click();
        QVERIFY2(p.problemText().contains(QStringLiteral("could not be signed in")),
                 qPrintable(p.problemText()));
        QCOMPARE(imported.size(), 0);
        QCOMPARE(ItemRepository(t.db()).count(), qint64(0));
        QCOMPARE(UserRepository(t.db()).byLogin(QStringLiteral("zhouping"))->failedLogins, 1);
    }

    void listsEveryProblemAndTheMissingNames()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        QTemporaryDir dir;
        const QString path = writeFile(
            dir, "bad.csv",
            "编号,标题,文号,信息类别,公开属性,不予公开依据,科室,撰稿人,撰稿日期,状态,摘要,正文,发布记录,"
            "报送记录\n"
            "1,好的一条,,工作动态,主动公开,,办公室,zhangwei,2024-01-05,,,,,\n"
            "2,日期不对,,工作动态,主动公开,,办公室,zhangwei,2024-13-45,,,,,\n"
            "3,没有的单位,,工作动态,主动公开,,办公室,zhangwei,2024-01-05,,,,,不存在的单位|2024-01-06\n"
            "4,别人的,,工作动态,主动公开,,办公室,liming,2024-01-05,,,,,\n");

        ImportDialog dialog(t.db(), ReviewOffice::login(t.db(), QStringLiteral("zhangwei")));
        const Parts p(dialog);
        dialog.setFile(path);
        p.check->click();
        QStringList lines;
        for (int row = 0; row < p.problems->rowCount(); ++row) {
            lines << p.problems->item(row, 0)->text();
            QVERIFY(!p.problems->item(row, 2)->text().isEmpty()); // a reason for each
        }
        QCOMPARE(lines, (QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}));
        QVERIFY2(p.problemText().contains(QStringLiteral("zhangwei imports only their own items")),
                 qPrintable(p.problemText()));
        // What the database lacks, and who creates it.
        QVERIFY(!p.missing->isHidden());
        QVERIFY2(p.missing->text().contains(QStringLiteral("不存在的单位")) &&
                     p.missing->text().contains(QStringLiteral("import names")),
                 qPrintable(p.missing->text()));
        QVERIFY(p.attestation->isHidden()); // nothing here went out
        QVERIFY(!p.import->isEnabled());
        QCOMPARE(ItemRepository(t.db()).count(), qint64(0));
    }

    void refusedRolesSeeCoresAnswer_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("administrator") << QStringLiteral("admin");
        QTest::newRow("auditor") << QStringLiteral("audit");
    }

    void refusedRolesSeeCoresAnswer()
    {
        QFETCH(QString, login);
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        ImportDialog dialog(t.db(), ReviewOffice::login(t.db(), login));
        const Parts p(dialog);
        dialog.setFile(QStringLiteral(GONGKAI_TEST_DATA_DIR "/items_utf8.csv"));
        p.check->click();
        QVERIFY2(p.problemText().contains(QStringLiteral("import the ledger")), qPrintable(p.problemText()));
        QVERIFY(!p.import->isEnabled());
        QCOMPARE(ItemRepository(t.db()).count(), qint64(0));
    }

    void administratorCreatesTheMissingNames()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        QTemporaryDir dir;
        const QString path = writeFile(dir, "names.csv",
                                       "标题,信息类别,科室,撰稿人,撰稿日期\n"
                                       "一,工作动态,新科室,王五,2024-01-05\n");

        // Anyone else is refused by core, and the dialog says so.
        {
            ImportDialog refused(t.db(), ReviewOffice::login(t.db(), QStringLiteral("zhoujie")),
                                 ImportDialog::Purpose::MissingNames);
            const Parts p(refused);
            refused.setFile(path);
            p.check->click();
            QVERIFY2(p.problems->rowCount() == 1 && !p.import->isEnabled(), qPrintable(p.problemText()));
        }

        ImportDialog dialog(t.db(), ReviewOffice::login(t.db(), QStringLiteral("admin")),
                            ImportDialog::Purpose::MissingNames);
        QSignalSpy created(&dialog, &ImportDialog::namesCreated);
        const Parts p(dialog);
        dialog.setFile(path);
        p.check->click();
        QVERIFY2(p.problems->rowCount() == 0, qPrintable(p.problemText()));
        QVERIFY2(p.missing->text().contains(QStringLiteral("新科室")) &&
                     p.missing->text().contains(QStringLiteral("王五 → author-001")),
                 qPrintable(p.missing->text()));
        QVERIFY(!DepartmentRepository(t.db()).byName(QStringLiteral("新科室")));
        QVERIFY(p.import->isEnabled());
        p.import->click();
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().first().toInt(), 2);
        QVERIFY(DepartmentRepository(t.db()).byName(QStringLiteral("新科室")));
        QVERIFY(!UserRepository(t.db()).byLogin(QStringLiteral("author-001"))->active);
        QVERIFY(!p.import->isEnabled());
    }

    void transferActionsFollowTheRoles_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("canExport");
        QTest::addColumn<bool>("canImport");
        QTest::addColumn<bool>("canCreateNames");
        QTest::newRow("author") << QStringLiteral("zhangwei") << true << true << false;
        QTest::newRow("publisher") << QStringLiteral("zhoujie") << true << true << false;
        QTest::newRow("leader") << QStringLiteral("zhaoli") << true << false << false;
        QTest::newRow("administrator") << QStringLiteral("admin") << false << false << true;
        QTest::newRow("auditor") << QStringLiteral("audit") << false << false << false;
    }

    void transferActionsFollowTheRoles()
    {
        QFETCH(QString, login);
        QFETCH(bool, canExport);
        QFETCH(bool, canImport);
        QFETCH(bool, canCreateNames);
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        const Session session = ReviewOffice::login(t.db(), login);
        QWidget parent;
        LedgerTransfer transfer(&parent);
        QVERIFY(!transfer.exportAction()->isEnabled());
        transfer.setSession(&t.db(), &session);
        QCOMPARE(transfer.exportAction()->isEnabled(), canExport);
        QCOMPARE(transfer.importAction()->isEnabled(), canImport);
        QCOMPARE(transfer.createNamesAction()->isEnabled(), canCreateNames);
        transfer.setSession(nullptr, nullptr);
        QVERIFY(!transfer.exportAction()->isEnabled() && !transfer.importAction()->isEnabled() &&
                !transfer.createNamesAction()->isEnabled());
    }
};

QTEST_MAIN(TestImportDialog)
#include "test_importdialog.moc"
