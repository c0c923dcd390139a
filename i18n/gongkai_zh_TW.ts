<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>gongkai::BulkInserter</name>
    <message>
        <location filename="../app/core/demo/bulkinserter.cpp" line="+70"/>
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
        <location filename="../app/core/storage/database.cpp" line="+50"/>
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
        <location line="+37"/>
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
        <location line="+75"/>
        <source>Cannot start a transaction</source>
        <translation>無法開始交易</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The transaction was rolled back because part of it failed</source>
        <translation>交易中有操作失敗，已全部回滾</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../app/core/io/itemexporter.cpp" line="+159"/>
        <source>The export could not be written: %1</source>
        <translation>匯出檔案無法寫入：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Cannot write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::ItemImporter</name>
    <message>
        <location filename="../app/core/io/importlookup.cpp" line="+61"/>
        <source>cannot create department “%1”: %2</source>
        <translation>無法新建科室「%1」：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>department “%1” matches several departments that differ only in case</source>
        <translation>科室「%1」與多個僅大小寫不同的科室相匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown department “%1”</source>
        <translation>未知科室「%1」</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create category “%1”: %2</source>
        <translation>無法新建資訊類別「%1」：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>category “%1” matches several categories that differ only in case</source>
        <translation>資訊類別「%1」與多個僅大小寫不同的資訊類別相匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown category “%1”</source>
        <translation>未知資訊類別「%1」</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot create upper agency “%1”: %2</source>
        <translation>無法新建上級機關「%1」：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cannot create channel “%1”: %2</source>
        <translation>無法新建發布渠道「%1」：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>channel “%1” matches several channels that differ only in case</source>
        <translation>發布渠道「%1」與多個僅大小寫不同的發布渠道相匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown upper agency “%1”</source>
        <translation>未知上級機關「%1」</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown channel “%1”</source>
        <translation>未知發布渠道「%1」</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>author “%1” is ambiguous: %2 users have that name; give the login instead</source>
        <translation>撰稿人「%1」不明確：有%2個使用者同名，請改填登入名</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create author “%1”: %2</source>
        <translation>無法新建撰稿人「%1」：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>author “%1” matches several logins that differ only in case</source>
        <translation>撰稿人「%1」與多個僅大小寫不同的登入名相匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown author “%1”</source>
        <translation>未知撰稿人「%1」</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemcsvformat.cpp" line="+173"/>
        <source>bad date “%1”, expected YYYY-MM-DD</source>
        <translation>日期「%1」有誤，格式應為 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../app/core/io/itemimporter.cpp" line="+38"/>
        <source>cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is neither UTF-8 nor GB18030/GBK text: line %1 holds bytes that are not valid in %2</source>
        <translation>檔案既不是 UTF-8 也不是 GB18030/GBK 編碼的文字：第%1行含有在 %2 中無效的位元組</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file is empty; its first line must name the columns</source>
        <translation>檔案為空；第一行須為欄名</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>wrong number of fields: %1, expected %2</source>
        <translation>欄位數有誤：%1個，應為%2個</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemrowreader.cpp" line="+93"/>
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
        <location line="+4"/>
        <source>the author is empty</source>
        <translation>撰稿人為空</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown status “%1”, expected one of %2</source>
        <translation>未知狀態「%1」，應為以下之一：%2</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../app/core/storage/itemrepository.cpp" line="+67"/>
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
        <location line="+96"/>
        <location line="+16"/>
        <location line="+21"/>
        <location line="+21"/>
        <location line="+11"/>
        <source>Item %1 does not exist.</source>
        <translation>編號%1的資訊不存在。</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Item %1 was changed by someone else since you opened it. Reopen it and make your change again.</source>
        <translation>編號%1的資訊在您開啟後已被他人修改。請重新開啟後再修改。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Item %1 was changed by someone else since you opened it.</source>
        <translation>編號%1的資訊在您開啟後已被他人修改。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>An item cannot be reinstated as withdrawn.</source>
        <translation>資訊不能以「已撤回」狀態恢復。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item %1 is not withdrawn.</source>
        <translation>編號%1的資訊未被撤回。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item %1 is withdrawn; it cannot be published.</source>
        <translation>編號%1的資訊已撤回，不能發布。</translation>
    </message>
