#pragma once

/// One way in: every change to the database goes through a core service that takes the signed-in
/// Session and checks Permissions (ItemService, ReviewService, AccountService, AdminService,
/// WordListService, WorkRecordService, ReportTextService, QuarterlyReportService, and the importers they
/// call). The repositories' writers are internal to core.
///
/// Enforced by the compiler: every repository declares its writers inside
///     #ifndef GONGKAI_STORAGE_READ_ONLY
/// and the GUI library, the programs and the CLI are built with GONGKAI_STORAGE_READ_ONLY defined, so a
/// write around the services does not compile there (tests/arch checks that it stays so). Readers stay
/// visible: the GUI and the CLI read lists and items to show them, and ask the services what the user may
/// do (ItemService::capabilities) instead of deciding it.
