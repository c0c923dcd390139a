#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace gongkai {

/// The words of the demo office (a city commerce bureau, 某市商务局): titles, summaries, document
/// numbers and publication references, built from templates modelled on real bureaus' ledgers.
/// The templates, word lists and sentences are data (resources/demo/demotext.json, compiled in as
/// :/demo/demotext.json); this class only draws from them. Draws only from the generator it is given,
/// so one seed always gives the same texts.
class DemoText
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::DemoText)

public:
    explicit DemoText(QRandomGenerator& rng);
    ~DemoText();
    DemoText(const DemoText&) = delete;
    DemoText& operator=(const DemoText&) = delete;

    struct Content
    {
        QString title;
        QString summary;
        QString docNumber; ///< empty for most items; numbers count up per prefix and year
    };

    /// An item of the category (a seeded category name; others get news-style texts) written by the
    /// department (a demo department name; others get general topics) on the drafted day. Call in
    /// drafted order so document numbers ascend through each year.
    Content item(const QString& category, const QString& department, const QDate& drafted);
    /// Where a publication can be found: a portal URL, an issue of a bulletin, a newspaper page …
    /// serial makes URLs unique (the publication's id does).
    QString reference(const QString& channel, const QDate& date, qint64 serial) const;
    /// The issue of the upper agency's bulletin that adopted a submission, e.g. 《每日要情》第12期.
    QString adoptedIn(const QString& agency, const QDate& date) const;
    /// The legal ground of a withheld item.
    QString withheldGround();

    /// One part of the demo's text resource (e.g. "review", "workRecords", "office"); throws Error when
    /// the resource is missing or broken.
    static QJsonObject section(const QString& name);
    /// The strings of a JSON array.
    static QStringList strings(const QJsonValue& array);

private:
    struct Segment
    {
        QString text;
        int key = -1; ///< a placeholder, or -1 for literal text
    };
    using Parsed = QList<Segment>;
    struct Template
    {
        Parsed title;
        Parsed summary;
        int docPercent = 0;   ///< chance of a document number
        bool penalty = false; ///< numbered as a penalty decision (某商罚)
        quint16 months = 0;   ///< bit m set: fits month m (1-12); 0 means any month
        int weight = 1;
    };
    struct Reference
    {
        int kind = 0;
        QString text; ///< with %1 … for the date parts and the serial, by kind
    };
    struct CompanyKind
    {
        QString kind; ///< e.g. 商贸有限公司
        QString law;  ///< the regulation such a company is fined under
    };

    static const QJsonObject& resource();
    static Parsed parse(const QString& text);
    QString fill(const Parsed& parsed);
    QString value(int key);
    QString pick(const QStringList& list);
    QString docNumber(const QString& prefix, int year);

    QRandomGenerator& m_rng;
    QHash<QString, QList<Template>> m_templates; ///< by category name
    QString m_newsCategory;                      ///< the templates of categories without their own
    QHash<QString, QStringList> m_topics;        ///< by department name
    QHash<QString, int> m_docCounters;           ///< by prefix and year
    QHash<QString, Reference> m_references;      ///< by seeded channel name
    QStringList m_generalTopics;
    QList<QStringList> m_pools; ///< word lists by placeholder
    QString m_companyPrefix;
    QList<CompanyKind> m_companyKinds;
    QString m_cantonFair;
    QString m_importExpo;
    QStringList m_otherExpos;
    QStringList m_holidays; ///< by month, January first
    QStringList m_quarterNames;
    QStringList m_grounds;
    QJsonObject m_docNumbers;
    QJsonObject m_adopted;

    // The item being written: placeholder values are drawn once, so title and summary agree.
    QDate m_date;
    QString m_department;
    QList<QString> m_values;
    QList<bool> m_valueSet;
    int m_companyIndex = 0;
};

} // namespace gongkai
