<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>gongkai::AccountService</name>
    <message>
        <location filename="../app/core/review/accountservice.cpp" line="+78"/>
        <location line="+21"/>
        <location line="+19"/>
        <source>The user %1 does not exist.</source>
        <translation>用户%1不存在。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 is the last active administrator: appoint another one first.</source>
        <translation>%1是最后一名在用的系统管理员：请先指定另一名系统管理员。</translation>
    </message>
</context>
<context>
    <name>gongkai::AdminService</name>
    <message>
        <location filename="../app/core/review/adminservice.cpp" line="+90"/>
        <source>The review chain has no step %1.</source>
        <translation>审查流程中没有第%1步。</translation>
    </message>
</context>
<context>
    <name>gongkai::Attachment</name>
    <message>
        <location filename="../app/core/domain/attachment.cpp" line="+18"/>
        <location line="+18"/>
        <source>%1: only .txt and .docx files can be attached, so that their text can be screened.</source>
        <translation>%1：只能附加 .txt 和 .docx 文件，以便预审其中的文字。</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+18"/>
        <source>%1 is %2; attachments can be at most %3.</source>
        <translation>%1 大小为 %2；附件最大为 %3。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An attachment needs a file name.</source>
        <translation>附件需要文件名。</translation>
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
        <translation>新建信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item changed</source>
        <translation>修改信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item withdrawn</source>
        <translation>撤回信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item reinstated</source>
        <translation>恢复信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication recorded</source>
        <translation>登记发布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission recorded</source>
        <translation>登记报送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper review recorded</source>
        <translation>登记纸质审查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted for review</source>
        <translation>提交审查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission recalled</source>
        <translation>撤回送审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>签署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent back</source>
        <translation>退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password confirmed</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account unlocked</source>
        <translation>账户解锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account created</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account changed</source>
        <translation>修改账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List entry added</source>
        <translation>新增基础数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List entry changed</source>
        <translation>修改基础数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review chain changed</source>
        <translation>修改审查流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused action</source>
        <translation>操作被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo office created</source>
        <translation>创建演示单位数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database upgraded</source>
        <translation>升级数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-screen findings on save</source>
        <translation>保存时预审发现问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work record added</source>
        <translation>新增工作记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work record changed</source>
        <translation>修改工作记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work record deleted</source>
        <translation>删除工作记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report template changed</source>
        <translation>报告模板已修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report text saved</source>
        <translation>报告文字已保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report finalized</source>
        <translation>报告已定稿</translation>
    </message>
</context>
<context>
    <name>gongkai::AuditService</name>
    <message>
        <location filename="../app/core/review/auditservice.cpp" line="+59"/>
        <source>The export could not be written: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::AuditVerifier</name>
    <message>
        <location filename="../app/core/review/auditverifier.cpp" line="+63"/>
        <source>Audit record %1 is missing: it was deleted.</source>
        <translation>审计记录%1缺失：已被删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit records %1 to %2 are missing: they were deleted.</source>
        <translation>审计记录%1至%2缺失：已被删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit record %1 does not follow record %2: a record was inserted, replaced or changed there.</source>
        <translation>审计记录%1与记录%2不衔接：此处有记录被插入、替换或修改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit record %1 (%2, %3) was changed after it was written.</source>
        <translation>审计记录%1（%2，%3）在写入后被修改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The audit trail ends at record %1 but its head names record %2: the last records were deleted.</source>
        <translation>审计日志止于记录%1，但日志头指向记录%2：末尾的记录已被删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit record %1 lies beyond the trail&apos;s head (record %2): it was added behind the program&apos;s back.</source>
        <translation>审计记录%1位于日志头（记录%2）之后：是绕过本程序添加的。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit record %1 is not the record the trail&apos;s head names: it was replaced.</source>
        <translation>审计记录%1不是日志头所指的记录：已被替换。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Signature %1 (item %2, %3 by %4) has no audit record: it was added behind the program&apos;s back.</source>
        <translation>签署记录%1（编号%2的信息，%4签署的%3）没有对应的审计记录：是绕过本程序添加的。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signature %1 (item %2, %3 by %4) differs from audit record %5: it was changed after signing.</source>
        <translation>签署记录%1（编号%2的信息，%4签署的%3）与审计记录%5不一致：签署后被修改。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signature %1 recorded in audit record %2 (item %3, %4) is missing: it was deleted.</source>
        <translation>审计记录%2中记载的签署记录%1（编号%3的信息，%4）缺失：已被删除。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Item %1 (“%2”) was changed after %3 signed %4 of round %5, while it was under review.</source>
        <translation>编号%1的信息（“%2”）在审查期间被修改：此前%3已签署第%5轮的%4。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it has no review round and no paper review</source>
        <translation>既没有审查轮次，也没有纸质审查记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its latest review round %1 is not approved</source>
        <translation>其最近一轮审查（第%1轮）未通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 (“%2”) is marked %3 but %4.</source>
        <translation>编号%1的信息（“%2”）标记为“%3”，但%4。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 (“%2”) was changed after %3 approved it at %4, without a new review round.</source>
        <translation>编号%1的信息（“%2”）经%3于%4审核通过后被修改，且未重新审查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 (“%2”) was changed after its paper review was recorded, without a review round.</source>
        <translation>编号%1的信息（“%2”）在登记纸质审查后被修改，且未经审查。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Item %1: the attached file %2 was changed in the database; its bytes no longer match the hash its reviews covered.</source>
        <translation>信息 %1：附件 %2 在数据库中被改动，其内容与审查所涵盖的哈希值不再一致。</translation>
    </message>
</context>
<context>
    <name>gongkai::AuthService</name>
    <message>
        <location filename="../app/core/review/authservice.cpp" line="+55"/>
        <source>An administrator exists already; sign in as that administrator.</source>
        <translation>已有系统管理员；请以该管理员身份登录。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The account is locked after too many failed sign-ins; try again after %1 or ask the administrator to unlock it.</source>
        <translation>登录失败次数过多，账户已锁定；请于%1之后再试，或请系统管理员解锁。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 The account is now locked for %2 minutes, until %3.</source>
        <translation>%1账户已被锁定%2分钟，至%3解除。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The account %1 is deactivated; ask the administrator.</source>
        <translation>账户%1已停用；请联系系统管理员。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your password was reset by the administrator: choose a new one before you continue.</source>
        <translation>您的密码已由系统管理员重置：请先设置新密码再继续。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+38"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The session belongs to another database; sign in again.</source>
        <translation>此会话属于另一个数据库；请重新登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account of this session no longer exists.</source>
        <translation>此会话的账户已不存在。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
</context>
<context>
    <name>gongkai::BulkInserter</name>
    <message>
        <location filename="../app/demo/bulkinserter.cpp" line="+70"/>
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
        <location filename="../app/core/storage/database.cpp" line="+55"/>
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
        <location line="+39"/>
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
        <location line="+80"/>
        <source>Cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The transaction was rolled back because part of it failed</source>
        <translation>事务中有操作失败，已全部回滚</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>gongkai::DemoGenerator</name>
    <message>
        <location filename="../app/demo/demogenerator.cpp" line="+622"/>
        <source>The database has %1 and %2; the demo office goes only into a new, empty database.</source>
        <translation>数据库中已有 %1 和 %2；演示单位只能写入新建的空数据库。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 条信息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::DemoText</name>
    <message>
        <location filename="../app/demo/demohistory.cpp" line="+124"/>
        <location filename="../app/demo/demotext.cpp" line="+156"/>
        <source>The demo office&apos;s text is incomplete.</source>
        <translation>演示单位的文本不完整。</translation>
    </message>
    <message>
        <location filename="../app/demo/demotext.cpp" line="-80"/>
        <source>The demo office&apos;s text (%1) is missing from the program.</source>
        <translation>程序中缺少演示单位的文本（%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo office&apos;s text (%1) is broken: %2.</source>
        <translation>演示单位的文本（%1）已损坏：%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo office&apos;s text has no part “%1”.</source>
        <translation>演示单位的文本中没有“%1”部分。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The demo office&apos;s text has no templates for “%1”.</source>
        <translation>演示单位的文本中没有“%1”的模板。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The demo office&apos;s text has no words for {%1}.</source>
        <translation>演示单位的文本中没有 {%1} 的词语。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo office&apos;s text uses an unknown placeholder {%1}.</source>
        <translation>演示单位的文本使用了未知占位符 {%1}。</translation>
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
        <location filename="../app/core/io/itemexporter.cpp" line="+194"/>
        <source>The export could not be written: %1</source>
        <translation>导出文件无法写入：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::ItemImporter</name>
    <message>
        <location filename="../app/core/io/itemimporter.cpp" line="+101"/>
        <source>the attestation names no paper form: give its number or date</source>
        <translation>证明中未注明纸质审查单：请提供其编号或日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+119"/>
        <source>%1 cannot attest paper reviews: %2</source>
        <translation>%1 不能证明纸质审查：%2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 tried to import items of other authors; an author imports only their own items.</source>
        <translation>%1 试图导入其他撰稿人的信息；撰稿人只能导入本人的信息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was to attest the paper reviews of items they wrote.</source>
        <translation>%1 被指定证明的纸质审查中包含其本人撰写的信息。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the attester %1 could not be signed in: %2</source>
        <translation>无法登录证明人 %1：%2</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>cannot create department “%1”: %2</source>
        <translation>无法新建科室“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/core/io/importlookup.cpp" line="+81"/>
        <source>department “%1” matches several departments that differ only in case</source>
        <translation>科室“%1”与多个仅大小写不同的科室相匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown department “%1”</source>
        <translation>未知科室“%1”</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemimporter.cpp" line="+2"/>
        <source>cannot create category “%1”: %2</source>
        <translation>无法新建信息类别“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/core/io/importlookup.cpp" line="+9"/>
        <source>category “%1” matches several categories that differ only in case</source>
        <translation>信息类别“%1”与多个仅大小写不同的信息类别相匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown category “%1”</source>
        <translation>未知信息类别“%1”</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemimporter.cpp" line="+4"/>
        <source>cannot create upper agency “%1”: %2</source>
        <translation>无法新建上级部门“%1”：%2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>cannot create channel “%1”: %2</source>
        <translation>无法新建发布渠道“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/core/io/importlookup.cpp" line="+9"/>
        <source>channel “%1” matches several channels that differ only in case</source>
        <translation>发布渠道“%1”与多个仅大小写不同的发布渠道相匹配</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is named both as a publication channel (发布记录) and as an upper agency (报送记录); a name can only be one of them</source>
        <translation>“%1”同时被列为发布渠道（发布记录）和上级部门（报送记录）；一个名称只能属于其中之一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown upper agency “%1”</source>
        <translation>未知上级部门“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown channel “%1”</source>
        <translation>未知发布渠道“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>author “%1” is ambiguous: %2 users have that name; give the login instead</source>
        <translation>撰稿人“%1”不明确：有%2个用户同名，请改填登录名</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemimporter.cpp" line="+4"/>
        <source>cannot create author “%1”: %2</source>
        <translation>无法新建撰稿人“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/core/io/importlookup.cpp" line="+8"/>
        <source>author “%1” matches several logins that differ only in case</source>
        <translation>撰稿人“%1”与多个仅大小写不同的登录名相匹配</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown author “%1”</source>
        <translation>未知撰稿人“%1”</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemcsvformat.cpp" line="+175"/>
        <source>bad date “%1”, expected YYYY-MM-DD</source>
        <translation>日期“%1”有误，格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location filename="../app/core/io/itemcsvfile.cpp" line="+27"/>
        <source>cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is neither UTF-8 nor GB18030/GBK text: line %1 holds bytes that are not valid in %2</source>
        <translation>文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本：第%1行含有在 %2 中无效的字节</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file is empty; its first line must name the columns</source>
        <translation>文件为空；第一行须为列名</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemimporter.cpp" line="-262"/>
        <source>wrong number of fields: %1, expected %2</source>
        <translation>字段数有误：%1个，应为%2个</translation>
    </message>
    <message>
        <location filename="../app/core/io/itemrowreader.cpp" line="+97"/>
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
        <location line="+73"/>
        <source>the author is empty</source>
        <translation>撰稿人为空</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2) is not an author (撰稿人); items are written by authors</source>
        <translation>%1（%2）不是撰稿人；信息须由撰稿人撰写</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the row&apos;s author is %1: %2 imports only their own items; a publisher (信息发布员) imports other authors&apos; items</source>
        <translation>该行的撰稿人是 %1：%2 只能导入本人的信息；信息发布员可导入其他撰稿人的信息</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the item went out (已审核, 已发布 or publications) or names a paper review, and nothing goes out unreviewed: it needs a paper review attested by a signer — a section chief or leader attests the file&apos;s paper reviews with their password and the paper form&apos;s number or date</source>
        <translation>该信息已对外发出（已审核、已发布或有发布记录）或注明了纸质审查，而任何信息未经审查不得发出：需由签署人证明其纸质审查——由科室负责人或领导凭本人密码及纸质审查单的编号或日期，证明该文件中的纸质审查</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the item went out (已审核, 已发布 or publications) but its paper review is not named: give its paper reviewers and the dates in this column, or a text for all such rows</source>
        <translation>该信息已对外发出（已审核、已发布或有发布记录），但未注明其纸质审查：请在此列中填写纸质审查人及日期，或为所有此类行提供统一文本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 attests the file&apos;s paper reviews and wrote this item: nobody attests the review of their own item</source>
        <translation>%1 负责证明该文件的纸质审查，但本条信息由其撰写：任何人不得证明本人信息的审查</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>unknown status “%1”, expected one of %2</source>
        <translation>未知状态“%1”，应为以下之一：%2</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../app/core/storage/itemrepository.cpp" line="+78"/>
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
        <location line="+44"/>
        <source>Attachment %1 (%2) has no content.</source>
        <translation>附件 %1（%2）没有内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment %1 (%2) belongs to another item.</source>
        <translation>附件 %1（%2）属于另一条信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is attached twice.</source>
        <translation>%1 重复附加。</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+45"/>
        <location line="+32"/>
        <location line="+37"/>
        <location line="+15"/>
        <location line="+11"/>
        <source>Item %1 does not exist.</source>
        <translation>编号%1的信息不存在。</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Item %1 was changed by someone else since you opened it. Reopen it and make your change again.</source>
        <translation>编号%1的信息在您打开后已被他人修改。请重新打开后再修改。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <location line="+21"/>
        <location line="+23"/>
        <source>Item %1 was changed by someone else since you opened it.</source>
        <translation>编号%1的信息在您打开后已被他人修改。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>An item cannot be reinstated as withdrawn.</source>
        <translation>信息不能以“已撤回”状态恢复。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item %1 is not withdrawn.</source>
        <translation>编号%1的信息未被撤回。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item %1 cannot be reinstated as %2: %3</source>
        <translation>编号%1的信息不能以“%2”状态恢复：%3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Item %1 is withdrawn; it cannot be published.</source>
        <translation>编号%1的信息已撤回，不能发布。</translation>
    </message>
