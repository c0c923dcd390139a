<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>gongkai::AccountService</name>
    <message>
        <location filename="../app/core/review/accountservice.cpp" line="+78"/>
        <location line="+21"/>
        <location line="+19"/>
        <source>The user %1 does not exist.</source>
        <translation>使用者%1不存在。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 is the last active administrator: appoint another one first.</source>
        <translation>%1是最後一名在用的系統管理員：請先指定另一名系統管理員。</translation>
    </message>
</context>
<context>
    <name>gongkai::AdminService</name>
    <message>
        <location filename="../app/core/review/adminservice.cpp" line="+90"/>
        <source>The review chain has no step %1.</source>
        <translation>審查流程中沒有第%1步。</translation>
    </message>
</context>
<context>
    <name>gongkai::Attachment</name>
    <message>
        <location filename="../app/core/domain/attachment.cpp" line="+18"/>
        <location line="+18"/>
        <source>%1: only .txt and .docx files can be attached, so that their text can be screened.</source>
        <translation>%1：只能附加 .txt 和 .docx 檔案，以便預審其中的文字。</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+18"/>
        <source>%1 is %2; attachments can be at most %3.</source>
        <translation>%1 大小為 %2；附件最大為 %3。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An attachment needs a file name.</source>
        <translation>附件需要檔名。</translation>
    </message>
</context>
<context>
    <name>gongkai::AuditRecord</name>
    <message>
        <location filename="../app/core/domain/auditrecord.cpp" line="+15"/>
        <source>Unknown event</source>
        <translation>未知事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item created</source>
        <translation>新建資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item changed</source>
        <translation>修改資訊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item withdrawn</source>
        <translation>撤回資訊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item reinstated</source>
        <translation>恢復資訊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication recorded</source>
        <translation>登記發布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission recorded</source>
        <translation>登記報送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper review recorded</source>
        <translation>登記紙本審查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted for review</source>
        <translation>提交審查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission recalled</source>
        <translation>撤回送審</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>簽署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent back</source>
        <translation>退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account locked</source>
        <translation>帳戶鎖定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password confirmed</source>
        <translation>確認密碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password changed</source>
        <translation>修改密碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password reset</source>
        <translation>重設密碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account unlocked</source>
        <translation>帳戶解鎖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account created</source>
        <translation>新建帳戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account changed</source>
        <translation>修改帳戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List entry added</source>
        <translation>新增基礎資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List entry changed</source>
        <translation>修改基礎資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review chain changed</source>
        <translation>修改審查流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused action</source>
        <translation>操作被拒絕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail exported</source>
        <translation>匯出審計日誌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo office created</source>
        <translation>建立示範單位資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database upgraded</source>
        <translation>升級資料庫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting changed</source>
        <translation>修改設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-screen findings on save</source>
        <translation>儲存時預審發現問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work record added</source>
        <translation>新增工作記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work record changed</source>
        <translation>修改工作記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work record deleted</source>
        <translation>刪除工作記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report template changed</source>
        <translation>報告模板已修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report text saved</source>
        <translation>報告文字已儲存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report finalized</source>
        <translation>報告已定稿</translation>
    </message>
</context>
<context>
    <name>gongkai::AuditService</name>
    <message>
        <location filename="../app/core/review/auditservice.cpp" line="+59"/>
        <source>The export could not be written: %1</source>
        <translation>無法寫入匯出檔案：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::AuditVerifier</name>
    <message>
        <location filename="../app/core/review/auditverifier.cpp" line="+63"/>
        <source>Audit record %1 is missing: it was deleted.</source>
        <translation>審計記錄%1缺失：已被刪除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit records %1 to %2 are missing: they were deleted.</source>
        <translation>審計記錄%1至%2缺失：已被刪除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit record %1 does not follow record %2: a record was inserted, replaced or changed there.</source>
        <translation>審計記錄%1與記錄%2不銜接：此處有記錄被插入、替換或修改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit record %1 (%2, %3) was changed after it was written.</source>
        <translation>審計記錄%1（%2，%3）在寫入後被修改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The audit trail ends at record %1 but its head names record %2: the last records were deleted.</source>
        <translation>審計日誌止於記錄%1，但日誌頭指向記錄%2：末尾的記錄已被刪除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit record %1 lies beyond the trail&apos;s head (record %2): it was added behind the program&apos;s back.</source>
        <translation>審計記錄%1位於日誌頭（記錄%2）之後：是繞過本程式新增的。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit record %1 is not the record the trail&apos;s head names: it was replaced.</source>
        <translation>審計記錄%1不是日誌頭所指的記錄：已被替換。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Signature %1 (item %2, %3 by %4) has no audit record: it was added behind the program&apos;s back.</source>
        <translation>簽署記錄%1（編號%2的資訊，%4簽署的%3）沒有對應的審計記錄：是繞過本程式新增的。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signature %1 (item %2, %3 by %4) differs from audit record %5: it was changed after signing.</source>
        <translation>簽署記錄%1（編號%2的資訊，%4簽署的%3）與審計記錄%5不一致：簽署後被修改。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signature %1 recorded in audit record %2 (item %3, %4) is missing: it was deleted.</source>
        <translation>審計記錄%2中記載的簽署記錄%1（編號%3的資訊，%4）缺失：已被刪除。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Item %1 (“%2”) was changed after %3 signed %4 of round %5, while it was under review.</source>
        <translation>編號%1的資訊（「%2」）在審查期間被修改：此前%3已簽署第%5輪的%4。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it has no review round and no paper review</source>
        <translation>既沒有審查輪次，也沒有紙本審查記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its latest review round %1 is not approved</source>
        <translation>其最近一輪審查（第%1輪）未通過</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 (“%2”) is marked %3 but %4.</source>
        <translation>編號%1的資訊（「%2」）標記為「%3」，但%4。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 (“%2”) was changed after %3 approved it at %4, without a new review round.</source>
        <translation>編號%1的資訊（「%2」）經%3於%4審核通過後被修改，且未重新審查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 (“%2”) was changed after its paper review was recorded, without a review round.</source>
        <translation>編號%1的資訊（「%2」）在登記紙本審查後被修改，且未經審查。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Item %1: the attached file %2 was changed in the database; its bytes no longer match the hash its reviews covered.</source>
        <translation>資訊 %1：附件 %2 在資料庫中被改動，其內容與審查所涵蓋的雜湊值不再一致。</translation>
    </message>
</context>
<context>
    <name>gongkai::AuthService</name>
    <message>
        <location filename="../app/core/review/authservice.cpp" line="+55"/>
        <source>An administrator exists already; sign in as that administrator.</source>
        <translation>已有系統管理員；請以該管理員身份登入。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The password is wrong.</source>
        <translation>密碼錯誤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login or the password is wrong.</source>
        <translation>登入名或密碼錯誤。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The account is locked after too many failed sign-ins; try again after %1 or ask the administrator to unlock it.</source>
        <translation>登入失敗次數過多，帳戶已鎖定；請於%1之後再試，或請系統管理員解鎖。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 The account is now locked for %2 minutes, until %3.</source>
        <translation>%1帳戶已被鎖定%2分鐘，至%3解除。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The account %1 is deactivated; ask the administrator.</source>
        <translation>帳戶%1已停用；請聯絡系統管理員。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your password was reset by the administrator: choose a new one before you continue.</source>
        <translation>您的密碼已由系統管理員重設：請先設定新密碼再繼續。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+38"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密碼不能與目前密碼相同。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The session belongs to another database; sign in again.</source>
        <translation>此工作階段屬於另一個資料庫；請重新登入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account of this session no longer exists.</source>
        <translation>此工作階段的帳戶已不存在。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The current password is wrong.</source>
        <translation>目前密碼錯誤。</translation>
    </message>
</context>
<context>
    <name>gongkai::BulkInserter</name>
    <message>
        <location filename="../app/demo/bulkinserter.cpp" line="+70"/>
        <source>Incomplete row for table %1.</source>
        <translation>表%1的資料行不完整。</translation>
    </message>
</context>
<context>
    <name>gongkai::CsvReader</name>
    <message>
        <location filename="../app/core/io/csvreader.cpp" line="+83"/>
        <source>a quoted field starting on line %1 has no closing quote</source>
        <translation>第%1行開始的帶引號欄位缺少結束引號</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>text after the closing quote of a field on line %1; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>第%1行某欄位的結束引號後還有文字；帶引號欄位中的引號須寫成兩個（&quot;&quot;）</translation>
    </message>
</context>
<context>
    <name>gongkai::Database</name>
    <message>
        <location filename="../app/core/storage/database.cpp" line="+55"/>
        <source>The database driver %1 is not installed</source>
        <translation>未安裝資料庫驅動「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1</source>
        <translation>無法建立資料夾「%1」</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the database %1</source>
        <translation>無法開啟資料庫「%1」</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A database statement could not be prepared</source>
        <translation>資料庫陳述式預處理失敗</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>A database statement failed</source>
        <translation>資料庫陳述式執行失敗</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>An insert returned no id</source>
        <translation>插入記錄後未返回編號</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Cannot start a transaction</source>
        <translation>無法開始交易</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The transaction was rolled back because part of it failed</source>
        <translation>交易中有操作失敗，已全部回滾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot commit the transaction</source>
        <translation>無法提交交易</translation>
    </message>
    <message>
        <location filename="../app/core/storage/dblocation.cpp" line="+19"/>
        <source>Not a valid server address: %1 (expected postgresql://user@host:port/dbname)</source>
        <translation>伺服器位址無效：%1（應為 postgresql://使用者名稱@主機:埠/資料庫名）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not put the password in the server address; set GONGKAI_DB_PASSWORD or type it when asked.</source>
        <translation>請勿在伺服器位址中寫入密碼；請設定環境變數 GONGKAI_DB_PASSWORD，或在提示時輸入密碼。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server address names no database: %1</source>
        <translation>伺服器位址中未指定資料庫：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No database was named.</source>
        <translation>未指定資料庫。</translation>
    </message>
</context>
<context>
    <name>gongkai::DemoGenerator</name>
    <message>
        <location filename="../app/demo/demogenerator.cpp" line="+622"/>
        <source>The database has %1 and %2; the demo office goes only into a new, empty database.</source>
        <translation>資料庫中已有 %1 和 %2；示範單位只能寫入新建的空資料庫。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 個帳號</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 條資訊</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::DemoText</name>
    <message>
        <location filename="../app/demo/demohistory.cpp" line="+124"/>
        <location filename="../app/demo/demotext.cpp" line="+156"/>
        <source>The demo office&apos;s text is incomplete.</source>
        <translation>示範單位的文字不完整。</translation>
    </message>
    <message>
        <location filename="../app/demo/demotext.cpp" line="-80"/>
        <source>The demo office&apos;s text (%1) is missing from the program.</source>
        <translation>程式中缺少示範單位的文字（%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo office&apos;s text (%1) is broken: %2.</source>
        <translation>示範單位的文字（%1）已損壞：%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo office&apos;s text has no part “%1”.</source>
        <translation>示範單位的文字中沒有「%1」部分。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The demo office&apos;s text has no templates for “%1”.</source>
        <translation>示範單位的文字中沒有「%1」的模板。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The demo office&apos;s text has no words for {%1}.</source>
        <translation>示範單位的文字中沒有 {%1} 的詞語。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo office&apos;s text uses an unknown placeholder {%1}.</source>
        <translation>示範單位的文字使用了未知佔位符 {%1}。</translation>
    </message>
</context>
<context>
    <name>gongkai::DocumentText</name>
    <message>
        <location filename="../app/core/screening/documenttext.cpp" line="+30"/>
        <location line="+19"/>
        <source>%1: cannot read the text of this kind of file (only .txt and .docx)</source>
        <translation>%1：無法讀取此類檔案的文字（僅支援 .txt 和 .docx）</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1：檔案超過 %2 MB</translation>
    </message>
</context>
<context>
    <name>gongkai::DocxReader</name>
    <message>
        <location filename="../app/core/screening/docxreader.cpp" line="+77"/>
        <source>unexpected document type declaration</source>
        <translation>出現意外的文件類型宣告</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 at line %2</source>
        <translation>%1（第%2行）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is empty</source>
        <translation>檔案為空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a Word document (word/document.xml is missing)</source>
        <translation>不是 Word 文件（缺少 word/document.xml）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a .docx file, or damaged (%1)</source>
        <translation>不是 .docx 檔案或檔案已損壞（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file lists too many parts to be a Word document</source>
        <translation>檔案包含的部件過多，不是正常的 Word 文件</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no directory entry</source>
        <translation>缺少目錄項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document is encrypted</source>
        <translation>文件已加密</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the document&apos;s text is larger than %1 MB</source>
        <translation>文件文字超過 %1 MB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>part %1 is larger than %2 MB uncompressed</source>
        <translation>部件 %1 解壓後超過 %2 MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>part %1 is damaged (%2)</source>
        <translation>部件 %1 已損壞（%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: part %2 is damaged (%3)</source>
        <translation>%1：部件 %2 已損壞（%3）</translation>
    </message>
</context>
<context>
    <name>gongkai::Finding</name>
    <message>
        <location filename="../app/core/screening/finding.cpp" line="+47"/>
        <source>Classification marking</source>
        <translation>密級標誌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal-use marking</source>
        <translation>內部資料標識</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident ID number</source>
        <translation>居民身份證號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile phone number</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank card number</source>
        <translation>銀行卡號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail address</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listed word</source>
        <translation>詞表詞語</translation>
    </message>
</context>
<context>
    <name>gongkai::Item</name>
    <message>
        <location filename="../app/core/domain/item.cpp" line="+16"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>審查中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已審核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Proactive</source>
        <translation>主動公開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On request</source>
        <translation>依申請公開</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withheld</source>
        <translation>不予公開</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The title is required.</source>
        <translation>標題不能為空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title is longer than %1 characters.</source>
        <translation>標題不能超過%1個字元。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document number is longer than %1 characters.</source>
        <translation>文號不能超過%1個字元。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category.</source>
        <translation>請選擇資訊類別。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a department.</source>
        <translation>請選擇科室。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the author.</source>
        <translation>請選擇撰稿人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drafted date is required.</source>
        <translation>撰稿日期不能為空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drafted date lies in the future.</source>
        <translation>撰稿日期不能晚於今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A withheld item needs the legal ground for withholding it.</source>
        <translation>不予公開的資訊須填寫不予公開的法律依據。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publication %1: choose a channel.</source>
        <translation>第%1條發布記錄：請選擇發布渠道。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication %1: the date is required.</source>
        <translation>第%1條發布記錄：發布日期不能為空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication %1: published before the item was drafted.</source>
        <translation>第%1條發布記錄：發布日期早於撰稿日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication %1: the date lies in the future.</source>
        <translation>第%1條發布記錄：發布日期不能晚於今天。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submission %1: choose an upper agency.</source>
        <translation>第%1條報送記錄：請選擇上級機關。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission %1: the date is required.</source>
        <translation>第%1條報送記錄：報送日期不能為空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission %1: the date lies in the future.</source>
        <translation>第%1條報送記錄：報送日期不能晚於今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission %1: an adoption date or place is given but it is not marked as adopted.</source>
        <translation>第%1條報送記錄：填寫了採用日期或採用刊期，但未勾選「已採用」。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submission %1: adopted before it was submitted.</source>
        <translation>第%1條報送記錄：採用日期早於報送日期。</translation>
    </message>
</context>
<context>
    <name>gongkai::ItemExporter</name>
    <message>
        <location filename="../app/core/io/itemexporter.cpp" line="+194"/>
        <source>The export could not be written: %1</source>
        <translation>匯出檔案無法寫入：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Cannot write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::ItemImporter</name>
    <message>
        <location filename="../app/core/io/itemimporter.cpp" line="+101"/>
        <source>the attestation names no paper form: give its number or date</source>
        <translation>證明中未註明紙本審查單：請提供其編號或日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+119"/>
        <source>%1 cannot attest paper reviews: %2</source>
        <translation>%1 不能證明紙本審查：%2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 tried to import items of other authors; an author imports only their own items.</source>
        <translation>%1 試圖匯入其他撰稿人的資訊；撰稿人只能匯入本人的資訊。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was to attest the paper reviews of items they wrote.</source>
        <translation>%1 被指定證明的紙本審查中包含其本人撰寫的資訊。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the attester %1 could not be signed in: %2</source>
        <translation>無法登入證明人 %1：%2</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>cannot create department “%1”: %2</source>
        <translation>無法新建科室「%1」：%2</translation>
    </message>
    <message>
        <location filename="../app/core/io/importlookup.cpp" line="+81"/>
        <source>department “%1” matches several departments that differ only in case</source>
        <translation>科室「%1」與多個僅大小寫不同的科室相匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown department “%1”</source>
        <translation>未知科室「%1」</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemimporter.cpp" line="+2"/>
        <source>cannot create category “%1”: %2</source>
        <translation>無法新建資訊類別「%1」：%2</translation>
    </message>
    <message>
        <location filename="../app/core/io/importlookup.cpp" line="+9"/>
        <source>category “%1” matches several categories that differ only in case</source>
        <translation>資訊類別「%1」與多個僅大小寫不同的資訊類別相匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown category “%1”</source>
        <translation>未知資訊類別「%1」</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemimporter.cpp" line="+4"/>
        <source>cannot create upper agency “%1”: %2</source>
        <translation>無法新建上級機關「%1」：%2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>cannot create channel “%1”: %2</source>
        <translation>無法新建發布渠道「%1」：%2</translation>
    </message>
    <message>
        <location filename="../app/core/io/importlookup.cpp" line="+9"/>
        <source>channel “%1” matches several channels that differ only in case</source>
        <translation>發布渠道「%1」與多個僅大小寫不同的發布渠道相匹配</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is named both as a publication channel (发布记录) and as an upper agency (报送记录); a name can only be one of them</source>
        <translation>「%1」同時被列為發布渠道（發布記錄）和上級機關（報送記錄）；一個名稱只能屬於其中之一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown upper agency “%1”</source>
        <translation>未知上級機關「%1」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown channel “%1”</source>
        <translation>未知發布渠道「%1」</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>author “%1” is ambiguous: %2 users have that name; give the login instead</source>
        <translation>撰稿人「%1」不明確：有%2個使用者同名，請改填登入名</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemimporter.cpp" line="+4"/>
        <source>cannot create author “%1”: %2</source>
        <translation>無法新建撰稿人「%1」：%2</translation>
    </message>
    <message>
        <location filename="../app/core/io/importlookup.cpp" line="+8"/>
        <source>author “%1” matches several logins that differ only in case</source>
        <translation>撰稿人「%1」與多個僅大小寫不同的登入名相匹配</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown author “%1”</source>
        <translation>未知撰稿人「%1」</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemcsvformat.cpp" line="+175"/>
        <source>bad date “%1”, expected YYYY-MM-DD</source>
        <translation>日期「%1」有誤，格式應為 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>publication “%1” should read channel|YYYY-MM-DD|link or issue</source>
        <translation>發布記錄「%1」的格式應為「渠道|YYYY-MM-DD|網址或期次」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>publication “%1” names no channel</source>
        <translation>發布記錄「%1」未寫明發布渠道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>publication “%1” has no date</source>
        <translation>發布記錄「%1」缺少日期</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>submission “%1” should read agency|YYYY-MM-DD|adopted YYYY-MM-DD|adopted in</source>
        <translation>報送記錄「%1」的格式應為「上級機關|YYYY-MM-DD|採用日期 YYYY-MM-DD|採用刊期」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>submission “%1” names no upper agency</source>
        <translation>報送記錄「%1」未寫明上級機關</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>submission “%1” has no date</source>
        <translation>報送記錄「%1」缺少日期</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemcsvheader.cpp" line="+33"/>
        <source>column %1 has no header</source>
        <translation>第%1欄沒有欄名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown column “%1”; the columns are %2</source>
        <translation>未知欄「%1」；可用的欄為：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column “%1” appears twice (also as “%2”)</source>
        <translation>欄「%1」重複出現（另一處為「%2」）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the required column “%1” (%2) is missing</source>
        <translation>缺少必需的欄「%1」（%2）</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemcsvfile.cpp" line="+27"/>
        <source>cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is neither UTF-8 nor GB18030/GBK text: line %1 holds bytes that are not valid in %2</source>
        <translation>檔案既不是 UTF-8 也不是 GB18030/GBK 編碼的文字：第%1行含有在 %2 中無效的位元組</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file is empty; its first line must name the columns</source>
        <translation>檔案為空；第一行須為欄名</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemimporter.cpp" line="-262"/>
        <source>wrong number of fields: %1, expected %2</source>
        <translation>欄位數有誤：%1個，應為%2個</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemrowreader.cpp" line="+97"/>
        <source>the category is empty</source>
        <translation>資訊類別為空</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown disclosure attribute “%1”, expected one of %2</source>
        <translation>未知公開屬性「%1」，應為以下之一：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the department is empty</source>
        <translation>科室為空</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the author is empty</source>
        <translation>撰稿人為空</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2) is not an author (撰稿人); items are written by authors</source>
        <translation>%1（%2）不是撰稿人；資訊須由撰稿人撰寫</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the row&apos;s author is %1: %2 imports only their own items; a publisher (信息发布员) imports other authors&apos; items</source>
        <translation>該行的撰稿人是 %1：%2 只能匯入本人的資訊；資訊發布員可匯入其他撰稿人的資訊</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the item went out (已审核, 已发布 or publications) or names a paper review, and nothing goes out unreviewed: it needs a paper review attested by a signer — a section chief or leader attests the file&apos;s paper reviews with their password and the paper form&apos;s number or date</source>
        <translation>該資訊已對外發出（已審核、已發布或有發布記錄）或註明了紙本審查，而任何資訊未經審查不得發出：需由簽署人證明其紙本審查——由科室負責人或領導憑本人密碼及紙本審查單的編號或日期，證明該檔案中的紙本審查</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the item went out (已审核, 已发布 or publications) but its paper review is not named: give its paper reviewers and the dates in this column, or a text for all such rows</source>
        <translation>該資訊已對外發出（已審核、已發布或有發布記錄），但未註明其紙本審查：請在此欄中填寫紙本審查人及日期，或為所有此類行提供統一文字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 attests the file&apos;s paper reviews and wrote this item: nobody attests the review of their own item</source>
        <translation>%1 負責證明該檔案的紙本審查，但本條資訊由其撰寫：任何人不得證明本人資訊的審查</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>unknown status “%1”, expected one of %2</source>
        <translation>未知狀態「%1」，應為以下之一：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>publication %1: %2</source>
        <translation>第%1條發布記錄：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>submission %1: %2</source>
        <translation>第%1條報送記錄：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::ItemRepository</name>
    <message>
        <location filename="../app/core/storage/itemrepository.cpp" line="+78"/>
        <source>The category does not exist.</source>
        <translation>該資訊類別不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The department does not exist.</source>
        <translation>該科室不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The author does not exist.</source>
        <translation>該撰稿人不存在。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publication %1: the channel does not exist.</source>
        <translation>第%1條發布記錄：該發布渠道不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication %1: that is an upper agency; record it as a submission.</source>
        <translation>第%1條發布記錄：所選為上級機關，請作為報送記錄登記。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submission %1: the agency does not exist.</source>
        <translation>第%1條報送記錄：該上級機關不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submission %1: that channel is not an upper agency.</source>
        <translation>第%1條報送記錄：所選渠道不是上級機關。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Attachment %1 (%2) has no content.</source>
        <translation>附件 %1（%2）沒有內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment %1 (%2) belongs to another item.</source>
        <translation>附件 %1（%2）屬於另一條資訊。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is attached twice.</source>
        <translation>%1 重複附加。</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+45"/>
        <location line="+32"/>
        <location line="+37"/>
        <location line="+15"/>
        <location line="+11"/>
        <source>Item %1 does not exist.</source>
        <translation>編號%1的資訊不存在。</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Item %1 was changed by someone else since you opened it. Reopen it and make your change again.</source>
        <translation>編號%1的資訊在您開啟後已被他人修改。請重新開啟後再修改。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <location line="+21"/>
        <location line="+23"/>
        <source>Item %1 was changed by someone else since you opened it.</source>
        <translation>編號%1的資訊在您開啟後已被他人修改。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>An item cannot be reinstated as withdrawn.</source>
        <translation>資訊不能以「已撤回」狀態恢復。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item %1 is not withdrawn.</source>
        <translation>編號%1的資訊未被撤回。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item %1 cannot be reinstated as %2: %3</source>
        <translation>編號%1的資訊不能以「%2」狀態恢復：%3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Item %1 is withdrawn; it cannot be published.</source>
        <translation>編號%1的資訊已撤回，不能發布。</translation>
    </message>
