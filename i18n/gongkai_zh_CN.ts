<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>gongkai::BulkInserter</name>
    <message>
        <location filename="../app/core/demo/bulkinserter.cpp" line="+70"/>
        <source>Incomplete row for table %1.</source>
        <translation>表%1的数据行不完整。</translation>
    </message>
</context>
<context>
    <name>gongkai::CsvReader</name>
    <message>
        <location filename="../app/core/io/csvreader.cpp" line="+83"/>
        <source>a quoted field starting on line %1 has no closing quote</source>
        <translation>第%1行开始的带引号字段缺少结束引号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>text after the closing quote of a field on line %1; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>第%1行某字段的结束引号后还有文字；带引号字段中的引号须写成两个（&quot;&quot;）</translation>
    </message>
</context>
<context>
    <name>gongkai::Database</name>
    <message>
        <location filename="../app/core/storage/database.cpp" line="+50"/>
        <source>The database driver %1 is not installed</source>
        <translation>未安装数据库驱动“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the database %1</source>
        <translation>无法打开数据库“%1”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A database statement could not be prepared</source>
        <translation>数据库语句预处理失败</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>A database statement failed</source>
        <translation>数据库语句执行失败</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>An insert returned no id</source>
        <translation>插入记录后未返回编号</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The transaction was rolled back because part of it failed</source>
        <translation>事务中有操作失败，已全部回滚</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot commit the transaction</source>
        <translation>无法提交事务</translation>
    </message>
    <message>
        <location filename="../app/core/storage/dblocation.cpp" line="+19"/>
        <source>Not a valid server address: %1 (expected postgresql://user@host:port/dbname)</source>
        <translation>服务器地址无效：%1（应为 postgresql://用户名@主机:端口/数据库名）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not put the password in the server address; set GONGKAI_DB_PASSWORD or type it when asked.</source>
        <translation>请勿在服务器地址中写入密码；请设置环境变量 GONGKAI_DB_PASSWORD，或在提示时输入密码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server address names no database: %1</source>
        <translation>服务器地址中未指定数据库：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No database was named.</source>
        <translation>未指定数据库。</translation>
    </message>
</context>
<context>
    <name>gongkai::DocumentText</name>
    <message>
        <location filename="../app/core/screening/documenttext.cpp" line="+30"/>
        <location line="+19"/>
        <source>%1: cannot read the text of this kind of file (only .txt and .docx)</source>
        <translation>%1：无法读取此类文件的文本（仅支持 .txt 和 .docx）</translation>
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
        <translation>%1：文件超过 %2 MB</translation>
    </message>
</context>
<context>
    <name>gongkai::DocxReader</name>
    <message>
        <location filename="../app/core/screening/docxreader.cpp" line="+77"/>
        <source>unexpected document type declaration</source>
        <translation>出现意外的文档类型声明</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 at line %2</source>
        <translation>%1（第%2行）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a Word document (word/document.xml is missing)</source>
        <translation>不是 Word 文档（缺少 word/document.xml）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a .docx file, or damaged (%1)</source>
        <translation>不是 .docx 文件或文件已损坏（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file lists too many parts to be a Word document</source>
        <translation>文件包含的部件过多，不是正常的 Word 文档</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no directory entry</source>
        <translation>缺少目录项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document is encrypted</source>
        <translation>文档已加密</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the document&apos;s text is larger than %1 MB</source>
        <translation>文档文本超过 %1 MB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>part %1 is larger than %2 MB uncompressed</source>
        <translation>部件 %1 解压后超过 %2 MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>part %1 is damaged (%2)</source>
        <translation>部件 %1 已损坏（%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: part %2 is damaged (%3)</source>
        <translation>%1：部件 %2 已损坏（%3）</translation>
    </message>
</context>
<context>
    <name>gongkai::Finding</name>
    <message>
        <location filename="../app/core/screening/finding.cpp" line="+47"/>
        <source>Classification marking</source>
        <translation>密级标志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal-use marking</source>
        <translation>内部资料标识</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listed word</source>
        <translation>词表词语</translation>
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
        <translation>审查中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Proactive</source>
        <translation>主动公开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On request</source>
        <translation>依申请公开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withheld</source>
        <translation>不予公开</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The title is required.</source>
        <translation>标题不能为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title is longer than %1 characters.</source>
        <translation>标题不能超过%1个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document number is longer than %1 characters.</source>
        <translation>文号不能超过%1个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category.</source>
        <translation>请选择信息类别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a department.</source>
        <translation>请选择科室。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the author.</source>
        <translation>请选择撰稿人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drafted date is required.</source>
        <translation>撰稿日期不能为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drafted date lies in the future.</source>
        <translation>撰稿日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A withheld item needs the legal ground for withholding it.</source>
        <translation>不予公开的信息须填写不予公开的法律依据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publication %1: choose a channel.</source>
        <translation>第%1条发布记录：请选择发布渠道。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication %1: the date is required.</source>
        <translation>第%1条发布记录：发布日期不能为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication %1: published before the item was drafted.</source>
        <translation>第%1条发布记录：发布日期早于撰稿日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication %1: the date lies in the future.</source>
        <translation>第%1条发布记录：发布日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submission %1: choose an upper agency.</source>
        <translation>第%1条报送记录：请选择上级部门。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission %1: the date is required.</source>
        <translation>第%1条报送记录：报送日期不能为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission %1: the date lies in the future.</source>
        <translation>第%1条报送记录：报送日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission %1: an adoption date or place is given but it is not marked as adopted.</source>
        <translation>第%1条报送记录：填写了采用日期或采用刊期，但未勾选“已采用”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submission %1: adopted before it was submitted.</source>
        <translation>第%1条报送记录：采用日期早于报送日期。</translation>
    </message>
</context>
<context>
    <name>gongkai::ItemExporter</name>
    <message>
        <location filename="../app/core/io/itemexporter.cpp" line="+159"/>
        <source>The export could not be written: %1</source>
        <translation>导出文件无法写入：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::ItemImporter</name>
    <message>
        <location filename="../app/core/io/importlookup.cpp" line="+61"/>
        <source>cannot create department “%1”: %2</source>
        <translation>无法新建科室“%1”：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>department “%1” matches several departments that differ only in case</source>
        <translation>科室“%1”与多个仅大小写不同的科室相匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown department “%1”</source>
        <translation>未知科室“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create category “%1”: %2</source>
        <translation>无法新建信息类别“%1”：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>category “%1” matches several categories that differ only in case</source>
        <translation>信息类别“%1”与多个仅大小写不同的信息类别相匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown category “%1”</source>
        <translation>未知信息类别“%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot create upper agency “%1”: %2</source>
        <translation>无法新建上级部门“%1”：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cannot create channel “%1”: %2</source>
        <translation>无法新建发布渠道“%1”：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>channel “%1” matches several channels that differ only in case</source>
        <translation>发布渠道“%1”与多个仅大小写不同的发布渠道相匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown upper agency “%1”</source>
        <translation>未知上级部门“%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown channel “%1”</source>
        <translation>未知发布渠道“%1”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>author “%1” is ambiguous: %2 users have that name; give the login instead</source>
        <translation>撰稿人“%1”不明确：有%2个用户同名，请改填登录名</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create author “%1”: %2</source>
        <translation>无法新建撰稿人“%1”：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>author “%1” matches several logins that differ only in case</source>
        <translation>撰稿人“%1”与多个仅大小写不同的登录名相匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown author “%1”</source>
        <translation>未知撰稿人“%1”</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemcsvformat.cpp" line="+173"/>
        <source>bad date “%1”, expected YYYY-MM-DD</source>
        <translation>日期“%1”有误，格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>publication “%1” should read channel|YYYY-MM-DD|link or issue</source>
        <translation>发布记录“%1”的格式应为“渠道|YYYY-MM-DD|网址或期次”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>publication “%1” names no channel</source>
        <translation>发布记录“%1”未写明发布渠道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>publication “%1” has no date</source>
        <translation>发布记录“%1”缺少日期</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>submission “%1” should read agency|YYYY-MM-DD|adopted YYYY-MM-DD|adopted in</source>
        <translation>报送记录“%1”的格式应为“上级部门|YYYY-MM-DD|采用日期 YYYY-MM-DD|采用刊期”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>submission “%1” names no upper agency</source>
        <translation>报送记录“%1”未写明上级部门</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>submission “%1” has no date</source>
        <translation>报送记录“%1”缺少日期</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemcsvheader.cpp" line="+33"/>
        <source>column %1 has no header</source>
        <translation>第%1列没有列名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown column “%1”; the columns are %2</source>
        <translation>未知列“%1”；可用的列为：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column “%1” appears twice (also as “%2”)</source>
        <translation>列“%1”重复出现（另一处为“%2”）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the required column “%1” (%2) is missing</source>
        <translation>缺少必需的列“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemimporter.cpp" line="+38"/>
        <source>cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is neither UTF-8 nor GB18030/GBK text: line %1 holds bytes that are not valid in %2</source>
        <translation>文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本：第%1行含有在 %2 中无效的字节</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file is empty; its first line must name the columns</source>
        <translation>文件为空；第一行须为列名</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>wrong number of fields: %1, expected %2</source>
        <translation>字段数有误：%1个，应为%2个</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemrowreader.cpp" line="+93"/>
        <source>the category is empty</source>
        <translation>信息类别为空</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown disclosure attribute “%1”, expected one of %2</source>
        <translation>未知公开属性“%1”，应为以下之一：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the department is empty</source>
        <translation>科室为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the author is empty</source>
        <translation>撰稿人为空</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown status “%1”, expected one of %2</source>
        <translation>未知状态“%1”，应为以下之一：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>publication %1: %2</source>
        <translation>第%1条发布记录：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>submission %1: %2</source>
        <translation>第%1条报送记录：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::ItemRepository</name>
    <message>
        <location filename="../app/core/storage/itemrepository.cpp" line="+67"/>
        <source>The category does not exist.</source>
        <translation>该信息类别不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The department does not exist.</source>
        <translation>该科室不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The author does not exist.</source>
        <translation>该撰稿人不存在。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publication %1: the channel does not exist.</source>
        <translation>第%1条发布记录：该发布渠道不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication %1: that is an upper agency; record it as a submission.</source>
        <translation>第%1条发布记录：所选为上级部门，请作为报送记录登记。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submission %1: the agency does not exist.</source>
        <translation>第%1条报送记录：该上级部门不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submission %1: that channel is not an upper agency.</source>
        <translation>第%1条报送记录：所选渠道不是上级部门。</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+16"/>
        <location line="+21"/>
        <location line="+21"/>
        <location line="+11"/>
        <source>Item %1 does not exist.</source>
        <translation>编号%1的信息不存在。</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Item %1 was changed by someone else since you opened it. Reopen it and make your change again.</source>
        <translation>编号%1的信息在您打开后已被他人修改。请重新打开后再修改。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Item %1 was changed by someone else since you opened it.</source>
        <translation>编号%1的信息在您打开后已被他人修改。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>An item cannot be reinstated as withdrawn.</source>
        <translation>信息不能以“已撤回”状态恢复。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item %1 is not withdrawn.</source>
        <translation>编号%1的信息未被撤回。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item %1 is withdrawn; it cannot be published.</source>
        <translation>编号%1的信息已撤回，不能发布。</translation>
    </message>
</context>
<context>
    <name>gongkai::Migrations</name>
    <message>
        <location filename="../app/core/storage/migrations.cpp" line="+143"/>
        <source>The database has schema version %1, newer than this program understands (%2). Update the program.</source>
        <translation>数据库结构版本为%1，高于本程序支持的版本（%2）。请升级本程序。</translation>
    </message>
</context>
<context>
    <name>gongkai::NamedTable</name>
    <message>
        <location filename="../app/core/storage/namedtable.cpp" line="+59"/>
        <source>The name is required.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is longer than 100 characters.</source>
        <translation>名称不能超过100个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” exists already.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The record %1 does not exist.</source>
        <translation>编号%1的记录不存在。</translation>
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
        <translation>科室负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Principal leader</source>
        <translation>主要领导</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>审计管理员</translation>
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
        <translation>登录名须为2至32个字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printed name is required.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the user at least one role.</source>
        <translation>请为用户至少指定一个角色。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The department does not exist.</source>
        <translation>该科室不存在。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The login “%1” is taken.</source>
        <translation>登录名“%1”已被使用。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The user %1 does not exist.</source>
        <translation>编号%1的用户不存在。</translation>
    </message>
</context>
<context>
    <name>gongkai::WordList</name>
    <message>
        <location filename="../app/core/screening/wordlist.cpp" line="+19"/>
        <source>the term is empty</source>
        <translation>词语为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the term is longer than %1 characters</source>
        <translation>词语超过%1个字符</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a term or correction must not contain tabs or line breaks</source>
        <translation>词语或更正建议中不能包含制表符或换行符</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>line %1: more than three tab-separated fields</source>
        <translation>第%1行：以制表符分隔的字段多于三个</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: unknown severity “%2” (use high, warning or info)</source>
        <translation>第%1行：未知级别“%2”（应为“高”“警告”“提示”，或 high、warning、info）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the text is neither UTF-8 nor GBK</source>
        <translation>第%1行：文本既不是 UTF-8 也不是 GBK 编码</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot read the word list: %2</source>
        <translation>%1：无法读取词表：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the word list is larger than %2 MB</source>
        <translation>%1：词表超过 %2 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the default word list is missing from the program</source>
        <translation>程序中缺少默认词表</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::AdminCommands</name>
    <message>
        <location filename="../app/cli/admincommands.cpp" line="+31"/>
        <source>Creates the database, or brings its schema up to date, and prints the schema version.</source>
        <translation>创建数据库或将其结构升级到最新版本，并输出结构版本号。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created %1: schema version %2</source>
        <translation>已创建 %1：结构版本 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrated %1 from schema version %2 to schema version %3</source>
        <translation>已将 %1 的结构版本从 %2 升级到 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is up to date: schema version %2</source>
        <translation>%1 已是最新：结构版本 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: gongkai-cli %1 add|list [options]</source>
        <translation>用法：gongkai-cli %1 add|list [选项]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: say add or list</source>
        <translation>%1：请指定 add 或 list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown action “%2” (add or list)</source>
        <translation>%1：未知操作“%2”（应为 add 或 list）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The channel is an upper agency that items are submitted to.</source>
        <translation>该渠道是接收报送信息的上级部门。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name, e.g. 外贸科, 门户网站 or 工作动态.</source>
        <translation>名称，如“外贸科”“门户网站”或“工作动态”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a %1 and prints its id.</source>
        <translation>新增一条 %1 记录并输出其编号。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adds an account and prints its id. Roles: author, section_chief, leader_in_charge, principal_leader, administrator, auditor.</source>
        <translation>新增一个账户并输出其编号。角色：author（撰稿人）、section_chief（科室负责人）、leader_in_charge（分管领导）、principal_leader（主要领导）、administrator（系统管理员）、auditor（审计管理员）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login, e.g. zhangwei.</source>
        <translation>登录名，如 zhangwei。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printed name, e.g. 张伟.</source>
        <translation>姓名，如“张伟”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user&apos;s department.</source>
        <translation>用户所在科室。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or more roles, separated by commas.</source>
        <translation>一个或多个角色，以英文逗号分隔。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown role “%1” (one of %2)</source>
        <translation>未知角色“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+57"/>
        <source>Print a JSON array.</source>
        <translation>以 JSON 数组输出。</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Lists the %1 entries, retired ones included.</source>
        <translation>列出全部 %1 条目，包括已停用的。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+45"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>upper agency</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel</source>
        <translation>发布渠道</translation>
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
        <translation>列出账户及其科室和角色。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Login</source>
        <translation>登录名</translation>
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
        <translation>用法：gongkai-cli [--db 路径|URL] 命令 [选项]

信息发布台账的命令行工具，供脚本和管理员使用。不指定 --db 时，使用程序上次使用的数据库。
使用 PostgreSQL 服务器（postgresql://用户名@主机:端口/数据库名）时，
密码取自环境变量 GONGKAI_DB_PASSWORD，未设置时提示输入。

命令：
  init                          创建数据库，或将其结构升级到最新版本
  demo [--items N] [--seed S]   在空数据库中生成演示单位数据
  department add|list           科室
  channel add|list              发布渠道和上级部门
  category add|list             信息类别
  user add|list                 账户及其角色
  item add|show|withdraw        台账信息
  publication add ITEM          登记信息的发布
  submission add ITEM           登记信息向上级部门的报送
  list items                    按条件列出台账
  import items FILE             从 CSV 文件导入台账
  export items FILE             将台账导出为 CSV 文件
  screen FILE…                  检查 .txt/.docx 文件中的密级标志和个人信息

运行 gongkai-cli &lt;命令&gt; --help 查看该命令的选项。
</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--db needs a file path or a postgresql:// address</source>
        <translation>--db 需要文件路径或 postgresql:// 地址</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown option %1 (see gongkai-cli --help)</source>
        <translation>未知选项 %1（参见 gongkai-cli --help）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given (see gongkai-cli --help)</source>
        <translation>未指定命令（参见 gongkai-cli --help）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown command “%1” (see gongkai-cli --help)</source>
        <translation>未知命令“%1”（参见 gongkai-cli --help）</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+53"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 (see gongkai-cli %1 --help)</source>
        <translation>%1：%2（参见 gongkai-cli %1 --help）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: gongkai-cli [--db PATH|URL] %1 %2</source>
        <translation>用法：gongkai-cli [--db 路径|URL] %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: missing argument; usage: gongkai-cli %1 %2</source>
        <translation>%1：缺少参数；用法：gongkai-cli %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unexpected argument “%2”</source>
        <translation>%1：多余的参数“%2”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing required option --%1</source>
        <translation>缺少必需的选项 --%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bad date “%1” for %2: expected YYYY-MM-DD</source>
        <translation>%2 的日期“%1”有误：格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bad number “%1” for %2</source>
        <translation>%2 的数字“%1”有误</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown department “%1”</source>
        <translation>未知科室“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown category “%1”</source>
        <translation>未知信息类别“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>unknown channel “%1”</source>
        <translation>未知发布渠道“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is an upper agency, not a channel; use “submission add”</source>
        <translation>“%1”是上级部门，不是发布渠道；请使用“submission add”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown upper agency “%1”</source>
        <translation>未知上级部门“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a channel, not an upper agency; use “publication add”</source>
        <translation>“%1”是发布渠道，不是上级部门；请使用“publication add”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown user “%1”</source>
        <translation>未知用户“%1”</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="+17"/>
        <source>Fills the database with a demo office (某市商务局): departments, users with every role, and ledger items with publications and submissions, spread over the last year (over more years for more than 20,000 items). The same seed gives the same office.</source>
        <translation>在数据库中生成一个演示单位（某市商务局）：科室、具有各种角色的用户，以及附带发布和报送记录的台账信息，时间分布在最近一年内（超过20000条时分布在更多年份）。相同的随机种子生成相同的数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many items (default 1500).</source>
        <translation>信息条数（默认1500）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The random seed (default 20240101).</source>
        <translation>随机种子（默认20240101）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day with items (default today).</source>
        <translation>信息的最晚日期（默认为今天）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the demo even if the ledger has items.</source>
        <translation>即使台账中已有信息，也添加演示数据。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad seed “%1”: expected a whole number from 0 to 4294967295</source>
        <translation>随机种子“%1”有误：应为0至4294967295之间的整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--last-day lies in the future</source>
        <translation>--last-day 不能晚于今天</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the ledger has %1 items already; use --force to add the demo office anyway</source>
        <translation>台账中已有%1条信息；如仍要添加演示单位数据，请使用 --force</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the demo ledger: %1 of %2 items</source>
        <translation>正在写入演示台账：%1 / %2 条</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo office written in %1 s: %2 departments, %3 users, %4 items, %5 publications, %6 submissions</source>
        <translation>演示单位数据已写入，用时%1秒：科室%2个，用户%3个，信息%4条，发布记录%5条，报送记录%6条</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::IoCommands</name>
    <message>
        <location filename="../app/cli/iocommands.cpp" line="+25"/>
        <source>%1: say what to %1 (items)</source>
        <translation>%1：请指明要%1的内容（items）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imports ledger items from a CSV file (UTF-8 with or without BOM, or GBK/GB18030; headers in Chinese or English). All or nothing: any problem leaves the database as it was. FILE - reads standard input.</source>
        <translation>从 CSV 文件导入台账信息（UTF-8 编码，带或不带 BOM，或 GBK/GB18030 编码；列名可为中文或英文）。全部导入或全部不导入：有任何问题时数据库保持不变。FILE 为 - 时从标准输入读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report every problem and import nothing.</source>
        <translation>报告全部问题，不导入任何数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create unknown channels, departments, categories and authors.</source>
        <translation>自动新建未知的发布渠道、科室、信息类别和撰稿人。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 rows checked, no problems</source>
        <translation>已检查%1行，未发现问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 items imported</source>
        <translation>已导入%1条信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exports the ledger (or the items the filter picks) as CSV in UTF-8 with BOM, one row per item. FILE - writes to standard output.</source>
        <translation>将台账（或筛选出的信息）导出为 UTF-8 编码（带 BOM）的 CSV 文件，每条信息一行。FILE 为 - 时写到标准输出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 items exported to %2</source>
        <translation>已将%1条信息导出到 %2</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::ItemCommands</name>
    <message>
        <location filename="../app/cli/itemcommands.cpp" line="+31"/>
        <source>item %1 does not exist</source>
        <translation>编号%1的信息不存在</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: gongkai-cli item add|show|withdraw [options]</source>
        <translation>用法：gongkai-cli item add|show|withdraw [选项]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item: missing action (add, show or withdraw)</source>
        <translation>item：缺少操作（add、show 或 withdraw）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item: unknown action “%1” (add, show or withdraw)</source>
        <translation>item：未知操作“%1”（应为 add、show 或 withdraw）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds an item to the ledger as a draft and prints its id.</source>
        <translation>将一条信息以草稿状态登记到台账，并输出其编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title.</source>
        <translation>标题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The information category, e.g. 工作动态.</source>
        <translation>信息类别，如“工作动态”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department that wrote it.</source>
        <translation>撰稿科室。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author&apos;s login.</source>
        <translation>撰稿人的登录名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day it was written.</source>
        <translation>撰稿日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document number, e.g. 某商〔2024〕32号.</source>
        <translation>文号，如“某商〔2024〕32号”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A summary.</source>
        <translation>内容摘要。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proactive (default), on_request or withheld.</source>
        <translation>proactive（主动公开，默认）、on_request（依申请公开）或 withheld（不予公开）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The legal ground of a withheld item.</source>
        <translation>不予公开的法律依据。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown disclosure attribute “%1” (proactive, on_request or withheld)</source>
        <translation>未知公开属性“%1”（应为 proactive、on_request 或 withheld）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print a JSON object.</source>
        <translation>以 JSON 对象输出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <location line="+19"/>
        <location line="+28"/>
        <source>The item&apos;s id.</source>
        <translation>信息编号。</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Shows one item with its publications and submissions.</source>
        <translation>显示一条信息及其发布和报送记录。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Item</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>信息类别</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure</source>
        <translation>公开属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withheld ground</source>
        <translation>不予公开依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publications:</source>
        <translation>发布记录：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source> none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submissions:</source>
        <translation>报送记录：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not adopted</source>
        <translation>未采用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adopted %1 %2</source>
        <translation>已采用 %1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Withdraws an item (撤回): it stays in the ledger, marked withdrawn.</source>
        <translation>撤回一条信息：信息仍保留在台账中，标记为“已撤回”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item %1 is withdrawn.</source>
        <translation>编号%1的信息已撤回。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>publication: missing action (add)</source>
        <translation>publication：缺少操作（add）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>publication: unknown action “%1” (add)</source>
        <translation>publication：未知操作“%1”（应为 add）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records that an item was published on a channel on a day.</source>
        <translation>登记一条信息在某日通过某一渠道发布。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel, e.g. 门户网站.</source>
        <translation>发布渠道，如“门户网站”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day it was published.</source>
        <translation>发布日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The URL or issue, e.g. 《商务动态》第8期.</source>
        <translation>网址或期次，如“《商务动态》第8期”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>submission: missing action (add)</source>
        <translation>submission：缺少操作（add）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submission: unknown action “%1” (add)</source>
        <translation>submission：未知操作“%1”（应为 add）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records that an item was submitted to an upper agency, and whether the agency adopted it.</source>
        <translation>登记一条信息向上级部门的报送，以及是否被采用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The upper agency, e.g. 市委办公厅《每日要情》.</source>
        <translation>上级部门，如“市委办公厅《每日要情》”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day it was submitted.</source>
        <translation>报送日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the agency adopted it.</source>
        <translation>采用日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it was adopted, e.g. 《每日要情》第12期.</source>
        <translation>采用刊期，如“《每日要情》第12期”。</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::ListCommands</name>
    <message>
        <location filename="../app/cli/listcommands.cpp" line="+48"/>
        <source>Usage: gongkai-cli list items [options]</source>
        <translation>用法：gongkai-cli list items [选项]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: say what to list (items)</source>
        <translation>list：请指明要列出的内容（items）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Published on or after this day.</source>
        <translation>在此日期当天或之后发布。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on or before this day.</source>
        <translation>在此日期当天或之前发布。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on this channel (within the dates, if given).</source>
        <translation>在此渠道发布（如指定了日期，则限于该日期范围内）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of this category.</source>
        <translation>属于此信息类别。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of this department.</source>
        <translation>属于此科室。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words that must all appear in the title, document number or summary.</source>
        <translation>标题、文号或摘要中须全部包含的词语。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In this status: draft, under_review, approved, rejected, published or withdrawn.</source>
        <translation>处于此状态：draft（草稿）、under_review（审查中）、approved（已审核）、rejected（已退回）、published（已发布）或 withdrawn（已撤回）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--from %1 lies after --to %2</source>
        <translation>--from %1 晚于 --to %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown status “%1” (draft, under_review, approved, rejected, published or withdrawn)</source>
        <translation>未知状态“%1”（应为 draft、under_review、approved、rejected、published 或 withdrawn）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lists the ledger, newest drafted first: every matching item unless --limit is given.</source>
        <translation>列出台账，按撰稿日期从新到旧排列；未指定 --limit 时列出全部符合条件的信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N items.</source>
        <translation>最多 N 条。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a JSON array of objects.</source>
        <translation>以 JSON 对象数组输出。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafted</source>
        <translation>撰稿日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>发布渠道</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::ScreenCommand</name>
    <message>
        <location filename="../app/cli/screencommand.cpp" line="+26"/>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Screens .txt (UTF-8 or GBK) and .docx files before publication: classification markings (秘密★1年 …), internal-use markings, resident ID numbers, mobile numbers, bank card numbers, e-mail addresses and the terms of the word list. Prints one line per finding, FILE:LINE:COLUMN: SEVERITY KIND “TEXT” → SUGGESTION. Exits with 1 when anything of high severity was found, 2 when a file could not be read. FILE - reads plain text from standard input.</source>
        <translation>在发布前检查 .txt（UTF-8 或 GBK 编码）和 .docx 文件：密级标志（如“秘密★1年”）、内部资料标识、居民身份证号码、手机号码、银行卡号、电子邮箱地址以及词表中的词语。每项发现输出一行，格式为：文件:行:列: 级别 类型 “原文” → 建议。发现高级别问题时退出码为1，有文件无法读取时退出码为2。FILE 为 - 时从标准输入读取纯文本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files to screen.</source>
        <translation>要检查的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A word list to screen for as well (one term per line, optionally TAB correction TAB severity); may be given more than once.</source>
        <translation>另外使用的词表（每行一个词语，其后可依次加制表符和更正建议、制表符和级别）；可多次指定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave out the word list shipped with the program.</source>
        <translation>不使用程序自带的词表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the findings as JSON.</source>
        <translation>以 JSON 格式输出检查结果。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Total: %1 high, %2 warning, %3 info</source>
        <translation>合计：高 %1 项，警告 %2 项，提示 %3 项</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AddItemCommand</name>
    <message>
        <location filename="../ui/ledger/itemcommands.cpp" line="+94"/>
        <source>Add “%1”</source>
        <translation>新增“%1”</translation>
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
        <translation>添加、重命名或停用本单位的科室</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Channels…</source>
        <translation>发布渠道(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the channels items are published on and the upper agencies</source>
        <translation>编辑信息发布渠道和上级部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ategories…</source>
        <translation>信息类别(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the information categories</source>
        <translation>编辑信息类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add user accounts and change their departments and roles</source>
        <translation>添加用户账户，修改其所在科室和角色</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AdminListModel</name>
    <message>
        <location filename="../ui/models/adminlistmodel.cpp" line="+178"/>
        <source>Inactive: kept for the items that use it, no longer offered for new ones</source>
        <translation>已停用：已使用它的信息仍保留，新信息不能再选择</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upper agency</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>启用</translation>
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
        <translation>登录名</translation>
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
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::DatabaseChooser</name>
    <message>
        <location filename="../ui/widgets/databasechooser.cpp" line="+18"/>
        <source>Gongkai databases (*.sqlite *.db);;All files (*)</source>
        <translation>政务公开工作台数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Use Open Database to open it, or choose another name.</source>
        <translation>“%1”已存在。请使用“打开数据库”打开它，或另选一个文件名。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot Open the Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 could not be opened.</source>
        <translation>无法打开数据库“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another database, or quit.</source>
        <translation>请选择其他数据库，或退出程序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a &amp;File…</source>
        <translation>打开文件(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;Default Database</source>
        <translation>使用默认数据库(&amp;D)</translation>
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
        <translation>数据库文件“%1”不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a readable file.</source>
        <translation>“%1”不是可读取的文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a Gongkai database: it already holds other tables.</source>
        <translation>“%1”不是政务公开工作台数据库：其中已有其他数据表。</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Creating a demo office with %n item(s)…</source>
        <translation>
            <numerusform>正在创建演示单位数据（%n条信息）…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First Start</source>
        <translation>首次启动</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::EditItemCommand</name>
    <message>
        <location filename="../ui/ledger/itemcommands.cpp" line="+24"/>
        <source>Edit “%1”</source>
        <translation>修改“%1”</translation>
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
        <translation>搜索标题、文号、摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items whose title, document number or summary contain every word</source>
        <translation>标题、文号或摘要中包含全部词语的信息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year of the period</source>
        <translation>时段所在年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period…</source>
        <translation>时段…</translation>
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
        <translation>将发布日期范围设为某一季度、前三季度或全年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items published in this date range (on the chosen channel, if any)</source>
        <translation>在此日期范围内发布的信息（如选择了渠道，则限于该渠道）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole ledger</source>
        <translation>显示全部台账</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published:</source>
        <translation>发布日期：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cha&amp;nnel:</source>
        <translation>渠道(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Department:</source>
        <translation>科室(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
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
        <translation>导入台账</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imports items from a CSV file as exported by Gongkai or saved from Excel or WPS (UTF-8 or GBK). Check the file first: an import is all or nothing, and any problem leaves the ledger unchanged.</source>
        <translation>从 CSV 文件导入信息，文件可由本程序导出，也可由 Excel 或 WPS 保存（UTF-8 或 GBK 编码）。请先检查文件：导入要么全部完成，要么一条也不导入，有任何问题时台账保持不变。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create &amp;missing channels, departments, categories and authors</source>
        <translation>自动新建缺少的渠道、科室、类别和撰稿人(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without this, names the database does not know are reported as problems</source>
        <translation>不勾选时，数据库中没有的名称将作为问题列出</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Check Only</source>
        <translation>仅检查(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/importdialog.cpp" line="+23"/>
        <source>Choose a file, then check it. Problems are listed below with their line and column.</source>
        <translation>请选择文件，然后检查。发现的问题将连同所在行、列在下方列出。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the File to Import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n problem(s) found in %1 data row(s). Nothing was imported; correct the file and check it again.</source>
        <translation>
            <numerusform>在%1行数据中发现%n个问题。未导入任何信息；请修改文件后重新检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No problems found: %n item(s) can be imported.</source>
        <translation>
            <numerusform>未发现问题：可导入%n条信息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n item(s).</source>
        <translation>
            <numerusform>已导入%n条信息。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(File encoding: %1)</source>
        <translation>（文件编码：%1）</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ItemActions</name>
    <message>
        <location filename="../ui/ledger/itemactions.cpp" line="+89"/>
        <source>&amp;New Item…</source>
        <translation>新增信息(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a new item in the ledger</source>
        <translation>在台账中登记一条新信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit Item…</source>
        <translation>修改信息(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected item, its publications and submissions</source>
        <translation>修改所选信息及其发布和报送记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Withdraw Item…</source>
        <translation>撤回信息(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected item as withdrawn; it stays in the ledger</source>
        <translation>将所选信息标记为已撤回；信息仍保留在台账中</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Item not changed</source>
        <translation>信息未修改</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+4"/>
        <source>Edit item</source>
        <translation>修改信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item %1 no longer exists.</source>
        <translation>编号%1的信息已不存在。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Withdraw item</source>
        <translation>撤回信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw “%1”?</source>
        <translation>撤回“%1”？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item stays in the ledger, marked withdrawn, and can no longer be edited. Undo brings it back.</source>
        <translation>该信息将保留在台账中并标记为已撤回，之后不能再修改。可用“撤销”恢复。</translation>
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
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo of “%1” is not possible: the item was changed elsewhere since.</source>
        <translation>无法撤销（%1）：该信息此后已在别处被修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo of “%1” is not possible: the item was changed elsewhere since.</source>
        <translation>无法重做（%1）：该信息此后已在别处被修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo of “%1” is not possible: %2</source>
        <translation>无法撤销（%1）：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo of “%1” is not possible: %2</source>
        <translation>无法重做（%1）：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ItemDetailsView</name>
    <message>
        <location filename="../ui/ledger/itemdetailsview.cpp" line="+66"/>
        <source>Channel</source>
        <translation>发布渠道</translation>
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
        <translation>网址或期次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adopted</source>
        <translation>是否采用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adopted on</source>
        <translation>采用日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adopted in</source>
        <translation>采用刊期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document No.:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>信息类别：</translation>
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
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure:</source>
        <translation>公开属性：</translation>
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
        <translation>在台账中选择一条信息，即可在此查看其详情及发布、报送记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item %1 is not in the database.</source>
        <translation>数据库中没有编号%1的信息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The item could not be read: %1</source>
        <translation>无法读取该信息：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 — %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publications (%1)</source>
        <translation>发布记录（%1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Submissions (%1)</source>
        <translation>报送记录（%1）</translation>
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
        <translation>信息</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The title as published</source>
        <translation>发布时使用的标题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Document number:</source>
        <translation>文号(&amp;D)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Category:</source>
        <translation>信息类别(&amp;C)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Disclosure &amp;attribute:</source>
        <translation>公开属性(&amp;A)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Legal ground:</source>
        <translation>不予公开依据(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why the item is withheld: the article of the regulation it falls under</source>
        <translation>不予公开的理由：所依据的条例条款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required when withheld</source>
        <translation>不予公开时必填</translation>
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
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A few sentences for the ledger and the reports</source>
        <translation>几句话概述，用于台账和报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Publications</source>
        <translation>发布记录</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add p&amp;ublication</source>
        <translation>添加发布记录(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+56"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Submissions to upper agencies</source>
        <translation>报送上级部门</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add sub&amp;mission</source>
        <translation>添加报送记录(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/ledger/itemdialog.cpp" line="+76"/>
        <source>Choose a category</source>
        <translation>请选择信息类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a department</source>
        <translation>请选择科室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the author</source>
        <translation>请选择撰稿人</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New item</source>
        <translation>新增信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” (withdrawn)</source>
        <translation>“%1”（已撤回）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit “%1”</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This item is withdrawn. It stays in the ledger and is shown read-only.</source>
        <translation>该信息已撤回，仍保留在台账中，仅供查看。</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The item was not saved. Please correct the marked fields:</source>
        <translation>信息未保存。请更正标出的字段：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Item not saved</source>
        <translation>信息未保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item changed elsewhere</source>
        <translation>信息已在别处被修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the item as it is stored now? The changes you made in this dialog will be lost. Keep editing to copy them first.</source>
        <translation>是否按当前存储的内容重新载入该信息？您在此对话框中所做的修改将会丢失。如需保留，请选择“继续编辑”，先复制您的修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The item no longer exists.</source>
        <translation>该信息已不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The item was reloaded as it is stored now.</source>
        <translation>已按当前存储的内容重新载入该信息。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::LedgerModel</name>
    <message numerus="yes">
        <location filename="../ui/models/ledgermodel.cpp" line="+138"/>
        <source>%n submission(s) to upper agencies, %1 adopted</source>
        <translation>
            <numerusform>报送上级部门%n次，采用%1次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafted</source>
        <translation>撰稿日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document No.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>信息类别</translation>
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
        <translation>发布渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First published</source>
        <translation>首次发布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted/Adopted</source>
        <translation>报送/采用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submissions to upper agencies / adopted by them</source>
        <translation>报送上级部门次数 / 被采用次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::LedgerTransfer</name>
    <message>
        <location filename="../ui/ledger/ledgertransfer.cpp" line="+20"/>
        <source>&amp;Export Ledger…</source>
        <translation>导出台账(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the ledger as a CSV file for Excel or WPS</source>
        <translation>将台账保存为 CSV 文件，可用 Excel 或 WPS 打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add items from a CSV file</source>
        <translation>从 CSV 文件添加信息</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+10"/>
        <source>Export Ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The ledger is filtered. Export only the matching items, or the whole ledger?</source>
        <translation>台账当前已筛选。仅导出筛选出的信息，还是导出全部台账？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Matching Items</source>
        <translation>筛选出的信息(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole Ledger</source>
        <translation>全部台账(&amp;W)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %n item(s) to %1</source>
        <translation>
            <numerusform>已将%n条信息导出到“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Imported %n item(s)</source>
        <translation>
            <numerusform>已导入%n条信息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ListEditDialog</name>
    <message>
        <location filename="../ui/admin/listeditdialog.ui" line="+23"/>
        <source>Double-click a name to rename it. Entries are never deleted: deactivate those no longer in use. Items keep them, but new items cannot choose them.</source>
        <translation>双击名称可重命名。条目不会被删除：不再使用的请停用。已有信息仍保留这些条目，但新信息不能再选择。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
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
        <translation>新条目的名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Upper agency</source>
        <translation>上级部门(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An upper agency receives submissions and may adopt them, instead of publishing items itself</source>
        <translation>上级部门接收报送的信息并决定是否采用，本身不用于发布信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/admin/listeditdialog.cpp" line="-79"/>
        <source>Departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels and Upper Agencies</source>
        <translation>发布渠道和上级部门</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Categories</source>
        <translation>信息类别</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+79"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Gongkai Disclosure Workstation</source>
        <translation>政务公开工作台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database file</source>
        <translation>创建一个空的数据库文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a database file</source>
        <translation>打开数据库文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the office&apos;s shared PostgreSQL database</source>
        <translation>使用本办公室共享的 PostgreSQL 数据库</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search the Ledger</source>
        <translation>搜索台账(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reread the ledger, e.g. after colleagues changed it</source>
        <translation>重新读取台账，例如在同事修改之后</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About %1</source>
        <translation>关于%1(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent Databases</source>
        <translation>最近使用的数据库(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details Pane</source>
        <translation>详情窗格(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start of %1.</source>
        <translation>新的界面语言将在下次启动%1时生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the ledger failed: %1</source>
        <translation>读取台账失败：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+16"/>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 could not be opened.</source>
        <translation>无法打开数据库“%1”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About %1</source>
        <translation>关于%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;/p&gt;&lt;p&gt;The ledger of published information, its confidentiality review and reports, for the government information disclosure office.&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Database: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;版本 %2&lt;/p&gt;&lt;p&gt;政府信息公开办公室的信息发布台账、保密审查和统计报告工具。&lt;/p&gt;&lt;p&gt;基于 Qt %3 构建，运行于 Qt %4。&lt;/p&gt;&lt;p&gt;数据库：%5&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[demo data]</source>
        <translation>【演示数据】</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln item(s) or more</source>
        <translation>
            <numerusform>不少于%Ln条信息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>共%Ln条信息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::PublicationTableModel</name>
    <message>
        <location filename="../ui/models/publicationtablemodel.cpp" line="+149"/>
        <source>A web address, or the issue of a printed channel</source>
        <translation>网址，或纸质载体的期次</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Channel</source>
        <translation>发布渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL or issue</source>
        <translation>网址或期次</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ServerDialog</name>
    <message>
        <location filename="../ui/widgets/serverdialog.ui" line="+14"/>
        <source>Connect to a Database Server</source>
        <translation>连接数据库服务器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to the office&apos;s shared PostgreSQL database.</source>
        <translation>连接本办公室共享的 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>postgresql://user@host:port/database</source>
        <translation>postgresql://用户名@主机:端口/数据库</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The password is used for this session only and is never saved.</source>
        <translation>密码仅用于本次会话，不会保存。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serverdialog.cpp" line="+16"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Database Password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the password for %1.</source>
        <translation>请输入 %1 的密码。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a server address that starts with postgresql://</source>
        <translation>请输入以 postgresql:// 开头的服务器地址</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::SubmissionTableModel</name>
    <message>
        <location filename="../ui/models/submissiontablemodel.cpp" line="+164"/>
        <source>Where the agency used it, e.g. the issue of its bulletin</source>
        <translation>上级部门采用的位置，如其刊物的期次</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Upper agency</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted</source>
        <translation>已采用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted on</source>
        <translation>采用日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted in</source>
        <translation>采用刊期</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::UserEditDialog</name>
    <message>
        <location filename="../ui/admin/usereditdialog.ui" line="+31"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Letters, digits, dots, dashes; cannot be changed later</source>
        <translation>字母、数字、点、连字符；创建后不能修改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name printed on review forms and reports</source>
        <translation>打印在审查单和报告上的姓名</translation>
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
        <translation>启用，允许登录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/admin/usereditdialog.cpp" line="+22"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The login cannot be changed: signatures and the audit trail refer to it.</source>
        <translation>登录名不能修改：签名和审计记录均引用该登录名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User “%1”</source>
        <translation>用户“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New User</source>
        <translation>新增用户</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::UsersDialog</name>
    <message>
        <location filename="../ui/admin/usersdialog.ui" line="+20"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
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
        <translation>撤回“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The item is withdrawn already.</source>
        <translation>该信息已撤回。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+50"/>
        <source>The workstation of the government information disclosure office.</source>
        <translation>政府信息公开办公室的工作台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database: a SQLite file or postgresql://user@host:port/dbname. The server&apos;s password comes from GONGKAI_DB_PASSWORD or is asked for.</source>
        <translation>数据库：SQLite 文件，或 postgresql://用户名@主机:端口/数据库名。服务器密码取自环境变量 GONGKAI_DB_PASSWORD，未设置时提示输入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH|URL</source>
        <translation>路径|URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interface language: zh_CN, zh_TW or en.</source>
        <translation>界面语言：zh_CN、zh_TW 或 en。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANGUAGE</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start, show the window, and exit (for tests).</source>
        <translation>启动并显示窗口后退出（用于测试）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items of the demo office created in a new database (default %1).</source>
        <translation>新建数据库时生成的演示单位信息条数（默认%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No password was given.</source>
        <translation>未提供密码。</translation>
    </message>
</context>
</TS>