</context>
<context>
    <name>gongkai::ItemRules</name>
    <message>
        <location filename="../app/core/review/itemrules.cpp" line="+51"/>
        <source>Items are created by their authors, as themselves: %1 cannot name another user as the author.</source>
        <translation>信息只能由撰稿人以本人身份创建：%1 不能将其他用户指定为撰稿人。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only the author of item %1 can change it.</source>
        <translation>只有信息 %1 的撰稿人可以修改该信息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 is withdrawn; it cannot be changed.</source>
        <translation>信息 %1 已撤回，不能修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 is under review and frozen; recall the submission to change it.</source>
        <translation>信息 %1 正在审查中，已冻结；如需修改，请撤销送审。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the author of item %1 can submit it for review.</source>
        <translation>只有信息 %1 的撰稿人可以提交审查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 is withdrawn; it cannot be submitted.</source>
        <translation>信息 %1 已撤回，不能提交审查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 is under review already.</source>
        <translation>信息 %1 已在审查中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 is approved already and has not changed since.</source>
        <translation>信息 %1 已审查通过，且此后未作修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the author of item %1 can recall its submission.</source>
        <translation>只有信息 %1 的撰稿人可以撤销送审。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 is not under review.</source>
        <translation>信息 %1 不在审查中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the author of item %1, the section chief of its department or a leader can withdraw it.</source>
        <translation>只有信息 %1 的撰稿人、所在科室的科室负责人或领导可以撤回该信息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item %1 is withdrawn already.</source>
        <translation>信息 %1 已经撤回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 is not withdrawn.</source>
        <translation>信息 %1 未撤回。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the author of item %1 or a publisher (信息发布员) can record where it went out.</source>
        <translation>只有信息 %1 的撰稿人或信息发布员可以登记其发布和报送情况。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 is withdrawn; it cannot be published.</source>
        <translation>信息 %1 已撤回，不能发布。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item %1 is marked 不予公开 (withheld); it is never published.</source>
        <translation>信息 %1 标记为“不予公开”，不得发布。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 cannot be published: %2</source>
        <translation>信息 %1 不能发布：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a section chief, leader in charge or principal leader can attest that item %1 was reviewed on paper (%2).</source>
        <translation>只有科室负责人、分管领导或主要领导可以证明信息 %1 已经过纸质审查（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody attests the review of their own item %1.</source>
        <translation>任何人不得证明本人信息 %1 的审查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 is withdrawn.</source>
        <translation>信息 %1 已撤回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 has its paper review recorded already.</source>
        <translation>信息 %1 已登记纸质审查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 is reviewed in the program; a paper review is only for items never reviewed here.</source>
        <translation>信息 %1 已在本程序中审查；纸质审查仅适用于从未在本程序中审查的信息。</translation>
    </message>
</context>
<context>
    <name>gongkai::ItemScreening</name>
    <message>
        <location filename="../app/core/screening/itemscreening.cpp" line="+98"/>
        <source>Title</source>
        <translation>标题</translation>
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
        <translation>编号%1的信息不存在。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Name the paper review form: its number or date.</source>
        <translation>请注明纸质审查单：编号或日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the paper reviewers and the dates they signed.</source>
        <translation>请注明纸质审查人及其签署日期。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password is wrong; nothing was attested.</source>
        <translation>密码错误，未作任何证明。</translation>
    </message>
</context>
<context>
    <name>gongkai::Migrations</name>
    <message>
        <location filename="../app/core/storage/migrations.cpp" line="+471"/>
        <source>The database has schema version %1, newer than this program understands (%2). Update the program.</source>
        <translation>数据库结构版本为%1，高于本程序支持的版本（%2）。请升级本程序。</translation>
    </message>
</context>
<context>
    <name>gongkai::NamedTable</name>
    <message>
        <location filename="../app/core/storage/namedtable.cpp" line="+60"/>
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
        <location line="+47"/>
        <source>The record %1 does not exist.</source>
        <translation>编号%1的记录不存在。</translation>
    </message>
</context>
<context>
    <name>gongkai::OfficeSettings</name>
    <message>
        <location filename="../app/core/report/officesettings.cpp" line="+43"/>
        <source>The unit&apos;s name must have 1 to %1 characters.</source>
        <translation>单位名称须为1至%1个字符。</translation>
    </message>
</context>
<context>
    <name>gongkai::PaperReview</name>
    <message>
        <location filename="../app/core/domain/reviewround.cpp" line="+107"/>
        <source>form %1, </source>
        <translation>审查单 %1，</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2attested by %3)</source>
        <translation>%1（%2%3证明）</translation>
    </message>
</context>
<context>
    <name>gongkai::PasswordHasher</name>
    <message>
        <location filename="../app/core/review/passwordhasher.cpp" line="+22"/>
        <source>The cryptography library could not be initialised.</source>
        <translation>无法初始化加密库。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
</context>
<context>
    <name>gongkai::PasswordPolicy</name>
    <message>
        <location filename="../app/core/review/passwordpolicy.cpp" line="+24"/>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少须有%1个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must mix at least %1 of: upper-case letters, lower-case letters, digits and other characters.</source>
        <translation>密码须至少包含以下%1类字符：大写字母、小写字母、数字、其他字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must not contain the login.</source>
        <translation>密码不得包含登录名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least %1 characters, with at least %2 of: upper-case letters, lower-case letters, digits, other characters.</source>
        <translation>至少%1个字符，且至少包含以下%2类：大写字母、小写字母、数字、其他字符。</translation>
    </message>
</context>
<context>
    <name>gongkai::Permissions</name>
    <message>
        <location filename="../app/core/review/permissions.cpp" line="+54"/>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manage departments, categories and channels</source>
        <translation>管理科室、信息类别和发布渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>configure the review chain</source>
        <translation>配置审查流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the audit trail</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the ledger</source>
        <translation>查阅台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the ledger</source>
        <translation>登记台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign reviews</source>
        <translation>签署审查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit the report templates</source>
        <translation>编辑报告模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record publications and submissions</source>
        <translation>登记发布和报送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import the ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attest a paper review</source>
        <translation>证明纸质审查</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account %1 is deactivated.</source>
        <translation>账户%1已停用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The administrator cannot sign reviews (separation of duties).</source>
        <translation>系统管理员不能签署审查（职责分离）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The administrator cannot read or change the audit trail (separation of duties); that is the auditor&apos;s task.</source>
        <translation>系统管理员不能查阅或更改审计日志（职责分离），此项工作由审计管理员负责。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The auditor reads the audit trail and nothing else (separation of duties): %1 may not %2.</source>
        <translation>审计管理员只能查阅审计日志（职责分离）：%1无权%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administrator manages accounts, lists and the review chain and nothing else (separation of duties): %1 may not %2.</source>
        <translation>系统管理员只负责管理账户、基础数据和审查流程（职责分离）：%1无权%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no role that may %2.</source>
        <translation>%1的角色均无权%2。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the user at least one role.</source>
        <translation>请为用户至少指定一个角色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The role %1 cannot be combined with other roles (separation of duties).</source>
        <translation>角色“%1”不能与其他角色兼任（职责分离）。</translation>
    </message>
</context>
<context>
    <name>gongkai::PublicationGate</name>
    <message>
        <location filename="../app/core/storage/publicationgate.cpp" line="+46"/>
        <source>the item has not passed its confidentiality review, and nothing is published before it: submit it for review, or, for a historical item reviewed on paper, record its paper review.</source>
        <translation>该信息尚未通过保密审查，未经审查不得发布：请提交审查；如为已做过纸质审查的历史信息，请登记其纸质审查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the item is under review; it can be published once the last step has signed.</source>
        <translation>该信息正在审查中；最后一步签署后方可发布。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the item was sent back by its reviewers; revise it and submit it again.</source>
        <translation>该信息已被审查人退回；请修改后重新提交审查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the item&apos;s submission for review was recalled; submit it again.</source>
        <translation>该信息已撤回送审；请重新提交审查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the item was changed after its review; it needs a new review before it is published.</source>
        <translation>该信息审查后又被修改；须重新审查后方可发布。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its review concluded that it be withheld; it cannot be published.</source>
        <translation>审查结论为不予公开；该信息不能发布。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the item is marked 不予公开 (withheld); it is never published.</source>
        <translation>该信息标记为“不予公开”，不得发布。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publication %1: %2</source>
        <translation>第%1条发布记录：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item cannot be marked %1: %2</source>
        <translation>信息不能标记为“%1”：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publication %1: dated %2, in the future; record a publication once it is out.</source>
        <translation>发布 %1：日期为 %2，尚未到来；请在实际发布后再登记。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Publication %1: dated before the item&apos;s approval on %2.</source>
        <translation>第%1条发布记录：发布日期早于该信息的审核通过日期%2。</translation>
    </message>
</context>
<context>
    <name>gongkai::QuarterlyFiguresQuery</name>
    <message>
        <location filename="../app/core/report/quarterlyfiguresquery.cpp" line="+281"/>
        <location line="+63"/>
        <source>The report period is not valid.</source>
        <translation>报告期间无效。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+36"/>
        <location line="+11"/>
        <source>Unknown report figure: %1</source>
        <translation>未知的报告数据项：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::QuarterlyReportService</name>
    <message>
        <location filename="../app/core/report/quarterlyreportservice.cpp" line="+97"/>
        <source>There is no finalized report %1.</source>
        <translation>没有编号为 %1 的定稿报告。</translation>
    </message>
</context>
<context>
    <name>gongkai::ReportArchive</name>
    <message>
        <location filename="../app/core/report/reportarchive.cpp" line="+45"/>
        <source>The report period is not valid.</source>
        <translation>报告期间无效。</translation>
    </message>
</context>
<context>
    <name>gongkai::ReportDraftRepository</name>
    <message>
        <location filename="../app/core/report/reportdraftrepository.cpp" line="+53"/>
        <source>The report text of %1 was changed by %2 meanwhile. Reload it and try again.</source>
        <translation>%1 的报告文字已被 %2 修改。请重新载入后再试。</translation>
    </message>