</context>
<context>
    <name>gongkai::ItemRules</name>
    <message>
        <location filename="../app/core/review/itemrules.cpp" line="+51"/>
        <source>Items are created by their authors, as themselves: %1 cannot name another user as the author.</source>
        <translation>資訊只能由撰稿人以本人身份建立：%1 不能將其他使用者指定為撰稿人。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only the author of item %1 can change it.</source>
        <translation>只有資訊 %1 的撰稿人可以修改該資訊。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 is withdrawn; it cannot be changed.</source>
        <translation>資訊 %1 已撤回，不能修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 is under review and frozen; recall the submission to change it.</source>
        <translation>資訊 %1 正在審查中，已凍結；如需修改，請復原送審。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the author of item %1 can submit it for review.</source>
        <translation>只有資訊 %1 的撰稿人可以提交審查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 is withdrawn; it cannot be submitted.</source>
        <translation>資訊 %1 已撤回，不能提交審查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 is under review already.</source>
        <translation>資訊 %1 已在審查中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 is approved already and has not changed since.</source>
        <translation>資訊 %1 已審查通過，且此後未作修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the author of item %1 can recall its submission.</source>
        <translation>只有資訊 %1 的撰稿人可以復原送審。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 is not under review.</source>
        <translation>資訊 %1 不在審查中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the author of item %1, the section chief of its department or a leader can withdraw it.</source>
        <translation>只有資訊 %1 的撰稿人、所在科室的科室負責人或領導可以撤回該資訊。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item %1 is withdrawn already.</source>
        <translation>資訊 %1 已經撤回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 is not withdrawn.</source>
        <translation>資訊 %1 未撤回。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the author of item %1 or a publisher (信息发布员) can record where it went out.</source>
        <translation>只有資訊 %1 的撰稿人或資訊發布員可以登記其發布和報送情況。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 is withdrawn; it cannot be published.</source>
        <translation>資訊 %1 已撤回，不能發布。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item %1 is marked 不予公开 (withheld); it is never published.</source>
        <translation>資訊 %1 標記為「不予公開」，不得發布。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 cannot be published: %2</source>
        <translation>資訊 %1 不能發布：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a section chief, leader in charge or principal leader can attest that item %1 was reviewed on paper (%2).</source>
        <translation>只有科室負責人、分管領導或主要領導可以證明資訊 %1 已經過紙本審查（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody attests the review of their own item %1.</source>
        <translation>任何人不得證明本人資訊 %1 的審查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 is withdrawn.</source>
        <translation>資訊 %1 已撤回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 has its paper review recorded already.</source>
        <translation>資訊 %1 已登記紙本審查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 is reviewed in the program; a paper review is only for items never reviewed here.</source>
        <translation>資訊 %1 已在本程式中審查；紙本審查僅適用於從未在本程式中審查的資訊。</translation>
    </message>
</context>
<context>
    <name>gongkai::ItemScreening</name>
    <message>
        <location filename="../app/core/screening/itemscreening.cpp" line="+98"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachment %1</source>
        <translation>附件 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: %3 (%4, %5)</source>
        <translation>%1第%2行：%3（%4，%5）</translation>
    </message>
</context>
<context>
    <name>gongkai::ItemService</name>
    <message>
        <location filename="../app/core/review/itemservice.cpp" line="+66"/>
        <location line="+70"/>
        <location line="+27"/>
        <location line="+12"/>
        <location line="+27"/>
        <location line="+21"/>
        <location line="+19"/>
        <location line="+54"/>
        <source>Item %1 does not exist.</source>
        <translation>編號%1的資訊不存在。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Name the paper review form: its number or date.</source>
        <translation>請註明紙本審查單：編號或日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the paper reviewers and the dates they signed.</source>
        <translation>請註明紙本審查人及其簽署日期。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password is wrong; nothing was attested.</source>
        <translation>密碼錯誤，未作任何證明。</translation>
    </message>
</context>
<context>
    <name>gongkai::Migrations</name>
    <message>
        <location filename="../app/core/storage/migrations.cpp" line="+471"/>
        <source>The database has schema version %1, newer than this program understands (%2). Update the program.</source>
        <translation>資料庫結構版本為%1，高於本程式支援的版本（%2）。請升級本程式。</translation>
    </message>
</context>
<context>
    <name>gongkai::NamedTable</name>
    <message>
        <location filename="../app/core/storage/namedtable.cpp" line="+60"/>
        <source>The name is required.</source>
        <translation>名稱不能為空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is longer than 100 characters.</source>
        <translation>名稱不能超過100個字元。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” exists already.</source>
        <translation>「%1」已存在。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The record %1 does not exist.</source>
        <translation>編號%1的記錄不存在。</translation>
    </message>
</context>
<context>
    <name>gongkai::OfficeSettings</name>
    <message>
        <location filename="../app/core/report/officesettings.cpp" line="+43"/>
        <source>The unit&apos;s name must have 1 to %1 characters.</source>
        <translation>單位名稱須為1至%1個字元。</translation>
    </message>
</context>
<context>
    <name>gongkai::PaperReview</name>
    <message>
        <location filename="../app/core/domain/reviewround.cpp" line="+107"/>
        <source>form %1, </source>
        <translation>審查單 %1，</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2attested by %3)</source>
        <translation>%1（%2%3證明）</translation>
    </message>
</context>
<context>
    <name>gongkai::PasswordHasher</name>
    <message>
        <location filename="../app/core/review/passwordhasher.cpp" line="+22"/>
        <source>The cryptography library could not be initialised.</source>
        <translation>無法初始化加密庫。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not enough memory to protect the password.</source>
        <translation>記憶體不足，無法保護密碼。</translation>
    </message>
</context>
<context>
    <name>gongkai::PasswordPolicy</name>
    <message>
        <location filename="../app/core/review/passwordpolicy.cpp" line="+24"/>
        <source>The password must have at least %1 characters.</source>
        <translation>密碼至少須有%1個字元。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must mix at least %1 of: upper-case letters, lower-case letters, digits and other characters.</source>
        <translation>密碼須至少包含以下%1類字元：大寫字母、小寫字母、數字、其他字元。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must not contain the login.</source>
        <translation>密碼不得包含登入名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least %1 characters, with at least %2 of: upper-case letters, lower-case letters, digits, other characters.</source>
        <translation>至少%1個字元，且至少包含以下%2類：大寫字母、小寫字母、數字、其他字元。</translation>
    </message>
</context>
<context>
    <name>gongkai::Permissions</name>
    <message>
        <location filename="../app/core/review/permissions.cpp" line="+54"/>
        <source>manage accounts</source>
        <translation>管理帳戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manage departments, categories and channels</source>
        <translation>管理科室、資訊類別和發布渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>configure the review chain</source>
        <translation>配置審查流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the audit trail</source>
        <translation>查閱審計日誌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the ledger</source>
        <translation>查閱臺帳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the ledger</source>
        <translation>登記臺帳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign reviews</source>
        <translation>簽署審查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit the report templates</source>
        <translation>編輯報告模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record publications and submissions</source>
        <translation>登記發布和報送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import the ledger</source>
        <translation>匯入臺帳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attest a paper review</source>
        <translation>證明紙本審查</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account %1 is deactivated.</source>
        <translation>帳戶%1已停用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The administrator cannot sign reviews (separation of duties).</source>
        <translation>系統管理員不能簽署審查（職責分離）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The administrator cannot read or change the audit trail (separation of duties); that is the auditor&apos;s task.</source>
        <translation>系統管理員不能查閱或更改審計日誌（職責分離），此項工作由審計管理員負責。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The auditor reads the audit trail and nothing else (separation of duties): %1 may not %2.</source>
        <translation>審計管理員只能查閱審計日誌（職責分離）：%1無權%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administrator manages accounts, lists and the review chain and nothing else (separation of duties): %1 may not %2.</source>
        <translation>系統管理員只負責管理帳戶、基礎資料和審查流程（職責分離）：%1無權%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no role that may %2.</source>
        <translation>%1的角色均無權%2。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the user at least one role.</source>
        <translation>請為使用者至少指定一個角色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The role %1 cannot be combined with other roles (separation of duties).</source>
        <translation>角色「%1」不能與其他角色兼任（職責分離）。</translation>
    </message>
</context>
<context>
    <name>gongkai::PublicationGate</name>
    <message>
        <location filename="../app/core/storage/publicationgate.cpp" line="+46"/>
        <source>the item has not passed its confidentiality review, and nothing is published before it: submit it for review, or, for a historical item reviewed on paper, record its paper review.</source>
        <translation>該資訊尚未通過保密審查，未經審查不得發布：請提交審查；如為已做過紙本審查的歷史資訊，請登記其紙本審查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the item is under review; it can be published once the last step has signed.</source>
        <translation>該資訊正在審查中；最後一步簽署後方可發布。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the item was sent back by its reviewers; revise it and submit it again.</source>
        <translation>該資訊已被審查人退回；請修改後重新提交審查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the item&apos;s submission for review was recalled; submit it again.</source>
        <translation>該資訊已撤回送審；請重新提交審查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the item was changed after its review; it needs a new review before it is published.</source>
        <translation>該資訊審查後又被修改；須重新審查後方可發布。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its review concluded that it be withheld; it cannot be published.</source>
        <translation>審查結論為不予公開；該資訊不能發布。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the item is marked 不予公开 (withheld); it is never published.</source>
        <translation>該資訊標記為「不予公開」，不得發布。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publication %1: %2</source>
        <translation>第%1條發布記錄：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item cannot be marked %1: %2</source>
        <translation>資訊不能標記為「%1」：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publication %1: dated %2, in the future; record a publication once it is out.</source>
        <translation>發布 %1：日期為 %2，尚未到來；請在實際發布後再登記。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Publication %1: dated before the item&apos;s approval on %2.</source>
        <translation>第%1條發布記錄：發布日期早於該資訊的審核通過日期%2。</translation>
    </message>
</context>
<context>
    <name>gongkai::QuarterlyFiguresQuery</name>
    <message>
        <location filename="../app/core/report/quarterlyfiguresquery.cpp" line="+281"/>
        <location line="+63"/>
        <source>The report period is not valid.</source>
        <translation>報告期間無效。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+36"/>
        <location line="+11"/>
        <source>Unknown report figure: %1</source>
        <translation>未知的報告資料項：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::QuarterlyReportService</name>
    <message>
        <location filename="../app/core/report/quarterlyreportservice.cpp" line="+97"/>
        <source>There is no finalized report %1.</source>
        <translation>沒有編號為 %1 的定稿報告。</translation>
    </message>
</context>
<context>
    <name>gongkai::ReportArchive</name>
    <message>
        <location filename="../app/core/report/reportarchive.cpp" line="+45"/>
        <source>The report period is not valid.</source>
        <translation>報告期間無效。</translation>
    </message>
</context>
<context>
    <name>gongkai::ReportDraftRepository</name>
    <message>
        <location filename="../app/core/report/reportdraftrepository.cpp" line="+53"/>
        <source>The report text of %1 was changed by %2 meanwhile. Reload it and try again.</source>
        <translation>%1 的報告文字已被 %2 修改。請重新載入後再試。</translation>
    </message>
