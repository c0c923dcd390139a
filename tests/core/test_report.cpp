#include "reviewoffice.h"
#include "testdatabase.h"

#include "report/fontchooser.h"
#include "report/monthlysummarycsv.h"
#include "report/monthlysummarydata.h"
#include "report/monthlysummaryrenderer.h"
#include "report/officesettings.h"
#include "report/reviewformdata.h"
#include "report/reviewformrenderer.h"
#include "review/reviewservice.h"
#include "storage/auditlog.h"
#include "storage/itemrepository.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
const QString kPw = QString::fromLatin1(ReviewOffice::kPassword);
constexpr qreal kPtPerMm = 72.0 / 25.4;

QDateTime utc(int y, int m, int d, int h = 2, int min = 32)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

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

/// True when text holds a Kangxi radical or CJK radical supplement character: what pdftotext reads
/// back from fonts that map common ideographs to radicals (Noto CJK).
bool hasRadicals(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            return true;
    }
    return false;
}

/// An item of 办公室 reviewed by 李娜 and 赵丽 at the given time (the clock is moved there).
qint64 approvedItem(Database& db, const ReviewOffice& o, const QString& title, const QDateTime& at,
                    const QString& summary = QString())
{
    db.setClock([at] { return at; });
    Item item = o.seed.item(title);
    if (!summary.isEmpty())
        item.summary = summary;
    ItemRepository(db).add(item);
    ReviewService reviews(db);
    reviews.submit(ReviewOffice::login(db, QStringLiteral("zhangwei")), item.id);
    reviews.approve(ReviewOffice::login(db, QStringLiteral("lina")), item.id, kPw, ReviewOpinion::Disclose,
                    QStringLiteral("无涉密内容"));
    db.setClock([at] { return at.addSecs(3600); });
    reviews.approve(ReviewOffice::login(db, QStringLiteral("zhaoli")), item.id, kPw,
                    ReviewOpinion::DiscloseWithChanges, QStringLiteral("删去手机号码后公开"));
    return item.id;
}

struct Word
{
    qreal xMin, yMin;
    QString text;
};

/// The words of the first page of pdftotext -bbox output, in points.
QList<Word> firstPageWords(const QString& html)
{
    QList<Word> words;
    const int end = html.indexOf(QLatin1String("</page>"));
    static const QRegularExpression re(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"[0-9.]+\">([^<]*)</word>"));
    auto it = re.globalMatch(html.left(end));
    while (it.hasNext()) {
        const auto m = it.next();
        words << Word{m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3)};
    }
    return words;
}
} // namespace