</context>
<context>
    <name>gongkai::ReportTextService</name>
    <message>
        <location filename="../app/core/report/reporttextservice.cpp" line="+32"/>
        <source>The template has unknown placeholders or tables, or no title line (&quot;# …&quot;): %1</source>
        <translation>模板含有未知的占位符或表格，或缺少标题行（“# …”）：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::ReviewChain</name>
    <message>
        <location filename="../app/core/domain/reviewchain.cpp" line="+19"/>
        <source>Review</source>
        <translation>初审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-off</source>
        <translation>签发</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Step %1: only a section chief, a leader in charge or a principal leader can sign a review step.</source>
        <translation>第%1步：只有科室负责人、分管领导或主要领导才能签署审查环节。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: the label is required.</source>
        <translation>第%1步：名称不能为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1: only an optional step can be switched off.</source>
        <translation>第%1步：只有可选环节才能停用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review chain needs at least one step.</source>
        <translation>审查流程至少需要一个环节。</translation>
    </message>
</context>
<context>
    <name>gongkai::ReviewRepository</name>
    <message>
        <location filename="../app/core/storage/reviewrepository.cpp" line="+319"/>
        <location filename="../app/demo/demohistory.cpp" line="-11"/>
        <source>The review chain has no step; the administrator must configure one.</source>
        <translation>审查流程中没有任何环节；须由系统管理员配置。</translation>
    </message>
</context>
<context>
    <name>gongkai::ReviewRound</name>
    <message>
        <location filename="../app/core/domain/reviewround.cpp" line="-92"/>
        <source>Disclose</source>
        <translation>同意公开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclose after changes</source>
        <translation>修改后公开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withhold</source>
        <translation>不予公开</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>审查中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已通过</translation>
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
        <translation>系统管理员不能签署审查（职责分离）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round %1 of item %2 was sent back; it cannot be signed.</source>
        <translation>编号%2的信息第%1轮审查已退回，不能签署。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round %1 of item %2 was withdrawn; it cannot be signed.</source>
        <translation>编号%2的信息第%1轮审查已撤回，不能签署。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round %1 of item %2 is approved already.</source>
        <translation>编号%2的信息第%1轮审查已通过。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round %1 has no %2.</source>
        <translation>第%1轮审查没有%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be signed before %2.</source>
        <translation>须先完成%2，才能签署%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody signs their own item: %1 wrote item %2.</source>
        <translation>不得签署本人撰写的信息：编号%2的信息由%1撰写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 signed %2 of this round already; one person signs at most one step of a round.</source>
        <translation>%1已签署本轮的%2；同一人在一轮审查中至多签署一个环节。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is signed by a %2; %3 is not one.</source>
        <translation>%1须由%2签署；%3不具备该角色。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is signed by the %2 of the item&apos;s own department; %3 belongs to another department.</source>
        <translation>%1须由信息所在科室的%2签署；%3属于其他科室。</translation>
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
        <translation>编号%1的信息不存在。</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Nobody but the author could sign %1 of item %2: ask the administrator to give another person that role.</source>
        <translation>编号%2的信息的%1除撰稿人外无人可签署：请系统管理员为其他人员指定该角色。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有%n处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The pre-screen found %n high finding(s) in item %1; correct them, or give a reason to submit it as it stands:
%2</source>
        <translation>
            <numerusform>预审在信息%1中发现%n处高风险问题；请修改，或说明按原样送审的理由：
%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only the author of item %1 can recall its submission.</source>
        <translation>只有撰稿人才能撤回编号%1的信息的送审。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 is not under review.</source>
        <translation>编号%1的信息不在审查中。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of item %2 was already signed by %3 at %4.</source>
        <translation>编号%2的信息的%1已由%3于%4签署。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item %1 was already sent back by %2 at %3.</source>
        <translation>编号%1的信息已由%2于%3退回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review of item %1 was changed by someone else meanwhile; look at it again.</source>
        <translation>编号%1的信息的审查已被他人处理；请重新查看。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 is withdrawn; it cannot be signed.</source>
        <translation>编号%1的信息已撤回，不能签署。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 has not been submitted for review.</source>
        <translation>编号%1的信息尚未提交审查。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Item %1 was changed outside the program after it was submitted; it cannot be signed (run verify).</source>
        <translation>编号%1的信息提交审查后在程序之外被修改，不能签署（请运行 verify 检查）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The password is wrong; nothing was signed.</source>
        <translation>密码错误，未签署。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Say why the item is sent back.</source>
        <translation>请说明退回理由。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is wrong; nothing was sent back.</source>
        <translation>密码错误，未退回。</translation>
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
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>信息发布员</translation>
    </message>
</context>
<context>
    <name>gongkai::ServiceCall</name>
    <message>
        <location filename="../app/core/review/servicecall.cpp" line="+24"/>
        <source>The session belongs to another database; sign in again.</source>
        <translation>此会话属于另一个数据库；请重新登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account of this session no longer exists.</source>
        <translation>此会话的账户已不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account %1 was deactivated; sign in with another account.</source>
        <translation>账户%1已停用；请使用其他账户登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account %1 is locked until %2.</source>
        <translation>账户%1已锁定，至%2解除。</translation>
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
        <location line="+71"/>
        <source>The login “%1” is taken.</source>
        <translation>登录名“%1”已被使用。</translation>
    </message>
    <message>
        <location line="+35"/>
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
    <name>gongkai::WorkRecord</name>
    <message>
        <location filename="../app/core/domain/workrecord.cpp" line="+14"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online interview</source>
        <translation>在线访谈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press conference</source>
        <translation>新闻发布会</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading-room delivery</source>
        <translation>公共查阅室送阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other work</source>
        <translation>其他工作</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose the kind of work.</source>
        <translation>请选择工作类型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is required.</source>
        <translation>必须填写日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The topic is required.</source>
        <translation>必须填写主题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The topic is longer than %1 characters.</source>
        <translation>主题超过%1个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of attendees cannot be negative.</source>
        <translation>参加人数不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A training needs the number of attendees.</source>
        <translation>培训须填写参加人数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of documents cannot be negative.</source>
        <translation>文件数不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reading-room delivery needs the number of documents delivered.</source>
        <translation>公共查阅室送阅须填写送阅文件数。</translation>
    </message>
</context>
<context>
    <name>gongkai::WorkRecordExporter</name>
    <message>
        <location filename="../app/core/io/workrecordexporter.cpp" line="+38"/>
        <source>The export could not be written: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::WorkRecordImporter</name>
    <message>
        <location filename="../app/core/io/workrecordimporter.cpp" line="+52"/>
        <source>cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file is neither UTF-8 nor GB18030/GBK text: line %1 holds bytes that are not valid in %2</source>
        <translation>文件既不是 UTF-8 也不是 GB18030/GBK 文本：第%1行含有 %2 中无效的字节</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is empty; its first line must name the columns</source>
        <translation>文件为空；第一行须为列名</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown column</source>
        <translation>未知的列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the column appears twice</source>
        <translation>该列出现了两次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the column is missing</source>
        <translation>缺少该列</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>wrong number of fields: %1, expected %2</source>
        <translation>字段数不对：%1个，应为%2个</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is negative</source>
        <translation>%1为负数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the kind is required</source>
        <translation>必须填写类型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown kind “%1” (one of %2)</source>
        <translation>未知类型“%1”（应为%2之一）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the date is required</source>
        <translation>必须填写日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown department “%1”</source>
        <translation>未知科室“%1”</translation>
    </message>
</context>
<context>
    <name>gongkai::WorkRecordRepository</name>
    <message>
        <location filename="../app/core/storage/workrecordrepository.cpp" line="+118"/>
        <source>The department does not exist.</source>
        <translation>该科室不存在。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+39"/>
        <source>Work record %1 does not exist.</source>
        <translation>工作记录%1不存在。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Work record %1 was changed by someone else since you opened it. Reopen it and make your change again.</source>
        <translation>工作记录%1在您打开后已被他人修改。请重新打开后再修改。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Work record %1 was changed by someone else since you opened it; it was not deleted.</source>
        <translation>工作记录%1在您打开后已被他人修改，未删除。</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::AdminCommands</name>
    <message>
        <location filename="../app/cli/admincommands.cpp" line="+40"/>
        <source>The first administrator&apos;s login.</source>
        <translation>首个系统管理员的登录名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The administrator&apos;s printed name.</source>
        <translation>系统管理员的署名。</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+7"/>
        <location line="+1"/>
        <source>Password for the administrator %1: </source>
        <translation>系统管理员%1的密码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator %1 created.</source>
        <translation>已创建系统管理员%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No administrator yet: run gongkai-cli init --admin LOGIN with the password in GONGKAI_PASSWORD.</source>
        <translation>尚无系统管理员：请运行 gongkai-cli init --admin 登录名，密码放在 GONGKAI_PASSWORD 中。</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+29"/>
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
        <location line="+17"/>
        <source>unknown role “%1” (one of %2)</source>
        <translation>未知角色“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First password for %1: </source>
        <translation>%1的初始密码：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Current password for %1: </source>
        <translation>%1的当前密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>New password for %1: </source>
        <translation>%1的新密码：</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The password of %1 is changed.</source>
        <translation>%1的密码已修改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password of %1 is reset; they must change it at their next sign-in.</source>
        <translation>%1的密码已重置；该用户下次登录时须修改密码。</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Creates the database, or brings its schema up to date, and prints the schema version. With --admin, also creates the first administrator of a new database (password from GONGKAI_PASSWORD, or from GONGKAI_NEW_PASSWORD when you sign in with --user). Without --user it runs only on a database without accounts, or to create the first administrator.</source>
        <translation>创建数据库或将其结构更新到最新版本，并输出结构版本。使用 --admin 时，还会为新数据库创建首个系统管理员（密码取自 GONGKAI_PASSWORD；使用 --user 登录时取自 GONGKAI_NEW_PASSWORD）。不使用 --user 时，仅可在没有账号的数据库上运行，或用于创建首个系统管理员。</translation>
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
        <translation>添加%1并输出其 ID（系统管理员）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Adds an account and prints its id (administrator). Its first password comes from GONGKAI_NEW_PASSWORD or is typed; the user changes it at the first sign-in. Roles: %1 (administrator and auditor stand alone).</source>
        <translation>添加账号并输出其 ID（系统管理员）。初始密码取自 GONGKAI_NEW_PASSWORD 或手动输入；用户首次登录时须修改。角色：%1（系统管理员和审计管理员不可兼任其他角色）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accepted for older scripts: the first password always comes from GONGKAI_NEW_PASSWORD (or is typed).</source>
        <translation>为兼容旧脚本而保留：初始密码始终取自 GONGKAI_NEW_PASSWORD（或手动输入）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Changes a password. Your own (LOGIN left out or your --user): the current password from GONGKAI_PASSWORD and the new one from GONGKAI_NEW_PASSWORD (or typed); this also works when the password must be changed after a reset. Someone else&apos;s: as an administrator, the new password from GONGKAI_NEW_PASSWORD; they must change it at their next sign-in.</source>
        <translation>修改密码。修改本人密码（省略 LOGIN 或为本人的 --user）：当前密码取自 GONGKAI_PASSWORD，新密码取自 GONGKAI_NEW_PASSWORD（或手动输入）；重置后须修改密码时也可使用。修改他人密码：须为系统管理员，新密码取自 GONGKAI_NEW_PASSWORD；对方须在下次登录时修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose password (default: your own).</source>
        <translation>要修改谁的密码（默认：本人）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ends an account&apos;s lock-out after too many failed sign-ins (administrator).</source>
        <translation>解除账号因登录失败次数过多而被锁定的状态（系统管理员）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The locked account.</source>
        <translation>被锁定的账户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is unlocked.</source>
        <translation>%1已解锁。</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+52"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="-44"/>
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
        <translation>列出账号及其科室、角色和登录状态（系统管理员）。</translation>
    </message>
    <message>
        <location line="+30"/>
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
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until %1</source>
        <translation>锁定至%1</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::AttachmentCommands</name>
    <message>
        <location filename="../app/cli/attachmentcommands.cpp" line="+27"/>
        <source>item %1 does not exist</source>
        <translation>信息 %1 不存在</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>attachment: missing action (add, list, remove or save)</source>
        <translation>attachment：缺少操作（add、list、remove 或 save）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachment: unknown action “%1” (add, list, remove or save)</source>
        <translation>attachment：未知操作“%1”（add、list、remove 或 save）</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>For an approved item, whose change starts a new review: why it is submitted despite high findings of the pre-screen.</source>
        <translation>对于已审查通过的信息，修改后将重新审查：说明在预筛查发现高风险问题的情况下仍提交审查的理由。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: gongkai-cli --user LOGIN attachment add|list|remove|save [options]</source>
        <translation>用法：gongkai-cli --user LOGIN attachment add|list|remove|save [options]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attaches .txt and .docx files to an item (its author, while it is not under review). Their text is screened with the item&apos;s; attaching to an approved item starts a new review.</source>
        <translation>为信息添加 .txt 和 .docx 附件（由撰稿人操作，且信息不在审查中）。附件文本与信息一并筛查；为已审查通过的信息添加附件将重新开始审查。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <location line="+34"/>
        <location line="+24"/>
        <source>The item&apos;s id.</source>
        <translation>信息编号。</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Files to attach.</source>
        <translation>要附加的文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Item %1 has %n attachment(s).</source>
        <translation>
            <numerusform>信息 %1 有 %n 个附件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print a JSON array.</source>
        <translation>输出 JSON 数组。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists the files attached to an item.</source>
        <translation>列出信息的附件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Item %1 has no attachments.</source>
        <translation>信息 %1 没有附件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>附加时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>附加人</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removes a file from an item (its author, while it is not under review). The database keeps it for the earlier reviews that covered it.</source>
        <translation>从信息中移除附件（由撰稿人操作，且信息不在审查中）。数据库仍保留该文件，供此前涵盖它的审查使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>The attached file&apos;s name.</source>
        <translation>附件的文件名。</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+30"/>
        <source>item %1 has no attachment named “%2”</source>
        <translation>信息 %1 没有名为“%2”的附件</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Removed %1 from item %2.</source>
        <translation>已从信息 %2 移除 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes an attached file out as it was attached.</source>
        <translation>按附加时的原样导出附件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
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

已发布信息台账，供脚本和系统管理员使用。不指定 --db 时，使用程序上次使用的数据库。
对于 PostgreSQL 服务器（postgresql://user@host:port/dbname），密码取自
GONGKAI_DB_PASSWORD，否则会提示输入。

每条命令都需登录：--user LOGIN，密码取自 GONGKAI_PASSWORD 或手动输入，
并可执行该用户角色允许的操作：author、publisher（信息发布员）、section_chief、
leader_in_charge、principal_leader、administrator 或 auditor。不使用 --user 时，仅可运行
--help、--version、screen 和 verify，以及在没有账号的数据库上运行 init 和 demo；
其他操作均被拒绝，且拒绝情况会记入审计日志。

命令：
  init [--admin LOGIN]          创建数据库或将其结构更新到最新版本
  demo [--items N] [--seed S]   用演示单位数据填充空数据库
  department add|list           科室
  channel add|list              发布渠道和上级部门
  category add|list             信息类别
  user add|list|passwd|unlock   账号及其角色和密码
  item add|show|withdraw        台账信息
  attachment add|list|remove|save   信息的 .txt/.docx 附件
  publication add ITEM          登记信息的发布
  submission add|adopt ITEM     登记向上级部门的报送或其采用情况
  list items                    按条件筛选列出台账
  import items FILE             从 CSV 导入台账
  export items FILE             将台账导出为 CSV
  review submit|approve|reject|recall|attest|status|inbox   保密审查
  audit list|export             审计日志（审计管理员）
  verify                        校验审计日志和已签署内容
  print review-form|monthly-summary|unit   以 PDF/CSV 输出审查表和月度汇总
  screen FILE…                  筛查 .txt/.docx 文件中的密级标识和个人信息
  words list|add|remove|import  本单位词库（敏感词和错误表述）
  record add|list|edit|delete|import|export   工作记录：培训、访谈、送达
  report quarterly|finalize|list|show|trace   季度自查报告

运行 gongkai-cli COMMAND --help 查看某条命令的选项。
</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>--db needs a file path or a postgresql:// address</source>
        <translation>--db 需要文件路径或 postgresql:// 地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--user needs a login</source>
        <translation>--user 缺少登录名</translation>
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
        <location line="+48"/>
        <source>unknown command “%1” (see gongkai-cli --help)</source>
        <translation>未知命令“%1”（参见 gongkai-cli --help）</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+61"/>
        <location line="+32"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>set %1 or run the command on a terminal to type the password</source>
        <translation>请设置 %1，或在终端中运行该命令以输入密码</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: %2 (see gongkai-cli %1 --help)</source>
        <translation>%1：%2（参见 gongkai-cli %1 --help）</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Run: gongkai-cli --user %1 user passwd (current password in GONGKAI_PASSWORD, the new one in GONGKAI_NEW_PASSWORD).</source>
        <translation>请运行：gongkai-cli --user %1 user passwd（当前密码放在 GONGKAI_PASSWORD 中，新密码放在 GONGKAI_NEW_PASSWORD 中）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this command</source>
        <translation>此命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no signed-in user</source>
        <translation>无已登录用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a signed-in user: give --user LOGIN (password in GONGKAI_PASSWORD)</source>
        <translation>%1 需要已登录的用户：请指定 --user LOGIN（密码放在 GONGKAI_PASSWORD 中）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Usage: gongkai-cli [--db PATH|URL] %1%2 %3</source>
        <translation>用法：gongkai-cli [--db PATH|URL] %1%2 %3</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../app/cli/democommand.cpp" line="+16"/>
        <source>Fills a new, empty database with a demo office (某市商务局): departments, users with every role, and ledger items with their reviews, publications and submissions, spread over the last two years (over more years for more than 200,000 items), with the audit trail the program would have written. A database that has any account or item is refused. The same seed gives the same office.</source>
        <translation>用演示单位（某市商务局）填充新建的空数据库：包括科室、涵盖所有角色的用户，以及台账信息及其审查、发布和报送记录，时间分布在最近两年（信息超过 200,000 条时分布在更多年份），并附带程序本应写入的审计日志。已有任何账号或信息的数据库将被拒绝。相同的种子生成相同的单位数据。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+10"/>
        <source>demo runs without --user: it writes only into a new, empty database, where there is nobody to sign in as</source>
        <translation>demo 无需 --user 即可运行：它只写入新建的空数据库，其中没有可供登录的账号</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reviews: %1 rounds with %2 signatures, %3 older items attested as reviewed on paper; %4 work records; %5 audit records</source>
        <translation>审查：%1 轮，%2 次签署，%3 条较早的信息经证明已进行纸质审查；%4 条工作记录；%5 条审计记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every demo account signs in with the password %1 (gongkai-cli --user LOGIN …).</source>
        <translation>所有演示账号的登录密码均为 %1（gongkai-cli --user LOGIN …）。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>bad seed “%1”: expected a whole number from 0 to 4294967295</source>
        <translation>随机种子“%1”有误：应为0至4294967295之间的整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--last-day lies in the future</source>
        <translation>--last-day 不能晚于今天</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../app/cli/iocommands.cpp" line="+97"/>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report every problem and import nothing.</source>
        <translation>报告全部问题，不导入任何数据。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation>信息类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channels</source>
        <translation>发布渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upper agencies</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>authors</source>
        <translation>撰稿人</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import: say what to import (items, or names for the administrator)</source>
        <translation>import：请指定要导入的内容（items；系统管理员可指定 names）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imports ledger items from a CSV file (UTF-8 with or without BOM, or GBK/GB18030; headers in Chinese or English) as the --user: an author imports their own items, a publisher (信息发布员) the historical ledger of every author. All or nothing: any problem leaves the database as it was. Names the database does not know are problems; the administrator creates them with import names. Rows that went out (已审核, 已发布, publications) or fill 纸质审查 need their paper reviews attested, once for the file, by a section chief or leader: --attest-by and --paper-form, the attester&apos;s password from GONGKAI_ATTEST_PASSWORD or typed. FILE - reads standard input.</source>
        <translation>以 --user 身份从 CSV 文件（UTF-8，带或不带 BOM，或 GBK/GB18030；表头可为中文或英文）导入台账信息：撰稿人导入本人的信息，信息发布员导入所有撰稿人的历史台账。全部成功或全部不导入：出现任何问题时数据库保持不变。数据库中不存在的名称视为问题，由系统管理员通过 import names 创建。已对外发出（已审核、已发布、有发布记录）或填写了“纸质审查”列的行，需由科室负责人或领导对整个文件一次性证明其纸质审查：使用 --attest-by 和 --paper-form，证明人的密码取自 GONGKAI_ATTEST_PASSWORD 或手动输入。FILE 为 - 时读取标准输入。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The signer (section chief, leader in charge or principal leader) who attests the file&apos;s paper reviews.</source>
        <translation>证明该文件纸质审查的签署人（科室负责人、分管领导或主要领导）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The paper review forms&apos; number or date.</source>
        <translation>纸质审查单的编号或日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paper reviewers and dates of every row that needs the attestation and leaves 纸质审查 empty.</source>
        <translation>所有需要证明且“纸质审查”列为空的行的纸质审查人及日期。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>import items: --paper-form and --reviewed-on-paper belong to an attestation: give --attest-by LOGIN</source>
        <translation>import items：--paper-form 和 --reviewed-on-paper 属于证明选项：请指定 --attest-by LOGIN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password of %1, who attests the paper reviews: </source>
        <translation>纸质审查证明人 %1 的密码：</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n name(s) the file uses are missing from the database:</source>
        <translation>
            <numerusform>文件中使用的 %n 个名称在数据库中不存在：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The administrator can create them with: gongkai-cli --user ADMIN import names %1</source>
        <translation>系统管理员可使用以下命令创建：gongkai-cli --user ADMIN import names %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s) went out or name a paper review: a section chief or leader attests their paper reviews with --attest-by LOGIN --paper-form REF [--reviewed-on-paper TEXT].</source>
        <translation>
            <numerusform>%n 行已对外发出或注明了纸质审查：需由科室负责人或领导使用 --attest-by LOGIN --paper-form REF [--reviewed-on-paper TEXT] 证明其纸质审查。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 rows checked, no problems</source>
        <translation>已检查%1行，未发现问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 items imported</source>
        <translation>已导入%1条信息</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper review(s) attested by %1, form %2</source>
        <translation>
            <numerusform>%n 项纸质审查已由 %1 证明，审查单 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The administrator&apos;s step before an import: creates, in one go, the departments, categories, channels, upper agencies and authors a ledger CSV file names and the database lacks. Reads only the names, never the items. New authors get inactive accounts author-001, author-002 … without a password: activate them and set a password before they sign in. FILE - reads standard input.</source>
        <translation>导入前由系统管理员执行的步骤：一次性创建台账 CSV 文件中出现而数据库中缺少的科室、信息类别、发布渠道、上级部门和撰稿人。只读取名称，不读取信息。新撰稿人将获得未启用且无密码的账号 author-001、author-002 …：请在其登录前启用账号并设置密码。FILE 为 - 时读取标准输入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file an import is to read.</source>
        <translation>要导入的 CSV 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the missing names and create nothing.</source>
        <translation>仅列出缺少的名称，不创建任何内容。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No names missing</source>
        <translation>没有缺少的名称</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n name(s) missing; run without --check to create them</source>
        <translation>
            <numerusform>缺少 %n 个名称；不带 --check 运行即可创建</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n name(s) created</source>
        <translation>
            <numerusform>已创建 %n 个名称</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new authors&apos; accounts are inactive and have no password: activate them and set a password before they sign in.</source>
        <translation>新撰稿人的账号未启用且没有密码：请在其登录前启用账号并设置密码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exports the ledger (or the items the filter picks) as CSV in UTF-8 with BOM, one row per item, for readers of the ledger (not the administrator or the auditor). FILE - writes to standard output.</source>
        <translation>将台账（或筛选出的信息）导出为 UTF-8 带 BOM 的 CSV 文件，每条信息一行，供台账查阅人员使用（系统管理员和审计管理员除外）。FILE 为 - 时写入标准输出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export: say what to export (items)</source>
        <translation>export：请指定要导出的内容（items）</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../app/cli/itemcommands.cpp" line="+36"/>
        <source>item %1 does not exist</source>
        <translation>编号%1的信息不存在</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>item: missing action (add, show or withdraw)</source>
        <translation>item：缺少操作（add、show 或 withdraw）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item: unknown action “%1” (add, show or withdraw)</source>
        <translation>item：未知操作“%1”（应为 add、show 或 withdraw）</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+4"/>
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
        <location line="+18"/>
        <source>unknown disclosure attribute “%1” (proactive, on_request or withheld)</source>
        <translation>未知公开属性“%1”（应为 proactive、on_request 或 withheld）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print a JSON object.</source>
        <translation>以 JSON 对象输出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <location line="+18"/>
        <location line="+43"/>
        <location line="+35"/>
        <source>The item&apos;s id.</source>
        <translation>信息编号。</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submit</source>
        <translation>提交审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>撤销送审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reinstate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a publication</source>
        <translation>登记发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a submission or adoption</source>
        <translation>登记报送或采用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attest a paper review</source>
        <translation>证明纸质审查</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: missing action (%2)</source>
        <translation>%1：缺少操作（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown action “%2” (%3)</source>
        <translation>%1：未知操作“%2”（%3）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: gongkai-cli --user LOGIN item add|show|withdraw [options]</source>
        <translation>用法：gongkai-cli --user LOGIN item add|show|withdraw [options]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adds an item to the ledger as a draft, with the --user (an author) as its author, and prints its id. A paper review is attested separately (review attest), by a signer.</source>
        <translation>将信息作为草稿加入台账，以 --user（须为撰稿人）为其撰稿人，并输出其编号。纸质审查由签署人另行证明（review attest）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The author&apos;s login; items are created by their authors, so anyone but yourself is refused.</source>
        <translation>撰稿人的登录名；信息由撰稿人本人创建，指定您本人以外的任何人均会被拒绝。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Shows one item with its publications and submissions, and what you may do with it.</source>
        <translation>显示一条信息及其发布和报送记录，以及您可对其执行的操作。</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <location line="+2"/>
        <source>Reviewed on paper</source>
        <translation>纸质审查</translation>
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
        <location line="+5"/>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You may: only read it</source>
        <translation>您可以：仅查看</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may: %1</source>
        <translation>您可以：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Withdraws an item (撤回): it stays in the ledger, marked withdrawn. Its author, the section chief of its department or a leader may.</source>
        <translation>撤回信息：该信息仍保留在台账中，并标记为已撤回。其撰稿人、所属科室的科室负责人或领导可执行此操作。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Records that an approved item was published on a channel: a publisher on any item, an author on their own. Never for an item marked or reviewed 不予公开, never dated in the future.</source>
        <translation>登记审核通过的信息已在某一发布渠道发布：信息发布员可登记任何信息，撰稿人只能登记本人的信息。标记为或经审查确定为不予公开的信息不得登记发布，发布日期不得晚于当天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The day it was published (default today).</source>
        <translation>发布日期（默认为今天）。</translation>
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
        <translation>submission：未知操作“%1”（add 或 adopt）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Records that an item was submitted to an upper agency, and whether the agency adopted it: a publisher on any item, an author on their own.</source>
        <translation>登记信息已报送上级部门，以及该部门是否采用：信息发布员可登记任何信息，撰稿人只能登记本人的信息。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day it was submitted (default today).</source>
        <translation>报送日期（默认为今天）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Records that an upper agency adopted an item submitted to it earlier: the latest submission to the agency that is not adopted yet (or the one of --date).</source>
        <translation>登记上级部门已采用此前报送的信息：对应向该部门最近一次尚未采用的报送（或 --date 指定的报送）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upper agency the item was submitted to.</source>
        <translation>信息所报送的上级部门。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day of the submission, when there are several.</source>
        <translation>存在多次报送时，指定报送日期。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the submission of item %1 to “%2” is recorded as adopted already</source>
        <translation>信息 %1 向“%2”的报送已登记为已采用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item %1 has no submission to “%2”%3; record it with submission add</source>
        <translation>信息 %1 没有向“%2”报送的记录%3；请先使用 submission add 登记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation>（日期：%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item %1: adopted by %2 on %3.</source>
        <translation>信息 %1：已于 %3 被 %2 采用。</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Item %1 is withdrawn.</source>
        <translation>编号%1的信息已撤回。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The channel, e.g. 门户网站.</source>
        <translation>发布渠道，如“门户网站”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL or issue, e.g. 《商务动态》第8期.</source>
        <translation>网址或期次，如“《商务动态》第8期”。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The upper agency, e.g. 市委办公厅《每日要情》.</source>
        <translation>上级部门，如“市委办公厅《每日要情》”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>The day the agency adopted it.</source>
        <translation>采用日期。</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Where it was adopted, e.g. 《每日要情》第12期.</source>
        <translation>采用刊期，如“《每日要情》第12期”。</translation>
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
        <location line="+19"/>
        <source>Lists the ledger, newest drafted first: every matching item unless --limit is given. For readers of the ledger (not the administrator or the auditor).</source>
        <translation>列出台账，按起草时间由新到旧排列：未指定 --limit 时列出所有匹配的信息。供台账查阅人员使用（系统管理员和审计管理员除外）。</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+20"/>
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
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channels</source>
        <translation>发布渠道</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::PrintCommands</name>
    <message>
        <location filename="../app/cli/printcommands.cpp" line="+47"/>
        <source>--month must be a month as YYYY-MM, not “%1”</source>
        <translation>--month 须为 YYYY-MM 格式的月份，而不是“%1”</translation>
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
        <translation>print：缺少要输出的内容（review-form、monthly-summary 或 unit）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print: unknown report “%1” (review-form, monthly-summary or unit)</source>
        <translation>print：未知报表“%1”（应为 review-form、monthly-summary 或 unit）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the form&apos;s data as JSON.</source>
        <translation>以 JSON 格式输出审批表数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item&apos;s id.</source>
        <translation>信息编号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the item&apos;s confidentiality review form (保密审查审批表) as an A4 PDF laid out per GB/T 9704.</source>
        <translation>将该信息的保密审查审批表输出为 A4 版面的 PDF 文件，版式依照 GB/T 9704。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print review-form: --out FILE.pdf (or --json) is required</source>
        <translation>print review-form：须指定 --out FILE.pdf（或 --json）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Review form of item %1 written to %2</source>
        <translation>编号%1的信息的审查审批表已写入 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The month, as YYYY-MM.</source>
        <translation>月份，格式为 YYYY-MM。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write: .pdf, or .csv for a spreadsheet.</source>
        <translation>要写入的文件：.pdf，或用于电子表格的 .csv。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the summary&apos;s data as JSON.</source>
        <translation>以 JSON 格式输出汇总数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes the monthly summary of confidentiality reviews: every review that ended in the month, its steps, signers and result.</source>
        <translation>输出保密审查月度汇总：当月审结的每项审查及其环节、签署人和审查结果。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>print monthly-summary: --out FILE.pdf|FILE.csv (or --json) is required</source>
        <translation>print monthly-summary：须指定 --out FILE.pdf|FILE.csv（或 --json）</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Monthly summary of %1 (%n review(s)) written to %2</source>
        <translation>
            <numerusform>%1月度汇总（%n项审查）已写入 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The unit&apos;s name to set (administrator).</source>
        <translation>要设置的单位名称（系统管理员）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows or sets the unit&apos;s name printed on review forms and summaries.</source>
        <translation>显示或设置打印在审批表和汇总表上的单位名称。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit name set to %1</source>
        <translation>单位名称已设为%1</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::RecordCommands</name>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="+31"/>
        <source>training, interview, press, reading_room or other (or the Chinese name, e.g. 培训).</source>
        <translation>training、interview、press、reading_room 或 other（也可用中文名称，如“培训”）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When it took place, YYYY-MM-DD.</source>
        <translation>开展日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topic.</source>
        <translation>主题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who organised it.</source>
        <translation>组织单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many took part (a training needs some).</source>
        <translation>参加人数（培训必填）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents delivered (a reading-room delivery needs some).</source>
        <translation>送阅文件数（公共查阅室送阅必填）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who received the documents.</source>
        <translation>接收单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The department (科室); empty for none.</source>
        <translation>所属科室；留空表示不属于任何科室。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown kind “%1” (training, interview, press, reading_room or other)</source>
        <translation>未知类型“%1”（training、interview、press、reading_room 或 other）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bad number “%1” for %2</source>
        <translation>%2 的数字“%1”无效</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>work record %1 does not exist</source>
        <translation>工作记录%1不存在</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held on or after this date, YYYY-MM-DD.</source>
        <translation>在此日期当天或之后开展，YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on or before this date, YYYY-MM-DD.</source>
        <translation>在此日期当天或之前开展，YYYY-MM-DD。</translation>
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
        <translation>record：未知操作“%1”（add、list、edit、delete、import 或 export）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adds a work record: a training, an online interview, a press conference, a reading-room delivery or other disclosure work.</source>
        <translation>新增一条工作记录：培训、在线访谈、新闻发布会、公共查阅室送阅或其他政务公开工作。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Work record %1 added.</source>
        <translation>已新增工作记录%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists work records in date order.</source>
        <translation>按日期列出工作记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this kind; may be given more than once.</source>
        <translation>只列此类型；可多次指定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a JSON array of objects.</source>
        <translation>输出 JSON 对象数组。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendees</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translation>文件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser / recipients</source>
        <translation>组织单位 / 接收单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changes a work record: only the options given change.</source>
        <translation>修改一条工作记录：只修改给出的选项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>The work record&apos;s number.</source>
        <translation>工作记录编号。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Work record %1 changed.</source>
        <translation>已修改工作记录%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deletes a work record.</source>
        <translation>删除一条工作记录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Work record %1 deleted.</source>
        <translation>已删除工作记录%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imports work records from a CSV file (UTF-8 with or without BOM, or GBK/GB18030) with the columns 类型,日期,主题,组织单位,参加人数,文件数,接收单位,备注,科室. All or nothing: any problem leaves the database as it was. FILE - reads standard input.</source>
        <translation>从 CSV 文件（UTF-8，带或不带 BOM，或 GBK/GB18030）导入工作记录，列为 类型,日期,主题,组织单位,参加人数,文件数,接收单位,备注,科室。全部导入或全部不导入：有任何问题时数据库保持不变。FILE 为 - 时读取标准输入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report every problem and import nothing.</source>
        <translation>报告所有问题，不导入任何记录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 rows checked, no problems</source>
        <translation>已检查%1行，未发现问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 work records imported</source>
        <translation>已导入%1条工作记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exports work records as CSV in UTF-8 with BOM, in date order. FILE - writes to standard output.</source>
        <translation>按日期顺序将工作记录导出为带 BOM 的 UTF-8 CSV 文件。FILE 为 - 时写到标准输出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write to standard output</source>
        <translation>无法写到标准输出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 work records exported to %2</source>
        <translation>已导出%1条工作记录到%2</translation>
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
        <translation>本年第 1 季度至第 Q 季度累计（如 Q = 3 为前三季度）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day of a date range (YYYY-MM-DD).</source>
        <translation>日期范围的第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of a date range (YYYY-MM-DD).</source>
        <translation>日期范围的最后一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give either --from and --to or --year and --quarter</source>
        <translation>请给出 --from 和 --to，或者 --year 和 --quarter，二者择一</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to lies before --from</source>
        <translation>--to 早于 --from</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--quarter must be 1 to 4 and --year a year</source>
        <translation>--quarter 须为 1 至 4，--year 须为年份</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--format must be pdf, html or json, not “%1”</source>
        <translation>--format 须为 pdf、html 或 json，而不是“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pdf, html or json (default: pdf).</source>
        <translation>pdf、html 或 json（默认：pdf）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write PDF/A-1b, for the archive.</source>
        <translation>输出 PDF/A-1b，用于归档。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>report: missing what to do (quarterly, finalize, list, show or trace)</source>
        <translation>report：缺少要执行的操作（quarterly、finalize、list、show 或 trace）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report: unknown command “%1” (quarterly, finalize, list, show or trace)</source>
        <translation>report：未知命令“%1”（quarterly、finalize、list、show 或 trace）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writes the quarterly self-inspection report (自查报告) of a quarter, of the quarters of a year so far, or of a date range, from the ledger as it is now, with the office&apos;s text of the period.</source>
        <translation>根据当前台账和本期由办公室填写的文字，输出一个季度、本年累计各季度或一个日期范围的政务公开自查报告。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report of %1 written to %2</source>
        <translation>%1的报告已写入 %2</translation>
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
        <translation>定稿本期报告：将其当前的数据和文字归档为本期的下一个版本，此后台账的变更不会改变该版本（由撰稿人执行）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finalized %1, version %2 (report %3, content hash %4)</source>
        <translation>%1已定稿，第 %2 版（报告编号 %3，内容哈希 %4）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the list as JSON.</source>
        <translation>以 JSON 输出列表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists every finalized report, all versions, newest first.</source>
        <translation>列出全部定稿报告及其所有版本，最新的在前。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finalized</source>
        <translation>定稿时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>定稿人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content hash</source>
        <translation>内容哈希</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>current</source>
        <translation>现行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The finalized report&apos;s id (see report list).</source>
        <translation>定稿报告的编号（见 report list）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprints a finalized report from its archived figures and text.</source>
        <translation>根据归档的数据和文字重新输出定稿报告。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning: the content hash of report %1 does not match its stored figures and text.</source>
        <translation>警告：报告 %1 的内容哈希与其存储的数据和文字不符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report %1 (%2, version %3) written to %4</source>
        <translation>报告 %1（%2，第 %3 版）已写入 %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The figure&apos;s key, e.g. published.total (see the JSON).</source>
        <translation>数据项的键，如 published.total（见 JSON 输出）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the ids of the items (or work records) a figure counts.</source>
        <translation>输出该数据项所统计的信息（或工作记录）的编号。</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::ReviewCommands</name>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="+63"/>
        <source>--opinion must start with 同意公开, 修改后公开 or 不予公开 (or disclose, disclose_with_changes, withhold), optionally followed by free text</source>
        <translation>--opinion 须以“同意公开”“修改后公开”或“不予公开”（或 disclose、disclose_with_changes、withhold）开头，其后可附说明文字</translation>
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
        <translation>review：未知操作“%1”（submit、approve、reject、recall、attest、status 或 inbox）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submits an item for the confidentiality review (the --user is its author); it is frozen until the review ends.</source>
        <translation>将一条信息提交保密审查（--user 须为其撰稿人）；审查结束前该信息被冻结。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+15"/>
        <location line="+37"/>
        <location line="+29"/>
        <location line="+30"/>
        <source>The item&apos;s id.</source>
        <translation>信息编号。</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Why the item is submitted despite high findings of the pre-screen (kept with the round and in the audit trail).</source>
        <translation>预审发现高风险问题仍送审的理由（随本轮审查和审计记录保存）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item %1 submitted for review: round %2, next %3.</source>
        <translation>编号%1的信息已提交审查：第%2轮，下一步为%3。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The author takes a submission back; the item is a draft again.</source>
        <translation>撰稿人撤回送审；信息恢复为草稿。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The submission of item %1 is recalled.</source>
        <translation>编号%1的信息已撤回送审。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signs the next step of an item&apos;s review as the --user, whose password (GONGKAI_PASSWORD) confirms the signature.</source>
        <translation>以 --user 的身份签署信息审查的下一步，并以其密码（GONGKAI_PASSWORD）确认签署。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>同意公开, 修改后公开 or 不予公开, optionally followed by free text.</source>
        <translation>“同意公开”“修改后公开”或“不予公开”，其后可附说明文字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free text added to the opinion.</source>
        <translation>附在审查意见后的说明文字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The step (1, 2 …) you mean to sign: refused if it is not the next one.</source>
        <translation>要签署的步骤（1、2 …）：如不是下一步则拒绝签署。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Item %1: %2 signed by %3 (%4) at %5.</source>
        <translation>编号%1的信息：%2已由%3（%4）于%5签署。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sends an item back to its author with a reason (退回); the --user&apos;s password confirms it.</source>
        <translation>将信息退回撰稿人并说明理由；以 --user 的密码确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it is sent back.</source>
        <translation>退回理由。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step (1, 2 …) you act on.</source>
        <translation>要处理的步骤（1、2 …）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item %1 sent back by %2 at %3.</source>
        <translation>编号%1的信息已由%2于%3退回。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attests that an item never reviewed in the program was reviewed on paper (纸质审查): the --user, a section chief, leader in charge or principal leader who is not its author, confirms with their password (GONGKAI_PASSWORD), naming the paper form and its reviewers. The item is then approved; the attester&apos;s name is shown wherever the paper review is.</source>
        <translation>证明某条从未在本程序中审查的信息已进行纸质审查：由 --user（须为科室负责人、分管领导或主要领导，且不是该信息的撰稿人）以其密码（GONGKAI_PASSWORD）确认，并注明纸质审查单及其审查人。随后该信息即审核通过；凡显示该纸质审查之处，均显示证明人的姓名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The paper form&apos;s number or date.</source>
        <translation>纸质审查单的编号或日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The paper reviewers and the dates they signed, as on the form, e.g. “李娜 2023-03-01；王强 2023-03-02”.</source>
        <translation>纸质审查人及其签署日期，与审查单一致，例如“李娜 2023-03-01；王强 2023-03-02”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Item %1: the paper review (%2) is attested by %3.</source>
        <translation>信息 %1：纸质审查（%2）已由 %3 证明。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print a JSON object.</source>
        <translation>输出 JSON 对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows an item&apos;s review: every round, its steps, signatures (and whether each still matches the content) and send-backs.</source>
        <translation>显示一条信息的审查情况：每一轮审查及其环节、签署（以及各签署是否仍与内容一致）和退回记录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1: %2</source>
        <translation>编号%1的信息：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed on paper: %1</source>
        <translation>纸质审查：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not submitted for review.</source>
        <translation>未提交审查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round %1 (%2), submitted %3 by %4</source>
        <translation>第%1轮（%2），%4于%3提交</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitted despite high findings of the pre-screen: %1</source>
        <translation>预审发现高风险问题仍送审，理由：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2), %3, %4</source>
        <translation>%1（%2），%3，%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[no longer valid: the content changed]</source>
        <translation>［已失效：内容已修改］</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent back by %1 at %2: %3</source>
        <translation>已由%1于%2退回：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for a %1</source>
        <translation>等待%1签署</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+36"/>
        <source>Print a JSON array.</source>
        <translation>输出 JSON 数组。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Lists the items waiting for the --user&apos;s signature, oldest first.</source>
        <translation>列出等待 --user 签署的信息，按时间从早到晚排列。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
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
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>等待起始时间</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>audit: missing action (list or export)</source>
        <translation>audit：缺少操作（list 或 export）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit: unknown action “%1” (list or export)</source>
        <translation>audit：未知操作“%1”（应为 list 或 export）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the audit trail, oldest first, as CSV for Excel (the --user must be the auditor). FILE - writes to standard output.</source>
        <translation>将审计日志按时间从早到晚导出为适用于 Excel 的 CSV 文件（--user 须为审计管理员）。FILE 为 - 时写到标准输出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists the audit trail, newest first (the --user must be the auditor).</source>
        <translation>列出审计日志，按时间从新到旧排列（--user 须为审计管理员）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From this day on.</source>
        <translation>自该日起。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to this day.</source>
        <translation>截至该日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this user&apos;s records.</source>
        <translation>仅限该用户的记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these events, e.g. review_signed.</source>
        <translation>仅限这些事件，如 review_signed。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only records about this item.</source>
        <translation>仅限与该信息有关的记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only refused or failed actions.</source>
        <translation>仅限被拒绝或失败的操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N records (default 100).</source>
        <translation>最多N条记录（默认100条）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown event “%1”</source>
        <translation>未知事件“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 audit records exported</source>
        <translation>已导出%1条审计记录</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
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
        <translation>操作对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
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
        <translation>以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks the audit trail&apos;s hash chain, every signature against its audit record, and that the content of approved and published items is what was signed. Exits with status 1 naming the first broken record.</source>
        <translation>核验审计日志的哈希链、每条签署记录与其审计记录是否一致，以及已审核和已发布信息的内容是否与签署时一致。发现问题时以状态码1退出，并指出第一条受损的记录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>verify: OK: %1 audit records, %2 signatures, %3 items checked; last record&apos;s hash %4</source>
        <translation>verify：正常：已核验%1条审计记录、%2条签署记录、%3条信息；最后一条记录的哈希值为 %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verify: FAILED: %1</source>
        <translation>verify：失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 problems in all)</source>
        <translation>（共%1个问题）</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::ScreenCommand</name>
    <message>
        <location filename="../app/cli/screencommand.cpp" line="+27"/>
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
        <location line="+2"/>
        <source>Screen with the office&apos;s word list from the database (--db) instead of the one shipped with the program.</source>
        <translation>使用数据库（--db）中的本单位错敏词表，而不使用程序自带的词表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the findings as JSON.</source>
        <translation>以 JSON 格式输出检查结果。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Total: %1 high, %2 warning, %3 info</source>
        <translation>合计：高 %1 项，警告 %2 项，提示 %3 项</translation>
    </message>