</context>
<context>
    <name>gongkai::Migrations</name>
    <message>
        <location filename="../app/core/storage/migrations.cpp" line="+143"/>
        <source>The database has schema version %1, newer than this program understands (%2). Update the program.</source>
        <translation>資料庫結構版本為%1，高於本程式支援的版本（%2）。請升級本程式。</translation>
    </message>
</context>
<context>
    <name>gongkai::NamedTable</name>
    <message>
        <location filename="../app/core/storage/namedtable.cpp" line="+59"/>
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
        <location line="+26"/>
        <source>The record %1 does not exist.</source>
        <translation>編號%1的記錄不存在。</translation>
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
        <location filename="../app/core/storage/userrepository.cpp" line="+20"/>
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
        <location line="+66"/>
        <source>The login “%1” is taken.</source>
        <translation>登入名「%1」已被使用。</translation>
    </message>
    <message>
        <location line="+33"/>
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
    <name>gongkai::cli::AdminCommands</name>
    <message>
        <location filename="../app/cli/admincommands.cpp" line="+31"/>
        <source>Creates the database, or brings its schema up to date, and prints the schema version.</source>
        <translation>建立資料庫或將其結構升級到最新版本，並輸出結構版本號。</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+15"/>
        <source>Usage: gongkai-cli %1 add|list [options]</source>
        <translation>用法：gongkai-cli %1 add|list [選項]</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+1"/>
        <source>Adds a %1 and prints its id.</source>
        <translation>新增一條 %1 記錄並輸出其編號。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adds an account and prints its id. Roles: author, section_chief, leader_in_charge, principal_leader, administrator, auditor.</source>
        <translation>新增一個帳戶並輸出其編號。角色：author（撰稿人）、section_chief（科室負責人）、leader_in_charge（分管領導）、principal_leader（主要領導）、administrator（系統管理員）、auditor（審計管理員）。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+18"/>
        <source>unknown role “%1” (one of %2)</source>
        <translation>未知角色「%1」（應為以下之一：%2）</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+45"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location line="-37"/>
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
        <location line="+42"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Lists the accounts with their departments and roles.</source>
        <translation>列出帳戶及其科室和角色。</translation>
    </message>
    <message>
        <location line="+24"/>
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
</context>
<context>
    <name>gongkai::cli::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+43"/>
        <source>Usage: gongkai-cli [--db PATH|URL] COMMAND [options]

