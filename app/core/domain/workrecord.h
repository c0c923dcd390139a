#pragma once

#include "../error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gongkai {

/// The disclosure work an office reports besides its items. Stored as its code (work_records.kind).
enum class WorkRecordKind
{
    Training = 0,    ///< training, 培训
    Interview = 1,   ///< interview, 在线访谈
    Press = 2,       ///< press, 新闻发布会
    ReadingRoom = 3, ///< reading_room, 公共查阅室送阅: currently valid documents delivered
    Other = 4,       ///< other, 其他工作
};

/// The stable code stored in the database, e.g. "reading_room".
QString workRecordKindCode(WorkRecordKind kind);
/// Translated display name, e.g. "Training" (培训 in Chinese).
QString workRecordKindDisplayName(WorkRecordKind kind);
/// The Chinese name the CSV files and reports use, whatever the interface language.
QString workRecordKindChinese(WorkRecordKind kind);
/// Takes the code, the English name (any case) or the Chinese name; nothing for other text.
std::optional<WorkRecordKind> workRecordKindFromString(const QString& text);
QList<WorkRecordKind> allWorkRecordKinds();

/// One training, interview, press event, reading-room delivery or other piece of disclosure work.
struct WorkRecord
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::WorkRecord)

public:
    static constexpr int kMaxTitleLength = 200;

    qint64 id = 0;
    WorkRecordKind kind = WorkRecordKind::Training;
    QDate heldOn;       ///< when it took place (a delivery: when the documents were handed over)
    QString title;      ///< the topic or a short description
    QString organiser;  ///< who organised it (组织单位)
    int attendees = 0;  ///< people trained or taking part
    int documents = 0;  ///< documents delivered to the reading room
    QString recipients; ///< who received a delivery, e.g. 市档案馆
    QString note;
    qint64 departmentId = 0; ///< the section it belongs to (科室); 0 for the whole office
    QDateTime createdAt;     ///< UTC
    QString createdBy;       ///< login of whoever entered it
    QDateTime updatedAt;     ///< UTC
    int rowVersion = 0;

    /// Checks the rules that need no database; empty when valid. Fields: kind, heldOn, title,
    /// attendees, documents.
    QList<FieldError> validate() const;

    bool operator==(const WorkRecord&) const = default;
};

} // namespace gongkai
