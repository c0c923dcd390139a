#include "reviewoffice.h"
#include "testdatabase.h"

#include "report/reviewformdata.h"
#include "report/reviewformrenderer.h"
#include "review/printmonthdialog.h"
#include "review/reviewprintactions.h"
#include "review/reviewservice.h"
#include "storage/itemrepository.h"

#include <QAction>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace gongkai;
using namespace gongkai::test;
using namespace gongkai::ui;

/// The print actions and the QPrinter path of the review form (what print preview and printing use).
class TestReviewPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void actionsFollowDatabaseAndItem()
    {
        TestDatabase t;
        if (!t.open())
            return;
        QWidget window;
        ReviewPrintActions actions(&window);
        QCOMPARE(actions.actions().size(), 4);
        for (QAction* a : actions.actions())
            QVERIFY(!a->isEnabled());
        ReviewOffice::create(t.db());
        // Nobody who reads the ledger: nothing to print.
        actions.setSession(&t.db(), ReviewOffice::login(t.db(), QStringLiteral("admin")));
        QVERIFY(!actions.monthlySummaryAction()->isEnabled());
        actions.setSession(&t.db(), ReviewOffice::login(t.db(), QStringLiteral("zhangwei")));
        QVERIFY(actions.monthlySummaryAction()->isEnabled());
        QVERIFY(!actions.printFormAction()->isEnabled());
        actions.setCurrentItem(5);
        QVERIFY(actions.printFormAction()->isEnabled());
        QVERIFY(actions.previewFormAction()->isEnabled());
        QVERIFY(actions.formPdfAction()->isEnabled());
        actions.setSession(nullptr, std::nullopt);
        QVERIFY(!actions.printFormAction()->isEnabled());
        QVERIFY(!actions.monthlySummaryAction()->isEnabled());
    }

    void monthDialog()
    {
        PrintMonthDialog dialog;
        dialog.setMonth(QDate(2026, 11, 21));
        QCOMPARE(dialog.month(), QDate(2026, 11, 1));
        QDate asked;
        connect(&dialog, &PrintMonthDialog::csvRequested, this, [&asked](const QDate& m) { asked = m; });
        auto* csv = dialog.findChild<QWidget*>(QStringLiteral("csvButton"));
        QVERIFY(csv);
        QTest::mouseClick(csv, Qt::LeftButton);
        QCOMPARE(asked, QDate(2026, 11, 1));
    }

    /// A printer with its own margins (full page, as the actions set it) gets the GB/T 9704 page too.
    void formOnPrinter()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        Item item = o.seed.item(QStringLiteral("打印机上的审批表"));
        ItemRepository(db).add(item);
        ReviewService reviews(db);
        const QString pw = ReviewOffice::password();
        reviews.submit(ReviewOffice::login(db, QStringLiteral("zhangwei")), item.id);
        reviews.approve(ReviewOffice::login(db, QStringLiteral("lina")), item.id, pw, ReviewOpinion::Disclose,
                        QString());
        reviews.approve(ReviewOffice::login(db, QStringLiteral("zhaoli")), item.id, pw,
                        ReviewOpinion::Disclose, QString());

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("printer.pdf"));
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(pdf);
            printer.setFullPage(true);
            QCOMPARE(ReviewFormRenderer(ReviewFormData::build(db, item.id)).render(&printer), 1);
        }
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed (poppler-utils)");
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString html = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(html.contains(QStringLiteral("李娜")) && html.contains(QStringLiteral("赵丽")),
                 qPrintable(html));
        static const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\""));
        qreal minX = 1e9;
        qreal minY = 1e9;
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            minX = std::min(minX, m.captured(1).toDouble());
            minY = std::min(minY, m.captured(2).toDouble());
        }
        const qreal mm = 72.0 / 25.4;
        QVERIFY2(minX >= 27 * mm && minX <= 31 * mm, qPrintable(QString::number(minX / mm)));
        QVERIFY2(minY >= 36 * mm && minY <= 43 * mm, qPrintable(QString::number(minY / mm)));
    }
};

QTEST_MAIN(TestReviewPrint)
#include "test_reviewprint.moc"
