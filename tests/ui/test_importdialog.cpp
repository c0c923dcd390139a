#include "seed.h"
#include "testdatabase.h"

#include "widgets/importdialog.h"

#include "storage/itemrepository.h"

#include <QCheckBox>
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

/// The import dialog: check first, import only a clean file, list every problem.
class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void checkThenImport()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Seed::create(t.db());
        ImportDialog dialog(t.db());
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        auto* check = dialog.findChild<QPushButton*>(QStringLiteral("checkButton"));
        auto* import = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        auto* problems = dialog.findChild<QTableWidget*>(QStringLiteral("problems"));
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("summary"));
        QVERIFY(!check->isEnabled()); // no file yet
        QVERIFY(!import->isEnabled());

        dialog.setFile(QStringLiteral(GONGKAI_TEST_DATA_DIR "/items_utf8.csv"));
        QVERIFY(check->isEnabled());
        QVERIFY(!import->isEnabled()); // only after a clean check
        check->click();
        QVERIFY2(problems->rowCount() == 0, qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QLatin1Char('3')), qPrintable(summary->text()));
        QCOMPARE(ItemRepository(t.db()).count(), qint64(0)); // a check writes nothing
        QVERIFY(import->isEnabled());

        // Another option (or file) needs another check.
        dialog.findChild<QCheckBox*>(QStringLiteral("createMissing"))->setChecked(true);
        QVERIFY(!import->isEnabled());
        check->click();
        QVERIFY(import->isEnabled());
        import->click();
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().first().toInt(), 3);
        QCOMPARE(ItemRepository(t.db()).count(), qint64(3));
        QVERIFY(!import->isEnabled()); // not twice
    }

    void listsEveryProblem()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Seed::create(t.db());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "编号,标题,文号,信息类别,公开属性,不予公开依据,科室,撰稿人,撰稿日期,状态,摘要,正文,发布记录,"
            "报送记录\n"
            "1,好的一条,,工作动态,主动公开,,办公室,zhangwei,2024-01-05,,,,,\n"
            "2,日期不对,,工作动态,主动公开,,办公室,zhangwei,2024-13-45,,,,,\n"
            "3,没有的渠道,,工作动态,主动公开,,办公室,zhangwei,2024-01-05,,,,不存在的渠道|2024-01-06|x,\n");
        file.close();

        ImportDialog dialog(t.db());
        dialog.setFile(path);
        dialog.findChild<QPushButton*>(QStringLiteral("checkButton"))->click();
        auto* problems = dialog.findChild<QTableWidget*>(QStringLiteral("problems"));
        QVERIFY(problems->rowCount() >= 2);
        QStringList lines;
        for (int row = 0; row < problems->rowCount(); ++row) {
            lines << problems->item(row, 0)->text();
            QVERIFY(!problems->item(row, 2)->text().isEmpty()); // a reason for each
        }
        QVERIFY2(lines.contains(QStringLiteral("3")) && lines.contains(QStringLiteral("4")),
                 qPrintable(lines.join(u',')));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        QCOMPARE(ItemRepository(t.db()).count(), qint64(0));
    }
};

QTEST_MAIN(TestImportDialog)
#include "test_importdialog.moc"
