#include "support/reportledger.h"
#include "support/reviewoffice.h"
#include "support/testdatabase.h"

#include "error.h"
#include "report/officesettings.h"
#include "report/quarterlyreporthtml.h"
#include "report/quarterlyreportrenderer.h"
#include "report/quarterlyreportservice.h"
#include "report/quarterlytext.h"
#include "report/reportarchive.h"
#include "report/reportdocument.h"
#include "report/reporttextservice.h"
#include "review/passwordhasher.h"
#include "review/reviewerrors.h"
#include "storage/auditlog.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
QString L(const char* s)
{
    return QString::fromUtf8(s);
}

constexpr qreal kPtPerMm = 72.0 / 25.4;

/// Runs a poppler tool; QSKIPs outside CI when it is not installed.
#define RUN_POPPLER(out, tool, args)                                                                         \
    do {                                                                                                     \
        if (QStandardPaths::findExecutable(QStringLiteral(tool)).isEmpty()) {                                \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL(tool " is not installed (poppler-utils)");                                             \
            QSKIP(tool " is not installed (poppler-utils)");                                                 \
        }                                                                                                    \
        QProcess p;                                                                                          \
        p.start(QStringLiteral(tool), args);                                                                 \
        QVERIFY(p.waitForFinished(60000));                                                                   \
        QCOMPARE(p.exitCode(), 0);                                                                           \
        out = QString::fromUtf8(p.readAllStandardOutput());                                                  \
    } while (false)

struct Word
{
    qreal xMin, yMin, xMax, yMax;
    QString text;
};

/// The words of each page of pdftotext -bbox output, in points.
QList<QList<Word>> pagesOfWords(const QString& html)
{
    QList<QList<Word>> pages;
    static const QRegularExpression re(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    const QStringList parts = html.split(QStringLiteral("<page "));
    for (int i = 1; i < parts.size(); ++i) {
        QList<Word> words;
        auto it = re.globalMatch(parts.at(i));
        while (it.hasNext()) {
            const auto m = it.next();
            words << Word{m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                          m.captured(4).toDouble(), m.captured(5)};
        }
        pages << words;
    }
    return pages;
}

/// Figures written by hand: the sentences they make are known.
QuarterlyFigures handFigures()
{
    QuarterlyFigures f;
    f.period = ReportPeriod::quarter(2024, 3);
    f.unit = L("阜阳市商务局");
    f.publishedItems = {340, 320};
    f.byChannel = {FigureRow{1, L("门户网站"), {320, 300}}, FigureRow{3, L("微信公众号"), {45, 50}}};
    f.byCategory = {FigureRow{4, L("工作动态"), {200, 180}}, FigureRow{8, L("政策解读"), {140, 140}}};
    f.byDepartment = {FigureRow{1, L("办公室"), {340, 320}}};
    f.agencies = {AgencyRow{11, L("市委办公厅《每日要情》"), {12, 10}, {5, 4}}};
    f.submitted = {12, 10};
    f.adopted = {5, 4};
    f.reviewsCompleted = {330, 300};
    f.paperReviews = {2, 0};
    f.sentBack = {7, 9};
    f.medianDaysToApproval = 1.5;
    f.unreviewed = {UnreviewedItem{99, L("关于某事的通知"), QDate(2024, 7, 20)}};
    f.requestsReceived = {4, 2};
    f.requestsAnswered = {3, 2};
    f.requestsOverdue = {1, 0};
    f.readingRoomDeliveries = {3, 3};
    f.readingRoomDocuments = {26, 20};
    f.trainings = {1, 0};
    f.trainingAttendees = {35, 0};
    f.interviews = {1, 0};
    f.events = {
        WorkEvent{1, QStringLiteral("training"), QDate(2024, 7, 10), L("政务公开业务培训"), L("办公室"), 35,
                  0},
        WorkEvent{2, QStringLiteral("interview"), QDate(2024, 8, 15), L("局长在线访谈"), QString(), 0, 0}};
    return f;
}

ReportSections handSections()
{
    ReportSections s;
    s.organisation = L("局党组高度重视政务公开工作。\n调整了政务公开工作领导小组。");
    s.security = L("网站和新媒体运行安全。");
    s.problems = L("部分科室报送信息不及时。");
    s.nextSteps = L("进一步加强信息审查。");
    return s;
}

QString flat(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}
} // namespace