The ledger of published items, for scripts and administrators. Without --db the database
the program used last is used. For a PostgreSQL server (postgresql://user@host:port/dbname)
the password comes from GONGKAI_DB_PASSWORD or is asked for.

Commands:
  init                          create the database or bring its schema up to date
  demo [--items N] [--seed S]   fill an empty database with a demo office
  department add|list           departments (科室)
  channel add|list              channels and upper agencies
  category add|list             information categories
  user add|list                 accounts and their roles
  item add|show|withdraw        ledger items
  publication add ITEM          record a publication of an item
  submission add ITEM           record a submission to an upper agency
  list items                    list the ledger, filtered
  import items FILE             import the ledger from CSV
  export items FILE             export the ledger as CSV
  screen FILE…                  screen .txt/.docx files for markings and personal data

Run gongkai-cli COMMAND --help for a command&apos;s options.
</source>
        <translation>用法：gongkai-cli [--db 路徑|URL] 命令 [選項]

資訊發布臺帳的命令列工具，供指令碼和管理員使用。不指定 --db 時，使用程式上次使用的資料庫。
使用 PostgreSQL 伺服器（postgresql://使用者名稱@主機:埠/資料庫名）時，
密碼取自環境變數 GONGKAI_DB_PASSWORD，未設定時提示輸入。

命令：
  init                          建立資料庫，或將其結構升級到最新版本
  demo [--items N] [--seed S]   在空資料庫中生成示範單位資料
  department add|list           科室
  channel add|list              發布渠道和上級機關
  category add|list             資訊類別
  user add|list                 帳戶及其角色
  item add|show|withdraw        臺帳資訊
  publication add ITEM          登記資訊的發布
  submission add ITEM           登記資訊向上級機關的報送
  list items                    按條件列出臺帳
  import items FILE             從 CSV 檔案匯入臺帳
  export items FILE             將臺帳匯出為 CSV 檔案
  screen FILE…                  檢查 .txt/.docx 檔案中的密級標誌和個人資訊

執行 gongkai-cli &lt;命令&gt; --help 檢視該命令的選項。
</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--db needs a file path or a postgresql:// address</source>
        <translation>--db 需要檔案路徑或 postgresql:// 地址</translation>
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
        <location line="+24"/>
        <source>unknown command “%1” (see gongkai-cli --help)</source>
        <translation>未知命令「%1」（參見 gongkai-cli --help）</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+53"/>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 (see gongkai-cli %1 --help)</source>
        <translation>%1：%2（參見 gongkai-cli %1 --help）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: gongkai-cli [--db PATH|URL] %1 %2</source>
        <translation>用法：gongkai-cli [--db 路徑|URL] %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../app/cli/democommand.cpp" line="+17"/>
        <source>Fills the database with a demo office (某市商务局): departments, users with every role, and ledger items with publications and submissions, spread over the last year (over more years for more than 20,000 items). The same seed gives the same office.</source>
        <translation>在資料庫中生成一個示範單位（某市商務局）：科室、具有各種角色的使用者，以及附帶發布和報送記錄的臺帳資訊，時間分佈在最近一年內（超過20000條時分佈在更多年份）。相同的隨機種子生成相同的資料。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>Add the demo even if the ledger has items.</source>
        <translation>即使臺帳中已有資訊，也新增示範資料。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad seed “%1”: expected a whole number from 0 to 4294967295</source>
        <translation>隨機種子「%1」有誤：應為0至4294967295之間的整數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--last-day lies in the future</source>
        <translation>--last-day 不能晚於今天</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the ledger has %1 items already; use --force to add the demo office anyway</source>
        <translation>臺帳中已有%1條資訊；如仍要新增示範單位資料，請使用 --force</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../app/cli/iocommands.cpp" line="+25"/>
        <source>%1: say what to %1 (items)</source>
        <translation>%1：請指明要%1的內容（items）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imports ledger items from a CSV file (UTF-8 with or without BOM, or GBK/GB18030; headers in Chinese or English). All or nothing: any problem leaves the database as it was. FILE - reads standard input.</source>
        <translation>從 CSV 檔案匯入臺帳資訊（UTF-8 編碼，帶或不帶 BOM，或 GBK/GB18030 編碼；欄名可為中文或英文）。全部匯入或全部不匯入：有任何問題時資料庫保持不變。FILE 為 - 時從標準輸入讀取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV file.</source>
        <translation>CSV 檔案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report every problem and import nothing.</source>
        <translation>報告全部問題，不匯入任何資料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create unknown channels, departments, categories and authors.</source>
        <translation>自動新建未知的發布渠道、科室、資訊類別和撰稿人。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read standard input</source>
        <translation>無法讀取標準輸入</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 rows checked, no problems</source>
        <translation>已檢查%1行，未發現問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 items imported</source>
        <translation>已匯入%1條資訊</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exports the ledger (or the items the filter picks) as CSV in UTF-8 with BOM, one row per item. FILE - writes to standard output.</source>
        <translation>將臺帳（或篩選出的資訊）匯出為 UTF-8 編碼（帶 BOM）的 CSV 檔案，每條資訊一行。FILE 為 - 時寫到標準輸出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file to write.</source>
        <translation>要寫入的 CSV 檔案。</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../app/cli/itemcommands.cpp" line="+31"/>
        <source>item %1 does not exist</source>
        <translation>編號%1的資訊不存在</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: gongkai-cli item add|show|withdraw [options]</source>
        <translation>用法：gongkai-cli item add|show|withdraw [選項]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item: missing action (add, show or withdraw)</source>
        <translation>item：缺少操作（add、show 或 withdraw）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item: unknown action “%1” (add, show or withdraw)</source>
        <translation>item：未知操作「%1」（應為 add、show 或 withdraw）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds an item to the ledger as a draft and prints its id.</source>
        <translation>將一條資訊以草稿狀態登記到臺帳，並輸出其編號。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>The author&apos;s login.</source>
        <translation>撰稿人的登入名。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+19"/>
        <source>unknown disclosure attribute “%1” (proactive, on_request or withheld)</source>
        <translation>未知公開屬性「%1」（應為 proactive、on_request 或 withheld）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print a JSON object.</source>
        <translation>以 JSON 物件輸出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <location line="+19"/>
        <location line="+28"/>
        <source>The item&apos;s id.</source>
        <translation>資訊編號。</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Shows one item with its publications and submissions.</source>
        <translation>顯示一條資訊及其發布和報送記錄。</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <location line="+12"/>
        <source>Withdraws an item (撤回): it stays in the ledger, marked withdrawn.</source>
        <translation>撤回一條資訊：資訊仍保留在臺帳中，標記為「已撤回」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item %1 is withdrawn.</source>
        <translation>編號%1的資訊已撤回。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>publication: missing action (add)</source>
        <translation>publication：缺少操作（add）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>publication: unknown action “%1” (add)</source>
        <translation>publication：未知操作「%1」（應為 add）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records that an item was published on a channel on a day.</source>
        <translation>登記一條資訊在某日透過某一渠道發布。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel, e.g. 门户网站.</source>
        <translation>發布渠道，如「入口網站」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day it was published.</source>
        <translation>發布日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The URL or issue, e.g. 《商务动态》第8期.</source>
        <translation>網址或期次，如「《商務動態》第8期」。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>submission: missing action (add)</source>
        <translation>submission：缺少操作（add）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submission: unknown action “%1” (add)</source>
        <translation>submission：未知操作「%1」（應為 add）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records that an item was submitted to an upper agency, and whether the agency adopted it.</source>
        <translation>登記一條資訊向上級機關的報送，以及是否被採用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The upper agency, e.g. 市委办公厅《每日要情》.</source>
        <translation>上級機關，如「市委辦公廳《每日要情》」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day it was submitted.</source>
        <translation>報送日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the agency adopted it.</source>
        <translation>採用日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it was adopted, e.g. 《每日要情》第12期.</source>
        <translation>採用刊期，如「《每日要情》第12期」。</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::ListCommands</name>
    <message>
        <location filename="../app/cli/listcommands.cpp" line="+48"/>
        <source>Usage: gongkai-cli list items [options]</source>
        <translation>用法：gongkai-cli list items [選項]</translation>
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
        <location line="+18"/>
        <source>Lists the ledger, newest drafted first: every matching item unless --limit is given.</source>
        <translation>列出臺帳，按撰稿日期從新到舊排列；未指定 --limit 時列出全部符合條件的資訊。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+8"/>
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
        <location line="+1"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>發布渠道</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::ScreenCommand</name>
    <message>
        <location filename="../app/cli/screencommand.cpp" line="+26"/>
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
        <location line="+1"/>
        <source>Print the findings as JSON.</source>
        <translation>以 JSON 格式輸出檢查結果。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Total: %1 high, %2 warning, %3 info</source>
        <translation>合計：高 %1 項，警告 %2 項，提示 %3 項</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AddItemCommand</name>
    <message>
        <location filename="../ui/ledger/itemcommands.cpp" line="+94"/>
        <source>Add “%1”</source>
        <translation>新增「%1」</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AdminActions</name>
    <message>
        <location filename="../ui/admin/adminactions.cpp" line="+35"/>
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
        <location line="+1"/>
        <source>Add user accounts and change their departments and roles</source>
        <translation>新增使用者帳戶，修改其所在科室和角色</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AdminListModel</name>
    <message>
        <location filename="../ui/models/adminlistmodel.cpp" line="+178"/>
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
        <location filename="../ui/models/adminusermodel.cpp" line="+65"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+50"/>
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
    <name>gongkai::ui::EditItemCommand</name>
    <message>
        <location filename="../ui/ledger/itemcommands.cpp" line="+24"/>
        <source>Edit “%1”</source>
        <translation>修改「%1」</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::FilterBar</name>
    <message>
        <location filename="../ui/ledger/filterbar.cpp" line="+39"/>
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
        <source>Create &amp;missing channels, departments, categories and authors</source>
        <translation>自動新建缺少的渠道、科室、類別和撰稿人(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without this, names the database does not know are reported as problems</source>
        <translation>不勾選時，資料庫中沒有的名稱將作為問題列出</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location filename="../ui/widgets/importdialog.cpp" line="+23"/>
        <source>Choose a file, then check it. Problems are listed below with their line and column.</source>
        <translation>請選擇檔案，然後檢查。發現的問題將連同所在行、欄在下方列出。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the File to Import</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n problem(s) found in %1 data row(s). Nothing was imported; correct the file and check it again.</source>
        <translation>
            <numerusform>在%1行資料中發現%n個問題。未匯入任何資訊；請修改檔案後重新檢查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No problems found: %n item(s) can be imported.</source>
        <translation>
            <numerusform>未發現問題：可匯入%n條資訊。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
</context>
<context>
    <name>gongkai::ui::ItemActions</name>
    <message>
        <location filename="../ui/ledger/itemactions.cpp" line="+89"/>
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
        <source>&amp;Edit Item…</source>
        <translation>修改資訊(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected item, its publications and submissions</source>
        <translation>修改所選資訊及其發布和報送記錄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Withdraw Item…</source>
        <translation>撤回資訊(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected item as withdrawn; it stays in the ledger</source>
        <translation>將所選資訊標記為已撤回；資訊仍保留在臺帳中</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Item not changed</source>
        <translation>資訊未修改</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+23"/>
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
        <location filename="../ui/ledger/itemcommands.cpp" line="-67"/>
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
        <location filename="../ui/ledger/itemdetailsview.cpp" line="+66"/>
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
        <location line="+20"/>
        <location line="+65"/>
        <source>Select an item in the ledger to see its details, publications and submissions here.</source>
        <translation>在臺帳中選擇一條資訊，即可在此檢視其詳情及發布、報送記錄。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item %1 is not in the database.</source>
        <translation>資料庫中沒有編號%1的資訊。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The item could not be read: %1</source>
        <translation>無法讀取該資訊：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 — %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+22"/>
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
        <location filename="../ui/ledger/itemdialog.cpp" line="+76"/>
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
        <location line="+97"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+32"/>
        <source>This item is withdrawn. It stays in the ledger and is shown read-only.</source>
        <translation>該資訊已撤回，仍保留在臺帳中，僅供檢視。</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The item was not saved. Please correct the marked fields:</source>
        <translation>資訊未儲存。請更正標出的欄位：</translation>
    </message>
    <message>
        <location line="+46"/>
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
    <message numerus="yes">
        <location filename="../ui/models/ledgermodel.cpp" line="+138"/>
        <source>%n submission(s) to upper agencies, %1 adopted</source>
        <translation>
            <numerusform>報送上級機關%n次，採用%1次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location filename="../ui/ledger/ledgertransfer.cpp" line="+20"/>
        <source>&amp;Export Ledger…</source>
        <translation>匯出臺帳(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Ledger…</source>
        <translation>匯入臺帳(&amp;I)…</translation>
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
        <location line="+20"/>
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
    <name>gongkai::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+79"/>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <location line="+8"/>
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
        <location line="+8"/>
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
        <source>&amp;Administration</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main Toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+51"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear List</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the ledger failed: %1</source>
        <translation>讀取臺帳失敗：%1</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location line="+19"/>
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
        <location line="+42"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>gongkai::ui::PublicationTableModel</name>
    <message>
        <location filename="../ui/models/publicationtablemodel.cpp" line="+149"/>
        <source>A web address, or the issue of a printed channel</source>
        <translation>網址，或紙質載體的期次</translation>
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
        <location filename="../ui/admin/usereditdialog.cpp" line="+22"/>
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
</context>
<context>
    <name>gongkai::ui::WithdrawItemCommand</name>
    <message>
        <location filename="../ui/ledger/itemcommands.cpp" line="+65"/>
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
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+50"/>
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
        <location line="+90"/>
        <source>No password was given.</source>
        <translation>未提供密碼。</translation>
    </message>
</context>
</TS>
