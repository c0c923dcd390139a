#pragma once

#include <QJsonObject>
#include <QString>

namespace gongkai {

/// The parts of a quarterly report the office writes itself, kept per period in report_drafts (JSON)
/// and prefilled from the previous period's. Each may hold several paragraphs, one a line.
struct ReportSections
{
    QString organisation; ///< 组织领导和制度建设
    QString security;     ///< 网站和新媒体安全
    QString problems;     ///< 存在问题 (besides the ones the figures show)
    QString nextSteps;    ///< 下一步工作安排

    bool isEmpty() const;
    QJsonObject toJson() const;
    static ReportSections fromJson(const QJsonObject& json);

    bool operator==(const ReportSections&) const = default;
};

} // namespace gongkai