</context>
<context>
    <name>gongkai::cli::WordsCommand</name>
    <message>
        <location filename="../app/cli/wordscommand.cpp" line="+17"/>
        <source>Lists the office&apos;s word list: term, correction, severity.</source>
        <translation>列出本单位错敏词表：词语、更正、级别。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adds a term to the office&apos;s word list, or changes it (administrator).</source>
        <translation>向本单位词库添加词条或修改词条（系统管理员）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sensitive word or wrong wording.</source>
        <translation>敏感词或错误表述。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to write instead.</source>
        <translation>应改为的规范表述。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high, warning (default) or info.</source>
        <translation>high（高）、warning（警告，默认）或 info（提示）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown severity “%1” (high, warning or info)</source>
        <translation>未知级别“%1”（应为 high、warning 或 info）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is on the word list.</source>
        <translation>“%1”已列入错敏词表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removes a term from the office&apos;s word list (administrator).</source>
        <translation>从本单位词库中删除词条（系统管理员）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adds the terms of a word-list file (one term per line, optional tab-separated correction and severity) to the office&apos;s list (administrator).</source>
        <translation>将词库文件中的词条（每行一个词条，可用制表符分隔附加更正词和严重程度）添加到本单位词库（系统管理员）。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The term.</source>
        <translation>词语。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not on the word list.</source>
        <translation>“%1”不在错敏词表中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is removed from the word list.</source>
        <translation>已从错敏词表中删除“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The word-list file (UTF-8 or GBK).</source>
        <translation>词表文件（UTF-8 或 GBK 编码）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n term(s) added or changed.</source>
        <translation>
            <numerusform>已添加或修改%n个词语。</numerusform>
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
        <translation>words：未知操作“%1”（应为 list、add、remove 或 import）</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AddItemCommand</name>
    <message>
        <location filename="../ui/ledger/itemcommands.cpp" line="+93"/>
        <source>Add “%1”</source>
        <translation>新增“%1”</translation>
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
        <location line="+2"/>
        <source>Add user accounts and change their departments and roles</source>
        <translation>添加用户账户，修改其所在科室和角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review &amp;Chain…</source>
        <translation>审查流程(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps of the confidentiality review and who signs them</source>
        <translation>保密审查的各个环节及其签署人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Word List…</source>
        <translation>错敏词表(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitive words and wrong wordings the pre-screen looks for</source>
        <translation>预审检查的敏感词和错误表述</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AdminListModel</name>
    <message>
        <location filename="../ui/models/adminlistmodel.cpp" line="+167"/>
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
        <translation>锁定至%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <message>
        <location line="+2"/>
        <source>Sign-in</source>
        <translation>登录状态</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AdministrationPage</name>
    <message>
        <location filename="../ui/admin/administrationpage.cpp" line="+19"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts, the office&apos;s lists, the review chain, the word list and the report template. The ledger and the audit trail are for other roles (separation of duties).</source>
        <translation>账号、本单位的各项名录、审查流程、词库和报告模板。台账和审计日志由其他角色管理（职责分离）。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AttachmentList</name>
    <message>
        <location filename="../ui/ledger/attachmentlist.cpp" line="+32"/>
        <source>&amp;Attach…</source>
        <translation>附加文件(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach .txt or .docx files; their text is screened with the item&apos;s</source>
        <translation>附加 .txt 或 .docx 文件；其文字与信息正文一并预审</translation>
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
        <translation>刚附加；保存信息时存入数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached by %1 on %2</source>
        <translation>由 %1 于 %2 附加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No attachments. Attach the .txt or .docx files that go out with the item, so that they are screened and reviewed with it.</source>
        <translation>没有附件。请附加随信息一同发布的 .txt 或 .docx 文件，以便与信息一并预审和审查。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is already attached.</source>
        <translation>%1 已经附加。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.txt *.docx)</source>
        <translation>文档 (*.txt *.docx)</translation>
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
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AttestPaperReviewDialog</name>
    <message>
        <location filename="../ui/review/attestpaperreviewdialog.ui" line="+9"/>
        <source>Attest paper review</source>
        <translation>证明纸质审查</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document No.:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drafted:</source>
        <translation>起草日期：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paper &amp;form:</source>
        <translation>纸质审查单(&amp;F)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review form&apos;s number or date, e.g. 审查单 2023-17</source>
        <translation>审查单的编号或日期，例如：审查单 2023-17</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper &amp;reviewers:</source>
        <translation>纸质审查人(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who signed the form and when, e.g. 李娜 2023-03-01；周平 2023-03-02</source>
        <translation>签署审查单的人员及日期，例如：李娜 2023-03-01；周平 2023-03-02</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your password again to confirm</source>
        <translation>再次输入密码以确认</translation>
    </message>
    <message>
        <location filename="../ui/review/attestpaperreviewdialog.cpp" line="+21"/>
        <source>Attest paper review: %1</source>
        <translation>证明纸质审查：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>（无）</translation>
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
        <translation>您证明该信息在录入前已按下列审查单进行纸质审查。您的姓名（%1%2）、时间、审查单及纸质审查人将被记录，并在该信息显示为纸质审查之处一并显示；该信息将变为审核通过，可以发布。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Attest</source>
        <translation>证明(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type your password to confirm.</source>
        <translation>请输入密码以确认。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not attested: %1</source>
        <translation>未证明：%1</translation>
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
        <translation>失败</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object</source>
        <translation>操作对象</translation>
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
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Failures only</source>
        <translation>仅显示失败记录(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <translation>登录名</translation>
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
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify Trail</source>
        <translation>核验日志(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the hash chain, the signatures and the signed content</source>
        <translation>核验哈希链、签署记录和已签署的内容</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading failed: %1</source>
        <translation>读取失败：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln条记录</numerusform>
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
        <translation>记录%1，%2，%3（用户%4）
哈希值：%5
前一哈希值：%6

修改前：
%7

修改后：
%8</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Export the Audit Trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln record(s) exported.</source>
        <translation>
            <numerusform>已导出%Ln条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verified: %1 records, %2 signatures and %3 items are intact. Last hash: %4</source>
        <translation>核验通过：%1条记录、%2条签署记录和%3条信息均完好。最后的哈希值：%4</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>BROKEN: %1 (%Ln problem(s) found)</source>
        <translation>
            <numerusform>已受损：%1（共发现%Ln个问题）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ChainDialog</name>
    <message>
        <location filename="../ui/admin/chaindialog.ui" line="+14"/>
        <source>Review Chain</source>
        <translation>审查流程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The steps every item passes before it may be published, in order. A step switched off is skipped by rounds started from now on; rounds already under way keep the chain they started with.</source>
        <translation>每条信息发布前须依次经过的审查环节。停用的环节自此后新启动的审查轮次起跳过；已在进行中的审查轮次仍按启动时的流程进行。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Add Step</source>
        <translation>添加环节(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remove Step</source>
        <translation>删除环节(&amp;R)</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signer&apos;s role</source>
        <translation>签署人角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same department</source>
        <translation>限本科室</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>性质</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>New step</source>
        <translation>新环节</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/auth/changepassworddialog.ui" line="+6"/>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/auth/changepassworddialog.cpp" line="+21"/>
        <source>The password of %1 was set by the administrator and must be changed before you sign in.</source>
        <translation>%1的密码由系统管理员设置，登录前须先修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the password of %1 (%2).</source>
        <translation>修改%1（%2）的密码。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Change Password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
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
        <location line="+54"/>
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
    <name>gongkai::ui::DistributionCommand</name>
    <message>
        <location filename="../ui/ledger/itemcommands.cpp" line="+58"/>
        <source>Record publication of “%1”</source>
        <translation>登记“%1”的发布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record submission of “%1”</source>
        <translation>登记“%1”的报送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change publications and submissions of “%1”</source>
        <translation>修改“%1”的发布和报送记录</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::EditItemCommand</name>
    <message>
        <location line="-37"/>
        <source>Edit “%1”</source>
        <translation>修改“%1”</translation>
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
        <translation>数据项</translation>
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
        <translation>增减</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>Choose a figure to list what it counts.</source>
        <translation>选择一项数据，列出其统计的内容。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click an item to show it in the ledger</source>
        <translation>双击条目，在台账中显示</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n item(s) published in this period without a completed confidentiality review: %1. Choose the figure “未经审查即公开” to list them.</source>
        <translation>
            <numerusform>本期有%n条信息未完成保密审查即公开：%1。选择数据项“未经审查即公开”可列出这些信息。</numerusform>
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
            <numerusform>“%1”统计了%n条工作记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” counts %n item(s); double-click one to show it in the ledger.</source>
        <translation>
            <numerusform>“%1”统计了%n条信息；双击一条可在台账中显示。</numerusform>
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
        <translation>%1仅列出前%2条。</translation>
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
    <name>gongkai::ui::FindingsPanel</name>
    <message>
        <location filename="../ui/review/findingspanel.cpp" line="+31"/>
        <source>Field</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestion</source>
        <translation>建议</translation>
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
        <translation>创建系统管理员</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printed &amp;name:</source>
        <translation>署名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/auth/firstadmindialog.cpp" line="+18"/>
        <source>This database has no administrator yet. Create the administrator&apos;s account: the administrator manages accounts, departments, channels, categories and the review chain, and can neither write items nor sign reviews.</source>
        <translation>此数据库尚无系统管理员。请创建系统管理员账户：系统管理员负责管理账户、科室、发布渠道、信息类别和审查流程，不能登记信息，也不能签署审查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create and Sign In</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
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
        <source>Paper Reviews Attested by a Signer</source>
        <translation>由签署人证明的纸质审查</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows that went out (已审核, 已发布 or publications) or fill 纸质审查 were reviewed on paper before they were entered. A section chief or leader who wrote none of them attests that once for the whole file, with their password and the paper forms&apos; number or date.</source>
        <translation>已发出的行（已审核、已发布或有发布记录）或填写了纸质审查的行，均已在录入前进行纸质审查。由未撰写其中任何一行的科室负责人或领导，以其密码及纸质审查单的编号或日期，为整个文件统一证明一次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signer&apos;s &amp;login:</source>
        <translation>签署人登录名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signer&apos;s pass&amp;word:</source>
        <translation>签署人密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked for the import, not for a check; a wrong password counts as a failed sign-in of the signer</source>
        <translation>仅在导入时要求，检查时不需要；密码错误计为签署人登录失败一次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper &amp;form:</source>
        <translation>纸质审查单(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the review forms&apos; number or date</source>
        <translation>审查单的编号或日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reviewers:</source>
        <translation>审查人(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>names and dates, for rows whose 纸质审查 is empty</source>
        <translation>姓名和日期，用于纸质审查为空的行</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location filename="../ui/widgets/importdialog.cpp" line="+35"/>
        <source>Choose a file, then check it. Problems are listed below with their line and column.</source>
        <translation>请选择文件，然后检查。发现的问题将连同所在行、列在下方列出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the Names a Ledger File Lacks</source>
        <translation>创建台账文件所需的缺失名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a ledger file is imported, the administrator creates the departments, categories, channels, upper agencies and authors it names and the database lacks. Only the names are read, never the items. New authors get inactive accounts (author-001 …) without a password: activate them and set a password before they sign in.</source>
        <translation>导入台账文件前，由系统管理员创建文件中提及而数据库中尚无的科室、信息类别、发布渠道、上级部门和撰稿人。仅读取名称，不读取信息。新撰稿人将获得未启用且无密码的账号（author-001 …）：请在其登录前启用账号并设置密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;reate Names</source>
        <translation>创建名称(&amp;R)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Departments: %1</source>
        <translation>科室：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories: %1</source>
        <translation>信息类别：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels: %1</source>
        <translation>发布渠道：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper agencies: %1</source>
        <translation>上级部门：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authors: %1</source>
        <translation>撰稿人：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the File to Import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sign in to import the ledger.</source>
        <translation>请登录以导入台账。</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n problem(s) found in %1 data row(s). Nothing was imported; correct the file and check it again.</source>
        <translation>
            <numerusform>在%1行数据中发现%n个问题。未导入任何信息；请修改文件后重新检查。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems found: %1 can be imported.</source>
        <translation>未发现问题：可导入%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No problems found: %n item(s) can be imported.</source>
        <translation>
            <numerusform>未发现问题：可导入%n条信息。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1.</source>
        <translation>已导入%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s) went out or name a paper review: a section chief or leader attests their paper reviews below.</source>
        <translation>
            <numerusform>%n 行已发出或注明了纸质审查：请由科室负责人或领导在下方证明其纸质审查。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database lacks these names:
%1
The administrator creates them in one step: Administration → Create Missing Names from a Ledger File, or gongkai-cli --user ADMIN import names FILE.</source>
        <translation>数据库缺少以下名称：
%1
由系统管理员一步创建：系统管理 → 根据台账文件创建缺失名称，或 gongkai-cli --user ADMIN import names FILE。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n problem(s) found; nothing was created.</source>
        <translation>
            <numerusform>发现 %n 个问题；未创建任何名称。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has every name the file uses; nothing is missing.</source>
        <translation>数据库已包含文件使用的所有名称，无缺失。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Created %n name(s). The new authors&apos; accounts are inactive and have no password: activate them and set a password before they sign in.</source>
        <translation>
            <numerusform>已创建 %n 个名称。新撰稿人的账号未启用且无密码：请在其登录前启用账号并设置密码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n name(s) missing; create them now?</source>
        <translation>
            <numerusform>缺少 %n 个名称，是否立即创建？</numerusform>
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
%2，第%3轮，第%4步：%5
%7于%6提交</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting since</source>
        <translation>等待起始时间</translation>
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
        <translation>待审事项（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) wait for your signature.</source>
        <translation>
            <numerusform>有%n条信息等待您签署。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in to see the items waiting for your signature.</source>
        <translation>登录后可查看等待您签署的信息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only section chiefs and leaders sign reviews.</source>
        <translation>只有科室负责人和领导签署审查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing waits for your signature.</source>
        <translation>没有等待您签署的信息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The inbox could not be read: %1</source>
        <translation>无法读取待审事项：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ItemActions</name>
    <message>
        <location filename="../ui/ledger/itemactions.cpp" line="+91"/>
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
        <location line="+90"/>
        <source>&amp;Edit Item…</source>
        <translation>修改信息(&amp;E)…</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;Withdraw Item…</source>
        <translation>撤回信息(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected item as withdrawn; it stays in the ledger</source>
        <translation>将所选信息标记为已撤回；信息仍保留在台账中</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Item %1 saved. The pre-screen found %n high finding(s); correct them or give a reason when you submit it.</source>
        <translation>
            <numerusform>信息 %1 已保存。预审发现 %n 处高风险内容；请更正，或在送审时说明理由。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Item %1 saved. The pre-screen found %n warning(s).</source>
        <translation>
            <numerusform>信息 %1 已保存。预审发现 %n 处提示。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Open the selected item: change it, or record its publications and submissions</source>
        <translation>打开所选信息：修改信息，或登记其发布和报送</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&amp;Open Item…</source>
        <translation>打开信息(&amp;O)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item not changed</source>
        <translation>信息未修改</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+32"/>
        <location line="+5"/>
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
        <location filename="../ui/ledger/itemcommands.cpp" line="-68"/>
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
        <location filename="../ui/ledger/itemdetailsview.cpp" line="+60"/>
        <source>A&amp;ttest Paper Review…</source>
        <translation>证明纸质审查(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record, with your password, that the item was reviewed on paper before it was entered</source>
        <translation>以您的密码登记该信息在录入前已进行纸质审查</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confidentiality review</source>
        <translation>保密审查</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+3"/>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+84"/>
        <source>Select an item in the ledger to see its details, publications and submissions here.</source>
        <translation>在台账中选择一条信息，即可在此查看其详情及发布、报送记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item %1 is not in the database.</source>
        <translation>数据库中没有编号%1的信息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The item could not be read: %1</source>
        <translation>无法读取该信息：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <location line="+4"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 (reviewed on paper: %2)</source>
        <translation>%1（纸质审查：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+29"/>
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
        <location filename="../ui/ledger/itemdialog.cpp" line="+86"/>
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
        <location line="+148"/>
        <source>Publications are recorded once the item is reviewed: save it and submit it for review first.</source>
        <translation>信息审查后方可登记发布：请先保存并提交审查。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>You can record where the item went out; its content is its author&apos;s.</source>
        <translation>您可以登记该信息的发布去向；其内容由撰稿人负责。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can record where the item went out. %1</source>
        <translation>您可以登记该信息的发布去向。%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The item is approved: a change to its content starts a new review round.</source>
        <translation>该信息已审核通过：修改其内容将开始新一轮审查。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (reviewed on paper)</source>
        <translation>%1（纸质审查）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed on paper: %1</source>
        <translation>纸质审查：%1</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="-267"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>This item is shown read-only.</source>
        <translation>此信息以只读方式显示。</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>The item was not saved. Please correct the marked fields:</source>
        <translation>信息未保存。请更正标出的字段：</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+4"/>
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
    <message>
        <location filename="../ui/models/ledgermodel.cpp" line="+135"/>
        <source>%1 (on paper)</source>
        <translation>%1（纸质）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reviewed on paper: %1</source>
        <translation>纸质审查：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n submission(s) to upper agencies, %1 adopted</source>
        <translation>
            <numerusform>报送上级部门%n次，采用%1次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location filename="../ui/ledger/ledgertransfer.cpp" line="+21"/>
        <source>&amp;Export Ledger…</source>
        <translation>导出台账(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;Missing Names from a Ledger File…</source>
        <translation>根据台账文件创建缺失名称(&amp;M)…</translation>
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
        <location line="+1"/>
        <source>Create the departments, categories, channels and authors a ledger file names, before it is imported</source>
        <translation>在导入台账文件前，创建其中提及的科室、信息类别、发布渠道和撰稿人</translation>
    </message>
    <message>
        <location line="+27"/>
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
    <message numerus="yes">
        <location line="+12"/>
        <source>Created %n name(s) for a ledger file</source>
        <translation>
            <numerusform>已为台账文件创建 %n 个名称</numerusform>
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
    <name>gongkai::ui::LoginDialog</name>
    <message>
        <location filename="../ui/auth/logindialog.ui" line="+6"/>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/auth/logindialog.cpp" line="+25"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in to the database %1.</source>
        <translation>登录数据库：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This is a demo database with invented data. Every demo account signs in with the password &lt;b&gt;%1&lt;/b&gt;. Double-click an account to use it.</source>
        <translation>这是使用虚构数据的演示数据库，所有演示账户的密码均为 &lt;b&gt;%1&lt;/b&gt;，双击账户即可使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login</source>
        <translation>登录名</translation>
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
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your password must be changed before you can sign in.</source>
        <translation>登录前须先修改密码。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+95"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+293"/>
        <source>&amp;Sign In…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <location line="+6"/>
        <location line="+174"/>
        <source>Sign &amp;Out / Switch User…</source>
        <translation>退出登录/切换用户(&amp;O)…</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>End your session and let someone else sign in</source>
        <translation>结束当前会话，由其他人登录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Lock Window</source>
        <translation>锁定窗口(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover the window until you type your password again</source>
        <translation>遮盖窗口，重新输入密码后方可继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;Password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+12"/>
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
        <source>&amp;Review</source>
        <translation>审查(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ports</source>
        <translation>报告(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+86"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Reading the ledger failed: %1</source>
        <translation>读取台账失败：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no role that uses this window.</source>
        <translation>%1没有使用此窗口的角色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is signed in.</source>
        <translation>无人登录。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The window is locked.</source>
        <translation>窗口已锁定。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+25"/>
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
        <location line="+33"/>
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
    <name>gongkai::ui::OverrideReasonDialog</name>
    <message>
        <location filename="../ui/review/overridereasondialog.ui" line="+9"/>
        <source>High findings of the pre-screen</source>
        <translation>预审发现高风险问题</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reason for submitting the item as it stands (recorded with the review and in the audit trail):</source>
        <translation>按原样送审的理由（随审查记录和审计记录保存）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/overridereasondialog.cpp" line="+15"/>
        <source>The pre-screen found %n high finding(s) in item %1. Correct the item, or give the reason it should be reviewed as it stands.</source>
        <translation>
            <numerusform>预审在信息%1中发现%n处高风险问题。请修改信息，或说明按原样送审的理由。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submit with this reason</source>
        <translation>说明理由并送审</translation>
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
        <translation>自第一季度累计(&amp;U)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quarter %1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarters 1 to the chosen one (前三季度 for quarter 3)</source>
        <translation>第一季度至所选季度（选第三季度即为前三季度）</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The end is before the start.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::PrintMonthDialog</name>
    <message>
        <location filename="../ui/review/printmonthdialog.ui" line="+14"/>
        <source>Monthly Review Summary</source>
        <translation>保密审查月度汇总</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every confidentiality review that ended in the month, with its steps, signers and result, for the office&apos;s filing.</source>
        <translation>当月审结的全部保密审查，含审查环节、签署人和审查结果，供归档备查。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
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
        <translation>关闭</translation>
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
    <name>gongkai::ui::QuarterlyReportWindow</name>
    <message>
        <location filename="../ui/reports/quarterlyreportwindow.cpp" line="+36"/>
        <source>&amp;Finalize…</source>
        <translation>定稿(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF/A-1b for the archive</source>
        <translation>存档用 PDF/A-1b</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;igures</source>
        <translation>统计数据(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>文字(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>存档(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recalculate</source>
        <translation>重新统计(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count the figures again from the ledger as it is now</source>
        <translation>按台账当前内容重新统计数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF/A-1b keeps the fonts and the layout for long-term archiving</source>
        <translation>PDF/A-1b 保留字体和版式，适合长期存档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;HTML…</source>
        <translation>导出 HTML(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The figures as JSON, for other programs</source>
        <translation>以 JSON 格式导出统计数据，供其他程序使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store this report as the period&apos;s next version in the archive</source>
        <translation>将本报告作为该期的新版本存入存档</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Quarterly Self-Inspection Report — %1[*]</source>
        <translation>季度自查报告 — %1[*]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quarterly Report</source>
        <translation>季度报告</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 self-inspection report</source>
        <translation>%1自查报告</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+20"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Finalize Report</source>
        <translation>报告定稿</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The text has unsaved changes. Save them and finalize?</source>
        <translation>文字有未保存的修改。是否保存并定稿？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finalize the report for %1 as version %2?</source>
        <translation>将%1的报告定稿为第%2版？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its figures and text are stored as they are now and can no longer be changed; only a new version can supersede it.</source>
        <translation>报告的数据和文字将按当前内容保存，此后不能再修改，只能由新版本取代。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 will be marked superseded.</source>
        <translation>第%1版将标记为已被取代。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Warning: %n item(s) were published without a completed review; the report lists them as a problem.</source>
        <translation>
            <numerusform>警告：有%n条信息未完成审查即公开，报告将其列为存在的问题。</numerusform>
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
        <translation>%1第%2版已存入存档。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved Text</source>
        <translation>未保存的文字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The text for %1 has unsaved changes. Save them?</source>
        <translation>%1的文字有未保存的修改。是否保存？</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReportActions</name>
    <message>
        <location filename="../ui/reports/reportactions.cpp" line="+20"/>
        <source>&amp;Quarterly Self-Inspection Report…</source>
        <translation>季度自查报告(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly Report &amp;Template…</source>
        <translation>季度报告模板(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The quarter&apos;s figures from the ledger, the office&apos;s text, print, PDF and the archive</source>
        <translation>根据台账统计本季度数据，编写文字，打印、导出 PDF 并存档</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the text of the quarterly self-inspection report</source>
        <translation>编辑季度自查报告的文字模板</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReportArchivePanel</name>
    <message>
        <location filename="../ui/reports/reportarchivepanel.cpp" line="+30"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reprint…</source>
        <translation>重新打印(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF/&amp;A-1b for the archive</source>
        <translation>存档用 PDF/A-1b(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>期间</translation>
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
        <translation>定稿时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content check</source>
        <translation>内容校验</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No report has been finalized yet. A finalized report is stored here with its figures and text, and can be reprinted unchanged.</source>
        <translation>尚无定稿的报告。报告定稿后，其数据和文字保存在这里，可原样重新打印。</translation>
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
        <translation>现行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALTERED: the stored copy does not match its hash</source>
        <translation>已被改动：存档副本与其哈希值不符</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 self-inspection report, version %2</source>
        <translation>%1自查报告（第%2版）</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReportPreviewPane</name>
    <message>
        <location filename="../ui/reports/reportpreviewpane.cpp" line="+29"/>
        <source>Fit &amp;Width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole &amp;Page</source>
        <translation>整页(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Facing Pages</source>
        <translation>双页显示(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共%n页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReportPrinting</name>
    <message>
        <location filename="../ui/reports/reportprinting.cpp" line="+32"/>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The printer could not be used.</source>
        <translation>无法使用打印机。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+16"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export HTML</source>
        <translation>导出 HTML</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReportTemplateDialog</name>
    <message>
        <location filename="../ui/reports/reporttemplatedialog.ui" line="+14"/>
        <source>Quarterly Report Template</source>
        <translation>季度报告模板</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text of every quarterly self-inspection report. Lines: &quot;# &quot; the title, &quot;## &quot; and &quot;### &quot; headings, &quot;&gt; &quot; a closing line on the right, &quot;[table:NAME]&quot; a figure table, any other line a paragraph. A placeholder in braces becomes sentences made from the period&apos;s figures or the office&apos;s own sections.</source>
        <translation>每份季度自查报告的文字。各行含义：“# ”为标题，“## ”和“### ”为各级标题，“&gt; ”为右对齐的落款行，“[table:名称]”为数据表，其他行为正文段落。花括号中的占位符将替换为根据本期数据生成的句子或本单位自行编写的内容。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Placeholders and tables (double-click to insert):</source>
        <translation>占位符和数据表（双击插入）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reset to Default…</source>
        <translation>恢复默认(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporttemplatedialog.cpp" line="+25"/>
        <source>the unit&apos;s name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period, e.g. 2024年第三季度</source>
        <translation>报告期间，如“2024年第三季度”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date that closes the report</source>
        <translation>报告落款日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the office&apos;s text on organisation and rules</source>
        <translation>本单位填写的组织领导和制度建设情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>items published, per channel</source>
        <translation>公开信息数量，按公开载体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>items published per category and department</source>
        <translation>公开信息数量，按信息类别和科室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submissions and adoptions per upper agency</source>
        <translation>向各上级部门报送和被采用情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confidentiality reviews</source>
        <translation>保密审查情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disclosure requests</source>
        <translation>依申请公开情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading-room deliveries</source>
        <translation>向公共查阅室报送文件情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trainings and attendees</source>
        <translation>业务培训次数和人次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>online interviews and press conferences</source>
        <translation>在线访谈和新闻发布会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the office&apos;s text on website and new-media security</source>
        <translation>本单位填写的网站和新媒体安全情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>problems: those the figures show, then the office&apos;s</source>
        <translation>存在问题：先列数据反映的问题，再列本单位填写的问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the office&apos;s next steps</source>
        <translation>本单位填写的下一步工作安排</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table: per channel</source>
        <translation>数据表：按公开载体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table: per category</source>
        <translation>数据表：按信息类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table: per department</source>
        <translation>数据表：按科室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table: submissions and adoptions per agency</source>
        <translation>数据表：各上级部门报送和采用情况</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The template has no problems.</source>
        <translation>模板没有问题。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no title line (&quot;# …&quot;).</source>
        <translation>缺少标题行（“# …”）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown placeholders or tables:</source>
        <translation>未知的占位符或数据表：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reset Template</source>
        <translation>恢复默认模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the template with the one shipped with the program? Your changes to it are lost.</source>
        <translation>用程序自带的模板替换当前模板？您对模板的修改将丢失。</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReviewActions</name>
    <message>
        <location filename="../ui/review/reviewactions.cpp" line="+38"/>
        <source>&amp;Submit for Review</source>
        <translation>提交审查(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recall Submission</source>
        <translation>撤回送审(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve…</source>
        <translation>签署(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Back…</source>
        <translation>退回(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ttest Paper Review…</source>
        <translation>证明纸质审查(&amp;T)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Review &amp;History</source>
        <translation>审查记录(&amp;H)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select an item in the ledger</source>
        <translation>请在台账中选择一条信息</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show the rounds, signatures and send-backs of this item</source>
        <translation>显示此信息的各轮审查、签署和退回记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submit the item to the review chain; it is frozen while under review</source>
        <translation>将此信息提交审查流程；审查期间信息被冻结</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The item is not under review</source>
        <translation>此信息不在审查中</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Take the submission back to change the item</source>
        <translation>撤回送审以修改信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record, with your password, that the item was reviewed on paper before it was entered</source>
        <translation>以您的密码登记该信息在录入前已进行纸质审查</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only section chiefs and leaders sign reviews</source>
        <translation>只有科室负责人和领导签署审查</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign %1</source>
        <translation>签署%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the item back to its author at %1</source>
        <translation>在%1环节将此信息退回撰稿人</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Item %1 was submitted for review (round %2).</source>
        <translation>编号%1的信息已提交审查（第%2轮）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The submission of item %1 was recalled; it is a draft again.</source>
        <translation>编号%1的信息已撤回送审，恢复为草稿。</translation>
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
        <translation>未签署</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Item %1 is not under review.</source>
        <translation>编号%1的信息不在审查中。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>You signed %1 of item %2.</source>
        <translation>您已签署编号%2的信息的%1。</translation>
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
        <translation>编号%1的信息已退回撰稿人。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item %1 does not exist.</source>
        <translation>信息 %1 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not attested</source>
        <translation>未证明</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The paper review of item %1 was attested.</source>
        <translation>信息 %1 的纸质审查已证明。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Review history</source>
        <translation>审查记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review history of “%1”</source>
        <translation>“%1”的审查记录</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReviewHistoryHtml</name>
    <message>
        <location filename="../ui/review/reviewhistoryhtml.cpp" line="+42"/>
        <source>Not reviewed yet</source>
        <translation>尚未审查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under review (round %1)</source>
        <translation>审查中（第%1轮）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent back in round %1</source>
        <translation>第%1轮审查被退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round %1 recalled</source>
        <translation>第%1轮已撤回送审</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved in round %1 by %2 on %3</source>
        <translation>第%1轮审查通过，%2于%3签发</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewed on paper</source>
        <translation>纸质审查</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reviewed on paper: %1</source>
        <translation>纸质审查：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded %1 by %2</source>
        <translation>%2于%1登记</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, ended %1</source>
        <translation>，%1结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round %1</source>
        <translation>第%1轮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started %1 by %2%3</source>
        <translation>%2于%1提交%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted despite high findings of the pre-screen. Reason: %1</source>
        <translation>预审发现高风险问题仍送审。理由：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: %2 (%3)</source>
        <translation>第%1步：%2（%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by %1 (%2) on %3: %4</source>
        <translation>%1（%2）于%3签署：%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No longer valid — the content changed after signing</source>
        <translation>已失效——签署后内容被修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent back by %1 on %2</source>
        <translation>%1于%2退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>等待签署</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReviewPrintActions</name>
    <message>
        <location filename="../ui/review/reviewprintactions.cpp" line="+48"/>
        <source>Review Form Print Pre&amp;view…</source>
        <translation>审查审批表打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the item&apos;s confidentiality review form as it will print</source>
        <translation>按打印效果显示此信息的保密审查审批表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print Review Form…</source>
        <translation>打印审查审批表(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the item&apos;s confidentiality review form (A4)</source>
        <translation>打印此信息的保密审查审批表（A4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review Form as P&amp;DF…</source>
        <translation>审查审批表另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the item&apos;s confidentiality review form as a PDF file</source>
        <translation>将此信息的保密审查审批表保存为 PDF 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Monthly Review Summary…</source>
        <translation>保密审查月度汇总(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print or save the reviews that ended in a month, for filing</source>
        <translation>打印或保存当月审结的审查，供归档</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Review form %1</source>
        <translation>审查审批表 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review Form</source>
        <translation>保密审查审批表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Monthly Review Summary</source>
        <translation>保密审查月度汇总</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be used.</source>
        <translation>无法使用打印机。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Cannot write %1.</source>
        <translation>无法写入%1。</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+26"/>
        <source>Review summary %1</source>
        <translation>审查汇总 %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Save as CSV</source>
        <translation>另存为 CSV</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReviewWorkflow</name>
    <message>
        <location filename="../ui/review/reviewworkflow.cpp" line="+109"/>
        <source>To sign: %1</source>
        <translation>待签署：%1</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::SectionsEditor</name>
    <message>
        <location filename="../ui/reports/sectionseditor.cpp" line="+21"/>
        <source>&amp;Save Text</source>
        <translation>保存文字(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Organisation and rules:</source>
        <translation>组织领导和制度建设(&amp;O)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Website and new-media security:</source>
        <translation>网站和新媒体安全(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other &amp;problems:</source>
        <translation>其他存在问题(&amp;P)：</translation>
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
        <translation>%1 于 %2 保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This period has no text yet: it is prefilled from %1.</source>
        <translation>本期尚无文字，已按%1的内容预先填写。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This period has no text yet.</source>
        <translation>本期尚无文字。</translation>
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
        <translation>保存文字</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1

Reload the text as it is stored now? Your changes are lost.</source>
        <translation>%1

是否重新载入已保存的文字？您的修改将丢失。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
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
        <translation>信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document No.:</source>
        <translation>文号：</translation>
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
        <translation>必填：撰稿人重新提交前须修改的内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your password again to confirm</source>
        <translation>再次输入密码以确认</translation>
    </message>
    <message>
        <location filename="../ui/review/sendbackdialog.cpp" line="+17"/>
        <source>Send back: %1</source>
        <translation>退回：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending back ends this review round: the item goes back to its author, who revises it and submits it again. Your name, the time and your reason are recorded; whoever reviews is accountable for the review.</source>
        <translation>退回将结束本轮审查：信息退回撰稿人，由其修改后重新提交。您的姓名、时间和退回理由将被记录；谁审查，谁负责。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send &amp;back</source>
        <translation>退回(&amp;B)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Say why the item goes back: the author needs to know what to change.</source>
        <translation>请说明退回理由：撰稿人需要知道应修改什么。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your password to confirm.</source>
        <translation>请输入密码以确认。</translation>
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
    <name>gongkai::ui::SignDialog</name>
    <message>
        <location filename="../ui/review/signdialog.ui" line="+9"/>
        <source>Sign the review</source>
        <translation>签署审查意见</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document No.:</source>
        <translation>文号：</translation>
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
        <translation>审查意见(&amp;O)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Comment:</source>
        <translation>说明(&amp;C)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional: what should be changed, or why</source>
        <translation>可选：需修改的内容或理由</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your password again to sign</source>
        <translation>再次输入密码以签署</translation>
    </message>
    <message>
        <location filename="../ui/review/signdialog.cpp" line="+17"/>
        <source>Sign: %1</source>
        <translation>签署：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/signdialogparts.h" line="+18"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/review/signdialog.cpp" line="+8"/>
        <source>&amp;Sign</source>
        <translation>签署(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/review/signdialogparts.h" line="+33"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/review/signdialog.cpp" line="+21"/>
        <source>Type your password to sign.</source>
        <translation>请输入密码以签署。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not signed: %1</source>
        <translation>未签署：%1</translation>
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
        <translation>预审未在正文和附件中发现问题。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-screen found %n item(s) to check, %1 of them high: read them before you sign.</source>
        <translation>
            <numerusform>预审发现 %n 处需核查的内容，其中高风险 %1 处：请在签署前逐条阅读。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-screen found %n item(s) to check (warnings).</source>
        <translation>
            <numerusform>预审发现 %n 处需核查的内容（提示）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The author&apos;s reason for submitting despite high findings: %1</source>
        <translation>撰稿人带高风险项送审的理由：%1</translation>
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
        <translation>您的签署表示您已对此信息进行保密审查：确认其中不含国家秘密、工作秘密、商业秘密或不应公开的个人信息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your signature records your approval of this item after the review before you: you agree with the opinion on its disclosure.</source>
        <translation>您的签署表示您在前一环节审查的基础上审核同意此信息：同意关于其公开的审查意见。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your signature is the final sign-off: with it the item may be published.</source>
        <translation>您的签署为最终签发：签发后此信息即可发布。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is recorded with your name, the time and the content as it is now; whoever reviews is accountable for the review. A later change to the content makes the signature void.</source>
        <translation>签署时将记录您的姓名、时间和当前内容；谁审查，谁负责。内容此后如有修改，签署即失效。</translation>
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
    <name>gongkai::ui::UnlockDialog</name>
    <message>
        <location filename="../ui/auth/unlockdialog.ui" line="+6"/>
        <source>Window Locked</source>
        <translation>窗口已锁定</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/auth/unlockdialog.cpp" line="+18"/>
        <source>The window was locked. %1 (%2), type your password to go on working, or sign out.</source>
        <translation>窗口已锁定。%1（%2），请输入密码继续工作，或退出登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign Out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
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
        <location line="+10"/>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The user must change it at the first sign-in</source>
        <translation>用户首次登录时须修改</translation>
    </message>
    <message>
        <location filename="../ui/admin/usereditdialog.cpp" line="+24"/>
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
    <message>
        <location line="+21"/>
        <source>The user must change it at the first sign-in.</source>
        <translation>用户首次登录时须修改此密码。</translation>
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
    <message>
        <location line="+10"/>
        <source>&amp;Reset Password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/admin/usersdialog.cpp" line="+60"/>
        <location line="+17"/>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>A temporary password for %1 (%2); they must change it at their next sign-in.
%3</source>
        <translation>%1（%2）的临时密码如下；该用户下次登录时须修改密码。
%3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::WithdrawItemCommand</name>
    <message>
        <location filename="../ui/ledger/itemcommands.cpp" line="+101"/>
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
    <name>gongkai::ui::WordListDialog</name>
    <message>
        <location filename="../ui/admin/wordlistdialog.ui" line="+9"/>
        <source>Word List</source>
        <translation>错敏词表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitive words and wrong wordings the pre-screen finds in items, with what to write instead. High findings block submission unless the author gives a reason.</source>
        <translation>预审在信息中查找的敏感词和错误表述，以及应改为的规范表述。发现“高”级别问题时，撰稿人须说明理由方可送审。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/admin/wordlistdialog.cpp" line="+40"/>
        <source>Import a Word List</source>
        <translation>导入词表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
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
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the training, interview or event was about</source>
        <translation>培训、访谈或活动的主题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organiser:</source>
        <translation>组织单位(&amp;O)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. 局办公室, 市政务公开办</source>
        <translation>如：局办公室、市政务公开办</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Attendees:</source>
        <translation>参加人数(&amp;A)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>People trained or taking part; a training needs at least one</source>
        <translation>参加培训或活动的人数；培训至少1人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Doc&amp;uments:</source>
        <translation>文件数(&amp;U)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Currently valid documents delivered; a reading-room delivery needs at least one</source>
        <translation>送阅的现行有效文件数；公共查阅室送阅至少1件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Recipients:</source>
        <translation>接收单位(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. 市档案馆, 市图书馆</source>
        <translation>如：市档案馆、市图书馆</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De&amp;partment:</source>
        <translation>科室(&amp;P)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/records/workrecorddialog.cpp" line="+27"/>
        <source>(whole office)</source>
        <translation>（全局）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New Work Record</source>
        <translation>新增工作记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work Record %1</source>
        <translation>工作记录%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A training: give the topic, who organised it and how many attended.</source>
        <translation>培训：请填写主题、组织单位和参加人数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A delivery of currently valid documents to the public reading room: give the number of documents and who received them.</source>
        <translation>向公共查阅室报送现行有效文件：请填写文件数和接收单位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the topic and who organised it; attendees are optional.</source>
        <translation>请填写主题和组织单位；参加人数可不填。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other disclosure work: describe it in the topic and the note.</source>
        <translation>其他政务公开工作：请在主题和备注中说明。</translation>
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
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendees</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>文件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipients</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>gongkai::ui::WorkRecordsActions</name>
    <message>
        <location filename="../ui/records/workrecordsactions.cpp" line="+15"/>
        <source>&amp;Work Records…</source>
        <translation>工作记录(&amp;W)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trainings, online interviews, press conferences and reading-room deliveries</source>
        <translation>培训、在线访谈、新闻发布会和公共查阅室送阅</translation>
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
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+167"/>
        <source>Work Records</source>
        <translation>工作记录</translation>
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
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>No work records in this period.
Add trainings, online interviews, press conferences and reading-room deliveries with Add…, or import them from a CSV file.</source>
        <translation>本期间没有工作记录。
可用“新增”录入培训、在线访谈、新闻发布会和公共查阅室送阅，或从 CSV 文件导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No work records in this period.</source>
        <translation>本期间没有工作记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s); trained: %1; documents delivered: %2</source>
        <translation>
            <numerusform>共%n条记录；培训%1人次；送阅文件%2件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Edit Work Record</source>
        <translation>修改工作记录</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Delete Work Record</source>
        <translation>删除工作记录</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the %1 “%2” of %3? The audit trail keeps what it said.</source>
        <translation>删除%3的%1“%2”吗？审计日志会保留其内容。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import Work Records</source>
        <translation>导入工作记录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n work record(s)</source>
        <translation>
            <numerusform>%n条工作记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>Export Work Records</source>
        <translation>导出工作记录</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n work record(s) exported to %1</source>
        <translation>
            <numerusform>已导出%n条工作记录到%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+66"/>
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
        <location line="+3"/>
        <source>Sign in as LOGIN without the dialog, with the password from the environment variable GONGKAI_PASSWORD (for scripts and tests).</source>
        <translation>不显示登录对话框，直接以指定的登录名登录，密码取自环境变量 GONGKAI_PASSWORD（供脚本和测试使用）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LOGIN</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--user needs the password in the environment variable GONGKAI_PASSWORD.</source>
        <translation>--user 要求在环境变量 GONGKAI_PASSWORD 中提供密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has no administrator yet: create one with gongkai-cli init --admin LOGIN (password from GONGKAI_PASSWORD), or start without --user.</source>
        <translation>数据库尚无系统管理员：请用 gongkai-cli init --admin 登录名 创建（密码取自 GONGKAI_PASSWORD），或不带 --user 启动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing in as %1 failed: %2</source>
        <translation>以%1身份登录失败：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--exit-after-startup needs --user LOGIN and GONGKAI_PASSWORD: nobody can sign in without a dialog otherwise.</source>
        <translation>--exit-after-startup 需要 --user 登录名和 GONGKAI_PASSWORD：否则无法在不显示对话框的情况下登录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No password was given.</source>
        <translation>未提供密码。</translation>
    </message>
</context>
</TS>