</context>
<context>
    <name>gongkai::ReportTextService</name>
    <message>
        <location filename="../app/core/report/reporttextservice.cpp" line="+32"/>
        <source>The template has unknown placeholders or tables, or no title line (&quot;# …&quot;): %1</source>
        <translation>模板含有未知的佔位符或表格，或缺少標題行（「# …」）：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::ReviewChain</name>
    <message>
        <location filename="../app/core/domain/reviewchain.cpp" line="+19"/>
        <source>Review</source>
        <translation>初審</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>審核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-off</source>
        <translation>簽發</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Step %1: only a section chief, a leader in charge or a principal leader can sign a review step.</source>
        <translation>第%1步：只有科室負責人、分管領導或主要領導才能簽署審查環節。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: the label is required.</source>
        <translation>第%1步：名稱不能為空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1: only an optional step can be switched off.</source>
        <translation>第%1步：只有可選環節才能停用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review chain needs at least one step.</source>
        <translation>審查流程至少需要一個環節。</translation>
    </message>
</context>
<context>
    <name>gongkai::ReviewRepository</name>
    <message>
        <location filename="../app/core/storage/reviewrepository.cpp" line="+319"/>
        <location filename="../app/demo/demohistory.cpp" line="-11"/>
        <source>The review chain has no step; the administrator must configure one.</source>
        <translation>審查流程中沒有任何環節；須由系統管理員配置。</translation>
    </message>
</context>
<context>
    <name>gongkai::ReviewRound</name>
    <message>
        <location filename="../app/core/domain/reviewround.cpp" line="-92"/>
        <source>Disclose</source>
        <translation>同意公開</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclose after changes</source>
        <translation>修改後公開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withhold</source>
        <translation>不予公開</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>審查中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已通過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>gongkai::ReviewRules</name>
    <message>
        <location filename="../app/core/review/reviewrules.cpp" line="+10"/>
        <source>step %1</source>
        <translation>第%1步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1 (%2)</source>
        <translation>第%1步（%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The administrator cannot sign reviews (separation of duties).</source>
        <translation>系統管理員不能簽署審查（職責分離）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round %1 of item %2 was sent back; it cannot be signed.</source>
        <translation>編號%2的資訊第%1輪審查已退回，不能簽署。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round %1 of item %2 was withdrawn; it cannot be signed.</source>
        <translation>編號%2的資訊第%1輪審查已撤回，不能簽署。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round %1 of item %2 is approved already.</source>
        <translation>編號%2的資訊第%1輪審查已通過。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round %1 has no %2.</source>
        <translation>第%1輪審查沒有%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be signed before %2.</source>
        <translation>須先完成%2，才能簽署%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody signs their own item: %1 wrote item %2.</source>
        <translation>不得簽署本人撰寫的資訊：編號%2的資訊由%1撰寫。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 signed %2 of this round already; one person signs at most one step of a round.</source>
        <translation>%1已簽署本輪的%2；同一人在一輪審查中至多簽署一個環節。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is signed by a %2; %3 is not one.</source>
        <translation>%1須由%2簽署；%3不具備該角色。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is signed by the %2 of the item&apos;s own department; %3 belongs to another department.</source>
        <translation>%1須由資訊所在科室的%2簽署；%3屬於其他科室。</translation>
    </message>
</context>
<context>
    <name>gongkai::ReviewService</name>
    <message>
        <location filename="../app/core/review/reviewservice.cpp" line="+57"/>
        <location line="+42"/>
        <location line="+56"/>
        <location line="+42"/>
        <source>Item %1 does not exist.</source>
        <translation>編號%1的資訊不存在。</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Nobody but the author could sign %1 of item %2: ask the administrator to give another person that role.</source>
        <translation>編號%2的資訊的%1除撰稿人外無人可簽署：請系統管理員為其他人員指定該角色。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有%n處</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The pre-screen found %n high finding(s) in item %1; correct them, or give a reason to submit it as it stands:
%2</source>
        <translation>
            <numerusform>預審在資訊%1中發現%n處高風險問題；請修改，或說明按原樣送審的理由：
%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only the author of item %1 can recall its submission.</source>
        <translation>只有撰稿人才能撤回編號%1的資訊的送審。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 is not under review.</source>
        <translation>編號%1的資訊不在審查中。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of item %2 was already signed by %3 at %4.</source>
        <translation>編號%2的資訊的%1已由%3於%4簽署。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item %1 was already sent back by %2 at %3.</source>
        <translation>編號%1的資訊已由%2於%3退回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review of item %1 was changed by someone else meanwhile; look at it again.</source>
        <translation>編號%1的資訊的審查已被他人處理；請重新檢視。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 is withdrawn; it cannot be signed.</source>
        <translation>編號%1的資訊已撤回，不能簽署。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 has not been submitted for review.</source>
        <translation>編號%1的資訊尚未提交審查。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Item %1 was changed outside the program after it was submitted; it cannot be signed (run verify).</source>
        <translation>編號%1的資訊提交審查後在程式之外被修改，不能簽署（請執行 verify 檢查）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The password is wrong; nothing was signed.</source>
        <translation>密碼錯誤，未簽署。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Say why the item is sent back.</source>
        <translation>請說明退回理由。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is wrong; nothing was sent back.</source>
        <translation>密碼錯誤，未退回。</translation>
    </message>
</context>
<context>
    <name>gongkai::Role</name>
    <message>
        <location filename="../app/core/domain/role.cpp" line="+17"/>
        <source>Author</source>
        <translation>撰稿人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section chief</source>
        <translation>科室負責人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader in charge</source>
        <translation>分管領導</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Principal leader</source>
        <translation>主要領導</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>系統管理員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>審計管理員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>資訊發布員</translation>
    </message>
</context>
<context>
    <name>gongkai::ServiceCall</name>
    <message>
        <location filename="../app/core/review/servicecall.cpp" line="+24"/>
        <source>The session belongs to another database; sign in again.</source>
        <translation>此工作階段屬於另一個資料庫；請重新登入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account of this session no longer exists.</source>
        <translation>此工作階段的帳戶已不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account %1 was deactivated; sign in with another account.</source>
        <translation>帳戶%1已停用；請使用其他帳戶登入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account %1 is locked until %2.</source>
        <translation>帳戶%1已鎖定，至%2解除。</translation>
    </message>
</context>
<context>
    <name>gongkai::SeverityNames</name>
    <message>
        <location filename="../app/core/screening/severity.cpp" line="+35"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>gongkai::UserRepository</name>
    <message>
        <location filename="../app/core/storage/userrepository.cpp" line="+41"/>
        <source>The login must be 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>登入名須為2至32個字母、數字、點、連字元或底線。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printed name is required.</source>
        <translation>姓名不能為空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the user at least one role.</source>
        <translation>請為使用者至少指定一個角色。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The department does not exist.</source>
        <translation>該科室不存在。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The login “%1” is taken.</source>
        <translation>登入名「%1」已被使用。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The user %1 does not exist.</source>
        <translation>編號%1的使用者不存在。</translation>
    </message>
</context>
<context>
    <name>gongkai::WordList</name>
    <message>
        <location filename="../app/core/screening/wordlist.cpp" line="+19"/>
        <source>the term is empty</source>
        <translation>詞語為空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the term is longer than %1 characters</source>
        <translation>詞語超過%1個字元</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a term or correction must not contain tabs or line breaks</source>
        <translation>詞語或更正建議中不能包含定位字元或換行符</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>line %1: more than three tab-separated fields</source>
        <translation>第%1行：以定位字元分隔的欄位多於三個</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: unknown severity “%2” (use high, warning or info)</source>
        <translation>第%1行：未知級別「%2」（應為「高」「警告」「提示」，或 high、warning、info）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the text is neither UTF-8 nor GBK</source>
        <translation>第%1行：文字既不是 UTF-8 也不是 GBK 編碼</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot read the word list: %2</source>
        <translation>%1：無法讀取詞表：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the word list is larger than %2 MB</source>
        <translation>%1：詞表超過 %2 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the default word list is missing from the program</source>
        <translation>程式中缺少預設詞表</translation>
    </message>
</context>
<context>
    <name>gongkai::WorkRecord</name>
    <message>
        <location filename="../app/core/domain/workrecord.cpp" line="+14"/>
        <source>Training</source>
        <translation>培訓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online interview</source>
        <translation>線上訪談</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press conference</source>
        <translation>新聞發布會</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading-room delivery</source>
        <translation>公共查閱室送閱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other work</source>
        <translation>其他工作</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose the kind of work.</source>
        <translation>請選擇工作類型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is required.</source>
        <translation>必須填寫日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The topic is required.</source>
        <translation>必須填寫主題。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The topic is longer than %1 characters.</source>
        <translation>主題超過%1個字元。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of attendees cannot be negative.</source>
        <translation>參加人數不能為負數。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A training needs the number of attendees.</source>
        <translation>培訓須填寫參加人數。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of documents cannot be negative.</source>
        <translation>檔案數不能為負數。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reading-room delivery needs the number of documents delivered.</source>
        <translation>公共查閱室送閱須填寫送閱檔案數。</translation>
    </message>
</context>
<context>
    <name>gongkai::WorkRecordExporter</name>
    <message>
        <location filename="../app/core/io/workrecordexporter.cpp" line="+38"/>
        <source>The export could not be written: %1</source>
        <translation>無法寫入匯出檔案：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Cannot write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::WorkRecordImporter</name>
    <message>
        <location filename="../app/core/io/workrecordimporter.cpp" line="+52"/>
        <source>cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file is neither UTF-8 nor GB18030/GBK text: line %1 holds bytes that are not valid in %2</source>
        <translation>檔案既不是 UTF-8 也不是 GB18030/GBK 文字：第%1行含有 %2 中無效的位元組</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is empty; its first line must name the columns</source>
        <translation>檔案為空；第一行須為欄名</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown column</source>
        <translation>未知的列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the column appears twice</source>
        <translation>該列出現了兩次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the column is missing</source>
        <translation>缺少該列</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>wrong number of fields: %1, expected %2</source>
        <translation>欄位數不對：%1個，應為%2個</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is not a whole number</source>
        <translation>「%1」不是整數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is negative</source>
        <translation>%1為負數</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the kind is required</source>
        <translation>必須填寫類型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown kind “%1” (one of %2)</source>
        <translation>未知類型「%1」（應為%2之一）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the date is required</source>
        <translation>必須填寫日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>「%1」不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown department “%1”</source>
        <translation>未知科室「%1」</translation>
    </message>
</context>
<context>
    <name>gongkai::WorkRecordRepository</name>
    <message>
        <location filename="../app/core/storage/workrecordrepository.cpp" line="+118"/>
        <source>The department does not exist.</source>
        <translation>該科室不存在。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+39"/>
        <source>Work record %1 does not exist.</source>
        <translation>工作記錄%1不存在。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Work record %1 was changed by someone else since you opened it. Reopen it and make your change again.</source>
        <translation>工作記錄%1在您開啟後已被他人修改。請重新開啟後再修改。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Work record %1 was changed by someone else since you opened it; it was not deleted.</source>
        <translation>工作記錄%1在您開啟後已被他人修改，未刪除。</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::AdminCommands</name>
    <message>
        <location filename="../app/cli/admincommands.cpp" line="+40"/>
        <source>The first administrator&apos;s login.</source>
        <translation>首個系統管理員的登入名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The administrator&apos;s printed name.</source>
        <translation>系統管理員的署名。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Created %1: schema version %2</source>
        <translation>已建立 %1：結構版本 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrated %1 from schema version %2 to schema version %3</source>
        <translation>已將 %1 的結構版本從 %2 升級到 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is up to date: schema version %2</source>
        <translation>%1 已是最新：結構版本 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Password for the administrator %1: </source>
        <translation>系統管理員%1的密碼：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator %1 created.</source>
        <translation>已建立系統管理員%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No administrator yet: run gongkai-cli init --admin LOGIN with the password in GONGKAI_PASSWORD.</source>
        <translation>尚無系統管理員：請執行 gongkai-cli init --admin 登入名，密碼放在 GONGKAI_PASSWORD 中。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: say add or list</source>
        <translation>%1：請指定 add 或 list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown action “%2” (add or list)</source>
        <translation>%1：未知操作「%2」（應為 add 或 list）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The channel is an upper agency that items are submitted to.</source>
        <translation>該渠道是接收報送資訊的上級機關。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name, e.g. 外贸科, 门户网站 or 工作动态.</source>
        <translation>名稱，如「外貿科」「入口網站」或「工作動態」。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The login, e.g. zhangwei.</source>
        <translation>登入名，如 zhangwei。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printed name, e.g. 张伟.</source>
        <translation>姓名，如「張偉」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user&apos;s department.</source>
        <translation>使用者所在科室。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or more roles, separated by commas.</source>
        <translation>一個或多個角色，以英文逗號分隔。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown role “%1” (one of %2)</source>
        <translation>未知角色「%1」（應為以下之一：%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First password for %1: </source>
        <translation>%1的初始密碼：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Current password for %1: </source>
        <translation>%1的目前密碼：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>New password for %1: </source>
        <translation>%1的新密碼：</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The password of %1 is changed.</source>
        <translation>%1的密碼已修改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password of %1 is reset; they must change it at their next sign-in.</source>
        <translation>%1的密碼已重設；該使用者下次登入時須修改密碼。</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Creates the database, or brings its schema up to date, and prints the schema version. With --admin, also creates the first administrator of a new database (password from GONGKAI_PASSWORD, or from GONGKAI_NEW_PASSWORD when you sign in with --user). Without --user it runs only on a database without accounts, or to create the first administrator.</source>
        <translation>建立資料庫或將其結構更新到最新版本，並輸出結構版本。使用 --admin 時，還會為新資料庫建立首個系統管理員（密碼取自 GONGKAI_PASSWORD；使用 --user 登入時取自 GONGKAI_NEW_PASSWORD）。不使用 --user 時，僅可在沒有帳號的資料庫上執行，或用於建立首個系統管理員。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Usage: gongkai-cli --user LOGIN user add|list|passwd|unlock [options]</source>
        <translation>用法：gongkai-cli --user LOGIN user add|list|passwd|unlock [options]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage: gongkai-cli --user LOGIN %1 add|list [options]</source>
        <translation>用法：gongkai-cli --user LOGIN %1 add|list [options]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Adds a %1 and prints its id (administrator).</source>
        <translation>新增%1並輸出其 ID（系統管理員）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Adds an account and prints its id (administrator). Its first password comes from GONGKAI_NEW_PASSWORD or is typed; the user changes it at the first sign-in. Roles: %1 (administrator and auditor stand alone).</source>
        <translation>新增帳號並輸出其 ID（系統管理員）。初始密碼取自 GONGKAI_NEW_PASSWORD 或手動輸入；使用者首次登入時須修改。角色：%1（系統管理員和審計管理員不可兼任其他角色）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accepted for older scripts: the first password always comes from GONGKAI_NEW_PASSWORD (or is typed).</source>
        <translation>為相容舊指令碼而保留：初始密碼始終取自 GONGKAI_NEW_PASSWORD（或手動輸入）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Changes a password. Your own (LOGIN left out or your --user): the current password from GONGKAI_PASSWORD and the new one from GONGKAI_NEW_PASSWORD (or typed); this also works when the password must be changed after a reset. Someone else&apos;s: as an administrator, the new password from GONGKAI_NEW_PASSWORD; they must change it at their next sign-in.</source>
        <translation>修改密碼。修改本人密碼（省略 LOGIN 或為本人的 --user）：目前密碼取自 GONGKAI_PASSWORD，新密碼取自 GONGKAI_NEW_PASSWORD（或手動輸入）；重設後須修改密碼時也可使用。修改他人密碼：須為系統管理員，新密碼取自 GONGKAI_NEW_PASSWORD；對方須在下次登入時修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose password (default: your own).</source>
        <translation>要修改誰的密碼（預設：本人）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ends an account&apos;s lock-out after too many failed sign-ins (administrator).</source>
        <translation>解除帳號因登入失敗次數過多而被鎖定的狀態（系統管理員）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The locked account.</source>
        <translation>被鎖定的帳戶。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is unlocked.</source>
        <translation>%1已解鎖。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+57"/>
        <source>Print a JSON array.</source>
        <translation>以 JSON 陣列輸出。</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Lists the %1 entries, retired ones included.</source>
        <translation>列出全部 %1 條目，包括已停用的。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+52"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>upper agency</source>
        <translation>上級機關</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel</source>
        <translation>發布渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Lists the accounts with their departments, roles and sign-in state (administrator).</source>
        <translation>列出帳號及其科室、角色和登入狀態（系統管理員）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>登入狀態</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no password</source>
        <translation>無密碼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must change password</source>
        <translation>須修改密碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until %1</source>
        <translation>鎖定至%1</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::AttachmentCommands</name>
    <message>
        <location filename="../app/cli/attachmentcommands.cpp" line="+27"/>
        <source>item %1 does not exist</source>
        <translation>資訊 %1 不存在</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>attachment: missing action (add, list, remove or save)</source>
        <translation>attachment：缺少操作（add、list、remove 或 save）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachment: unknown action “%1” (add, list, remove or save)</source>
        <translation>attachment：未知操作「%1」（add、list、remove 或 save）</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>For an approved item, whose change starts a new review: why it is submitted despite high findings of the pre-screen.</source>
        <translation>對於已審查通過的資訊，修改後將重新審查：說明在預篩查發現高風險問題的情況下仍提交審查的理由。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: gongkai-cli --user LOGIN attachment add|list|remove|save [options]</source>
        <translation>用法：gongkai-cli --user LOGIN attachment add|list|remove|save [options]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attaches .txt and .docx files to an item (its author, while it is not under review). Their text is screened with the item&apos;s; attaching to an approved item starts a new review.</source>
        <translation>為資訊新增 .txt 和 .docx 附件（由撰稿人操作，且資訊不在審查中）。附件文字與資訊一併篩查；為已審查通過的資訊新增附件將重新開始審查。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <location line="+34"/>
        <location line="+24"/>
        <source>The item&apos;s id.</source>
        <translation>資訊編號。</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Files to attach.</source>
        <translation>要附加的檔案。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Item %1 has %n attachment(s).</source>
        <translation>
            <numerusform>資訊 %1 有 %n 個附件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print a JSON array.</source>
        <translation>輸出 JSON 陣列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists the files attached to an item.</source>
        <translation>列出資訊的附件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Item %1 has no attachments.</source>
        <translation>資訊 %1 沒有附件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>附加時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>附加人</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removes a file from an item (its author, while it is not under review). The database keeps it for the earlier reviews that covered it.</source>
        <translation>從資訊中移除附件（由撰稿人操作，且資訊不在審查中）。資料庫仍保留該檔案，供此前涵蓋它的審查使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>The attached file&apos;s name.</source>
        <translation>附件的檔名。</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+30"/>
        <source>item %1 has no attachment named “%2”</source>
        <translation>資訊 %1 沒有名為「%2」的附件</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Removed %1 from item %2.</source>
        <translation>已從資訊 %2 移除 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file to write.</source>
        <translation>要寫入的檔案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes an attached file out as it was attached.</source>
        <translation>按附加時的原樣匯出附件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1.</source>
        <translation>已寫入 %1。</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+65"/>
        <source>Usage: gongkai-cli [--db PATH|URL] --user LOGIN COMMAND [options]

The ledger of published items, for scripts and administrators. Without --db the database
the program used last is used. For a PostgreSQL server (postgresql://user@host:port/dbname)
the password comes from GONGKAI_DB_PASSWORD or is asked for.

Every command signs in: --user LOGIN, with the password from GONGKAI_PASSWORD or typed, and
does what that user&apos;s roles allow: author, publisher (信息发布员), section_chief,
leader_in_charge, principal_leader, administrator or auditor. Without --user only --help,
--version, screen and verify run, and init and demo on a database without accounts; anything
else is refused, and the refusal is recorded in the audit trail.

Commands:
  init [--admin LOGIN]          create the database or bring its schema up to date
  demo [--items N] [--seed S]   fill an empty database with a demo office
  department add|list           departments (科室)
  channel add|list              channels and upper agencies
  category add|list             information categories
  user add|list|passwd|unlock   accounts, their roles and passwords
  item add|show|withdraw        ledger items
  attachment add|list|remove|save   .txt/.docx files attached to an item
  publication add ITEM          record a publication of an item
  submission add|adopt ITEM     record a submission to an upper agency, or its adoption
  list items                    list the ledger, filtered
  import items FILE             import the ledger from CSV
  export items FILE             export the ledger as CSV
  review submit|approve|reject|recall|attest|status|inbox   the confidentiality review
  audit list|export             the audit trail (auditor)
  verify                        check the audit trail and signed content
  print review-form|monthly-summary|unit   the review form and monthly summary as PDF/CSV
  screen FILE…                  screen .txt/.docx files for markings and personal data
  words list|add|remove|import  the office&apos;s word list (sensitive words and wrong wordings)
  record add|list|edit|delete|import|export   work records: trainings, interviews, deliveries
  report quarterly|finalize|list|show|trace   the quarterly self-inspection report

Run gongkai-cli COMMAND --help for a command&apos;s options.
</source>
        <translation>用法：gongkai-cli [--db PATH|URL] --user LOGIN COMMAND [options]

已發布資訊臺帳，供指令碼和系統管理員使用。不指定 --db 時，使用程式上次使用的資料庫。
對於 PostgreSQL 伺服器（postgresql://user@host:port/dbname），密碼取自
GONGKAI_DB_PASSWORD，否則會提示輸入。

每條命令都需登入：--user LOGIN，密碼取自 GONGKAI_PASSWORD 或手動輸入，
並可執行該使用者角色允許的操作：author、publisher（資訊發布員）、section_chief、
leader_in_charge、principal_leader、administrator 或 auditor。不使用 --user 時，僅可執行
--help、--version、screen 和 verify，以及在沒有帳號的資料庫上執行 init 和 demo；
其他操作均被拒絕，且拒絕情況會記入審計日誌。

命令：
  init [--admin LOGIN]          建立資料庫或將其結構更新到最新版本
  demo [--items N] [--seed S]   用示範單位資料填充空資料庫
  department add|list           科室
  channel add|list              發布渠道和上級機關
  category add|list             資訊類別
  user add|list|passwd|unlock   帳號及其角色和密碼
  item add|show|withdraw        臺帳資訊
  attachment add|list|remove|save   資訊的 .txt/.docx 附件
  publication add ITEM          登記資訊的發布
  submission add|adopt ITEM     登記向上級機關的報送或其採用情況
  list items                    按條件篩選列出臺帳
  import items FILE             從 CSV 匯入臺帳
  export items FILE             將臺帳匯出為 CSV
  review submit|approve|reject|recall|attest|status|inbox   保密審查
  audit list|export             審計日誌（審計管理員）
  verify                        校驗審計日誌和已簽署內容
  print review-form|monthly-summary|unit   以 PDF/CSV 輸出審查表和月度彙總
  screen FILE…                  篩查 .txt/.docx 檔案中的密級標識和個人資訊
  words list|add|remove|import  本單位詞庫（敏感詞和錯誤表述）
  record add|list|edit|delete|import|export   工作記錄：培訓、訪談、送達
  report quarterly|finalize|list|show|trace   季度自查報告

執行 gongkai-cli COMMAND --help 檢視某條命令的選項。
</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>--db needs a file path or a postgresql:// address</source>
        <translation>--db 需要檔案路徑或 postgresql:// 地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--user needs a login</source>
        <translation>--user 缺少登入名</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown option %1 (see gongkai-cli --help)</source>
        <translation>未知選項 %1（參見 gongkai-cli --help）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given (see gongkai-cli --help)</source>
        <translation>未指定命令（參見 gongkai-cli --help）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown command “%1” (see gongkai-cli --help)</source>
        <translation>未知命令「%1」（參見 gongkai-cli --help）</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+61"/>
        <location line="+32"/>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>set %1 or run the command on a terminal to type the password</source>
        <translation>請設定 %1，或在終端中執行該命令以輸入密碼</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: %2 (see gongkai-cli %1 --help)</source>
        <translation>%1：%2（參見 gongkai-cli %1 --help）</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Run: gongkai-cli --user %1 user passwd (current password in GONGKAI_PASSWORD, the new one in GONGKAI_NEW_PASSWORD).</source>
        <translation>請執行：gongkai-cli --user %1 user passwd（目前密碼放在 GONGKAI_PASSWORD 中，新密碼放在 GONGKAI_NEW_PASSWORD 中）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this command</source>
        <translation>此命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no signed-in user</source>
        <translation>無已登入使用者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a signed-in user: give --user LOGIN (password in GONGKAI_PASSWORD)</source>
        <translation>%1 需要已登入的使用者：請指定 --user LOGIN（密碼放在 GONGKAI_PASSWORD 中）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Usage: gongkai-cli [--db PATH|URL] %1%2 %3</source>
        <translation>用法：gongkai-cli [--db PATH|URL] %1%2 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: missing argument; usage: gongkai-cli %1 %2</source>
        <translation>%1：缺少引數；用法：gongkai-cli %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unexpected argument “%2”</source>
        <translation>%1：多餘的引數「%2」</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing required option --%1</source>
        <translation>缺少必需的選項 --%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bad date “%1” for %2: expected YYYY-MM-DD</source>
        <translation>%2 的日期「%1」有誤：格式應為 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bad number “%1” for %2</source>
        <translation>%2 的數字「%1」有誤</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown department “%1”</source>
        <translation>未知科室「%1」</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown category “%1”</source>
        <translation>未知資訊類別「%1」</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>unknown channel “%1”</source>
        <translation>未知發布渠道「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is an upper agency, not a channel; use “submission add”</source>
        <translation>「%1」是上級機關，不是發布渠道；請使用「submission add」</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown upper agency “%1”</source>
        <translation>未知上級機關「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a channel, not an upper agency; use “publication add”</source>
        <translation>「%1」是發布渠道，不是上級機關；請使用「publication add」</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown user “%1”</source>
        <translation>未知使用者「%1」</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="+16"/>
        <source>Fills a new, empty database with a demo office (某市商务局): departments, users with every role, and ledger items with their reviews, publications and submissions, spread over the last two years (over more years for more than 200,000 items), with the audit trail the program would have written. A database that has any account or item is refused. The same seed gives the same office.</source>
        <translation>用示範單位（某市商務局）填充新建的空資料庫：包括科室、涵蓋所有角色的使用者，以及臺帳資訊及其審查、發布和報送記錄，時間分佈在最近兩年（資訊超過 200,000 條時分佈在更多年份），並附帶程式本應寫入的審計日誌。已有任何帳號或資訊的資料庫將被拒絕。相同的種子生成相同的單位資料。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many items (default 1500).</source>
        <translation>資訊條數（預設1500）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The random seed (default 20240101).</source>
        <translation>隨機種子（預設20240101）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day with items (default today).</source>
        <translation>資訊的最晚日期（預設為今天）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>demo runs without --user: it writes only into a new, empty database, where there is nobody to sign in as</source>
        <translation>demo 無需 --user 即可執行：它只寫入新建的空資料庫，其中沒有可供登入的帳號</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reviews: %1 rounds with %2 signatures, %3 older items attested as reviewed on paper; %4 work records; %5 audit records</source>
        <translation>審查：%1 輪，%2 次簽署，%3 條較早的資訊經證明已進行紙本審查；%4 條工作記錄；%5 條審計記錄</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every demo account signs in with the password %1 (gongkai-cli --user LOGIN …).</source>
        <translation>所有示範帳號的登入密碼均為 %1（gongkai-cli --user LOGIN …）。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>bad seed “%1”: expected a whole number from 0 to 4294967295</source>
        <translation>隨機種子「%1」有誤：應為0至4294967295之間的整數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--last-day lies in the future</source>
        <translation>--last-day 不能晚於今天</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the demo ledger: %1 of %2 items</source>
        <translation>正在寫入示範臺帳：%1 / %2 條</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo office written in %1 s: %2 departments, %3 users, %4 items, %5 publications, %6 submissions</source>
        <translation>示範單位資料已寫入，用時%1秒：科室%2個，使用者%3個，資訊%4條，發布記錄%5條，報送記錄%6條</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::IoCommands</name>
    <message>
        <location filename="../app/cli/iocommands.cpp" line="+97"/>
        <source>The CSV file.</source>
        <translation>CSV 檔案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report every problem and import nothing.</source>
        <translation>報告全部問題，不匯入任何資料。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>cannot read standard input</source>
        <translation>無法讀取標準輸入</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation>資訊類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channels</source>
        <translation>發布渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upper agencies</source>
        <translation>上級機關</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>authors</source>
        <translation>撰稿人</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import: say what to import (items, or names for the administrator)</source>
        <translation>import：請指定要匯入的內容（items；系統管理員可指定 names）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imports ledger items from a CSV file (UTF-8 with or without BOM, or GBK/GB18030; headers in Chinese or English) as the --user: an author imports their own items, a publisher (信息发布员) the historical ledger of every author. All or nothing: any problem leaves the database as it was. Names the database does not know are problems; the administrator creates them with import names. Rows that went out (已审核, 已发布, publications) or fill 纸质审查 need their paper reviews attested, once for the file, by a section chief or leader: --attest-by and --paper-form, the attester&apos;s password from GONGKAI_ATTEST_PASSWORD or typed. FILE - reads standard input.</source>
        <translation>以 --user 身份從 CSV 檔案（UTF-8，帶或不帶 BOM，或 GBK/GB18030；表頭可為中文或英文）匯入臺帳資訊：撰稿人匯入本人的資訊，資訊發布員匯入所有撰稿人的歷史臺帳。全部成功或全部不匯入：出現任何問題時資料庫保持不變。資料庫中不存在的名稱視為問題，由系統管理員透過 import names 建立。已對外發出（已審核、已發布、有發布記錄）或填寫了「紙本審查」列的行，需由科室負責人或領導對整個檔案一次性證明其紙本審查：使用 --attest-by 和 --paper-form，證明人的密碼取自 GONGKAI_ATTEST_PASSWORD 或手動輸入。FILE 為 - 時讀取標準輸入。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The signer (section chief, leader in charge or principal leader) who attests the file&apos;s paper reviews.</source>
        <translation>證明該檔案紙本審查的簽署人（科室負責人、分管領導或主要領導）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The paper review forms&apos; number or date.</source>
        <translation>紙本審查單的編號或日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paper reviewers and dates of every row that needs the attestation and leaves 纸质审查 empty.</source>
        <translation>所有需要證明且「紙本審查」列為空的行的紙本審查人及日期。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>import items: --paper-form and --reviewed-on-paper belong to an attestation: give --attest-by LOGIN</source>
        <translation>import items：--paper-form 和 --reviewed-on-paper 屬於證明選項：請指定 --attest-by LOGIN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password of %1, who attests the paper reviews: </source>
        <translation>紙本審查證明人 %1 的密碼：</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n name(s) the file uses are missing from the database:</source>
        <translation>
            <numerusform>檔案中使用的 %n 個名稱在資料庫中不存在：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The administrator can create them with: gongkai-cli --user ADMIN import names %1</source>
        <translation>系統管理員可使用以下命令建立：gongkai-cli --user ADMIN import names %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s) went out or name a paper review: a section chief or leader attests their paper reviews with --attest-by LOGIN --paper-form REF [--reviewed-on-paper TEXT].</source>
        <translation>
            <numerusform>%n 行已對外發出或註明了紙本審查：需由科室負責人或領導使用 --attest-by LOGIN --paper-form REF [--reviewed-on-paper TEXT] 證明其紙本審查。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 rows checked, no problems</source>
        <translation>已檢查%1行，未發現問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 items imported</source>
        <translation>已匯入%1條資訊</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper review(s) attested by %1, form %2</source>
        <translation>
            <numerusform>%n 項紙本審查已由 %1 證明，審查單 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The administrator&apos;s step before an import: creates, in one go, the departments, categories, channels, upper agencies and authors a ledger CSV file names and the database lacks. Reads only the names, never the items. New authors get inactive accounts author-001, author-002 … without a password: activate them and set a password before they sign in. FILE - reads standard input.</source>
        <translation>匯入前由系統管理員執行的步驟：一次性創建臺帳 CSV 檔案中出現而資料庫中缺少的科室、資訊類別、發布渠道、上級機關和撰稿人。只讀取名稱，不讀取資訊。新撰稿人將獲得未啟用且無密碼的帳號 author-001、author-002 …：請在其登入前啟用帳號並設定密碼。FILE 為 - 時讀取標準輸入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file an import is to read.</source>
        <translation>要匯入的 CSV 檔案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the missing names and create nothing.</source>
        <translation>僅列出缺少的名稱，不建立任何內容。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No names missing</source>
        <translation>沒有缺少的名稱</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n name(s) missing; run without --check to create them</source>
        <translation>
            <numerusform>缺少 %n 個名稱；不帶 --check 執行即可建立</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n name(s) created</source>
        <translation>
            <numerusform>已建立 %n 個名稱</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new authors&apos; accounts are inactive and have no password: activate them and set a password before they sign in.</source>
        <translation>新撰稿人的帳號未啟用且沒有密碼：請在其登入前啟用帳號並設定密碼。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exports the ledger (or the items the filter picks) as CSV in UTF-8 with BOM, one row per item, for readers of the ledger (not the administrator or the auditor). FILE - writes to standard output.</source>
        <translation>將臺帳（或篩選出的資訊）匯出為 UTF-8 帶 BOM 的 CSV 檔案，每條資訊一行，供臺帳查閱人員使用（系統管理員和審計管理員除外）。FILE 為 - 時寫入標準輸出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV file to write.</source>
        <translation>要寫入的 CSV 檔案。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export: say what to export (items)</source>
        <translation>export：請指定要匯出的內容（items）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write to standard output</source>
        <translation>無法寫入標準輸出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 items exported to %2</source>
        <translation>已將%1條資訊匯出到 %2</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::ItemCommands</name>
    <message>
        <location filename="../app/cli/itemcommands.cpp" line="+36"/>
        <source>item %1 does not exist</source>
        <translation>編號%1的資訊不存在</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>item: missing action (add, show or withdraw)</source>
        <translation>item：缺少操作（add、show 或 withdraw）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item: unknown action “%1” (add, show or withdraw)</source>
        <translation>item：未知操作「%1」（應為 add、show 或 withdraw）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The title.</source>
        <translation>標題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The information category, e.g. 工作动态.</source>
        <translation>資訊類別，如「工作動態」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department that wrote it.</source>
        <translation>撰稿科室。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day it was written.</source>
        <translation>撰稿日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document number, e.g. 某商〔2024〕32号.</source>
        <translation>文號，如「某商〔2024〕32號」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A summary.</source>
        <translation>內容摘要。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proactive (default), on_request or withheld.</source>
        <translation>proactive（主動公開，預設）、on_request（依申請公開）或 withheld（不予公開）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The legal ground of a withheld item.</source>
        <translation>不予公開的法律依據。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown disclosure attribute “%1” (proactive, on_request or withheld)</source>
        <translation>未知公開屬性「%1」（應為 proactive、on_request 或 withheld）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print a JSON object.</source>
        <translation>以 JSON 物件輸出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <location line="+18"/>
        <location line="+43"/>
        <location line="+35"/>
        <source>The item&apos;s id.</source>
        <translation>資訊編號。</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submit</source>
        <translation>提交審查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>復原送審</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reinstate</source>
        <translation>恢復</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a publication</source>
        <translation>登記發布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a submission or adoption</source>
        <translation>登記報送或採用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attest a paper review</source>
        <translation>證明紙本審查</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: missing action (%2)</source>
        <translation>%1：缺少操作（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown action “%2” (%3)</source>
        <translation>%1：未知操作「%2」（%3）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: gongkai-cli --user LOGIN item add|show|withdraw [options]</source>
        <translation>用法：gongkai-cli --user LOGIN item add|show|withdraw [options]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adds an item to the ledger as a draft, with the --user (an author) as its author, and prints its id. A paper review is attested separately (review attest), by a signer.</source>
        <translation>將資訊作為草稿加入臺帳，以 --user（須為撰稿人）為其撰稿人，並輸出其編號。紙本審查由簽署人另行證明（review attest）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The author&apos;s login; items are created by their authors, so anyone but yourself is refused.</source>
        <translation>撰稿人的登入名；資訊由撰稿人本人建立，指定您本人以外的任何人均會被拒絕。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Shows one item with its publications and submissions, and what you may do with it.</source>
        <translation>顯示一條資訊及其發布和報送記錄，以及您可對其執行的操作。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Item</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>文號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>資訊類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>撰稿人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafted</source>
        <translation>撰稿日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure</source>
        <translation>公開屬性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withheld ground</source>
        <translation>不予公開依據</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed on paper</source>
        <translation>紙本審查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publications:</source>
        <translation>發布記錄：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source> none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submissions:</source>
        <translation>報送記錄：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not adopted</source>
        <translation>未採用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adopted %1 %2</source>
        <translation>已採用 %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You may: only read it</source>
        <translation>您可以：僅檢視</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may: %1</source>
        <translation>您可以：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Withdraws an item (撤回): it stays in the ledger, marked withdrawn. Its author, the section chief of its department or a leader may.</source>
        <translation>撤回資訊：該資訊仍保留在臺帳中，並標記為已撤回。其撰稿人、所屬科室的科室負責人或領導可執行此操作。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Records that an approved item was published on a channel: a publisher on any item, an author on their own. Never for an item marked or reviewed 不予公开, never dated in the future.</source>
        <translation>登記審核通過的資訊已在某一發布渠道發布：資訊發布員可登記任何資訊，撰稿人只能登記本人的資訊。標記為或經審查確定為不予公開的資訊不得登記發布，發布日期不得晚於當天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The day it was published (default today).</source>
        <translation>發布日期（預設為今天）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Usage: gongkai-cli --user LOGIN submission add|adopt ITEM [options]</source>
        <translation>用法：gongkai-cli --user LOGIN submission add|adopt ITEM [options]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>submission: missing action (add or adopt)</source>
        <translation>submission：缺少操作（add 或 adopt）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submission: unknown action “%1” (add or adopt)</source>
        <translation>submission：未知操作「%1」（add 或 adopt）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Records that an item was submitted to an upper agency, and whether the agency adopted it: a publisher on any item, an author on their own.</source>
        <translation>登記資訊已報送上級機關，以及該部門是否採用：資訊發布員可登記任何資訊，撰稿人只能登記本人的資訊。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day it was submitted (default today).</source>
        <translation>報送日期（預設為今天）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Records that an upper agency adopted an item submitted to it earlier: the latest submission to the agency that is not adopted yet (or the one of --date).</source>
        <translation>登記上級機關已採用此前報送的資訊：對應向該部門最近一次尚未採用的報送（或 --date 指定的報送）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upper agency the item was submitted to.</source>
        <translation>資訊所報送的上級機關。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day of the submission, when there are several.</source>
        <translation>存在多次報送時，指定報送日期。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the submission of item %1 to “%2” is recorded as adopted already</source>
        <translation>資訊 %1 向「%2」的報送已登記為已採用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item %1 has no submission to “%2”%3; record it with submission add</source>
        <translation>資訊 %1 沒有向「%2」報送的記錄%3；請先使用 submission add 登記</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation>（日期：%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item %1: adopted by %2 on %3.</source>
        <translation>資訊 %1：已於 %3 被 %2 採用。</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Item %1 is withdrawn.</source>
        <translation>編號%1的資訊已撤回。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The channel, e.g. 门户网站.</source>
        <translation>發布渠道，如「入口網站」。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL or issue, e.g. 《商务动态》第8期.</source>
        <translation>網址或期次，如「《商務動態》第8期」。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The upper agency, e.g. 市委办公厅《每日要情》.</source>
        <translation>上級機關，如「市委辦公廳《每日要情》」。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>The day the agency adopted it.</source>
        <translation>採用日期。</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Where it was adopted, e.g. 《每日要情》第12期.</source>
        <translation>採用刊期，如「《每日要情》第12期」。</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::ListCommands</name>
    <message>
        <location filename="../app/cli/listcommands.cpp" line="+49"/>
        <source>Usage: gongkai-cli --user LOGIN list items [options]</source>
        <translation>用法：gongkai-cli --user LOGIN list items [options]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: say what to list (items)</source>
        <translation>list：請指明要列出的內容（items）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Published on or after this day.</source>
        <translation>在此日期當天或之後發布。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on or before this day.</source>
        <translation>在此日期當天或之前發布。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on this channel (within the dates, if given).</source>
        <translation>在此渠道發布（如指定了日期，則限於該日期範圍內）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of this category.</source>
        <translation>屬於此資訊類別。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of this department.</source>
        <translation>屬於此科室。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words that must all appear in the title, document number or summary.</source>
        <translation>標題、文號或摘要中須全部包含的詞語。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In this status: draft, under_review, approved, rejected, published or withdrawn.</source>
        <translation>處於此狀態：draft（草稿）、under_review（審查中）、approved（已審核）、rejected（已退回）、published（已發布）或 withdrawn（已撤回）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--from %1 lies after --to %2</source>
        <translation>--from %1 晚於 --to %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown status “%1” (draft, under_review, approved, rejected, published or withdrawn)</source>
        <translation>未知狀態「%1」（應為 draft、under_review、approved、rejected、published 或 withdrawn）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lists the ledger, newest drafted first: every matching item unless --limit is given. For readers of the ledger (not the administrator or the auditor).</source>
        <translation>列出臺帳，按起草時間由新到舊排列：未指定 --limit 時列出所有匹配的資訊。供臺帳查閱人員使用（系統管理員和審計管理員除外）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N items.</source>
        <translation>最多 N 條。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a JSON array of objects.</source>
        <translation>以 JSON 物件陣列輸出。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafted</source>
        <translation>撰稿日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channels</source>
        <translation>發布渠道</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::PrintCommands</name>
    <message>
        <location filename="../app/cli/printcommands.cpp" line="+47"/>
        <source>--month must be a month as YYYY-MM, not “%1”</source>
        <translation>--month 須為 YYYY-MM 格式的月份，而不是「%1」</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Usage: gongkai-cli --user LOGIN print review-form ITEM --out FILE.pdf [--json]
       gongkai-cli --user LOGIN print monthly-summary --month YYYY-MM --out FILE.pdf|FILE.csv [--json]
       gongkai-cli --user LOGIN print unit [NAME]</source>
        <translation>用法：gongkai-cli --user LOGIN print review-form ITEM --out FILE.pdf [--json]
       gongkai-cli --user LOGIN print monthly-summary --month YYYY-MM --out FILE.pdf|FILE.csv [--json]
       gongkai-cli --user LOGIN print unit [NAME]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>print: missing what to print (review-form, monthly-summary or unit)</source>
        <translation>print：缺少要輸出的內容（review-form、monthly-summary 或 unit）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print: unknown report “%1” (review-form, monthly-summary or unit)</source>
        <translation>print：未知報表「%1」（應為 review-form、monthly-summary 或 unit）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF file to write.</source>
        <translation>要寫入的 PDF 檔案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the form&apos;s data as JSON.</source>
        <translation>以 JSON 格式輸出審批表資料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item&apos;s id.</source>
        <translation>資訊編號。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the item&apos;s confidentiality review form (保密审查审批表) as an A4 PDF laid out per GB/T 9704.</source>
        <translation>將該資訊的保密審查審批表輸出為 A4 版面的 PDF 檔案，版式依照 GB/T 9704。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print review-form: --out FILE.pdf (or --json) is required</source>
        <translation>print review-form：須指定 --out FILE.pdf（或 --json）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Review form of item %1 written to %2</source>
        <translation>編號%1的資訊的審查審批表已寫入 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The month, as YYYY-MM.</source>
        <translation>月份，格式為 YYYY-MM。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write: .pdf, or .csv for a spreadsheet.</source>
        <translation>要寫入的檔案：.pdf，或用於電子表格的 .csv。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the summary&apos;s data as JSON.</source>
        <translation>以 JSON 格式輸出彙總資料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes the monthly summary of confidentiality reviews: every review that ended in the month, its steps, signers and result.</source>
        <translation>輸出保密審查月度彙總：當月審結的每項審查及其環節、簽署人和審查結果。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>print monthly-summary: --out FILE.pdf|FILE.csv (or --json) is required</source>
        <translation>print monthly-summary：須指定 --out FILE.pdf|FILE.csv（或 --json）</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Monthly summary of %1 (%n review(s)) written to %2</source>
        <translation>
            <numerusform>%1月度彙總（%n項審查）已寫入 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The unit&apos;s name to set (administrator).</source>
        <translation>要設定的單位名稱（系統管理員）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows or sets the unit&apos;s name printed on review forms and summaries.</source>
        <translation>顯示或設定列印在審批表和彙總表上的單位名稱。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit name set to %1</source>
        <translation>單位名稱已設為%1</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::RecordCommands</name>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="+31"/>
        <source>training, interview, press, reading_room or other (or the Chinese name, e.g. 培训).</source>
        <translation>training、interview、press、reading_room 或 other（也可用中文名稱，如「培訓」）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When it took place, YYYY-MM-DD.</source>
        <translation>開展日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topic.</source>
        <translation>主題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who organised it.</source>
        <translation>組織單位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many took part (a training needs some).</source>
        <translation>參加人數（培訓必填）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents delivered (a reading-room delivery needs some).</source>
        <translation>送閱檔案數（公共查閱室送閱必填）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who received the documents.</source>
        <translation>接收單位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note.</source>
        <translation>備註。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The department (科室); empty for none.</source>
        <translation>所屬科室；留空表示不屬於任何科室。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown kind “%1” (training, interview, press, reading_room or other)</source>
        <translation>未知類型「%1」（training、interview、press、reading_room 或 other）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bad number “%1” for %2</source>
        <translation>%2 的數字「%1」無效</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>work record %1 does not exist</source>
        <translation>工作記錄%1不存在</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held on or after this date, YYYY-MM-DD.</source>
        <translation>在此日期當天或之後開展，YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on or before this date, YYYY-MM-DD.</source>
        <translation>在此日期當天或之前開展，YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Usage: gongkai-cli --user LOGIN record add|list|edit|delete|import|export [options]</source>
        <translation>用法：gongkai-cli --user LOGIN record add|list|edit|delete|import|export [options]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record: missing action (add, list, edit, delete, import or export)</source>
        <translation>record：缺少操作（add、list、edit、delete、import 或 export）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record: unknown action “%1” (add, list, edit, delete, import or export)</source>
        <translation>record：未知操作「%1」（add、list、edit、delete、import 或 export）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adds a work record: a training, an online interview, a press conference, a reading-room delivery or other disclosure work.</source>
        <translation>新增一條工作記錄：培訓、線上訪談、新聞發布會、公共查閱室送閱或其他政務公開工作。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Work record %1 added.</source>
        <translation>已新增工作記錄%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists work records in date order.</source>
        <translation>按日期列出工作記錄。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this kind; may be given more than once.</source>
        <translation>只列此類型；可多次指定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a JSON array of objects.</source>
        <translation>輸出 JSON 物件陣列。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>主題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendees</source>
        <translation>參加人數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translation>檔案數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser / recipients</source>
        <translation>組織單位 / 接收單位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changes a work record: only the options given change.</source>
        <translation>修改一條工作記錄：只修改給出的選項。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>The work record&apos;s number.</source>
        <translation>工作記錄編號。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Work record %1 changed.</source>
        <translation>已修改工作記錄%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deletes a work record.</source>
        <translation>刪除一條工作記錄。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Work record %1 deleted.</source>
        <translation>已刪除工作記錄%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imports work records from a CSV file (UTF-8 with or without BOM, or GBK/GB18030) with the columns 类型,日期,主题,组织单位,参加人数,文件数,接收单位,备注,科室. All or nothing: any problem leaves the database as it was. FILE - reads standard input.</source>
        <translation>從 CSV 檔案（UTF-8，帶或不帶 BOM，或 GBK/GB18030）匯入工作記錄，列為 類型,日期,主題,組織單位,參加人數,檔案數,接收單位,備註,科室。全部匯入或全部不匯入：有任何問題時資料庫保持不變。FILE 為 - 時讀取標準輸入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file.</source>
        <translation>CSV 檔案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report every problem and import nothing.</source>
        <translation>報告所有問題，不匯入任何記錄。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read standard input</source>
        <translation>無法讀取標準輸入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 rows checked, no problems</source>
        <translation>已檢查%1行，未發現問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 work records imported</source>
        <translation>已匯入%1條工作記錄</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exports work records as CSV in UTF-8 with BOM, in date order. FILE - writes to standard output.</source>
        <translation>按日期順序將工作記錄匯出為帶 BOM 的 UTF-8 CSV 檔案。FILE 為 - 時寫到標準輸出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file to write.</source>
        <translation>要寫入的 CSV 檔案。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write to standard output</source>
        <translation>無法寫到標準輸出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 work records exported to %2</source>
        <translation>已匯出%1條工作記錄到%2</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::ReportCommands</name>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="+25"/>
        <source>The year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quarter, 1 to 4.</source>
        <translation>季度，1 至 4。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quarters 1 to Q of the year (e.g. 前三季度 for Q = 3).</source>
        <translation>本年第 1 季度至第 Q 季度累計（如 Q = 3 為前三季度）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day of a date range (YYYY-MM-DD).</source>
        <translation>日期範圍的第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of a date range (YYYY-MM-DD).</source>
        <translation>日期範圍的最後一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give either --from and --to or --year and --quarter</source>
        <translation>請給出 --from 和 --to，或者 --year 和 --quarter，二者擇一</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to lies before --from</source>
        <translation>--to 早於 --from</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--quarter must be 1 to 4 and --year a year</source>
        <translation>--quarter 須為 1 至 4，--year 須為年份</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--format must be pdf, html or json, not “%1”</source>
        <translation>--format 須為 pdf、html 或 json，而不是「%1」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pdf, html or json (default: pdf).</source>
        <translation>pdf、html 或 json（預設：pdf）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write.</source>
        <translation>要寫入的檔案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write PDF/A-1b, for the archive.</source>
        <translation>輸出 PDF/A-1b，用於歸檔。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>report: missing what to do (quarterly, finalize, list, show or trace)</source>
        <translation>report：缺少要執行的操作（quarterly、finalize、list、show 或 trace）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report: unknown command “%1” (quarterly, finalize, list, show or trace)</source>
        <translation>report：未知命令「%1」（quarterly、finalize、list、show 或 trace）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writes the quarterly self-inspection report (自查报告) of a quarter, of the quarters of a year so far, or of a date range, from the ledger as it is now, with the office&apos;s text of the period.</source>
        <translation>根據目前臺帳和本期由辦公室填寫的文字，輸出一個季度、本年累計各季度或一個日期範圍的政務公開自查報告。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report of %1 written to %2</source>
        <translation>%1的報告已寫入 %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Usage: gongkai-cli --user LOGIN report quarterly --year Y --quarter Q [--cumulative] [--from D --to D] --format pdf|json|html --out FILE [--pdfa]
       gongkai-cli --user LOGIN report finalize --year Y --quarter Q [--cumulative] [--from D --to D]
       gongkai-cli --user LOGIN report list [--json]
       gongkai-cli --user LOGIN report show ID --format pdf|json|html --out FILE [--pdfa]
       gongkai-cli --user LOGIN report trace KEY --year Y --quarter Q [--cumulative]</source>
        <translation>用法：gongkai-cli --user LOGIN report quarterly --year Y --quarter Q [--cumulative] [--from D --to D] --format pdf|json|html --out FILE [--pdfa]
       gongkai-cli --user LOGIN report finalize --year Y --quarter Q [--cumulative] [--from D --to D]
       gongkai-cli --user LOGIN report list [--json]
       gongkai-cli --user LOGIN report show ID --format pdf|json|html --out FILE [--pdfa]
       gongkai-cli --user LOGIN report trace KEY --year Y --quarter Q [--cumulative]</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Finalizes the report of the period: its figures and text as they are now are archived as the period&apos;s next version, which later changes to the ledger never alter (an author).</source>
        <translation>定稿本期報告：將其目前的資料和文字歸檔為本期的下一個版本，此後臺帳的變更不會改變該版本（由撰稿人執行）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finalized %1, version %2 (report %3, content hash %4)</source>
        <translation>%1已定稿，第 %2 版（報告編號 %3，內容雜湊 %4）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the list as JSON.</source>
        <translation>以 JSON 輸出列表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists every finalized report, all versions, newest first.</source>
        <translation>列出全部定稿報告及其所有版本，最新的在前。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finalized</source>
        <translation>定稿時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>定稿人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content hash</source>
        <translation>內容雜湊</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>current</source>
        <translation>現行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The finalized report&apos;s id (see report list).</source>
        <translation>定稿報告的編號（見 report list）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprints a finalized report from its archived figures and text.</source>
        <translation>根據歸檔的資料和文字重新輸出定稿報告。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning: the content hash of report %1 does not match its stored figures and text.</source>
        <translation>警告：報告 %1 的內容雜湊與其儲存的資料和文字不符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report %1 (%2, version %3) written to %4</source>
        <translation>報告 %1（%2，第 %3 版）已寫入 %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The figure&apos;s key, e.g. published.total (see the JSON).</source>
        <translation>資料項的鍵，如 published.total（見 JSON 輸出）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the ids of the items (or work records) a figure counts.</source>
        <translation>輸出該資料項所統計的資訊（或工作記錄）的編號。</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::ReviewCommands</name>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="+63"/>
        <source>--opinion must start with 同意公开, 修改后公开 or 不予公开 (or disclose, disclose_with_changes, withhold), optionally followed by free text</source>
        <translation>--opinion 須以「同意公開」「修改後公開」或「不予公開」（或 disclose、disclose_with_changes、withhold）開頭，其後可附說明文字</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: gongkai-cli --user LOGIN review submit|approve|reject|recall|attest|status|inbox [options]</source>
        <translation>用法：gongkai-cli --user LOGIN review submit|approve|reject|recall|attest|status|inbox [options]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>review: missing action (submit, approve, reject, recall, attest, status or inbox)</source>
        <translation>review：缺少操作（submit、approve、reject、recall、attest、status 或 inbox）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review: unknown action “%1” (submit, approve, reject, recall, attest, status or inbox)</source>
        <translation>review：未知操作「%1」（submit、approve、reject、recall、attest、status 或 inbox）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submits an item for the confidentiality review (the --user is its author); it is frozen until the review ends.</source>
        <translation>將一條資訊提交保密審查（--user 須為其撰稿人）；審查結束前該資訊被凍結。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+15"/>
        <location line="+37"/>
        <location line="+29"/>
        <location line="+30"/>
        <source>The item&apos;s id.</source>
        <translation>資訊編號。</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Why the item is submitted despite high findings of the pre-screen (kept with the round and in the audit trail).</source>
        <translation>預審發現高風險問題仍送審的理由（隨本輪審查和審計記錄儲存）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item %1 submitted for review: round %2, next %3.</source>
        <translation>編號%1的資訊已提交審查：第%2輪，下一步為%3。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The author takes a submission back; the item is a draft again.</source>
        <translation>撰稿人撤回送審；資訊恢復為草稿。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The submission of item %1 is recalled.</source>
        <translation>編號%1的資訊已撤回送審。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signs the next step of an item&apos;s review as the --user, whose password (GONGKAI_PASSWORD) confirms the signature.</source>
        <translation>以 --user 的身份簽署資訊審查的下一步，並以其密碼（GONGKAI_PASSWORD）確認簽署。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>同意公开, 修改后公开 or 不予公开, optionally followed by free text.</source>
        <translation>「同意公開」「修改後公開」或「不予公開」，其後可附說明文字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free text added to the opinion.</source>
        <translation>附在審查意見後的說明文字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The step (1, 2 …) you mean to sign: refused if it is not the next one.</source>
        <translation>要簽署的步驟（1、2 …）：如不是下一步則拒絕簽署。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Item %1: %2 signed by %3 (%4) at %5.</source>
        <translation>編號%1的資訊：%2已由%3（%4）於%5簽署。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sends an item back to its author with a reason (退回); the --user&apos;s password confirms it.</source>
        <translation>將資訊退回撰稿人並說明理由；以 --user 的密碼確認。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it is sent back.</source>
        <translation>退回理由。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step (1, 2 …) you act on.</source>
        <translation>要處理的步驟（1、2 …）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item %1 sent back by %2 at %3.</source>
        <translation>編號%1的資訊已由%2於%3退回。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attests that an item never reviewed in the program was reviewed on paper (纸质审查): the --user, a section chief, leader in charge or principal leader who is not its author, confirms with their password (GONGKAI_PASSWORD), naming the paper form and its reviewers. The item is then approved; the attester&apos;s name is shown wherever the paper review is.</source>
        <translation>證明某條從未在本程式中審查的資訊已進行紙本審查：由 --user（須為科室負責人、分管領導或主要領導，且不是該資訊的撰稿人）以其密碼（GONGKAI_PASSWORD）確認，並註明紙本審查單及其審查人。隨後該資訊即審核通過；凡顯示該紙本審查之處，均顯示證明人的姓名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The paper form&apos;s number or date.</source>
        <translation>紙本審查單的編號或日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The paper reviewers and the dates they signed, as on the form, e.g. “李娜 2023-03-01；王强 2023-03-02”.</source>
        <translation>紙本審查人及其簽署日期，與審查單一致，例如「李娜 2023-03-01；王強 2023-03-02」。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Item %1: the paper review (%2) is attested by %3.</source>
        <translation>資訊 %1：紙本審查（%2）已由 %3 證明。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print a JSON object.</source>
        <translation>輸出 JSON 物件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows an item&apos;s review: every round, its steps, signatures (and whether each still matches the content) and send-backs.</source>
        <translation>顯示一條資訊的審查情況：每一輪審查及其環節、簽署（以及各簽署是否仍與內容一致）和退回記錄。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1: %2</source>
        <translation>編號%1的資訊：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed on paper: %1</source>
        <translation>紙本審查：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not submitted for review.</source>
        <translation>未提交審查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round %1 (%2), submitted %3 by %4</source>
        <translation>第%1輪（%2），%4於%3提交</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitted despite high findings of the pre-screen: %1</source>
        <translation>預審發現高風險問題仍送審，理由：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2), %3, %4</source>
        <translation>%1（%2），%3，%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[no longer valid: the content changed]</source>
        <translation>［已失效：內容已修改］</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent back by %1 at %2: %3</source>
        <translation>已由%1於%2退回：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for a %1</source>
        <translation>等待%1簽署</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+36"/>
        <source>Print a JSON array.</source>
        <translation>輸出 JSON 陣列。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Lists the items waiting for the --user&apos;s signature, oldest first.</source>
        <translation>列出等待 --user 簽署的資訊，按時間從早到晚排列。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>撰稿人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round</source>
        <translation>輪次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>環節</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>等待起始時間</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>audit: missing action (list or export)</source>
        <translation>audit：缺少操作（list 或 export）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit: unknown action “%1” (list or export)</source>
        <translation>audit：未知操作「%1」（應為 list 或 export）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the audit trail, oldest first, as CSV for Excel (the --user must be the auditor). FILE - writes to standard output.</source>
        <translation>將審計日誌按時間從早到晚匯出為適用於 Excel 的 CSV 檔案（--user 須為審計管理員）。FILE 為 - 時寫到標準輸出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists the audit trail, newest first (the --user must be the auditor).</source>
        <translation>列出審計日誌，按時間從新到舊排列（--user 須為審計管理員）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From this day on.</source>
        <translation>自該日起。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to this day.</source>
        <translation>截至該日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this user&apos;s records.</source>
        <translation>僅限該使用者的記錄。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these events, e.g. review_signed.</source>
        <translation>僅限這些事件，如 review_signed。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only records about this item.</source>
        <translation>僅限與該資訊有關的記錄。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only refused or failed actions.</source>
        <translation>僅限被拒絕或失敗的操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N records (default 100).</source>
        <translation>最多N條記錄（預設100條）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file.</source>
        <translation>CSV 檔案。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown event “%1”</source>
        <translation>未知事件「%1」</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write standard output</source>
        <translation>無法寫入標準輸出</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>cannot write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 audit records exported</source>
        <translation>已匯出%1條審計記錄</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seq</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>操作對象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式輸出報告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks the audit trail&apos;s hash chain, every signature against its audit record, and that the content of approved and published items is what was signed. Exits with status 1 naming the first broken record.</source>
        <translation>核驗審計日誌的雜湊鏈、每條簽署記錄與其審計記錄是否一致，以及已審核和已發布資訊的內容是否與簽署時一致。發現問題時以狀態碼1退出，並指出第一條受損的記錄。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>verify: OK: %1 audit records, %2 signatures, %3 items checked; last record&apos;s hash %4</source>
        <translation>verify：正常：已核驗%1條審計記錄、%2條簽署記錄、%3條資訊；最後一條記錄的雜湊值為 %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verify: FAILED: %1</source>
        <translation>verify：失敗：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 problems in all)</source>
        <translation>（共%1個問題）</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::ScreenCommand</name>
    <message>
        <location filename="../app/cli/screencommand.cpp" line="+27"/>
        <source>cannot read standard input</source>
        <translation>無法讀取標準輸入</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Screens .txt (UTF-8 or GBK) and .docx files before publication: classification markings (秘密★1年 …), internal-use markings, resident ID numbers, mobile numbers, bank card numbers, e-mail addresses and the terms of the word list. Prints one line per finding, FILE:LINE:COLUMN: SEVERITY KIND “TEXT” → SUGGESTION. Exits with 1 when anything of high severity was found, 2 when a file could not be read. FILE - reads plain text from standard input.</source>
        <translation>在發布前檢查 .txt（UTF-8 或 GBK 編碼）和 .docx 檔案：密級標誌（如「秘密★1年」）、內部資料標識、居民身份證號碼、手機號碼、銀行卡號、電子郵件地址以及詞表中的詞語。每項發現輸出一行，格式為：檔案:行:欄: 級別 類型 「原文」 → 建議。發現高級別問題時退出碼為1，有檔案無法讀取時退出碼為2。FILE 為 - 時從標準輸入讀取純文字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files to screen.</source>
        <translation>要檢查的檔案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A word list to screen for as well (one term per line, optionally TAB correction TAB severity); may be given more than once.</source>
        <translation>另外使用的詞表（每行一個詞語，其後可依次加定位字元和更正建議、定位字元和級別）；可多次指定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave out the word list shipped with the program.</source>
        <translation>不使用程式自帶的詞表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen with the office&apos;s word list from the database (--db) instead of the one shipped with the program.</source>
        <translation>使用資料庫（--db）中的本單位錯敏詞表，而不使用程式自帶的詞表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the findings as JSON.</source>
        <translation>以 JSON 格式輸出檢查結果。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Total: %1 high, %2 warning, %3 info</source>
        <translation>合計：高 %1 項，警告 %2 項，提示 %3 項</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::WordsCommand</name>
    <message>
        <location filename="../app/cli/wordscommand.cpp" line="+17"/>
        <source>Lists the office&apos;s word list: term, correction, severity.</source>
        <translation>列出本單位錯敏詞表：詞語、更正、級別。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Term</source>
        <translation>詞語</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>級別</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adds a term to the office&apos;s word list, or changes it (administrator).</source>
        <translation>向本單位詞庫新增詞條或修改詞條（系統管理員）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sensitive word or wrong wording.</source>
        <translation>敏感詞或錯誤表述。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to write instead.</source>
        <translation>應改為的規範表述。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high, warning (default) or info.</source>
        <translation>high（高）、warning（警告，預設）或 info（提示）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown severity “%1” (high, warning or info)</source>
        <translation>未知級別「%1」（應為 high、warning 或 info）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is on the word list.</source>
        <translation>「%1」已列入錯敏詞表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removes a term from the office&apos;s word list (administrator).</source>
        <translation>從本單位詞庫中刪除詞條（系統管理員）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adds the terms of a word-list file (one term per line, optional tab-separated correction and severity) to the office&apos;s list (administrator).</source>
        <translation>將詞庫檔案中的詞條（每行一個詞條，可用定位字元分隔附加更正詞和嚴重程度）新增到本單位詞庫（系統管理員）。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The term.</source>
        <translation>詞語。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not on the word list.</source>
        <translation>「%1」不在錯敏詞表中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is removed from the word list.</source>
        <translation>已從錯敏詞表中刪除「%1」。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The word-list file (UTF-8 or GBK).</source>
        <translation>詞表檔案（UTF-8 或 GBK 編碼）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n term(s) added or changed.</source>
        <translation>
            <numerusform>已新增或修改%n個詞語。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: gongkai-cli --user LOGIN words list|add|remove|import [options]</source>
        <translation>用法：gongkai-cli --user LOGIN words list|add|remove|import [options]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>words: missing action (list, add, remove or import)</source>
        <translation>words：缺少操作（list、add、remove 或 import）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words: unknown action “%1” (list, add, remove or import)</source>
        <translation>words：未知操作「%1」（應為 list、add、remove 或 import）</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AddItemCommand</name>
    <message>
        <location filename="../ui/ledger/itemcommands.cpp" line="+93"/>
        <source>Add “%1”</source>
        <translation>新增「%1」</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AdminActions</name>
    <message>
        <location filename="../ui/admin/adminactions.cpp" line="+43"/>
        <source>&amp;Departments…</source>
        <translation>科室(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add, rename or deactivate the bureau&apos;s departments</source>
        <translation>新增、重新命名或停用本單位的科室</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Channels…</source>
        <translation>發布渠道(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the channels items are published on and the upper agencies</source>
        <translation>編輯資訊發布渠道和上級機關</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ategories…</source>
        <translation>資訊類別(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the information categories</source>
        <translation>編輯資訊類別</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Users…</source>
        <translation>使用者(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user accounts and change their departments and roles</source>
        <translation>新增使用者帳戶，修改其所在科室和角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review &amp;Chain…</source>
        <translation>審查流程(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps of the confidentiality review and who signs them</source>
        <translation>保密審查的各個環節及其簽署人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Word List…</source>
        <translation>錯敏詞表(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitive words and wrong wordings the pre-screen looks for</source>
        <translation>預審檢查的敏感詞和錯誤表述</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AdminListModel</name>
    <message>
        <location filename="../ui/models/adminlistmodel.cpp" line="+167"/>
        <source>Inactive: kept for the items that use it, no longer offered for new ones</source>
        <translation>已停用：已使用它的資訊仍保留，新資訊不能再選擇</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upper agency</source>
        <translation>上級機關</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AdminUserModel</name>
    <message>
        <location filename="../ui/models/adminusermodel.cpp" line="+67"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked until %1</source>
        <translation>鎖定至%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must change password</source>
        <translation>須修改密碼</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in</source>
        <translation>登入狀態</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AdministrationPage</name>
    <message>
        <location filename="../ui/admin/administrationpage.cpp" line="+19"/>
        <source>Administration</source>
        <translation>系統管理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts, the office&apos;s lists, the review chain, the word list and the report template. The ledger and the audit trail are for other roles (separation of duties).</source>
        <translation>帳號、本單位的各項名錄、審查流程、詞庫和報告模板。臺帳和審計日誌由其他角色管理（職責分離）。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AttachmentList</name>
    <message>
        <location filename="../ui/ledger/attachmentlist.cpp" line="+32"/>
        <source>&amp;Attach…</source>
        <translation>附加檔案(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach .txt or .docx files; their text is screened with the item&apos;s</source>
        <translation>附加 .txt 或 .docx 檔案；其文字與資訊正文一併預審</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1  (%2)</source>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached now; stored when the item is saved</source>
        <translation>剛附加；儲存資訊時存入資料庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached by %1 on %2</source>
        <translation>由 %1 於 %2 附加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No attachments. Attach the .txt or .docx files that go out with the item, so that they are screened and reviewed with it.</source>
        <translation>沒有附件。請附加隨資訊一同發布的 .txt 或 .docx 檔案，以便與資訊一併預審和審查。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is already attached.</source>
        <translation>%1 已經附加。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.txt *.docx)</source>
        <translation>文件 (*.txt *.docx)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AttestPaperReviewDialog</name>
    <message>
        <location filename="../ui/review/attestpaperreviewdialog.ui" line="+9"/>
        <source>Attest paper review</source>
        <translation>證明紙本審查</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document No.:</source>
        <translation>文號：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drafted:</source>
        <translation>起草日期：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paper &amp;form:</source>
        <translation>紙本審查單(&amp;F)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review form&apos;s number or date, e.g. 审查单 2023-17</source>
        <translation>審查單的編號或日期，例如：審查單 2023-17</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper &amp;reviewers:</source>
        <translation>紙本審查人(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who signed the form and when, e.g. 李娜 2023-03-01；周平 2023-03-02</source>
        <translation>簽署審查單的人員及日期，例如：李娜 2023-03-01；周平 2023-03-02</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your password again to confirm</source>
        <translation>再次輸入密碼以確認</translation>
    </message>
    <message>
        <location filename="../ui/review/attestpaperreviewdialog.cpp" line="+21"/>
        <source>Attest paper review: %1</source>
        <translation>證明紙本審查：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, </source>
        <comment>between role names</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You attest that this item was reviewed on paper before it was entered, on the form named below. Your name (%1%2), the time, the form and the paper reviewers are recorded and shown wherever the item says it was reviewed on paper; the item becomes approved and may be published.</source>
        <translation>您證明該資訊在錄入前已按下列審查單進行紙本審查。您的姓名（%1%2）、時間、審查單及紙本審查人將被記錄，並在該資訊顯示為紙本審查之處一併顯示；該資訊將變為審核通過，可以發布。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Attest</source>
        <translation>證明(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type your password to confirm.</source>
        <translation>請輸入密碼以確認。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not attested: %1</source>
        <translation>未證明：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AuditTableModel</name>
    <message>
        <location filename="../ui/audit/audittablemodel.cpp" line="+93"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object</source>
        <translation>操作對象</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AuditView</name>
    <message>
        <location filename="../ui/audit/auditview.cpp" line="+37"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Failures only</source>
        <translation>僅顯示失敗記錄(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Export CSV…</source>
        <translation>匯出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify Trail</source>
        <translation>核驗日誌(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the hash chain, the signatures and the signed content</source>
        <translation>核驗雜湊鏈、簽署記錄和已簽署的內容</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading failed: %1</source>
        <translation>讀取失敗：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln條記錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record %1, %2, by %3 (user %4)
Hash: %5
Previous hash: %6

Before:
%7

After:
%8</source>
        <translation>記錄%1，%2，%3（使用者%4）
雜湊值：%5
前一雜湊值：%6

修改前：
%7

修改後：
%8</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Export the Audit Trail</source>
        <translation>匯出審計日誌</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln record(s) exported.</source>
        <translation>
            <numerusform>已匯出%Ln條記錄。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入%1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verified: %1 records, %2 signatures and %3 items are intact. Last hash: %4</source>
        <translation>核驗通過：%1條記錄、%2條簽署記錄和%3條資訊均完好。最後的雜湊值：%4</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>BROKEN: %1 (%Ln problem(s) found)</source>
        <translation>
            <numerusform>已受損：%1（共發現%Ln個問題）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ChainDialog</name>
    <message>
        <location filename="../ui/admin/chaindialog.ui" line="+14"/>
        <source>Review Chain</source>
        <translation>審查流程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The steps every item passes before it may be published, in order. A step switched off is skipped by rounds started from now on; rounds already under way keep the chain they started with.</source>
        <translation>每條資訊發布前須依次經過的審查環節。停用的環節自此後新啟動的審查輪次起跳過；已在進行中的審查輪次仍按啟動時的流程進行。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Add Step</source>
        <translation>新增環節(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remove Step</source>
        <translation>刪除環節(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/admin/chaindialog.cpp" line="+34"/>
        <source>Label</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signer&apos;s role</source>
        <translation>簽署人角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same department</source>
        <translation>限本科室</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>性質</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>可選</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>New step</source>
        <translation>新環節</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/auth/changepassworddialog.ui" line="+6"/>
        <source>Change Password</source>
        <translation>修改密碼</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Current password:</source>
        <translation>目前密碼(&amp;C)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New password:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Repeat new password:</source>
        <translation>再次輸入新密碼(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/auth/changepassworddialog.cpp" line="+21"/>
        <source>The password of %1 was set by the administrator and must be changed before you sign in.</source>
        <translation>%1的密碼由系統管理員設定，登入前須先修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the password of %1 (%2).</source>
        <translation>修改%1（%2）的密碼。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Change Password</source>
        <translation>修改密碼(&amp;C)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two new passwords differ.</source>
        <translation>兩次輸入的新密碼不一致。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::DatabaseChooser</name>
    <message>
        <location filename="../ui/widgets/databasechooser.cpp" line="+18"/>
        <source>Gongkai databases (*.sqlite *.db);;All files (*)</source>
        <translation>政務公開工作臺資料庫 (*.sqlite *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>New Database</source>
        <translation>新建資料庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Use Open Database to open it, or choose another name.</source>
        <translation>「%1」已存在。請使用「開啟資料庫」開啟它，或另選一個檔名。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot Open the Database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 could not be opened.</source>
        <translation>無法開啟資料庫「%1」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another database, or quit.</source>
        <translation>請選擇其他資料庫，或退出程式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a &amp;File…</source>
        <translation>開啟檔案(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a &amp;Server…</source>
        <translation>連線伺服器(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;Default Database</source>
        <translation>使用預設資料庫(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::DatabaseOpener</name>
    <message>
        <location filename="../ui/widgets/databaseopener.cpp" line="+26"/>
        <source>The database file %1 does not exist.</source>
        <translation>資料庫檔案「%1」不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a readable file.</source>
        <translation>「%1」不是可讀取的檔案。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a Gongkai database: it already holds other tables.</source>
        <translation>「%1」不是政務公開工作臺資料庫：其中已有其他資料表。</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Creating a demo office with %n item(s)…</source>
        <translation>
            <numerusform>正在建立示範單位資料（%n條資訊）…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>跳過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First Start</source>
        <translation>首次啟動</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::DistributionCommand</name>
    <message>
        <location filename="../ui/ledger/itemcommands.cpp" line="+58"/>
        <source>Record publication of “%1”</source>
        <translation>登記「%1」的發布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record submission of “%1”</source>
        <translation>登記「%1」的報送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change publications and submissions of “%1”</source>
        <translation>修改「%1」的發布和報送記錄</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::EditItemCommand</name>
    <message>
        <location line="-37"/>
        <source>Edit “%1”</source>
        <translation>修改「%1」</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::FiguresPanel</name>
    <message>
        <location filename="../ui/reports/figurespanel.cpp" line="+39"/>
        <source>same</source>
        <translation>持平</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Figure</source>
        <translation>資料項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>增減</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>Choose a figure to list what it counts.</source>
        <translation>選擇一項資料，列出其統計的內容。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click an item to show it in the ledger</source>
        <translation>雙擊條目，在臺帳中顯示</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n item(s) published in this period without a completed confidentiality review: %1. Choose the figure “未经审查即公开” to list them.</source>
        <translation>
            <numerusform>本期有%n條資訊未完成保密審查即公開：%1。選擇資料項「未經審查即公開」可列出這些資訊。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(not found)</source>
        <translation>（未找到）</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>“%1” counts %n work record(s).</source>
        <translation>
            <numerusform>「%1」統計了%n條工作記錄。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” counts %n item(s); double-click one to show it in the ledger.</source>
        <translation>
            <numerusform>「%1」統計了%n條資訊；雙擊一條可在臺帳中顯示。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, same period last year</source>
        <translation>%1（去年同期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Only the first %2 are listed.</source>
        <comment>a sentence added to the one before</comment>
        <translation>%1僅列出前%2條。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::FilterBar</name>
    <message>
        <location filename="../ui/ledger/filterbar.cpp" line="+41"/>
        <location line="+57"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Search title, document number, summary</source>
        <translation>搜尋標題、文號、摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items whose title, document number or summary contain every word</source>
        <translation>標題、文號或摘要中包含全部詞語的資訊</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year of the period</source>
        <translation>時段所在年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period…</source>
        <translation>時段…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q1</source>
        <translation>一季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q2</source>
        <translation>二季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q3</source>
        <translation>三季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q4</source>
        <translation>四季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q1–Q3</source>
        <translation>前三季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets the publication date range to a quarter, the first three quarters or the whole year</source>
        <translation>將發布日期範圍設為某一季度、前三季度或全年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items published in this date range (on the chosen channel, if any)</source>
        <translation>在此日期範圍內發布的資訊（如選擇了渠道，則限於該渠道）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole ledger</source>
        <translation>顯示全部臺帳</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search:</source>
        <translation>搜尋(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published:</source>
        <translation>發布日期：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cha&amp;nnel:</source>
        <translation>渠道(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca&amp;tegory:</source>
        <translation>類別(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Department:</source>
        <translation>科室(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stat&amp;us:</source>
        <translation>狀態(&amp;U)：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not set</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::FindingsPanel</name>
    <message>
        <location filename="../ui/review/findingspanel.cpp" line="+31"/>
        <source>Field</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>級別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestion</source>
        <translation>建議</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::FirstAdminDialog</name>
    <message>
        <location filename="../ui/auth/firstadmindialog.ui" line="+6"/>
        <source>Create the Administrator</source>
        <translation>建立系統管理員</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Login:</source>
        <translation>登入名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printed &amp;name:</source>
        <translation>署名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Repeat password:</source>
        <translation>再次輸入密碼(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/auth/firstadmindialog.cpp" line="+18"/>
        <source>This database has no administrator yet. Create the administrator&apos;s account: the administrator manages accounts, departments, channels, categories and the review chain, and can neither write items nor sign reviews.</source>
        <translation>此資料庫尚無系統管理員。請建立系統管理員帳戶：系統管理員負責管理帳戶、科室、發布渠道、資訊類別和審查流程，不能登記資訊，也不能簽署審查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create and Sign In</source>
        <translation>建立並登入(&amp;C)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ImportDialog</name>
    <message>
        <location filename="../ui/widgets/importdialog.ui" line="+14"/>
        <source>Import the Ledger</source>
        <translation>匯入臺帳</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imports items from a CSV file as exported by Gongkai or saved from Excel or WPS (UTF-8 or GBK). Check the file first: an import is all or nothing, and any problem leaves the ledger unchanged.</source>
        <translation>從 CSV 檔案匯入資訊，檔案可由本程式匯出，也可由 Excel 或 WPS 儲存（UTF-8 或 GBK 編碼）。請先檢查檔案：匯入要麼全部完成，要麼一條也不匯入，有任何問題時臺帳保持不變。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paper Reviews Attested by a Signer</source>
        <translation>由簽署人證明的紙本審查</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows that went out (已审核, 已发布 or publications) or fill 纸质审查 were reviewed on paper before they were entered. A section chief or leader who wrote none of them attests that once for the whole file, with their password and the paper forms&apos; number or date.</source>
        <translation>已發出的行（已審核、已發布或有發布記錄）或填寫了紙本審查的行，均已在錄入前進行紙本審查。由未撰寫其中任何一行的科室負責人或領導，以其密碼及紙本審查單的編號或日期，為整個檔案統一證明一次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signer&apos;s &amp;login:</source>
        <translation>簽署人登入名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signer&apos;s pass&amp;word:</source>
        <translation>簽署人密碼(&amp;W)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked for the import, not for a check; a wrong password counts as a failed sign-in of the signer</source>
        <translation>僅在匯入時要求，檢查時不需要；密碼錯誤計為簽署人登入失敗一次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper &amp;form:</source>
        <translation>紙本審查單(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the review forms&apos; number or date</source>
        <translation>審查單的編號或日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reviewers:</source>
        <translation>審查人(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>names and dates, for rows whose 纸质审查 is empty</source>
        <translation>姓名和日期，用於紙本審查為空的行</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Check Only</source>
        <translation>僅檢查(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/importdialog.cpp" line="+35"/>
        <source>Choose a file, then check it. Problems are listed below with their line and column.</source>
        <translation>請選擇檔案，然後檢查。發現的問題將連同所在行、欄在下方列出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the Names a Ledger File Lacks</source>
        <translation>創建臺帳檔案所需的缺失名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a ledger file is imported, the administrator creates the departments, categories, channels, upper agencies and authors it names and the database lacks. Only the names are read, never the items. New authors get inactive accounts (author-001 …) without a password: activate them and set a password before they sign in.</source>
        <translation>匯入臺帳檔案前，由系統管理員建立檔案中提及而資料庫中尚無的科室、資訊類別、發布渠道、上級機關和撰稿人。僅讀取名稱，不讀取資訊。新撰稿人將獲得未啟用且無密碼的帳號（author-001 …）：請在其登入前啟用帳號並設定密碼。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;reate Names</source>
        <translation>建立名稱(&amp;R)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Departments: %1</source>
        <translation>科室：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories: %1</source>
        <translation>資訊類別：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels: %1</source>
        <translation>發布渠道：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper agencies: %1</source>
        <translation>上級機關：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authors: %1</source>
        <translation>撰稿人：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the File to Import</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sign in to import the ledger.</source>
        <translation>請登入以匯入臺帳。</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n problem(s) found in %1 data row(s). Nothing was imported; correct the file and check it again.</source>
        <translation>
            <numerusform>在%1行資料中發現%n個問題。未匯入任何資訊；請修改檔案後重新檢查。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems found: %1 can be imported.</source>
        <translation>未發現問題：可匯入%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No problems found: %n item(s) can be imported.</source>
        <translation>
            <numerusform>未發現問題：可匯入%n條資訊。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1.</source>
        <translation>已匯入%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n item(s).</source>
        <translation>
            <numerusform>已匯入%n條資訊。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(File encoding: %1)</source>
        <translation>（檔案編碼：%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s) went out or name a paper review: a section chief or leader attests their paper reviews below.</source>
        <translation>
            <numerusform>%n 行已發出或註明了紙本審查：請由科室負責人或領導在下方證明其紙本審查。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database lacks these names:
%1
The administrator creates them in one step: Administration → Create Missing Names from a Ledger File, or gongkai-cli --user ADMIN import names FILE.</source>
        <translation>資料庫缺少以下名稱：
%1
由系統管理員一步建立：系統管理 → 根據臺帳檔案建立缺失名稱，或 gongkai-cli --user ADMIN import names FILE。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n problem(s) found; nothing was created.</source>
        <translation>
            <numerusform>發現 %n 個問題；未建立任何名稱。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has every name the file uses; nothing is missing.</source>
        <translation>資料庫已包含檔案使用的所有名稱，無缺失。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Created %n name(s). The new authors&apos; accounts are inactive and have no password: activate them and set a password before they sign in.</source>
        <translation>
            <numerusform>已建立 %n 個名稱。新撰稿人的帳號未啟用且無密碼：請在其登入前啟用帳號並設定密碼。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n name(s) missing; create them now?</source>
        <translation>
            <numerusform>缺少 %n 個名稱，是否立即建立？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::InboxModel</name>
    <message>
        <location filename="../ui/review/inboxmodel.cpp" line="+50"/>
        <source>%1
%2, round %3, step %4: %5
Submitted %6 by %7</source>
        <translation>%1
%2，第%3輪，第%4步：%5
%7於%6提交</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>環節</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting since</source>
        <translation>等待起始時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>撰稿人</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::InboxView</name>
    <message>
        <location filename="../ui/review/inboxview.cpp" line="+86"/>
        <source>Waiting for your signature (%1)</source>
        <translation>待審事項（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) wait for your signature.</source>
        <translation>
            <numerusform>有%n條資訊等待您簽署。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in to see the items waiting for your signature.</source>
        <translation>登入後可檢視等待您簽署的資訊。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only section chiefs and leaders sign reviews.</source>
        <translation>只有科室負責人和領導簽署審查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing waits for your signature.</source>
        <translation>沒有等待您簽署的資訊。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The inbox could not be read: %1</source>
        <translation>無法讀取待審事項：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ItemActions</name>
    <message>
        <location filename="../ui/ledger/itemactions.cpp" line="+91"/>
        <source>&amp;New Item…</source>
        <translation>新增資訊(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a new item in the ledger</source>
        <translation>在臺帳中登記一條新資訊</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>&amp;Edit Item…</source>
        <translation>修改資訊(&amp;E)…</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;Withdraw Item…</source>
        <translation>撤回資訊(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected item as withdrawn; it stays in the ledger</source>
        <translation>將所選資訊標記為已撤回；資訊仍保留在臺帳中</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Item %1 saved. The pre-screen found %n high finding(s); correct them or give a reason when you submit it.</source>
        <translation>
            <numerusform>資訊 %1 已儲存。預審發現 %n 處高風險內容；請更正，或在送審時說明理由。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Item %1 saved. The pre-screen found %n warning(s).</source>
        <translation>
            <numerusform>資訊 %1 已儲存。預審發現 %n 處提示。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Open the selected item: change it, or record its publications and submissions</source>
        <translation>開啟所選資訊：修改資訊，或登記其發布和報送</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&amp;Open Item…</source>
        <translation>開啟資訊(&amp;O)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item not changed</source>
        <translation>資訊未修改</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>Edit item</source>
        <translation>修改資訊</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item %1 no longer exists.</source>
        <translation>編號%1的資訊已不存在。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Withdraw item</source>
        <translation>撤回資訊</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw “%1”?</source>
        <translation>撤回「%1」？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item stays in the ledger, marked withdrawn, and can no longer be edited. Undo brings it back.</source>
        <translation>該資訊將保留在臺帳中並標記為已撤回，之後不能再修改。可用「復原」恢復。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ItemCommand</name>
    <message>
        <location filename="../ui/ledger/itemcommands.cpp" line="-68"/>
        <source>“%1” could not be done: %2</source>
        <translation>無法%1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo of “%1” is not possible: the item was changed elsewhere since.</source>
        <translation>無法復原（%1）：該資訊此後已在別處被修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo of “%1” is not possible: the item was changed elsewhere since.</source>
        <translation>無法重做（%1）：該資訊此後已在別處被修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo of “%1” is not possible: %2</source>
        <translation>無法復原（%1）：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo of “%1” is not possible: %2</source>
        <translation>無法重做（%1）：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ItemDetailsView</name>
    <message>
        <location filename="../ui/ledger/itemdetailsview.cpp" line="+60"/>
        <source>A&amp;ttest Paper Review…</source>
        <translation>證明紙本審查(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record, with your password, that the item was reviewed on paper before it was entered</source>
        <translation>以您的密碼登記該資訊在錄入前已進行紙本審查</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confidentiality review</source>
        <translation>保密審查</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Channel</source>
        <translation>發布渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Reference</source>
        <translation>網址或期次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency</source>
        <translation>上級機關</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adopted</source>
        <translation>是否採用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adopted on</source>
        <translation>採用日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adopted in</source>
        <translation>採用刊期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document No.:</source>
        <translation>文號：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>資訊類別：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department:</source>
        <translation>科室：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author:</source>
        <translation>撰稿人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafted:</source>
        <translation>撰稿日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure:</source>
        <translation>公開屬性：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+84"/>
        <source>Select an item in the ledger to see its details, publications and submissions here.</source>
        <translation>在臺帳中選擇一條資訊，即可在此檢視其詳情及發布、報送記錄。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item %1 is not in the database.</source>
        <translation>資料庫中沒有編號%1的資訊。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The item could not be read: %1</source>
        <translation>無法讀取該資訊：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <location line="+4"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 (reviewed on paper: %2)</source>
        <translation>%1（紙本審查：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Publications (%1)</source>
        <translation>發布記錄（%1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Submissions (%1)</source>
        <translation>報送記錄（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ItemDialog</name>
    <message>
        <location filename="../ui/ledger/itemdialog.ui" line="+20"/>
        <source>Item</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The title as published</source>
        <translation>發布時使用的標題</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Document number:</source>
        <translation>文號(&amp;D)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Category:</source>
        <translation>資訊類別(&amp;C)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Disclosure &amp;attribute:</source>
        <translation>公開屬性(&amp;A)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Legal ground:</source>
        <translation>不予公開依據(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why the item is withheld: the article of the regulation it falls under</source>
        <translation>不予公開的理由：所依據的條例條款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required when withheld</source>
        <translation>不予公開時必填</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De&amp;partment:</source>
        <translation>科室(&amp;P)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A&amp;uthor:</source>
        <translation>撰稿人(&amp;U)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dra&amp;fted on:</source>
        <translation>撰稿日期(&amp;F)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A few sentences for the ledger and the reports</source>
        <translation>幾句話概述，用於臺帳和報告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Publications</source>
        <translation>發布記錄</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add p&amp;ublication</source>
        <translation>新增發布記錄(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+56"/>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Submissions to upper agencies</source>
        <translation>報送上級機關</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add sub&amp;mission</source>
        <translation>新增報送記錄(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/ledger/itemdialog.cpp" line="+86"/>
        <source>Choose a category</source>
        <translation>請選擇資訊類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a department</source>
        <translation>請選擇科室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the author</source>
        <translation>請選擇撰稿人</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Publications are recorded once the item is reviewed: save it and submit it for review first.</source>
        <translation>資訊審查後方可登記發布：請先儲存並提交審查。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>You can record where the item went out; its content is its author&apos;s.</source>
        <translation>您可以登記該資訊的發布去向；其內容由撰稿人負責。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can record where the item went out. %1</source>
        <translation>您可以登記該資訊的發布去向。%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The item is approved: a change to its content starts a new review round.</source>
        <translation>該資訊已審核通過：修改其內容將開始新一輪審查。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (reviewed on paper)</source>
        <translation>%1（紙本審查）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed on paper: %1</source>
        <translation>紙本審查：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New item</source>
        <translation>新增資訊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” (withdrawn)</source>
        <translation>「%1」（已撤回）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit “%1”</source>
        <translation>修改「%1」</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>This item is shown read-only.</source>
        <translation>此資訊以只讀方式顯示。</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>The item was not saved. Please correct the marked fields:</source>
        <translation>資訊未儲存。請更正標出的欄位：</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+4"/>
        <source>Item not saved</source>
        <translation>資訊未儲存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item changed elsewhere</source>
        <translation>資訊已在別處被修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the item as it is stored now? The changes you made in this dialog will be lost. Keep editing to copy them first.</source>
        <translation>是否按目前儲存的內容重新載入該資訊？您在此對話方塊中所做的修改將會丟失。如需保留，請選擇「繼續編輯」，先複製您的修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>繼續編輯(&amp;K)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The item no longer exists.</source>
        <translation>該資訊已不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The item was reloaded as it is stored now.</source>
        <translation>已按目前儲存的內容重新載入該資訊。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::LedgerModel</name>
    <message>
        <location filename="../ui/models/ledgermodel.cpp" line="+135"/>
        <source>%1 (on paper)</source>
        <translation>%1（紙本）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reviewed on paper: %1</source>
        <translation>紙本審查：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n submission(s) to upper agencies, %1 adopted</source>
        <translation>
            <numerusform>報送上級機關%n次，採用%1次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafted</source>
        <translation>撰稿日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document No.</source>
        <translation>文號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>資訊類別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>撰稿人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>發布渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First published</source>
        <translation>首次發布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted/Adopted</source>
        <translation>報送/採用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submissions to upper agencies / adopted by them</source>
        <translation>報送上級機關次數 / 被採用次數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This column cannot be sorted</source>
        <translation>此欄不能排序</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::LedgerTransfer</name>
    <message>
        <location filename="../ui/ledger/ledgertransfer.cpp" line="+21"/>
        <source>&amp;Export Ledger…</source>
        <translation>匯出臺帳(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Ledger…</source>
        <translation>匯入臺帳(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;Missing Names from a Ledger File…</source>
        <translation>根據臺帳檔案建立缺失名稱(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the ledger as a CSV file for Excel or WPS</source>
        <translation>將臺帳儲存為 CSV 檔案，可用 Excel 或 WPS 開啟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add items from a CSV file</source>
        <translation>從 CSV 檔案新增資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the departments, categories, channels and authors a ledger file names, before it is imported</source>
        <translation>在匯入臺帳檔案前，建立其中提及的科室、資訊類別、發布渠道和撰稿人</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+16"/>
        <location line="+10"/>
        <source>Export Ledger</source>
        <translation>匯出臺帳</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The ledger is filtered. Export only the matching items, or the whole ledger?</source>
        <translation>臺帳目前已篩選。僅匯出篩選出的資訊，還是匯出全部臺帳？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Matching Items</source>
        <translation>篩選出的資訊(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole Ledger</source>
        <translation>全部臺帳(&amp;W)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %n item(s) to %1</source>
        <translation>
            <numerusform>已將%n條資訊匯出到「%1」</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Imported %n item(s)</source>
        <translation>
            <numerusform>已匯入%n條資訊</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Created %n name(s) for a ledger file</source>
        <translation>
            <numerusform>已為臺帳檔案建立 %n 個名稱</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ListEditDialog</name>
    <message>
        <location filename="../ui/admin/listeditdialog.ui" line="+23"/>
        <source>Double-click a name to rename it. Entries are never deleted: deactivate those no longer in use. Items keep them, but new items cannot choose them.</source>
        <translation>雙擊名稱可重新命名。條目不會被刪除：不再使用的請停用。已有資訊仍保留這些條目，但新資訊不能再選擇。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Rename</source>
        <translation>重新命名(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/admin/listeditdialog.cpp" line="+106"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;New:</source>
        <translation>新增(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the new entry</source>
        <translation>新條目的名稱</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Upper agency</source>
        <translation>上級機關(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An upper agency receives submissions and may adopt them, instead of publishing items itself</source>
        <translation>上級機關接收報送的資訊並決定是否採用，本身不用於發布資訊</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/admin/listeditdialog.cpp" line="-79"/>
        <source>Departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels and Upper Agencies</source>
        <translation>發布渠道和上級機關</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Categories</source>
        <translation>資訊類別</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;Activate</source>
        <translation>啟用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::LoginDialog</name>
    <message>
        <location filename="../ui/auth/logindialog.ui" line="+6"/>
        <source>Sign In</source>
        <translation>登入</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo database</source>
        <translation>示範資料庫</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Login:</source>
        <translation>登入名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/auth/logindialog.cpp" line="+25"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in to the database %1.</source>
        <translation>登入資料庫：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign In</source>
        <translation>登入(&amp;S)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This is a demo database with invented data. Every demo account signs in with the password &lt;b&gt;%1&lt;/b&gt;. Double-click an account to use it.</source>
        <translation>這是使用虛構資料的示範資料庫，所有示範帳戶的密碼均為 &lt;b&gt;%1&lt;/b&gt;，雙擊帳戶即可使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter your login and password.</source>
        <translation>請輸入登入名和密碼。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your password must be changed before you can sign in.</source>
        <translation>登入前須先修改密碼。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+95"/>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+293"/>
        <source>&amp;Sign In…</source>
        <translation>登入(&amp;S)…</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>&amp;Print</source>
        <translation>列印(&amp;P)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Gongkai Disclosure Workstation</source>
        <translation>政務公開工作臺</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Database…</source>
        <translation>新建資料庫(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database file</source>
        <translation>建立一個空的資料庫檔案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a database file</source>
        <translation>開啟資料庫檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to &amp;Server…</source>
        <translation>連線伺服器(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the office&apos;s shared PostgreSQL database</source>
        <translation>使用本辦公室共享的 PostgreSQL 資料庫</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+174"/>
        <source>Sign &amp;Out / Switch User…</source>
        <translation>登出/切換使用者(&amp;O)…</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>End your session and let someone else sign in</source>
        <translation>結束目前工作階段，由其他人登入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Lock Window</source>
        <translation>鎖定視窗(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover the window until you type your password again</source>
        <translation>遮蓋視窗，重新輸入密碼後方可繼續</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;Password…</source>
        <translation>修改密碼(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search the Ledger</source>
        <translation>搜尋臺帳(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reread the ledger, e.g. after colleagues changed it</source>
        <translation>重新讀取臺帳，例如在同事修改之後</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About %1</source>
        <translation>關於%1(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent Databases</source>
        <translation>最近使用的資料庫(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details Pane</source>
        <translation>詳情窗格(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review</source>
        <translation>審查(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ports</source>
        <translation>報告(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main Toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start of %1.</source>
        <translation>新的介面語言將在下次啟動%1時生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System Default</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear List</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Reading the ledger failed: %1</source>
        <translation>讀取臺帳失敗：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No database is open.</source>
        <translation>未開啟資料庫。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no role that uses this window.</source>
        <translation>%1沒有使用此視窗的角色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is signed in.</source>
        <translation>無人登入。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The window is locked.</source>
        <translation>視窗已鎖定。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your password was changed.</source>
        <translation>密碼已修改。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>Open Database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 could not be opened.</source>
        <translation>無法開啟資料庫「%1」。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About %1</source>
        <translation>關於%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;/p&gt;&lt;p&gt;The ledger of published information, its confidentiality review and reports, for the government information disclosure office.&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Database: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;版本 %2&lt;/p&gt;&lt;p&gt;政府資訊公開辦公室的資訊發布臺帳、保密審查和統計報告工具。&lt;/p&gt;&lt;p&gt;基於 Qt %3 構建，運行於 Qt %4。&lt;/p&gt;&lt;p&gt;資料庫：%5&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>[demo data]</source>
        <translation>【示範資料】</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database</source>
        <translation>未開啟資料庫</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln item(s) or more</source>
        <translation>
            <numerusform>不少於%Ln條資訊</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>共%Ln條資訊</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::OverrideReasonDialog</name>
    <message>
        <location filename="../ui/review/overridereasondialog.ui" line="+9"/>
        <source>High findings of the pre-screen</source>
        <translation>預審發現高風險問題</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reason for submitting the item as it stands (recorded with the review and in the audit trail):</source>
        <translation>按原樣送審的理由（隨審查記錄和審計記錄儲存）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/overridereasondialog.cpp" line="+15"/>
        <source>The pre-screen found %n high finding(s) in item %1. Correct the item, or give the reason it should be reviewed as it stands.</source>
        <translation>
            <numerusform>預審在資訊%1中發現%n處高風險問題。請修改資訊，或說明按原樣送審的理由。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submit with this reason</source>
        <translation>說明理由並送審</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::PeriodChooser</name>
    <message>
        <location filename="../ui/reports/periodchooser.cpp" line="+20"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;umulative from Q1</source>
        <translation>自第一季度累計(&amp;U)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quarter %1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarters 1 to the chosen one (前三季度 for quarter 3)</source>
        <translation>第一季度至所選季度（選第三季度即為前三季度）</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The end is before the start.</source>
        <translation>結束日期早於開始日期。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::PrintMonthDialog</name>
    <message>
        <location filename="../ui/review/printmonthdialog.ui" line="+14"/>
        <source>Monthly Review Summary</source>
        <translation>保密審查月度彙總</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every confidentiality review that ended in the month, with its steps, signers and result, for the office&apos;s filing.</source>
        <translation>當月審結的全部保密審查，含審查環節、簽署人和審查結果，供歸檔備查。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pre&amp;view…</source>
        <translation>列印預覽(&amp;V)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;DF…</source>
        <translation>PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::PublicationTableModel</name>
    <message>
        <location filename="../ui/models/publicationtablemodel.cpp" line="+149"/>
        <source>A web address, or the issue of a printed channel</source>
        <translation>網址，或紙本載體的期次</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Channel</source>
        <translation>發布渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL or issue</source>
        <translation>網址或期次</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::QuarterlyReportWindow</name>
    <message>
        <location filename="../ui/reports/quarterlyreportwindow.cpp" line="+36"/>
        <source>&amp;Finalize…</source>
        <translation>定稿(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF/A-1b for the archive</source>
        <translation>存檔用 PDF/A-1b</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;igures</source>
        <translation>統計資料(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>文字(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>預覽(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>存檔(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recalculate</source>
        <translation>重新統計(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count the figures again from the ledger as it is now</source>
        <translation>按臺帳目前內容重新統計資料</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export P&amp;DF…</source>
        <translation>匯出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF/A-1b keeps the fonts and the layout for long-term archiving</source>
        <translation>PDF/A-1b 保留字型和版式，適合長期存檔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;HTML…</source>
        <translation>匯出 HTML(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>匯出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The figures as JSON, for other programs</source>
        <translation>以 JSON 格式匯出統計資料，供其他程式使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store this report as the period&apos;s next version in the archive</source>
        <translation>將本報告作為該期的新版本存入存檔</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Quarterly Self-Inspection Report — %1[*]</source>
        <translation>季度自查報告 — %1[*]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quarterly Report</source>
        <translation>季度報告</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 self-inspection report</source>
        <translation>%1自查報告</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+20"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Finalize Report</source>
        <translation>報告定稿</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The text has unsaved changes. Save them and finalize?</source>
        <translation>文字有未儲存的修改。是否儲存並定稿？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finalize the report for %1 as version %2?</source>
        <translation>將%1的報告定稿為第%2版？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its figures and text are stored as they are now and can no longer be changed; only a new version can supersede it.</source>
        <translation>報告的資料和文字將按目前內容儲存，此後不能再修改，只能由新版本取代。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 will be marked superseded.</source>
        <translation>第%1版將標記為已被取代。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Warning: %n item(s) were published without a completed review; the report lists them as a problem.</source>
        <translation>
            <numerusform>警告：有%n條資訊未完成審查即公開，報告將其列為存在的問題。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Finalize</source>
        <translation>定稿(&amp;F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, version %2, is stored in the archive.</source>
        <translation>%1第%2版已存入存檔。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved Text</source>
        <translation>未儲存的文字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The text for %1 has unsaved changes. Save them?</source>
        <translation>%1的文字有未儲存的修改。是否儲存？</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReportActions</name>
    <message>
        <location filename="../ui/reports/reportactions.cpp" line="+20"/>
        <source>&amp;Quarterly Self-Inspection Report…</source>
        <translation>季度自查報告(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly Report &amp;Template…</source>
        <translation>季度報告模板(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The quarter&apos;s figures from the ledger, the office&apos;s text, print, PDF and the archive</source>
        <translation>根據臺帳統計本季度資料，編寫文字，列印、匯出 PDF 並存檔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the text of the quarterly self-inspection report</source>
        <translation>編輯季度自查報告的文字模板</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReportArchivePanel</name>
    <message>
        <location filename="../ui/reports/reportarchivepanel.cpp" line="+30"/>
        <source>Pre&amp;view…</source>
        <translation>預覽(&amp;V)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reprint…</source>
        <translation>重新列印(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>匯出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF/&amp;A-1b for the archive</source>
        <translation>存檔用 PDF/A-1b(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finalized by</source>
        <translation>定稿人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finalized at</source>
        <translation>定稿時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content check</source>
        <translation>內容校驗</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No report has been finalized yet. A finalized report is stored here with its figures and text, and can be reprinted unchanged.</source>
        <translation>尚無定稿的報告。報告定稿後，其資料和文字儲存在這裡，可原樣重新列印。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current</source>
        <translation>現行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALTERED: the stored copy does not match its hash</source>
        <translation>已被改動：存檔副本與其雜湊值不符</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 self-inspection report, version %2</source>
        <translation>%1自查報告（第%2版）</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReportPreviewPane</name>
    <message>
        <location filename="../ui/reports/reportpreviewpane.cpp" line="+29"/>
        <source>Fit &amp;Width</source>
        <translation>適合寬度(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole &amp;Page</source>
        <translation>整頁(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Facing Pages</source>
        <translation>雙頁顯示(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共%n頁</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReportPrinting</name>
    <message>
        <location filename="../ui/reports/reportprinting.cpp" line="+32"/>
        <source>Print %1</source>
        <translation>列印%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The printer could not be used.</source>
        <translation>無法使用印表機。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+16"/>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 檔案 (*.html)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export HTML</source>
        <translation>匯出 HTML</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export JSON</source>
        <translation>匯出 JSON</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReportTemplateDialog</name>
    <message>
        <location filename="../ui/reports/reporttemplatedialog.ui" line="+14"/>
        <source>Quarterly Report Template</source>
        <translation>季度報告模板</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text of every quarterly self-inspection report. Lines: &quot;# &quot; the title, &quot;## &quot; and &quot;### &quot; headings, &quot;&gt; &quot; a closing line on the right, &quot;[table:NAME]&quot; a figure table, any other line a paragraph. A placeholder in braces becomes sentences made from the period&apos;s figures or the office&apos;s own sections.</source>
        <translation>每份季度自查報告的文字。各行含義：「# 」為標題，「## 」和「### 」為各級標題，「&gt; 」為右對齊的落款行，「[table:名稱]」為資料表，其他行為正文段落。花括號中的佔位符將替換為根據本期資料生成的句子或本單位自行編寫的內容。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Placeholders and tables (double-click to insert):</source>
        <translation>佔位符和資料表（雙擊插入）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Check</source>
        <translation>檢查(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reset to Default…</source>
        <translation>恢復預設(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporttemplatedialog.cpp" line="+25"/>
        <source>the unit&apos;s name</source>
        <translation>單位名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period, e.g. 2024年第三季度</source>
        <translation>報告期間，如「2024年第三季度」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date that closes the report</source>
        <translation>報告落款日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the office&apos;s text on organisation and rules</source>
        <translation>本單位填寫的組織領導和制度建設情況</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>items published, per channel</source>
        <translation>公開資訊數量，按公開載體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>items published per category and department</source>
        <translation>公開資訊數量，按資訊類別和科室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submissions and adoptions per upper agency</source>
        <translation>向各上級機關報送和被採用情況</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confidentiality reviews</source>
        <translation>保密審查情況</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disclosure requests</source>
        <translation>依申請公開情況</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading-room deliveries</source>
        <translation>向公共查閱室報送檔案情況</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trainings and attendees</source>
        <translation>業務培訓次數和人次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>online interviews and press conferences</source>
        <translation>線上訪談和新聞發布會</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the office&apos;s text on website and new-media security</source>
        <translation>本單位填寫的網站和新媒體安全情況</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>problems: those the figures show, then the office&apos;s</source>
        <translation>存在問題：先列資料反映的問題，再列本單位填寫的問題</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the office&apos;s next steps</source>
        <translation>本單位填寫的下一步工作安排</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table: per channel</source>
        <translation>資料表：按公開載體</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table: per category</source>
        <translation>資料表：按資訊類別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table: per department</source>
        <translation>資料表：按科室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table: submissions and adoptions per agency</source>
        <translation>資料表：各上級機關報送和採用情況</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The template has no problems.</source>
        <translation>模板沒有問題。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no title line (&quot;# …&quot;).</source>
        <translation>缺少標題行（「# …」）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown placeholders or tables:</source>
        <translation>未知的佔位符或資料表：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reset Template</source>
        <translation>恢復預設模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the template with the one shipped with the program? Your changes to it are lost.</source>
        <translation>用程式自帶的模板替換目前模板？您對模板的修改將丟失。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReviewActions</name>
    <message>
        <location filename="../ui/review/reviewactions.cpp" line="+38"/>
        <source>&amp;Submit for Review</source>
        <translation>提交審查(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recall Submission</source>
        <translation>撤回送審(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve…</source>
        <translation>簽署(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Back…</source>
        <translation>退回(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ttest Paper Review…</source>
        <translation>證明紙本審查(&amp;T)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Review &amp;History</source>
        <translation>審查記錄(&amp;H)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select an item in the ledger</source>
        <translation>請在臺帳中選擇一條資訊</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show the rounds, signatures and send-backs of this item</source>
        <translation>顯示此資訊的各輪審查、簽署和退回記錄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submit the item to the review chain; it is frozen while under review</source>
        <translation>將此資訊提交審查流程；審查期間資訊被凍結</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The item is not under review</source>
        <translation>此資訊不在審查中</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Take the submission back to change the item</source>
        <translation>撤回送審以修改資訊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record, with your password, that the item was reviewed on paper before it was entered</source>
        <translation>以您的密碼登記該資訊在錄入前已進行紙本審查</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only section chiefs and leaders sign reviews</source>
        <translation>只有科室負責人和領導簽署審查</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign %1</source>
        <translation>簽署%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the item back to its author at %1</source>
        <translation>在%1環節將此資訊退回撰稿人</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Item %1 was submitted for review (round %2).</source>
        <translation>編號%1的資訊已提交審查（第%2輪）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The submission of item %1 was recalled; it is a draft again.</source>
        <translation>編號%1的資訊已撤回送審，恢復為草稿。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recalled</source>
        <translation>未撤回</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>Not signed</source>
        <translation>未簽署</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Item %1 is not under review.</source>
        <translation>編號%1的資訊不在審查中。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>You signed %1 of item %2.</source>
        <translation>您已簽署編號%2的資訊的%1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+4"/>
        <source>Not sent back</source>
        <translation>未退回</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item %1 was sent back to its author.</source>
        <translation>編號%1的資訊已退回撰稿人。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item %1 does not exist.</source>
        <translation>資訊 %1 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not attested</source>
        <translation>未證明</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The paper review of item %1 was attested.</source>
        <translation>資訊 %1 的紙本審查已證明。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Review history</source>
        <translation>審查記錄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review history of “%1”</source>
        <translation>「%1」的審查記錄</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReviewHistoryHtml</name>
    <message>
        <location filename="../ui/review/reviewhistoryhtml.cpp" line="+42"/>
        <source>Not reviewed yet</source>
        <translation>尚未審查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under review (round %1)</source>
        <translation>審查中（第%1輪）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent back in round %1</source>
        <translation>第%1輪審查被退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round %1 recalled</source>
        <translation>第%1輪已撤回送審</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved in round %1 by %2 on %3</source>
        <translation>第%1輪審查通過，%2於%3簽發</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewed on paper</source>
        <translation>紙本審查</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reviewed on paper: %1</source>
        <translation>紙本審查：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded %1 by %2</source>
        <translation>%2於%1登記</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, ended %1</source>
        <translation>，%1結束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round %1</source>
        <translation>第%1輪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started %1 by %2%3</source>
        <translation>%2於%1提交%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted despite high findings of the pre-screen. Reason: %1</source>
        <translation>預審發現高風險問題仍送審。理由：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: %2 (%3)</source>
        <translation>第%1步：%2（%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by %1 (%2) on %3: %4</source>
        <translation>%1（%2）於%3簽署：%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No longer valid — the content changed after signing</source>
        <translation>已失效——簽署後內容被修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent back by %1 on %2</source>
        <translation>%1於%2退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>等待簽署</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReviewPrintActions</name>
    <message>
        <location filename="../ui/review/reviewprintactions.cpp" line="+48"/>
        <source>Review Form Print Pre&amp;view…</source>
        <translation>審查審批表列印預覽(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the item&apos;s confidentiality review form as it will print</source>
        <translation>按列印效果顯示此資訊的保密審查審批表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print Review Form…</source>
        <translation>列印審查審批表(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the item&apos;s confidentiality review form (A4)</source>
        <translation>列印此資訊的保密審查審批表（A4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review Form as P&amp;DF…</source>
        <translation>審查審批表另存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the item&apos;s confidentiality review form as a PDF file</source>
        <translation>將此資訊的保密審查審批表儲存為 PDF 檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Monthly Review Summary…</source>
        <translation>保密審查月度彙總(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print or save the reviews that ended in a month, for filing</source>
        <translation>列印或儲存當月審結的審查，供歸檔</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Review form %1</source>
        <translation>審查審批表 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review Form</source>
        <translation>保密審查審批表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Monthly Review Summary</source>
        <translation>保密審查月度彙總</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Print %1</source>
        <translation>列印%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be used.</source>
        <translation>無法使用印表機。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Cannot write %1.</source>
        <translation>無法寫入%1。</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+26"/>
        <source>Review summary %1</source>
        <translation>審查彙總 %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Save as CSV</source>
        <translation>另存為 CSV</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReviewWorkflow</name>
    <message>
        <location filename="../ui/review/reviewworkflow.cpp" line="+109"/>
        <source>To sign: %1</source>
        <translation>待簽署：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::SectionsEditor</name>
    <message>
        <location filename="../ui/reports/sectionseditor.cpp" line="+21"/>
        <source>&amp;Save Text</source>
        <translation>儲存文字(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Organisation and rules:</source>
        <translation>組織領導和制度建設(&amp;O)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Website and new-media security:</source>
        <translation>網站和新媒體安全(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other &amp;problems:</source>
        <translation>其他存在問題(&amp;P)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next steps:</source>
        <translation>下一步工作安排(&amp;N)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One paragraph a line</source>
        <translation>每行一段</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Saved by %1 on %2.</source>
        <translation>%1 於 %2 儲存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This period has no text yet: it is prefilled from %1.</source>
        <translation>本期尚無文字，已按%1的內容預先填寫。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This period has no text yet.</source>
        <translation>本期尚無文字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Only authors can change it.</source>
        <comment>a sentence added to the one before</comment>
        <translation>%1只有撰稿人可以修改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>Save Text</source>
        <translation>儲存文字</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1

Reload the text as it is stored now? Your changes are lost.</source>
        <translation>%1

是否重新載入已儲存的文字？您的修改將丟失。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::SendBackDialog</name>
    <message>
        <location filename="../ui/review/sendbackdialog.ui" line="+9"/>
        <source>Send back to the author</source>
        <translation>退回撰稿人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document No.:</source>
        <translation>文號：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Department:</source>
        <translation>科室：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Author:</source>
        <translation>撰稿人：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Reason:</source>
        <translation>退回理由(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required: what the author must change before submitting again</source>
        <translation>必填：撰稿人重新提交前須修改的內容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your password again to confirm</source>
        <translation>再次輸入密碼以確認</translation>
    </message>
    <message>
        <location filename="../ui/review/sendbackdialog.cpp" line="+17"/>
        <source>Send back: %1</source>
        <translation>退回：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending back ends this review round: the item goes back to its author, who revises it and submits it again. Your name, the time and your reason are recorded; whoever reviews is accountable for the review.</source>
        <translation>退回將結束本輪審查：資訊退回撰稿人，由其修改後重新提交。您的姓名、時間和退回理由將被記錄；誰審查，誰負責。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send &amp;back</source>
        <translation>退回(&amp;B)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Say why the item goes back: the author needs to know what to change.</source>
        <translation>請說明退回理由：撰稿人需要知道應修改什麼。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your password to confirm.</source>
        <translation>請輸入密碼以確認。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not sent back: %1</source>
        <translation>未退回：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ServerDialog</name>
    <message>
        <location filename="../ui/widgets/serverdialog.ui" line="+14"/>
        <source>Connect to a Database Server</source>
        <translation>連線資料庫伺服器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to the office&apos;s shared PostgreSQL database.</source>
        <translation>連線本辦公室共享的 PostgreSQL 資料庫。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>postgresql://user@host:port/database</source>
        <translation>postgresql://使用者名稱@主機:埠/資料庫</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The password is used for this session only and is never saved.</source>
        <translation>密碼僅用於本次工作階段，不會儲存。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serverdialog.cpp" line="+16"/>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Database Password</source>
        <translation>資料庫密碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the password for %1.</source>
        <translation>請輸入 %1 的密碼。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a server address that starts with postgresql://</source>
        <translation>請輸入以 postgresql:// 開頭的伺服器位址</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::SignDialog</name>
    <message>
        <location filename="../ui/review/signdialog.ui" line="+9"/>
        <source>Sign the review</source>
        <translation>簽署審查意見</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document No.:</source>
        <translation>文號：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Department:</source>
        <translation>科室：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Author:</source>
        <translation>撰稿人：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Opinion:</source>
        <translation>審查意見(&amp;O)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Comment:</source>
        <translation>說明(&amp;C)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional: what should be changed, or why</source>
        <translation>可選：需修改的內容或理由</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your password again to sign</source>
        <translation>再次輸入密碼以簽署</translation>
    </message>
    <message>
        <location filename="../ui/review/signdialog.cpp" line="+17"/>
        <source>Sign: %1</source>
        <translation>簽署：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/signdialogparts.h" line="+18"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../ui/review/signdialog.cpp" line="+8"/>
        <source>&amp;Sign</source>
        <translation>簽署(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/review/signdialogparts.h" line="+33"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../ui/review/signdialog.cpp" line="+21"/>
        <source>Type your password to sign.</source>
        <translation>請輸入密碼以簽署。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not signed: %1</source>
        <translation>未簽署：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::SignFindingsView</name>
    <message>
        <location filename="../ui/review/signfindingsview.cpp" line="+21"/>
        <source>Attachments: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pre-screen found nothing in the text or the attachments.</source>
        <translation>預審未在正文和附件中發現問題。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-screen found %n item(s) to check, %1 of them high: read them before you sign.</source>
        <translation>
            <numerusform>預審發現 %n 處需核查的內容，其中高風險 %1 處：請在簽署前逐條閱讀。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-screen found %n item(s) to check (warnings).</source>
        <translation>
            <numerusform>預審發現 %n 處需核查的內容（提示）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The author&apos;s reason for submitting despite high findings: %1</source>
        <translation>撰稿人帶高風險項送審的理由：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::SignIn</name>
    <message>
        <location filename="../ui/auth/signin.cpp" line="+35"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::SignTarget</name>
    <message>
        <location filename="../ui/review/signtarget.cpp" line="+40"/>
        <source>Step %1 of %2: %3 (%4)</source>
        <translation>第%1步（共%2步）：%3（%4）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your signature records your confidentiality review of this item: you have checked that it contains no state secrets, work secrets, trade secrets or personal information that must not be disclosed.</source>
        <translation>您的簽署表示您已對此資訊進行保密審查：確認其中不含國家秘密、工作秘密、商業秘密或不應公開的個人資訊。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your signature records your approval of this item after the review before you: you agree with the opinion on its disclosure.</source>
        <translation>您的簽署表示您在前一環節審查的基礎上審核同意此資訊：同意關於其公開的審查意見。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your signature is the final sign-off: with it the item may be published.</source>
        <translation>您的簽署為最終簽發：簽發後此資訊即可發布。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is recorded with your name, the time and the content as it is now; whoever reviews is accountable for the review. A later change to the content makes the signature void.</source>
        <translation>簽署時將記錄您的姓名、時間和目前內容；誰審查，誰負責。內容此後如有修改，簽署即失效。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::SubmissionTableModel</name>
    <message>
        <location filename="../ui/models/submissiontablemodel.cpp" line="+164"/>
        <source>Where the agency used it, e.g. the issue of its bulletin</source>
        <translation>上級機關採用的位置，如其刊物的期次</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Upper agency</source>
        <translation>上級機關</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>報送日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted</source>
        <translation>已採用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted on</source>
        <translation>採用日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted in</source>
        <translation>採用刊期</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::UnlockDialog</name>
    <message>
        <location filename="../ui/auth/unlockdialog.ui" line="+6"/>
        <source>Window Locked</source>
        <translation>視窗已鎖定</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/auth/unlockdialog.cpp" line="+18"/>
        <source>The window was locked. %1 (%2), type your password to go on working, or sign out.</source>
        <translation>視窗已鎖定。%1（%2），請輸入密碼繼續工作，或登出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign Out</source>
        <translation>登出(&amp;S)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The password is wrong.</source>
        <translation>密碼錯誤。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::UserEditDialog</name>
    <message>
        <location filename="../ui/admin/usereditdialog.ui" line="+31"/>
        <source>&amp;Login:</source>
        <translation>登入名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Letters, digits, dots, dashes; cannot be changed later</source>
        <translation>字母、數字、點、連字元；建立後不能修改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name printed on review forms and reports</source>
        <translation>列印在審查單和報告上的姓名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Department:</source>
        <translation>科室(&amp;D)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A&amp;ctive (may sign in)</source>
        <translation>啟用，允許登入(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First &amp;password:</source>
        <translation>初始密碼(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The user must change it at the first sign-in</source>
        <translation>使用者首次登入時須修改</translation>
    </message>
    <message>
        <location filename="../ui/admin/usereditdialog.cpp" line="+24"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The login cannot be changed: signatures and the audit trail refer to it.</source>
        <translation>登入名不能修改：簽名和審計記錄均引用該登入名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User “%1”</source>
        <translation>使用者「%1」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New User</source>
        <translation>新增使用者</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The user must change it at the first sign-in.</source>
        <translation>使用者首次登入時須修改此密碼。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::UsersDialog</name>
    <message>
        <location filename="../ui/admin/usersdialog.ui" line="+20"/>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reset Password…</source>
        <translation>重設密碼(&amp;R)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/admin/usersdialog.cpp" line="+60"/>
        <location line="+17"/>
        <source>Reset Password</source>
        <translation>重設密碼</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>A temporary password for %1 (%2); they must change it at their next sign-in.
%3</source>
        <translation>%1（%2）的臨時密碼如下；該使用者下次登入時須修改密碼。
%3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::WithdrawItemCommand</name>
    <message>
        <location filename="../ui/ledger/itemcommands.cpp" line="+101"/>
        <source>Withdraw “%1”</source>
        <translation>撤回「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The item is withdrawn already.</source>
        <translation>該資訊已撤回。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::WordListDialog</name>
    <message>
        <location filename="../ui/admin/wordlistdialog.ui" line="+9"/>
        <source>Word List</source>
        <translation>錯敏詞表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitive words and wrong wordings the pre-screen finds in items, with what to write instead. High findings block submission unless the author gives a reason.</source>
        <translation>預審在資訊中查詢的敏感詞和錯誤表述，以及應改為的規範表述。發現「高」級別問題時，撰稿人須說明理由方可送審。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Term</source>
        <translation>詞語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>級別</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/admin/wordlistdialog.cpp" line="+40"/>
        <source>Import a Word List</source>
        <translation>匯入詞表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文字檔案 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Row %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::WorkRecordDialog</name>
    <message>
        <location filename="../ui/records/workrecorddialog.ui" line="+38"/>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Topic:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the training, interview or event was about</source>
        <translation>培訓、訪談或活動的主題</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organiser:</source>
        <translation>組織單位(&amp;O)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. 局办公室, 市政务公开办</source>
        <translation>如：局辦公室、市政務公開辦</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Attendees:</source>
        <translation>參加人數(&amp;A)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>People trained or taking part; a training needs at least one</source>
        <translation>參加培訓或活動的人數；培訓至少1人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Doc&amp;uments:</source>
        <translation>檔案數(&amp;U)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Currently valid documents delivered; a reading-room delivery needs at least one</source>
        <translation>送閱的現行有效檔案數；公共查閱室送閱至少1件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Recipients:</source>
        <translation>接收單位(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. 市档案馆, 市图书馆</source>
        <translation>如：市檔案館、市圖書館</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De&amp;partment:</source>
        <translation>科室(&amp;P)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/records/workrecorddialog.cpp" line="+27"/>
        <source>(whole office)</source>
        <translation>（全域性）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New Work Record</source>
        <translation>新增工作記錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work Record %1</source>
        <translation>工作記錄%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A training: give the topic, who organised it and how many attended.</source>
        <translation>培訓：請填寫主題、組織單位和參加人數。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A delivery of currently valid documents to the public reading room: give the number of documents and who received them.</source>
        <translation>向公共查閱室報送現行有效檔案：請填寫檔案數和接收單位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the topic and who organised it; attendees are optional.</source>
        <translation>請填寫主題和組織單位；參加人數可不填。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other disclosure work: describe it in the topic and the note.</source>
        <translation>其他政務公開工作：請在主題和備註中說明。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::WorkRecordModel</name>
    <message>
        <location filename="../ui/models/workrecordmodel.cpp" line="+83"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>主題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser</source>
        <translation>組織單位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendees</source>
        <translation>參加人數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>檔案數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipients</source>
        <translation>接收單位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::WorkRecordsActions</name>
    <message>
        <location filename="../ui/records/workrecordsactions.cpp" line="+15"/>
        <source>&amp;Work Records…</source>
        <translation>工作記錄(&amp;W)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trainings, online interviews, press conferences and reading-room deliveries</source>
        <translation>培訓、線上訪談、新聞發布會和公共查閱室送閱</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::WorkRecordsWindow</name>
    <message>
        <location filename="../ui/records/workrecordswindow.cpp" line="+36"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+167"/>
        <source>Work Records</source>
        <translation>工作記錄</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous year</source>
        <translation>上年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>自定義</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>No work records in this period.
Add trainings, online interviews, press conferences and reading-room deliveries with Add…, or import them from a CSV file.</source>
        <translation>本期間沒有工作記錄。
可用「新增」錄入培訓、線上訪談、新聞發布會和公共查閱室送閱，或從 CSV 檔案匯入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No work records in this period.</source>
        <translation>本期間沒有工作記錄。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s); trained: %1; documents delivered: %2</source>
        <translation>
            <numerusform>共%n條記錄；培訓%1人次；送閱檔案%2件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Edit Work Record</source>
        <translation>修改工作記錄</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Delete Work Record</source>
        <translation>刪除工作記錄</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the %1 “%2” of %3? The audit trail keeps what it said.</source>
        <translation>刪除%3的%1「%2」嗎？審計日誌會保留其內容。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import Work Records</source>
        <translation>匯入工作記錄</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n work record(s)</source>
        <translation>
            <numerusform>%n條工作記錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>Export Work Records</source>
        <translation>匯出工作記錄</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n work record(s) exported to %1</source>
        <translation>
            <numerusform>已匯出%n條工作記錄到%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+66"/>
        <source>The workstation of the government information disclosure office.</source>
        <translation>政府資訊公開辦公室的工作臺。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database: a SQLite file or postgresql://user@host:port/dbname. The server&apos;s password comes from GONGKAI_DB_PASSWORD or is asked for.</source>
        <translation>資料庫：SQLite 檔案，或 postgresql://使用者名稱@主機:埠/資料庫名。伺服器密碼取自環境變數 GONGKAI_DB_PASSWORD，未設定時提示輸入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH|URL</source>
        <translation>路徑|URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interface language: zh_CN, zh_TW or en.</source>
        <translation>介面語言：zh_CN、zh_TW 或 en。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANGUAGE</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start, show the window, and exit (for tests).</source>
        <translation>啟動並顯示視窗後退出（用於測試）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items of the demo office created in a new database (default %1).</source>
        <translation>新建資料庫時生成的示範單位資訊條數（預設%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in as LOGIN without the dialog, with the password from the environment variable GONGKAI_PASSWORD (for scripts and tests).</source>
        <translation>不顯示登入對話方塊，直接以指定的登入名登入，密碼取自環境變數 GONGKAI_PASSWORD（供指令碼和測試使用）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LOGIN</source>
        <translation>登入名</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--user needs the password in the environment variable GONGKAI_PASSWORD.</source>
        <translation>--user 要求在環境變數 GONGKAI_PASSWORD 中提供密碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has no administrator yet: create one with gongkai-cli init --admin LOGIN (password from GONGKAI_PASSWORD), or start without --user.</source>
        <translation>資料庫尚無系統管理員：請用 gongkai-cli init --admin 登入名 建立（密碼取自 GONGKAI_PASSWORD），或不帶 --user 啟動。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing in as %1 failed: %2</source>
        <translation>以%1身份登入失敗：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--exit-after-startup needs --user LOGIN and GONGKAI_PASSWORD: nobody can sign in without a dialog otherwise.</source>
        <translation>--exit-after-startup 需要 --user 登入名和 GONGKAI_PASSWORD：否則無法在不顯示對話方塊的情況下登入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign In</source>
        <translation>登入</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No password was given.</source>
        <translation>未提供密碼。</translation>
    </message>
</context>
</TS>