/// The quarterly report's text, its services (templates, drafts, finalizing, permissions), the archive
/// and the printed pages (GB/T 9704 geometry read back with poppler), on SQLite and PostgreSQL.
class TestQuarterlyReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        PasswordHasher::setFastHashingForTests(true);
    }

    void comparison_data()
    {
        QTest::addColumn<qint64>("current");
        QTest::addColumn<qint64>("lastYear");
        QTest::addColumn<QString>("expected");
        QTest::newRow("more") << qint64(340) << qint64(320) << L("与去年同期相比增加20条");
        QTest::newRow("fewer") << qint64(3) << qint64(5) << L("与去年同期相比减少2条");
        QTest::newRow("same") << qint64(7) << qint64(7) << L("与去年同期持平");
    }
    void comparison()
    {
        QFETCH(qint64, current);
        QFETCH(qint64, lastYear);
        QFETCH(QString, expected);
        QCOMPARE(QuarterlyText::comparison(FigurePair{current, lastYear}, L("条")), expected);
    }

    void templateSentences()
    {
        const QString body = QuarterlyText::compose(QuarterlyText::defaultTemplate(), handFigures(),
                                                    handSections(), QDate(2024, 10, 8));
        for (const char* expected :
             {"# 阜阳市商务局2024年第三季度政务公开工作自查报告",
              "## 一、工作开展情况",
              "### （一）组织领导和制度建设",
              "局党组高度重视政务公开工作。\n调整了政务公开工作领导小组。",
              "本期共公开各类政府信息340条，与去年同期相比增加20条。",
              "其中，门户网站公开各类信息320条，微信公众号公开各类信息45条。",
              "[table:channels]",
              "按信息类别分，工作动态200条，政策解读140条；按科室分，办公室340条。",
              "向市委办公厅《每日要情》报送信息12条，采用5条，采用率41.7%",
              "合计报送信息12条，与去年同期相比增加2条；被采用5条，采用率41.7%（去年同期40.0%）。",
              "本期完成保密审查330件（其中纸质审查2件），与去年同期相比增加30件；退回修改7件；"
              "从送审到审核通过用时中位数为1.5天。",
              "本期收到依申请公开4件，与去年同期相比增加2件；答复3件；逾期1件",
              "向公共查阅室报送现行有效文件3次，共26件",
              "组织开展业务培训1次，参训35人次",
              "2024年7月10日，政务公开业务培训，参训35人",
              "开展在线访谈1次、新闻发布会0次（2024年8月15日局长在线访谈）",
              "## 二、存在问题",
              "1条信息未经保密审查即公开，不符合“先审查后公开”的要求：《关于某事的通知》（2024年7月20日公开）"
              "。",
              "依申请公开逾期1件",
              "部分科室报送信息不及时。",
              "## 三、下一步工作安排",
              "进一步加强信息审查。",
              "> 阜阳市商务局\n> 2024年10月8日"}) {
            QVERIFY2(body.contains(L(expected)), qPrintable(L(expected) + QStringLiteral("\n---\n") + body));
        }
        const QList<ReportBlock> blocks = ReportDocument::parse(body);
        QCOMPARE(blocks.constFirst().kind, ReportBlock::Kind::Title);
        QCOMPARE(blocks.constLast().kind, ReportBlock::Kind::Closing);
    }

    void emptyPeriodSentences()
    {
        QuarterlyFigures f;
        f.period = ReportPeriod::cumulative(2024, 3);
        f.unit = L("某局");
        const QString body =
            QuarterlyText::compose(QuarterlyText::defaultTemplate(), f, {}, QDate(2024, 10, 8));
        for (const char* expected :
             {"2024年前三季度", "本期未公开政府信息", "本期未向上级部门报送信息", "本期未收到依申请公开",
              "本期未组织业务培训", "经自查，本期未发现突出问题。", "（下一步工作安排待填写。）"})
            QVERIFY2(body.contains(L(expected)), qPrintable(L(expected) + QStringLiteral("\n---\n") + body));
    }

    void officeTextIsNotMarkup()
    {
        ReportSections s;
        s.organisation = L("# 不是标题\n[table:channels]\n> 不是落款");
        const QString body =
            QuarterlyText::compose(QuarterlyText::defaultTemplate(), handFigures(), s, QDate(2024, 10, 8));
        const QList<ReportBlock> blocks = ReportDocument::parse(body);
        int titles = 0;
        for (const ReportBlock& b : blocks)
            titles += b.kind == ReportBlock::Kind::Title ? 1 : 0;
        QCOMPARE(titles, 1);
        QVERIFY(body.contains(L("\n不是标题\n")));
    }

    void templateCheck()
    {
        QVERIFY(QuarterlyText::check(QuarterlyText::defaultTemplate()).isEmpty());
        const QStringList problems = QuarterlyText::check(L("# {unit}报告\n{nosuch}\n[table:nosuch]"));
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.contains(QStringLiteral("{nosuch}")));
        QVERIFY(!QuarterlyText::check(L("没有标题")).isEmpty());
        QCOMPARE(QuarterlyText::check(L("# t\n[table:")).size(), 1);
        QCOMPARE(QuarterlyText::check(L("# t\n[table:agencies]")).size(), 0);
    }

    void templatePermissions()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        const Session admin = ReviewOffice::login(db, QStringLiteral("admin"));
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        ReportTextService texts(db);
        QCOMPARE(texts.quarterlyTemplate(author), QuarterlyText::defaultTemplate());
        const QString custom = L("# {unit}{period}自查报告\n{published}\n> {unit}");
        texts.setQuarterlyTemplate(admin, custom);
        QCOMPARE(texts.quarterlyTemplate(author), custom);
        AuditFilter all;
        QCOMPARE(AuditLog(db).list(all, 0, 1).constFirst().event, AuditEvent::ReportTemplateChanged);

        QVERIFY_THROWS_EXCEPTION(PermissionError, texts.setQuarterlyTemplate(author, custom));
        const AuditRecord refused = AuditLog(db).list(all, 0, 1).constFirst();
        QCOMPARE(refused.event, AuditEvent::PermissionDenied);
        QCOMPARE(refused.success, false);
        QVERIFY_THROWS_EXCEPTION(ValidationError, texts.setQuarterlyTemplate(admin, L("# x\n{nosuch}")));
        QCOMPARE(texts.quarterlyTemplate(author), custom);

        // The composed report follows the stored template.
        const QuarterlyReport r = QuarterlyReportService(db).compose(author, ReportPeriod::quarter(2024, 3));
        QCOMPARE(ReportDocument::parse(r.body).size(), 3);
        texts.resetQuarterlyTemplate(admin);
        QCOMPARE(texts.quarterlyTemplate(author), QuarterlyText::defaultTemplate());
    }

    void draftsPrefillFromThePreviousPeriod()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        const Session auditor = ReviewOffice::login(db, QStringLiteral("audit"));
        ReportTextService texts(db);
        const ReportPeriod q2 = ReportPeriod::quarter(2024, 2);
        const ReportPeriod q3 = ReportPeriod::quarter(2024, 3);
        ReportDraft d = texts.draft(author, q2);
        QCOMPARE(d.rowVersion, 0);
        QVERIFY(d.sections.isEmpty());
        QCOMPARE(texts.saveDraft(author, q2, handSections(), 0), 1);
        QVERIFY_THROWS_EXCEPTION(ConflictError, texts.saveDraft(author, q2, handSections(), 0));
        QVERIFY_THROWS_EXCEPTION(PermissionError, texts.saveDraft(auditor, q2, handSections(), 1));

        d = texts.draft(author, q3);
        QCOMPARE(d.rowVersion, 0);
        QCOMPARE(d.prefilledFrom, QStringLiteral("2024-Q2"));
        QCOMPARE(d.sections.organisation, handSections().organisation);
        QVERIFY(d.sections.problems.isEmpty()); // last quarter's problems are not this one's
        ReportSections mine = d.sections;
        mine.problems = L("本季度的问题。");
        QCOMPARE(texts.saveDraft(author, q3, mine, 0), 1);
        QCOMPARE(texts.draft(author, q3).sections, mine);
        QCOMPARE(texts.draft(author, q2).sections, handSections());
        // The report of the period uses its draft; a preview, the sections as being edited.
        QuarterlyReportService reports(db);
        const QuarterlyReport r = reports.compose(author, q3, QDate(2024, 10, 8));
        QVERIFY(r.body.contains(L("本季度的问题。")));
        mine.problems = L("还在编辑的问题。");
        const QuarterlyReport p = reports.preview(author, r.figures, mine, QDate(2024, 10, 8));
        QVERIFY(p.body.contains(L("还在编辑的问题。")));
        QCOMPARE(p.figures, r.figures);
        QVERIFY_THROWS_EXCEPTION(PermissionError, reports.preview(auditor, r.figures, mine));
    }

    void finalizePermissions()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        QuarterlyReportService reports(db);
        const ReportPeriod q3 = ReportPeriod::quarter(2024, 3);
        for (const char* login : {"audit", "admin"}) {
            const Session s = ReviewOffice::login(db, QLatin1String(login));
            QVERIFY_THROWS_EXCEPTION(PermissionError, reports.finalize(s, q3));
        }
        QVERIFY_THROWS_EXCEPTION(PermissionError,
                                 reports.figures(ReviewOffice::login(db, QStringLiteral("audit")), q3));
        QCOMPARE(ReportArchive(db).list().size(), 0);
        const FinalizedReport r = reports.finalize(ReviewOffice::login(db, QStringLiteral("zhangwei")), q3);
        QCOMPARE(r.version, 1);
        QCOMPARE(r.finalizedLogin, QStringLiteral("zhangwei"));
        QCOMPARE(AuditLog(db).list(AuditFilter{}, 0, 1).constFirst().event, AuditEvent::ReportFinalized);
    }

    void finalizedReportNeverChanges()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        OfficeSettings::setUnitName(db, L("阜阳市商务局"));
        const ReportLedger l = ReportLedger::create(db, o.seed);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        QuarterlyReportService reports(db);
        const ReportPeriod q3 = ReportPeriod::quarter(2024, 3);
        const FinalizedReport v1 = reports.finalize(author, q3);
        QVERIFY(ReportArchive::verify(v1));
        QCOMPARE(v1.report().figures.publishedItems.current, 6);
        QTemporaryDir dir;
        const QString before = dir.filePath(QStringLiteral("before.pdf"));
        QVERIFY(QuarterlyReportRenderer::writePdf(reports.get(author, v1.id).report(), before));

        // The ledger changes: a new item published in the quarter, the unit renamed.
        const qint64 extra =
            ReportLedger::item(db, l.seed, L("后补录"), QDate(2024, 9, 1), 0, l.seed.news, l.seed.office);
        ReportLedger::publish(db, extra, l.seed.portal, QDate(2024, 9, 2));
        ReportLedger::paper(db, extra, QDateTime(QDate(2024, 9, 1), QTime(2, 0), Qt::UTC));
        OfficeSettings::setUnitName(db, L("阜阳市商务和粮食局"));
        QCOMPARE(reports.figures(author, q3).publishedItems.current, 7);

        const FinalizedReport stored = reports.get(author, v1.id);
        QCOMPARE(stored.figuresJson, v1.figuresJson);
        QCOMPARE(stored.body, v1.body);
        QCOMPARE(stored.contentHash, v1.contentHash);
        QCOMPARE(stored.finalizedAt, v1.finalizedAt);
        QVERIFY(ReportArchive::verify(stored));
        QCOMPARE(stored.report().figures.publishedItems.current, 6);
        QVERIFY(stored.body.contains(L("阜阳市商务局")));
        const QString after = dir.filePath(QStringLiteral("after.pdf"));
        QVERIFY(QuarterlyReportRenderer::writePdf(stored.report(), after));
        QString textBefore;
        QString textAfter;
        RUN_POPPLER(textBefore, "pdftotext", (QStringList{before, QStringLiteral("-")}));
        RUN_POPPLER(textAfter, "pdftotext", (QStringList{after, QStringLiteral("-")}));
        QCOMPARE(textAfter, textBefore);
        const int pagesBefore = int(textBefore.count(QChar(0x0C)));
        const int pagesAfter = int(textAfter.count(QChar(0x0C)));
        QCOMPARE(pagesAfter, pagesBefore);
        QVERIFY(pagesBefore >= 2);

        // A new version supersedes; both stay listed; the stored rows cannot be changed.
        const FinalizedReport v2 = reports.finalize(author, q3);
        QCOMPARE(v2.version, 2);
        QVERIFY(v2.figuresJson != v1.figuresJson);
        const QList<FinalizedReport> all = reports.list(author);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, v2.id);
        QVERIFY(!all.at(0).superseded);
        QCOMPARE(all.at(1).id, v1.id);
        QVERIFY(all.at(1).superseded);
        QVERIFY_THROWS_EXCEPTION(
            DbError, db.exec(QStringLiteral("UPDATE finalized_reports SET body = 'x' WHERE id = :i"),
                             {{QStringLiteral("i"), v1.id}}));
        QCOMPARE(reports.get(author, v1.id).body, v1.body);
        FinalizedReport tampered = v1;
        tampered.body += QStringLiteral("x");
        QVERIFY(!ReportArchive::verify(tampered));
    }

    void pdfGeometry()
    {
        TestDatabase t;
        if (!t.open(QStringLiteral("sqlite")))
            return;
        Database& db = t.db();
        OfficeSettings::setUnitName(db, L("阜阳市商务局"));
        ReportLedger::create(db);
        QuarterlyReport report =
            QuarterlyReportService::composeUnchecked(db, ReportPeriod::quarter(2024, 3), QDate(2024, 10, 8));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(QuarterlyReportRenderer::writePdf(report, pdf));

        QString info;
        RUN_POPPLER(info, "pdfinfo", QStringList{pdf});
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        QString text;
        RUN_POPPLER(text, "pdftotext", (QStringList{pdf, QStringLiteral("-")}));
        // Without the page numbers, so a sentence running over a page break reads on.
        const QString all = flat(text).remove(QRegularExpression(QStringLiteral("—\\d+—")));
        for (const char* expected :
             {"阜阳市商务局2024年第三季度政务公开工作自查报告", "一、工作开展情况", "门户网站公开各类信息6条",
              "向市委办公厅《每日要情》报送信息2条，采用1条，采用率50.0%", "表1各公开载体发布信息情况",
              "公开载体", "二、存在问题", "《D未经审查》", "2024年10月8日"})
            QVERIFY2(all.contains(L(expected)), qPrintable(L(expected) + QStringLiteral("\n") + text));
        for (QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, "Kangxi radicals instead of ideographs");
        // A title longer than a line breaks after the period it names, not where the line runs out.
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 2, qPrintable(text));
        QCOMPARE(lines.at(0).trimmed(), L("阜阳市商务局2024年第三季度"));
        QCOMPARE(lines.at(1).trimmed(), L("政务公开工作自查报告"));

        QString bbox;
        RUN_POPPLER(bbox, "pdftotext", (QStringList{QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
        const QList<QList<Word>> pages = pagesOfWords(bbox);
        QVERIFY(pages.size() >= 2);
        const qreal left = 28 * kPtPerMm;
        const qreal right = (28 + 156) * kPtPerMm;
        const qreal top = 37 * kPtPerMm;
        const qreal blockBottom = (37 + 225) * kPtPerMm;
        for (int p = 0; p < pages.size(); ++p) {
            qreal numberX = -1;
            qreal numberRight = -1;
            for (const Word& w : pages.at(p)) {
                if (w.yMin > blockBottom) {
                    // The page number, 7 mm under the block: "— N —".
                    QVERIFY2(w.yMin >= blockBottom + 5 * kPtPerMm, qPrintable(w.text));
                    QVERIFY2(w.yMax <= blockBottom + 16 * kPtPerMm, qPrintable(w.text));
                    if (numberX < 0)
                        numberX = w.xMin;
                    numberRight = w.xMax;
                    continue;
                }
                QVERIFY2(w.xMin >= left - 0.5 * kPtPerMm && w.xMax <= right + 0.5 * kPtPerMm,
                         qPrintable(QStringLiteral("page %1: %2 at x %3–%4 mm")
                                        .arg(p + 1)
                                        .arg(w.text)
                                        .arg(w.xMin / kPtPerMm)
                                        .arg(w.xMax / kPtPerMm)));
                QVERIFY2(w.yMin >= top - 0.5 * kPtPerMm, qPrintable(QStringLiteral("page %1: %2 at y %3 mm")
                                                                        .arg(p + 1)
                                                                        .arg(w.text)
                                                                        .arg(w.yMin / kPtPerMm)));
            }
            QVERIFY2(numberX >= 0, qPrintable(QStringLiteral("no page number on page %1").arg(p + 1)));
            const qreal oneChar = 14.0; // 14 pt
            if (p % 2 == 0)             // odd page: one character in from the right
                QVERIFY2(qAbs(numberRight - (right - oneChar)) < 3,
                         qPrintable(QString::number(numberRight / kPtPerMm)));
            else // even page: one character in from the left
                QVERIFY2(qAbs(numberX - (left + oneChar)) < 3,
                         qPrintable(QString::number(numberX / kPtPerMm)));
        }
        // The body's line grid: 22 lines on a full page, 28 characters on a full line.
        const qreal pitchPt = QuarterlyReportRenderer::linePitchMm() * kPtPerMm;
        QList<qreal> ys;
        for (const Word& w : pages.at(1)) {
            if (w.yMin < blockBottom && (ys.isEmpty() || qAbs(ys.constLast() - w.yMin) > 1))
                ys << w.yMin;
        }
        QVERIFY(ys.size() >= 2);
        QVERIFY2(qAbs((ys.at(1) - ys.at(0)) - pitchPt) < 1.5 || qAbs(ys.at(1) - ys.at(0)) > pitchPt,
                 qPrintable(QString::number(ys.at(1) - ys.at(0))));
    }

    void twentyEightCharactersALine()
    {
        QuarterlyReport r;
        r.figures = handFigures();
        // 28 × 3 characters: three full lines, the first with its two-character indent.
        r.body = L("# 标题\n") + QString(26 + 28 + 28, QChar(0x6587)); // 文
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("grid.pdf"));
        QVERIFY(QuarterlyReportRenderer::writePdf(r, pdf));
        QString text;
        RUN_POPPLER(text, "pdftotext", (QStringList{QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
        QStringList lines;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (line.contains(QChar(0x6587)))
                lines << flat(line);
        }
        QVERIFY2(lines.size() == 3, qPrintable(lines.join(QLatin1Char('|'))));
        QCOMPARE(lines.at(0).size(), 26);
        QCOMPARE(lines.at(1).size(), 28);
    }

    void tableHeaderRepeats()
    {
        QuarterlyReport r;
        r.figures = handFigures();
        for (int i = 0; i < 60; ++i)
            r.figures.byChannel << FigureRow{100 + i, L("载体%1").arg(i), {i, 0}};
        r.body = L("# 标题\n[table:channels]\n结束");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("table.pdf"));
        int pages = 0;
        QVERIFY(QuarterlyReportRenderer::writePdf(r, pdf));
        QString bbox;
        RUN_POPPLER(bbox, "pdftotext", (QStringList{QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
        const QList<QList<Word>> words = pagesOfWords(bbox);
        pages = int(words.size());
        QVERIFY(pages >= 2);
        for (const QList<Word>& page : words) {
            bool header = false;
            for (const Word& w : page)
                header = header || w.text == L("公开载体");
            QVERIFY(header);
        }
    }

    void pdfaAndFonts()
    {
        QuarterlyReport r;
        r.figures = handFigures();
        r.body = QuarterlyText::compose(QuarterlyText::defaultTemplate(), r.figures, handSections(),
                                        QDate(2024, 10, 8));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("archive.pdf"));
        QVERIFY(QuarterlyReportRenderer::writePdf(r, pdf, true));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("pdfaid:part"));
        QString fonts;
        RUN_POPPLER(fonts, "pdffonts", QStringList{pdf});
        const QStringList rows = fonts.split(QLatin1Char('\n')).mid(2);
        int listed = 0;
        for (const QString& row : rows) {
            if (row.trimmed().isEmpty())
                continue;
            ++listed;
            // name type encoding emb sub uni object ID
            const QStringList cols = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 5 && cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(row));
        }
        QVERIFY(listed > 0);
    }

    void htmlExport()
    {
        QuarterlyReport r;
        r.figures = handFigures();
        r.body = QuarterlyText::compose(QuarterlyText::defaultTemplate(), r.figures, handSections(),
                                        QDate(2024, 10, 8));
        const QString html = QuarterlyReportHtml::html(r);
        QVERIFY(html.contains(L("<h1>阜阳市商务局2024年第三季度政务公开工作自查报告</h1>")));
        QVERIFY(html.contains(L("<h2>一、工作开展情况</h2>")));
        QVERIFY(html.contains(L("<caption>表1 各公开载体发布信息情况</caption>")));
        // Tables are numbered in the order the text shows them, whichever the template leaves out.
        QVERIFY(html.contains(L("<caption>表2 向上级部门报送信息情况</caption>")));
        QuarterlyReport agenciesOnly = r;
        agenciesOnly.body = QuarterlyText::compose(L("# 标题\n[table:agencies]\n[table:departments]"), r.figures,
                                                   handSections(), QDate(2024, 10, 8));
        const QString numbered = QuarterlyReportHtml::html(agenciesOnly);
        QVERIFY2(numbered.contains(L("<caption>表1 向上级部门报送信息情况</caption>")), qPrintable(numbered));
        QVERIFY(numbered.contains(L("<caption>表2 各科室公开信息情况</caption>")));
        QVERIFY(html.contains(L("<td>门户网站</td><td class=\"n\">320</td>")));
        QVERIFY(html.contains(L("<p class=\"closing\">2024年10月8日</p>")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.html"));
        QVERIFY(QuarterlyReportHtml::write(r, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), html);
    }
};

QTEST_MAIN(TestQuarterlyReport)
#include "test_quarterlyreport.moc"