/// The printed review form and monthly summary: data, JSON, PDF read back with poppler, CSV; on
/// SQLite and PostgreSQL.
class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void unitName()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        QCOMPARE(OfficeSettings::unitName(db), QStringLiteral("（单位名称）"));
        QVERIFY(!OfficeSettings::hasUnitName(db));
        QVERIFY_THROWS_EXCEPTION(ValidationError, OfficeSettings::setUnitName(db, QStringLiteral("   ")));
        const qint64 before = AuditLog(db).count({});
        OfficeSettings::setUnitName(db, QStringLiteral("  阜阳市商务局 "));
        QCOMPARE(OfficeSettings::unitName(db), QStringLiteral("阜阳市商务局"));
        OfficeSettings::setUnitName(db, QStringLiteral("阜阳市商务局")); // unchanged: no record
        OfficeSettings::setUnitName(db, QStringLiteral("阜阳市人民政府办公室"));
        QCOMPARE(OfficeSettings::unitName(db), QStringLiteral("阜阳市人民政府办公室"));
        QCOMPARE(AuditLog(db).count({}), before + 2);
        const AuditRecord last = AuditLog(db).list({}, 0, 1).constFirst();
        QCOMPARE(last.event, AuditEvent::SettingChanged);
        QVERIFY(last.before.contains(QStringLiteral("阜阳市商务局")));
        QVERIFY(last.after.contains(QStringLiteral("阜阳市人民政府办公室")));
    }

    void fontsAreChosen()
    {
        for (auto role : {FontChooser::Role::Title, FontChooser::Role::Body, FontChooser::Role::Heading,
                          FontChooser::Role::PageNumber}) {
            const QStringList c = FontChooser::candidates(role);
            QVERIFY(!c.isEmpty());
            // WenQuanYi before Noto CJK, whose glyphs extract as Kangxi radicals.
            const int wqy = c.indexOf(QStringLiteral("WenQuanYi Micro Hei"));
            QVERIFY(wqy >= 0 && wqy < c.indexOf(QStringLiteral("Noto Sans CJK SC")));
            QVERIFY(c.contains(FontChooser::family(role)));
        }
        QCOMPARE(
            FontChooser::firstInstalled({QStringLiteral("No Such Font 1"), QStringLiteral("No Such Font 2")}),
            QStringLiteral("No Such Font 1"));
    }

    void formDataOfApprovedItem()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        OfficeSettings::setUnitName(db, QStringLiteral("阜阳市商务局"));
        const qint64 id =
            approvedItem(db, o, QStringLiteral("关于开展2026年政务公开工作的通知"), utc(2026, 11, 21));
        const ReviewFormData d = ReviewFormData::build(db, id);
        const QJsonObject j = d.toJson();
        QCOMPARE(j.value(QStringLiteral("item")).toInteger(), id);
        QCOMPARE(j.value(QStringLiteral("unit")).toString(), QStringLiteral("阜阳市商务局"));
        QCOMPARE(j.value(QStringLiteral("title")).toString(),
                 QStringLiteral("关于开展2026年政务公开工作的通知"));
        QCOMPARE(j.value(QStringLiteral("department")).toString(), QStringLiteral("办公室"));
        QCOMPARE(j.value(QStringLiteral("author")).toString(), QStringLiteral("张伟"));
        QCOMPARE(j.value(QStringLiteral("attribute")).toString(), QStringLiteral("主动公开"));
        QCOMPARE(j.value(QStringLiteral("channels")).toString(), QStringLiteral("—"));
        QCOMPARE(j.value(QStringLiteral("round")).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("conclusion")).toString(), QStringLiteral("approved"));
        QVERIFY(j.value(QStringLiteral("conclusionText")).toString().contains(QStringLiteral("修改后公开")));
        QCOMPARE(j.value(QStringLiteral("contentHash")).toString().size(), 64);
        const QJsonArray steps = j.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        const QJsonObject first = steps.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("label")).toString(), QStringLiteral("科室负责人初审"));
        QCOMPARE(first.value(QStringLiteral("signer")).toString(), QStringLiteral("李娜"));
        QCOMPARE(first.value(QStringLiteral("role")).toString(), QStringLiteral("科室负责人"));
        QCOMPARE(first.value(QStringLiteral("opinion")).toString(), QStringLiteral("同意公开"));
        QCOMPARE(first.value(QStringLiteral("comment")).toString(), QStringLiteral("无涉密内容"));
        QCOMPARE(first.value(QStringLiteral("valid")).toBool(), true);
        const QString at = first.value(QStringLiteral("atText")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^2026年11月2[01]日 \\d\\d:32$")).match(at).hasMatch(),
                 qPrintable(at));
        QCOMPARE(d.steps.at(0).atText, QStringLiteral("2026年11月21日 ") +
                                           utc(2026, 11, 21).toLocalTime().toString(QStringLiteral("HH:mm")));
        const QJsonObject second = steps.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("signer")).toString(), QStringLiteral("赵丽"));
        QCOMPARE(second.value(QStringLiteral("role")).toString(), QStringLiteral("分管领导"));
        QCOMPARE(second.value(QStringLiteral("opinion")).toString(), QStringLiteral("修改后公开"));
    }

    void formDataOfOtherStates()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        db.setClock([] { return utc(2026, 11, 3); });
        Item item = o.seed.item(QStringLiteral("退回后重报的信息"));
        ItemRepository(db).add(item);
        ReviewService reviews(db);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        reviews.submit(author, item.id);
        reviews.sendBack(ReviewOffice::login(db, QStringLiteral("lina")), item.id, kPw,
                         QStringLiteral("含手机号码，请脱敏"));
        ReviewFormData d = ReviewFormData::build(db, item.id);
        QCOMPARE(d.conclusion, ReviewFormData::Conclusion::SentBack);
        QVERIFY(d.steps.at(0).sentBack);
        QCOMPARE(d.steps.at(0).comment, QStringLiteral("含手机号码，请脱敏"));

        reviews.submit(author, item.id);
        reviews.approve(ReviewOffice::login(db, QStringLiteral("lina")), item.id, kPw,
                        ReviewOpinion::Disclose, QString());
        d = ReviewFormData::build(db, item.id);
        QCOMPARE(d.conclusion, ReviewFormData::Conclusion::UnderReview);
        QCOMPARE(d.roundNumber, 2);
        QVERIFY(d.conclusionText.contains(QStringLiteral("分管领导审核")));
        QVERIFY(d.steps.at(0).isSigned);
        QVERIFY(!d.steps.at(1).isSigned);
        QCOMPARE(d.earlierSendBacks.size(), 1);
        QCOMPARE(d.earlierSendBacks.at(0).name, QStringLiteral("李娜"));

        Item paper = o.seed.item(QStringLiteral("历史纸质审查信息"));
        ItemRepository(db).add(paper);
        ReviewOffice::attestPaper(db, paper.id, QStringLiteral("zhouping"), QStringLiteral("纸质审查单〔2024〕7号"),
                                  QStringLiteral("李娜 2024-03-01；赵丽 2024-03-02"));
        d = ReviewFormData::build(db, paper.id);
        QCOMPARE(d.conclusion, ReviewFormData::Conclusion::Paper);
        QCOMPARE(d.paperReview, QStringLiteral("李娜 2024-03-01；赵丽 2024-03-02"));
        // Who attested it is on the form.
        QCOMPARE(d.paperAttester, QStringLiteral("周平"));
        QCOMPARE(d.paperFormRef, QStringLiteral("纸质审查单〔2024〕7号"));
        QCOMPARE(d.toJson().value(QStringLiteral("conclusion")).toString(),
                 QStringLiteral("reviewed_on_paper"));
        QVERIFY_THROWS_EXCEPTION(Error, ReviewFormData::build(db, 99999));
        QVERIFY(d.findings.isEmpty());
        QVERIFY(d.overrideReason.isEmpty());

        // The pre-screen's findings and the author's reason are on the form.
        Item marked = o.seed.item(QStringLiteral("带标志的信息"));
        marked.body = QStringLiteral("秘密★1年\n原国家计划委员会文件");
        ItemRepository(db).add(marked);
        reviews.submit(author, marked.id, QStringLiteral("历史原文照录"));
        d = ReviewFormData::build(db, marked.id);
        QCOMPARE(d.findings.size(), 2);
        QVERIFY2(d.findings.at(0).contains(QStringLiteral("正文第 1 行：秘密★1年")) &&
                     d.findings.at(0).contains(QStringLiteral("高")),
                 qPrintable(d.findings.at(0)));
        QVERIFY2(d.findings.at(1).contains(QStringLiteral("建议：国家发展和改革委员会")), qPrintable(d.findings.at(1)));
        QCOMPARE(d.overrideReason, QStringLiteral("历史原文照录"));
        QCOMPARE(d.toJson().value(QStringLiteral("overrideReason")).toString(), QStringLiteral("历史原文照录"));
        QCOMPARE(d.toJson().value(QStringLiteral("findings")).toArray().size(), 2);
    }

    void formPdf()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        OfficeSettings::setUnitName(db, QStringLiteral("阜阳市商务局"));
        const qint64 id =
            approvedItem(db, o, QStringLiteral("关于开展2026年政务公开工作的通知"), utc(2026, 11, 21));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("form.pdf"));
        const ReviewFormData data = ReviewFormData::build(db, id);
        QVERIFY(ReviewFormRenderer(data).writePdf(pdf));

        QString info;
        RUN_POPPLER(info, "pdfinfo", QStringList{pdf});
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));

        QString text;
        RUN_POPPLER(text, "pdftotext", (QStringList{QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
        const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
        for (const char* expected : {"保密审查审批表", "阜阳市商务局", "关于开展2026年政务公开工作的通知",
                                     "李娜", "赵丽", "张伟", "办公室", "科室负责人初审", "分管领导审核",
                                     "同意公开", "修改后公开", "无涉密内容", "审查结论", "—1—"}) {
            QVERIFY2(flat.contains(QString::fromUtf8(expected)),
                     qPrintable(QString::fromUtf8(expected) + text));
        }
        QVERIFY2(flat.contains(data.hashPrefix()), qPrintable(text));
        QVERIFY2(!hasRadicals(text), qPrintable(text));

        // GB/T 9704: the text block starts 28 mm from the left and 37 mm from the top.
        QString html;
        RUN_POPPLER(html, "pdftotext", (QStringList{QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
        const QList<Word> words = firstPageWords(html);
        QVERIFY(!words.isEmpty());
        qreal minX = 1e9;
        qreal minY = 1e9;
        qreal titleY = 0;
        for (const Word& w : words) {
            minX = std::min(minX, w.xMin);
            minY = std::min(minY, w.yMin);
            if (w.text.contains(QStringLiteral("保密审查审批表")))
                titleY = w.yMin;
        }
        QVERIFY2(minX >= (28 - 1) * kPtPerMm, qPrintable(QString::number(minX / kPtPerMm)));
        QVERIFY2(minY >= (37 - 1) * kPtPerMm, qPrintable(QString::number(minY / kPtPerMm)));
        QVERIFY2(titleY <= (37 + 6) * kPtPerMm, qPrintable(QString::number(titleY / kPtPerMm)));
        QVERIFY2(minX <= (28 + 3) * kPtPerMm, qPrintable(QString::number(minX / kPtPerMm)));
    }

    void longFormContinues()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        QString summary;
        for (int i = 1; i <= 60; ++i)
            summary +=
                QStringLiteral("第%1段：本信息涉及本局年度重点工作安排与政务公开目录的调整说明。\n").arg(i);
        summary += QStringLiteral("全文完");
        const qint64 id =
            approvedItem(db, o, QStringLiteral("很长的信息"), utc(2026, 11, 21), summary.left(1900));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(ReviewFormRenderer(ReviewFormData::build(db, id)).writePdf(pdf));
        QString info;
        RUN_POPPLER(info, "pdfinfo", QStringList{pdf});
        QVERIFY2(!info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
        QString text;
        RUN_POPPLER(text, "pdftotext", (QStringList{pdf, QStringLiteral("-")}));
        const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(flat.contains(QStringLiteral("（续）")));
        QVERIFY(flat.contains(QStringLiteral("第1段")));
        QVERIFY(flat.contains(QStringLiteral("第40段")));
        QVERIFY(flat.contains(QStringLiteral("—2—")));
        QVERIFY(flat.contains(QStringLiteral("赵丽"))); // the steps follow on the next page
    }

    void monthlySummary()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        approvedItem(db, o, QStringLiteral("十月审查的信息"), utc(2026, 10, 14));
        const qint64 nov = approvedItem(db, o, QStringLiteral("十一月审查的信息"), utc(2026, 11, 14));
        db.setClock([] { return utc(2026, 11, 16); });
        Item back = o.seed.item(QStringLiteral("十一月退回的信息"));
        ItemRepository(db).add(back);
        ReviewService reviews(db);
        reviews.submit(ReviewOffice::login(db, QStringLiteral("zhangwei")), back.id);
        reviews.sendBack(ReviewOffice::login(db, QStringLiteral("lina")), back.id, kPw,
                         QStringLiteral("请补充依据"));
        Item open = o.seed.item(QStringLiteral("十一月仍在审查的信息"));
        ItemRepository(db).add(open);
        reviews.submit(ReviewOffice::login(db, QStringLiteral("zhangwei")), open.id);
        Item paper = o.seed.item(QStringLiteral("十一月录入的纸质审查信息"));
        ItemRepository(db).add(paper);
        ReviewOffice::attestPaper(db, paper.id, QStringLiteral("zhouping"), QStringLiteral("纸质审查单 2023-05"),
                                  QStringLiteral("王强 2023-05-01"));
        approvedItem(db, o, QStringLiteral("十二月审查的信息"), utc(2026, 12, 14));

        const MonthlySummaryData d = MonthlySummaryData::build(db, QDate(2026, 11, 30));
        QCOMPARE(d.month, QDate(2026, 11, 1));
        QCOMPARE(d.periodText, QStringLiteral("2026年11月1日至2026年11月30日"));
        QStringList titles;
        for (const SummaryEntry& e : d.entries)
            titles << e.title;
        QCOMPARE(titles, (QStringList{QStringLiteral("十一月审查的信息"), QStringLiteral("十一月退回的信息"),
                                      QStringLiteral("十一月录入的纸质审查信息")}));
        QCOMPARE(d.approved, 1);
        QCOMPARE(d.sentBack, 1);
        QCOMPARE(d.paper, 1);
        const SummaryEntry& first = d.entries.at(0);
        QCOMPARE(first.itemId, nov);
        QCOMPARE(first.steps.size(), 2);
        QCOMPARE(first.steps.at(0).signer, QStringLiteral("李娜"));
        QCOMPARE(first.steps.at(1).signer, QStringLiteral("赵丽"));
        QCOMPARE(first.resultCode, QStringLiteral("approved"));
        QVERIFY(d.entries.at(1).result.contains(QStringLiteral("请补充依据")));
        QCOMPARE(d.toJson().value(QStringLiteral("entries")).toArray().size(), 3);

        // CSV: BOM, Chinese headers, one row per review.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(MonthlySummaryCsv::write(d, &buffer));
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("序号,编号,信息标题,科室")));
        QVERIFY(lines.at(1).contains(QStringLiteral("十一月审查的信息")));
        QVERIFY(lines.at(1).contains(QStringLiteral("李娜；赵丽")));
        QVERIFY(!bytes.contains(QStringLiteral("十月审查").toUtf8()));
        QVERIFY(!bytes.contains(QStringLiteral("十二月").toUtf8()));
        QVERIFY(!bytes.contains(QStringLiteral("仍在审查").toUtf8()));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
        QVERIFY(MonthlySummaryRenderer(d).writePdf(pdf));
        QString text;
        RUN_POPPLER(text, "pdftotext", (QStringList{pdf, QStringLiteral("-")}));
        const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
        for (const char* expected :
             {"保密审查月度汇总表", "2026年11月1日至2026年11月30日", "十一月审查的信息", "十一月退回的信息",
              "十一月录入的纸质审查信息", "李娜", "赵丽", "王强2023-05-01"})
            QVERIFY2(flat.contains(QString::fromUtf8(expected)),
                     qPrintable(QString::fromUtf8(expected) + text));
        QVERIFY(!flat.contains(QStringLiteral("十月审查的信息")));
        QVERIFY(!flat.contains(QStringLiteral("十二月审查的信息")));
        QVERIFY(!flat.contains(QStringLiteral("仍在审查")));
        QVERIFY2(!hasRadicals(text), qPrintable(text));
    }

    void summaryHeaderRepeats()
    {
        MonthlySummaryData d;
        d.unit = QStringLiteral("阜阳市商务局");
        d.month = QDate(2026, 11, 1);
        d.periodText = QStringLiteral("2026年11月1日至2026年11月30日");
        for (int i = 1; i <= 40; ++i) {
            SummaryEntry e;
            e.itemId = i;
            e.title = QStringLiteral("第%1条信息").arg(i);
            e.department = QStringLiteral("办公室");
            e.roundNumber = 1;
            e.steps << SummaryStep{QStringLiteral("科室负责人初审"),
                                   QStringLiteral("李娜"),
                                   QString(),
                                   QStringLiteral("同意公开"),
                                   QStringLiteral("2026年11月2日 10:32"),
                                   QStringLiteral("11月2日 10:32")};
            e.result = QStringLiteral("审查通过（同意公开）");
            d.entries << e;
        }
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("many.pdf"));
        QVERIFY(MonthlySummaryRenderer(d).writePdf(pdf));
        QString text;
        RUN_POPPLER(text, "pdftotext", (QStringList{pdf, QStringLiteral("-")}));
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY2(pages.size() >= 3, qPrintable(text));
        for (const QString& page : pages) {
            if (page.trimmed().isEmpty())
                continue;
            QVERIFY2(page.contains(QStringLiteral("审查环节及签署人")), qPrintable(page));
        }
        QVERIFY(text.contains(QStringLiteral("第40条信息")));
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
