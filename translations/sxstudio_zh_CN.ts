<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts and contacts</source>
        <translation>报警与联系人</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时时间</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Alert on timeout</source>
        <translation>超时报警</translation>
    </message>
    <message>
        <source>Stop the instance on timeout</source>
        <translation>超时终止实例</translation>
    </message>
    <message>
        <source>Alert on failure</source>
        <translation>失败报警</translation>
    </message>
    <message>
        <source>Consecutive failures</source>
        <translation>连续失败次数</translation>
    </message>
    <message>
        <source>Alert when no worker is available</source>
        <translation>无可用机器报警</translation>
    </message>
    <message>
        <source>Notify on success</source>
        <translation>成功通知</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>报警渠道</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Webhook (DingTalk)</source>
        <translation>Webhook（钉钉）</translation>
    </message>
    <message>
        <source>None checked: SchedulerX sends alerts by SMS.</source>
        <translation>均未勾选时：SchedulerX 通过短信发送报警。</translation>
    </message>
    <message>
        <source>Drop them</source>
        <translation>移除它们</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>AliyunConfigImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>It is not valid JSON (%1: %2).</source>
        <translation>它不是有效的 JSON（%1：%2）。</translation>
    </message>
    <message>
        <source>It is JSON but not an aliyun CLI configuration: there is no &quot;profiles&quot; array.</source>
        <translation>它是 JSON，但不是 aliyun CLI 的配置：其中没有 &quot;profiles&quot; 数组。</translation>
    </message>
    <message>
        <source>Profile %1 in &quot;profiles&quot; is not an object.</source>
        <translation>&quot;profiles&quot; 中的第 %1 个配置不是对象。</translation>
    </message>
    <message>
        <source>no AccessKey secret in the file</source>
        <translation>文件中没有 AccessKey Secret</translation>
    </message>
    <message>
        <source>no STS token in the file</source>
        <translation>文件中没有 STS Token</translation>
    </message>
    <message>
        <source>There is no aliyun CLI configuration at %1.</source>
        <translation>%1 处没有 aliyun CLI 配置。</translation>
    </message>
    <message>
        <source>There is no aliyun CLI configuration at %1. Give its path: &quot;sxstudio-cli profile import-aliyun PATH&quot;.</source>
        <translation>%1 处没有 aliyun CLI 配置。请指定其路径：&quot;sxstudio-cli profile import-aliyun PATH&quot;。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Stopped at profile &quot;%1&quot;: its secret could not be stored in the keychain (%2).</source>
        <translation>在账号配置 &quot;%1&quot; 处停止：无法将其密钥存入钥匙串（%2）。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Cannot write the settings file %1; check that its folder exists and is writable.</source>
        <translation>无法写入设置文件 %1；请检查其所在文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; move it away and set the preferences again.</source>
        <translation>设置文件 %1 已损坏；请将其移走，然后重新设置首选项。</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>second</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>the expression never fires</source>
        <translation>该表达式永远不会触发</translation>
    </message>
    <message>
        <source>empty value in the list %1</source>
        <translation>列表 %1 中有空值</translation>
    </message>
    <message>
        <source>%1 cannot be combined with other values</source>
        <translation>%1 不能与其他值组合使用</translation>
    </message>
    <message>
        <source>%1 is only allowed in day of month or day of week</source>
        <translation>%1 只能用于“日”或“星期”字段</translation>
    </message>
    <message>
        <source>%1 needs an end after %2</source>
        <translation>%1 在 %2 之后缺少结束值</translation>
    </message>
    <message>
        <source>%1 mixes a name and a number</source>
        <translation>%1 混用了名称和数字</translation>
    </message>
    <message>
        <source>a step cannot follow names; use numbers, e.g. %1</source>
        <translation>名称之后不能跟步长；请使用数字，例如 %1</translation>
    </message>
    <message>
        <source>the range %1 ends before it starts</source>
        <translation>范围 %1 的结束值小于起始值</translation>
    </message>
    <message>
        <source>%1 must be followed by a number from 1 to 5, not %2</source>
        <translation>%1 之后必须是 1 到 5 之间的数字，而不是 %2</translation>
    </message>
    <message>
        <source>%1 must be followed by a number from 0 to 30</source>
        <translation>%1 之后必须是 0 到 30 之间的数字</translation>
    </message>
    <message>
        <source>the offset from the last day must be from 0 to 30, not %1</source>
        <translation>距月末最后一天的偏移必须在 0 到 30 之间，而不是 %1</translation>
    </message>
    <message>
        <source>%1 would never be scheduled: with W the offset must be at most 27</source>
        <translation>%1 永远不会被调度：与 W 一起使用时，偏移最大为 27</translation>
    </message>
    <message>
        <source>unexpected %1 in %2</source>
        <translation>%2 中出现意外的 %1</translation>
    </message>
    <message>
        <source>%1 ends where a number is expected</source>
        <translation>%1 在应为数字的位置结束</translation>
    </message>
    <message>
        <source>%1 is not a month (JAN–DEC or 1–12)</source>
        <translation>%1 不是月份（JAN–DEC 或 1–12）</translation>
    </message>
    <message>
        <source>%1 is not a day of the week (SUN–SAT or 1–7)</source>
        <translation>%1 不是星期几（SUN–SAT 或 1–7）</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 must be followed by a step</source>
        <translation>%1 之后必须是步长</translation>
    </message>
    <message>
        <source>the step must be at least 1</source>
        <translation>步长至少为 1</translation>
    </message>
    <message>
        <source>the step %1 is outside 1–%2</source>
        <translation>步长 %1 超出 1–%2 的范围</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 超出 %2–%3 的范围</translation>
    </message>
    <message>
        <source>the expression is longer than %1 characters</source>
        <translation>表达式超过 %1 个字符</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>表达式为空</translation>
    </message>
    <message>
        <source>expected 6 or 7 fields (second minute hour day-of-month month day-of-week [year]), found %1</source>
        <translation>应有 6 或 7 个字段（秒 分钟 小时 日 月 星期 [年]），实际为 %1 个</translation>
    </message>
    <message>
        <source>unexpected character %1</source>
        <translation>意外的字符 %1</translation>
    </message>
    <message>
        <source>%1 cannot be in both day of month and day of week</source>
        <translation>%1 不能同时出现在“日”和“星期”字段中</translation>
    </message>
    <message>
        <source>day of month and day of week cannot both be set; use %1 in one of them</source>
        <translation>“日”和“星期”字段不能同时指定；请在其中一个字段中使用 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>No endpoint URL was given.</source>
        <translation>未提供接入点 URL。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL; give one like https://host/.</source>
        <translation>接入点 &quot;%1&quot; 不是有效的 URL；请填写类似 https://host/ 的地址。</translation>
    </message>
    <message>
        <source>The endpoint URL must not hold a user name or password.</source>
        <translation>接入点 URL 中不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>The endpoint URL must not have a query or a fragment.</source>
        <translation>接入点 URL 中不能包含查询字符串或片段（#）。</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (localhost); use https for &quot;%1&quot;.</source>
        <translation>只有连接本机（localhost）时才允许使用明文 http；&quot;%1&quot; 请使用 https。</translation>
    </message>
    <message>
        <source>The endpoint URL must start with https:// (or http:// to localhost), not &quot;%1&quot;.</source>
        <translation>接入点 URL 必须以 https://（连接 localhost 时可用 http://）开头，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>No region is set; give one such as cn-hangzhou.</source>
        <translation>未设置地域；请填写地域，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region id; they look like cn-hangzhou.</source>
        <translation>&quot;%1&quot; 不是地域 ID；地域 ID 形如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>Unknown endpoint kind.</source>
        <translation>未知的接入点类型。</translation>
    </message>
</context>
<context>
    <name>ExecutionPanel</name>
    <message>
        <source>Execution and retries</source>
        <translation>执行与重试</translation>
    </message>
    <message>
        <source>Maximum concurrent instances</source>
        <translation>实例并发数</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Retry interval</source>
        <translation>重试间隔</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A field showing “Default” is not sent: SchedulerX uses the value in brackets.</source>
        <translation>显示为“默认”的字段不会发送：SchedulerX 使用括号中的值。</translation>
    </message>
    <message>
        <source>MapReduce (parallel, grid and batch modes)</source>
        <translation>MapReduce（parallel、grid 和 batch 执行方式）</translation>
    </message>
    <message>
        <source>Sub-tasks per pull</source>
        <translation>子任务单次拉取数</translation>
    </message>
    <message>
        <source>Threads per worker</source>
        <translation>单机执行线程数</translation>
    </message>
    <message>
        <source>Sub-task queue size</source>
        <translation>子任务队列容量</translation>
    </message>
    <message>
        <source>Dispatcher threads</source>
        <translation>分发线程数</translation>
    </message>
    <message>
        <source>Sub-task retries</source>
        <translation>子任务重试次数</translation>
    </message>
    <message>
        <source>Sub-task retry interval</source>
        <translation>子任务重试间隔</translation>
    </message>
</context>
<context>
    <name>HistoryBrowser</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Part of a job name, group or template, or a whole JobId, RequestId or namespace</source>
        <translation>任务名称、应用分组或模板名称的一部分，或完整的 JobId、RequestId 或命名空间</translation>
    </message>
    <message>
        <source>Search name, group, template, JobId, RequestId, namespace</source>
        <translation>搜索名称、应用分组、模板、JobId、RequestId、命名空间</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>重新读取历史记录（F5）</translation>
    </message>
    <message>
        <source>Show only entries with this outcome</source>
        <translation>只显示此结果的条目</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Show only entries signed with this profile</source>
        <translation>只显示用此账号配置签名的条目</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>全部账号配置</translation>
    </message>
    <message>
        <source>Show only entries sent in this period</source>
        <translation>只显示在此时间段内发送的条目</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义范围…</translation>
    </message>
    <message>
        <source>From this time (inclusive)</source>
        <translation>自此时间起（含）</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Up to this time (exclusive)</source>
        <translation>截至此时间（不含）</translation>
    </message>
    <message>
        <source>Select an entry to see the request as sent and the answer as received.</source>
        <translation>选择一个条目，即可查看发送的请求和收到的响应。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>返回码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>JobId</source>
        <translation>JobId</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>应用分组</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Job as sent</source>
        <translation>发送的任务</translation>
    </message>
    <message>
        <source>The job file as it was sent, placeholders filled. It never holds a secret.</source>
        <translation>发送时的任务文件，占位符已填入值。其中从不包含密钥。</translation>
    </message>
    <message>
        <source>API parameters</source>
        <translation>API 参数</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Copy JobId</source>
        <translation>复制 JobId</translation>
    </message>
    <message>
        <source>Copy the JobId of the selected entry</source>
        <translation>复制所选条目的 JobId</translation>
    </message>
    <message>
        <source>Copy RequestId</source>
        <translation>复制 RequestId</translation>
    </message>
    <message>
        <source>Copy the RequestId of the selected entry</source>
        <translation>复制所选条目的 RequestId</translation>
    </message>
    <message>
        <source>Open as New Job</source>
        <translation>作为新任务打开</translation>
    </message>
    <message>
        <source>Open the job of the selected entry in the composer, to edit and submit again</source>
        <translation>在编辑器中打开所选条目的任务，以便编辑后再次提交</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save every entry that matches the filter as CSV or JSON Lines</source>
        <translation>将所有符合筛选条件的条目保存为 CSV 或 JSON Lines</translation>
    </message>
    <message>
        <source>The history cannot be shown.</source>
        <translation>无法显示历史记录。</translation>
    </message>
    <message>
        <source>Submitting still works; attempts are recorded again once the history file can be opened.</source>
        <translation>仍然可以提交；历史记录文件能够打开后，会重新记录每次提交。</translation>
    </message>
    <message>
        <source>Copy &amp;JobId</source>
        <translation>复制 JobId(&amp;J)</translation>
    </message>
    <message>
        <source>Copy &amp;RequestId</source>
        <translation>复制 RequestId(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open as New Job</source>
        <translation>作为新任务打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the job of the selected entry in the composer</source>
        <translation>在编辑器中打开所选条目的任务</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the history again</source>
        <translation>重新读取历史记录</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>文件或其所在文件夹为只读</translation>
    </message>
    <message>
        <source>the file is damaged or is not a SQLite database</source>
        <translation>文件已损坏或不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>the file cannot be opened (missing folder or no permission)</source>
        <translation>无法打开文件（文件夹不存在或没有权限）</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>它已被另一个程序锁定</translation>
    </message>
    <message>
        <source>history %1: %2</source>
        <translation>历史记录 %1：%2</translation>
    </message>
    <message>
        <source>history %1: the Qt SQLite driver is missing (install libqt6sql6-sqlite).</source>
        <translation>历史记录 %1：缺少 Qt SQLite 驱动（请安装 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>history %1: cannot create the folder %2.</source>
        <translation>历史记录 %1：无法创建文件夹 %2。</translation>
    </message>
    <message>
        <source>history %1: there is no history yet.</source>
        <translation>历史记录 %1：尚无历史记录。</translation>
    </message>
    <message>
        <source>history %1: this SQLite file belongs to another program; it was left untouched.</source>
        <translation>历史记录 %1：此 SQLite 文件属于其他程序，未做任何改动。</translation>
    </message>
    <message>
        <source>history %1: written by a newer SchedulerX Job Studio (schema %2; this one knows up to %3); it was left untouched.</source>
        <translation>历史记录 %1：由更新版本的 SchedulerX 任务工作室写入（结构版本 %2；本版本最高支持 %3），未做任何改动。</translation>
    </message>
    <message>
        <source>history %1: needs an upgrade to schema %2 but is read-only.</source>
        <translation>历史记录 %1：需要升级到结构版本 %2，但它是只读的。</translation>
    </message>
    <message>
        <source>History is read-only: new submissions are not recorded.</source>
        <translation>历史记录为只读：新的提交不会被记录。</translation>
    </message>
    <message>
        <source>(upgrading to schema %1)</source>
        <translation>（升级到结构版本 %1 时）</translation>
    </message>
    <message>
        <source>history %1: there is no entry %2.</source>
        <translation>历史记录 %1：没有条目 %2。</translation>
    </message>
    <message>
        <source>export: cannot write: %1</source>
        <translation>导出：无法写入：%1</translation>
    </message>
    <message>
        <source>history entry %1: the recorded job cannot be read: %2</source>
        <translation>历史记录条目 %1：无法读取所记录的任务：%2</translation>
    </message>
    <message>
        <source>history %1: opened for reading only.</source>
        <translation>历史记录 %1：以只读方式打开。</translation>
    </message>
    <message>
        <source>history %1: no time given to remove entries before.</source>
        <translation>历史记录 %1：未指定要删除哪个时间之前的条目。</translation>
    </message>
</context>
<context>
    <name>HttpContent</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://example.com/run</source>
        <translation>https://example.com/run</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>请求方法</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时时间</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Response key</source>
        <translation>响应键</translation>
    </message>
    <message>
        <source>Response value</source>
        <translation>响应值</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import from the aliyun CLI</source>
        <translation>从 aliyun CLI 导入</translation>
    </message>
    <message>
        <source>The AK and StsToken profiles of the aliyun command line tool become profiles here; their secrets go straight into the keychain. The file itself is not changed.</source>
        <translation>aliyun 命令行工具中 AK 和 StsToken 类型的配置将成为这里的账号配置；其密钥直接存入钥匙串。该文件本身不会被修改。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>JobFileFormat</name>
    <message>
        <source>&quot;%1&quot; must be an array of contacts, not a %2.</source>
        <translation>&quot;%1&quot; 必须是联系人数组，而不是 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object, not a %2.</source>
        <translation>&quot;%1&quot; 必须是对象，而不是 %2。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;: a contact has UserName, UserPhone, UserMail and Ding.</source>
        <translation>未知的键 &quot;%1&quot;：联系人只有 UserName、UserPhone、UserMail 和 Ding。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, not a %2.</source>
        <translation>&quot;%1&quot; 必须是字符串，而不是 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not a %2.</source>
        <translation>&quot;%1&quot; 必须是 true 或 false，而不是 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not a %2.</source>
        <translation>&quot;%1&quot; 必须是整数，而不是 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number in range, not %2.</source>
        <translation>&quot;%1&quot; 必须是取值范围内的整数，而不是 %2。</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>未知的键 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>您是指 &quot;%1&quot; 吗？</translation>
    </message>
    <message>
        <source>JarUrl is no longer part of CreateJob; remove it.</source>
        <translation>JarUrl 已不再是 CreateJob 的参数；请将其删除。</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>A job file must hold a JSON object.</source>
        <translation>任务文件必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>&quot;format&quot; 必须为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of 1 or more.</source>
        <translation>&quot;version&quot; 必须是大于或等于 1 的整数。</translation>
    </message>
    <message>
        <source>This file is format version %1, made by a newer SchedulerX Job Studio; this one reads up to version %2.</source>
        <translation>此文件的格式版本为 %1，由更新版本的 SchedulerX 任务工作室创建；本版本最高只能读取版本 %2。</translation>
    </message>
    <message>
        <source>A template needs a &quot;job&quot; object.</source>
        <translation>模板必须包含 &quot;job&quot; 对象。</translation>
    </message>
    <message>
        <source>in &quot;job&quot;: %1</source>
        <translation>在 &quot;job&quot; 中：%1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>JobForm</name>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>cn-hangzhou</source>
        <translation>cn-hangzhou</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Namespace UID</source>
        <translation>命名空间 UID</translation>
    </message>
    <message>
        <source>Application group</source>
        <translation>应用分组</translation>
    </message>
    <message>
        <source>GroupId</source>
        <translation>GroupId</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <source>Execute mode</source>
        <translation>执行方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Job content</source>
        <translation>任务内容</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>类名</translation>
    </message>
    <message>
        <source>com.example.HelloJob</source>
        <translation>com.example.HelloJob</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>任务参数</translation>
    </message>
    <message>
        <source>a=1&amp;b=2</source>
        <translation>a=1&amp;b=2</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>定时配置</translation>
    </message>
    <message>
        <source>Time type</source>
        <translation>时间类型</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>cron 表达式</translation>
    </message>
    <message>
        <source>0 0/10 * * * ?</source>
        <translation>0 0/10 * * * ?</translation>
    </message>
    <message>
        <source>Next five fire times</source>
        <translation>接下来 5 次触发时间</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>none: every day the expression allows</source>
        <translation>无：表达式允许的每一天</translation>
    </message>
    <message>
        <source>A SchedulerX calendar (e.g. a workday calendar) that limits the days the cron expression fires on</source>
        <translation>SchedulerX 日历（例如工作日日历），用于限定 cron 表达式在哪些日子触发</translation>
    </message>
    <message>
        <source>Data offset</source>
        <translation>数据偏移</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Shifts the data time a run sees back by this many seconds (DataOffset)</source>
        <translation>将每次运行所见的数据时间向前偏移指定的秒数（DataOffset）</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Run at</source>
        <translation>执行时间</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>The job runs only when it is triggered through the API or the console.</source>
        <translation>该任务仅在通过 API 或控制台触发时运行。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Namespace source</source>
        <translation>命名空间来源</translation>
    </message>
    <message>
        <source>only for a namespace created by another product</source>
        <translation>仅用于由其他产品创建的命名空间</translation>
    </message>
</context>
<context>
    <name>JobTimeZone</name>
    <message>
        <source>the time zone is empty</source>
        <translation>时区为空</translation>
    </message>
    <message>
        <source>%1: the minutes of the offset must be below 60</source>
        <translation>%1：偏移量的分钟数必须小于 60</translation>
    </message>
    <message>
        <source>%1: the offset must be between -14:00 and +14:00</source>
        <translation>%1：偏移量必须在 -14:00 到 +14:00 之间</translation>
    </message>
    <message>
        <source>%1 is not an offset; write it like GMT+8, GMT-3:30 or UTC+08:00</source>
        <translation>%1 不是有效的偏移量；请写成 GMT+8、GMT-3:30 或 UTC+08:00 的形式</translation>
    </message>
    <message>
        <source>%1 is not a known time zone; use an IANA name such as Asia/Shanghai, or GMT+8</source>
        <translation>%1 不是已知的时区；请使用 IANA 名称（例如 Asia/Shanghai）或 GMT+8</translation>
    </message>
</context>
<context>
    <name>K8sContent</name>
    <message>
        <source>Resource</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>busybox</source>
        <translation>busybox</translation>
    </message>
    <message>
        <source>Script or YAML</source>
        <translation>脚本或 YAML</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SchedulerX Job Studio</source>
        <translation>SchedulerX 任务工作室</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new job</source>
        <translation>新建一个任务</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a job file or template</source>
        <translation>打开任务文件或模板</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the job to its file</source>
        <translation>将任务保存到其文件</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>提交(&amp;U)</translation>
    </message>
    <message>
        <source>Sign and send CreateJob (Ctrl+Enter)</source>
        <translation>签名并发送 CreateJob（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Inspect request…</source>
        <translation>查看请求(&amp;I)…</translation>
    </message>
    <message>
        <source>The exact signed request, without the secret, and the same call as an aliyun command</source>
        <translation>签名后的完整请求（不含密钥），以及等效的 aliyun 命令</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>账号配置(&amp;P)…</translation>
    </message>
    <message>
        <source>Accounts, regions and their keys</source>
        <translation>账号、地域及其密钥</translation>
    </message>
    <message>
        <source>&amp;About SchedulerX Job Studio</source>
        <translation>关于 SchedulerX 任务工作室(&amp;A)</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>保存为模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Keep this job in the template library</source>
        <translation>将此任务保存到模板库</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
</context>
<context>
    <name>OptionalFields</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
</context>
<context>
    <name>OtherContent</name>
    <message>
        <source>This job type takes only the parameters below.</source>
        <translation>此任务类型只使用下方的任务参数。</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Namespace source</source>
        <translation>命名空间来源</translation>
    </message>
    <message>
        <source>Application group</source>
        <translation>应用分组</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <source>Execute mode</source>
        <translation>执行方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>类名</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>任务参数</translation>
    </message>
    <message>
        <source>Extended attributes</source>
        <translation>扩展属性</translation>
    </message>
    <message>
        <source>Time type</source>
        <translation>时间类型</translation>
    </message>
    <message>
        <source>Time expression</source>
        <translation>时间表达式</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Data offset</source>
        <translation>数据偏移</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Maximum concurrent instances</source>
        <translation>实例并发数</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Retry interval</source>
        <translation>重试间隔</translation>
    </message>
    <message>
        <source>Sub-tasks per pull</source>
        <translation>子任务单次拉取数</translation>
    </message>
    <message>
        <source>Threads per worker</source>
        <translation>单机执行线程数</translation>
    </message>
    <message>
        <source>Sub-task queue size</source>
        <translation>子任务队列容量</translation>
    </message>
    <message>
        <source>Dispatcher threads</source>
        <translation>分发线程数</translation>
    </message>
    <message>
        <source>Sub-task retries</source>
        <translation>子任务重试次数</translation>
    </message>
    <message>
        <source>Sub-task retry interval</source>
        <translation>子任务重试间隔</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时时间</translation>
    </message>
    <message>
        <source>Alert on timeout</source>
        <translation>超时报警</translation>
    </message>
    <message>
        <source>Stop on timeout</source>
        <translation>超时终止</translation>
    </message>
    <message>
        <source>Alert on failure</source>
        <translation>失败报警</translation>
    </message>
    <message>
        <source>Consecutive failures before alert</source>
        <translation>连续失败报警次数</translation>
    </message>
    <message>
        <source>Alert when no worker is available</source>
        <translation>无可用机器报警</translation>
    </message>
    <message>
        <source>Notify on success</source>
        <translation>成功通知</translation>
    </message>
    <message>
        <source>Alert channels</source>
        <translation>报警渠道</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE (a name is letters, digits and underscores, not starting with a digit).</source>
        <translation>&quot;%1&quot; 不是 NAME=VALUE 形式（名称由字母、数字和下划线组成，不能以数字开头）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false: %2</source>
        <translation>&quot;%1&quot; 必须是 true 或 false：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number in range: %2</source>
        <translation>&quot;%1&quot; 必须是取值范围内的整数：%2</translation>
    </message>
</context>
<context>
    <name>PlaceholdersDialog</name>
    <message>
        <source>Fill placeholders</source>
        <translation>填写占位符</translation>
    </message>
    <message>
        <source>This job has placeholders. Give each one a value; it replaces ${NAME} wherever the name is used.</source>
        <translation>此任务包含占位符。请为每个占位符指定值；凡是使用该名称的 ${NAME} 都会被替换为该值。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>&quot;%1&quot; is not a usable profile name: use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>&quot;%1&quot; 不能用作账号配置名称：请使用 1 到 64 个字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no region; give one such as cn-hangzhou.</source>
        <translation>账号配置 &quot;%1&quot; 没有地域；请填写地域，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region id; they look like cn-hangzhou.</source>
        <translation>&quot;%1&quot; 不是地域 ID；地域 ID 形如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no AccessKey ID.</source>
        <translation>账号配置 &quot;%1&quot; 没有 AccessKey ID。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has a timeout that is not a positive number.</source>
        <translation>账号配置 &quot;%1&quot; 的超时时间不是正数。</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>work, prod-hangzhou, …</source>
        <translation>work, prod-hangzhou, …</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID</source>
        <translation>AccessKey ID(&amp;I)</translation>
    </message>
    <message>
        <source>LTAI…</source>
        <translation>LTAI…</translation>
    </message>
    <message>
        <source>AccessKey se&amp;cret</source>
        <translation>AccessKey Secret(&amp;C)</translation>
    </message>
    <message>
        <source>Security t&amp;oken</source>
        <translation>安全令牌(&amp;O)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>地域(&amp;R)</translation>
    </message>
    <message>
        <source>cn-hangzhou</source>
        <translation>cn-hangzhou</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>接入点(&amp;E)</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL</source>
        <translation>接入点 URL(&amp;U)</translation>
    </message>
    <message>
        <source>https://schedulerx.example.com/</source>
        <translation>https://schedulerx.example.com/</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>签名(&amp;G)</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>How long to wait for a connection</source>
        <translation>等待建立连接的最长时间</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>whole answer</source>
        <translation>完整响应</translation>
    </message>
    <message>
        <source>How long to wait for the whole answer</source>
        <translation>等待完整响应的最长时间</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Sign and send a harmless ListNamespaces call with these settings</source>
        <translation>使用这些设置签名并发送一次无副作用的 ListNamespaces 调用</translation>
    </message>
</context>
<context>
    <name>ProfileRename</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为 &quot;%1&quot; 的账号配置。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>名为 &quot;%1&quot; 的账号配置已存在。</translation>
    </message>
    <message>
        <source>The secrets of &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>无法从钥匙串读取 &quot;%1&quot; 的密钥：%2</translation>
    </message>
    <message>
        <source>The secrets could not be written to the keychain under &quot;%1&quot;: %2</source>
        <translation>无法以 &quot;%1&quot; 的名义将密钥写入钥匙串：%2</translation>
    </message>
    <message>
        <source>The old keychain entries of &quot;%1&quot; could not be removed: %2</source>
        <translation>无法删除 &quot;%1&quot; 在钥匙串中的旧条目：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable profile name: use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>&quot;%1&quot; 不能用作账号配置名称：请使用 1 到 64 个字母、数字、点、短横线或下划线。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is not a usable profile name.</source>
        <translation>&quot;%1&quot; 不能用作账号配置名称。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为 &quot;%1&quot; 的账号配置。</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1; check that its folder exists and is writable.</source>
        <translation>无法写入设置文件 %1；请检查其所在文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; move it away and add the profiles again.</source>
        <translation>设置文件 %1 已损坏；请将其移走，然后重新添加账号配置。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>名为 &quot;%1&quot; 的账号配置已存在。</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>账号配置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Start a new profile</source>
        <translation>新建一个账号配置</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>删除(&amp;V)…</translation>
    </message>
    <message>
        <source>Remove the selected profile and its secrets from the keychain</source>
        <translation>删除所选账号配置，并从钥匙串中删除其密钥</translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation>设为默认(&amp;D)</translation>
    </message>
    <message>
        <source>Use the selected profile when no other is chosen</source>
        <translation>未选择其他账号配置时使用所选账号配置</translation>
    </message>
    <message>
        <source>I&amp;mport from aliyun CLI…</source>
        <translation>从 aliyun CLI 导入(&amp;M)…</translation>
    </message>
    <message>
        <source>Import the AK and StsToken profiles of the aliyun command line tool (config.json)</source>
        <translation>导入 aliyun 命令行工具中 AK 和 StsToken 类型的配置（config.json）</translation>
    </message>
    <message>
        <source>Discard c&amp;hanges</source>
        <translation>放弃更改(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Rename the selected profile; its secrets move with it in the keychain</source>
        <translation>重命名所选账号配置；其密钥在钥匙串中随之迁移</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>SchedulerX Job Studio</source>
        <translation>SchedulerX 任务工作室</translation>
    </message>
</context>
<context>
    <name>RequestInspector</name>
    <message>
        <source>Request inspector</source>
        <translation>请求查看器</translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation>HTTP 请求</translation>
    </message>
    <message>
        <source>aliyun CLI</source>
        <translation>aliyun CLI</translation>
    </message>
    <message>
        <source>The aliyun CLI signs the call itself with its own configured credentials; the command carries the job&apos;s parameters only.</source>
        <translation>aliyun CLI 会用它自己配置的凭证为调用签名；该命令只包含任务的参数。</translation>
    </message>
    <message>
        <source>Copy request</source>
        <translation>复制请求</translation>
    </message>
    <message>
        <source>Copy as aliyun command</source>
        <translation>复制为 aliyun 命令</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message numerus="yes">
        <source>The answer was cut off after %n byte(s).</source>
        <translation>
            <numerusform>响应在 %n 字节后被截断。</numerusform>
        </translation>
    </message>
    <message>
        <source>The service answered HTTP %1 with an empty body.</source>
        <translation>服务端返回了 HTTP %1，响应体为空。</translation>
    </message>
    <message>
        <source>The service answered HTTP %1 with an HTML page, not JSON: %2</source>
        <translation>服务端返回了 HTTP %1 和一个 HTML 页面，而不是 JSON：%2</translation>
    </message>
    <message>
        <source>The service answered HTTP %1 with something that is not JSON: %2</source>
        <translation>服务端返回了 HTTP %1，但响应内容不是 JSON：%2</translation>
    </message>
    <message>
        <source>The service reported success but sent no JobId.</source>
        <translation>服务端报告成功，但没有返回 JobId。</translation>
    </message>
    <message>
        <source>The job may or may not have been created. Check the job list in the SchedulerX console before submitting again.</source>
        <translation>任务可能已创建，也可能未创建。再次提交之前，请先在 SchedulerX 控制台的任务列表中确认。</translation>
    </message>
    <message>
        <source>The AccessKey secret does not match the AccessKey ID, or the request was changed on the way. Check the secret of this profile; the server&apos;s string-to-sign is shown below.</source>
        <translation>AccessKey Secret 与 AccessKey ID 不匹配，或请求在传输途中被修改。请检查此账号配置的 AccessKey Secret；服务端的待签名字符串显示在下方。</translation>
    </message>
    <message>
        <source>This AccessKey is disabled. Enable it in the RAM console or use another.</source>
        <translation>此 AccessKey 已被禁用。请在 RAM 控制台中启用它，或改用其他 AccessKey。</translation>
    </message>
    <message>
        <source>The service does not know this AccessKey ID. Check the profile&apos;s AccessKey ID.</source>
        <translation>服务端不认识此 AccessKey ID。请检查该账号配置的 AccessKey ID。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the service&apos;s by more than 15 minutes. Correct the clock (enable network time) and try again.</source>
        <translation>本机时钟与服务端相差超过 15 分钟。请校正时钟（启用网络时间同步）后重试。</translation>
    </message>
    <message>
        <source>The request&apos;s nonce was used before. Submit again; a fresh nonce is made each time.</source>
        <translation>请求的 nonce 已被使用过。请重新提交；每次提交都会生成新的 nonce。</translation>
    </message>
    <message>
        <source>The STS security token is invalid or has expired. Get a new token for this profile.</source>
        <translation>STS 安全令牌无效或已过期。请为此账号配置获取新的令牌。</translation>
    </message>
    <message>
        <source>This account may not create SchedulerX jobs. Grant the RAM permission edas:CreateSchedulerxJob to the user or role.</source>
        <translation>此账号无权创建 SchedulerX 任务。请为该用户或角色授予 RAM 权限 edas:CreateSchedulerxJob。</translation>
    </message>
    <message>
        <source>The service is limiting how often you may call it. Wait a little and submit again.</source>
        <translation>服务端正在限制调用频率。请稍候再提交。</translation>
    </message>
    <message>
        <source>The endpoint does not offer this API. Check the region and the endpoint.</source>
        <translation>该接入点不提供此 API。请检查地域和接入点。</translation>
    </message>
    <message>
        <source>A required parameter is missing.</source>
        <translation>缺少必填参数。</translation>
    </message>
    <message>
        <source>The service failed while handling the request. The job may or may not have been created: check the job list in the SchedulerX console before submitting again.</source>
        <translation>服务端处理请求时出错。任务可能已创建，也可能未创建：再次提交之前，请先在 SchedulerX 控制台的任务列表中确认。</translation>
    </message>
    <message>
        <source>The request&apos;s nonce was used before. Try again; a fresh nonce is made each time.</source>
        <translation>请求的 nonce 已被使用过。请重试；每次都会生成新的 nonce。</translation>
    </message>
    <message>
        <source>This account may not call %1. Grant the user or role SchedulerX&apos;s permission for it in RAM.</source>
        <translation>此账号无权调用 %1。请在 RAM 中为该用户或角色授予 SchedulerX 的相应权限。</translation>
    </message>
    <message>
        <source>The service is limiting how often you may call it. Wait a little and try again.</source>
        <translation>服务端正在限制调用频率。请稍候再试。</translation>
    </message>
    <message>
        <source>The service failed while handling the request. Try again later.</source>
        <translation>服务端处理请求时出错。请稍后再试。</translation>
    </message>
    <message>
        <source>No namespace %1 exists in this region. Choose one the service lists (the composer&apos;s namespace field shows them), or check the region; a namespace made by another product also needs its namespace source.</source>
        <translation>该地域中不存在命名空间 %1。请选择服务端列出的命名空间（编辑器的命名空间字段会列出），或检查地域；由其他产品创建的命名空间还需要填写命名空间来源。</translation>
    </message>
    <message>
        <source>the namespace</source>
        <translation>该命名空间</translation>
    </message>
    <message>
        <source>No application group %1 exists in %2. Choose one the service lists (the composer&apos;s group field shows them), or check the namespace.</source>
        <translation>%2 中不存在应用分组 %1。请选择服务端列出的应用分组（编辑器的应用分组字段会列出），或检查命名空间。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The new language takes effect when SchedulerX Job Studio is restarted.</source>
        <translation>新语言将在 SchedulerX 任务工作室重新启动后生效。</translation>
    </message>
    <message>
        <source>Ask for &amp;confirmation before submitting a job</source>
        <translation>提交任务前请求确认(&amp;C)</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>C&amp;onnect timeout</source>
        <translation>连接超时(&amp;O)</translation>
    </message>
    <message>
        <source>How long to wait for the connection to SchedulerX</source>
        <translation>等待与 SchedulerX 建立连接的最长时间</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Total timeout</source>
        <translation>总超时(&amp;T)</translation>
    </message>
    <message>
        <source>How long a whole submission may take, connecting included; never less than the connect timeout</source>
        <translation>一次完整提交（含建立连接）允许的最长时间；不小于连接超时</translation>
    </message>
    <message>
        <source>&amp;Signature version</source>
        <translation>签名版本(&amp;S)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;Keep entries for</source>
        <translation>条目保留时长(&amp;K)</translation>
    </message>
    <message>
        <source>Older entries are removed from the history when the application starts</source>
        <translation>应用启动时，会从历史记录中删除超过保留时长的条目</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>永久保留</translation>
    </message>
</context>
<context>
    <name>SubmitPanel</name>
    <message>
        <source>JobId</source>
        <translation>JobId</translation>
    </message>
    <message>
        <source>font-size: 18pt; font-weight: bold;</source>
        <translation>font-size: 18pt; font-weight: bold;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the JobId to the clipboard</source>
        <translation>将 JobId 复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy RequestId</source>
        <translation>复制 RequestId</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Show everything the service answered</source>
        <translation>显示服务端返回的全部内容</translation>
    </message>
    <message>
        <source>Inspect request…</source>
        <translation>查看请求…</translation>
    </message>
    <message>
        <source>The exact signed request that was or would be sent, without the secret</source>
        <translation>已发送或将要发送的签名后完整请求（不含密钥）</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>TargetResolver</name>
    <message>
        <source>Cannot read the %1 of profile &quot;%2&quot;: the keychain is locked. Unlock it and try again, or set the ALIBABA_CLOUD_* variables and leave out --profile.</source>
        <translation>无法读取账号配置 &quot;%2&quot; 的 %1：钥匙串已锁定。请解锁后重试，或设置 ALIBABA_CLOUD_* 环境变量并去掉 --profile。</translation>
    </message>
    <message>
        <source>Cannot read the %1 of profile &quot;%2&quot;: %3</source>
        <translation>无法读取账号配置 &quot;%2&quot; 的 %1：%3</translation>
    </message>
    <message>
        <source>No %1 is stored for profile &quot;%2&quot;. Store it with &quot;sxstudio-cli profile add %2&quot; (it reads the secret from standard input).</source>
        <translation>账号配置 &quot;%2&quot; 没有保存 %1。请用 &quot;sxstudio-cli profile add %2&quot; 保存（它从标准输入读取密钥）。</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not: set both, or unset both to use a profile.</source>
        <translation>已设置 %1 但未设置 %2：请同时设置两者；若要使用账号配置，则两者都不要设置。</translation>
    </message>
    <message>
        <source>the ALIBABA_CLOUD_* variables</source>
        <translation>ALIBABA_CLOUD_* 环境变量</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation>账号配置 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. &quot;sxstudio-cli profile list&quot; shows the profiles; &quot;sxstudio-cli profile add %1 ...&quot; makes one.</source>
        <translation>没有名为 &quot;%1&quot; 的账号配置。&quot;sxstudio-cli profile list&quot; 可列出账号配置；&quot;sxstudio-cli profile add %1 ...&quot; 可新建一个。</translation>
    </message>
    <message>
        <source>No credentials: name a profile with --profile, add one with &quot;sxstudio-cli profile add NAME --region ID --access-key-id ID&quot;, or set %1 and %2.</source>
        <translation>没有凭证：请用 --profile 指定账号配置，或用 &quot;sxstudio-cli profile add NAME --region ID --access-key-id ID&quot; 添加一个，或设置 %1 和 %2。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; cannot be used: %2</source>
        <translation>账号配置 &quot;%1&quot; 无法使用：%2</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为 &quot;%1&quot; 的账号配置。</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>STS security token</source>
        <translation>STS 安全令牌</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>搜索模板</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Rename, duplicate, delete, import and export templates</source>
        <translation>重命名、复制、删除、导入和导出模板</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected template in the composer (Enter)</source>
        <translation>在编辑器中打开所选模板（Enter）</translation>
    </message>
    <message>
        <source>&amp;Save Current Job as Template…</source>
        <translation>将当前任务保存为模板(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as Template…</source>
        <translation>保存为模板…</translation>
    </message>
    <message>
        <source>Save the job being composed as a new template</source>
        <translation>将正在编辑的任务保存为新模板</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy job files into the library</source>
        <translation>将任务文件复制到模板库</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Copy the selected template to a file of your choice</source>
        <translation>将所选模板复制到您指定的文件</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TemplateNameDialog</name>
    <message>
        <source>Save as template</source>
        <translation>保存为模板</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. Nightly report</source>
        <translation>例如：每晚报表</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>line %1, column %2: </source>
        <translation>第 %1 行，第 %2 列：</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2.</source>
        <translation>%1：无法创建文件夹 %2。</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation>%1：未保存：%2</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>模板必须有名称。</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>已存在名为 &quot;%1&quot; 的模板。</translation>
    </message>
    <message>
        <source>%1: renamed, but the old file could not be removed.</source>
        <translation>%1：已重命名，但无法删除旧文件。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>%1: cannot delete.</source>
        <translation>%1：无法删除。</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 holds the placeholder ${%2}: give it a value (--set %2=VALUE).</source>
        <translation>%1 包含占位符 ${%2}：请为其指定值（--set %2=VALUE）。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>JobType &quot;%1&quot; is not one of %2.</source>
        <translation>JobType &quot;%1&quot; 不是 %2 之一。</translation>
    </message>
    <message>
        <source>RegionId &quot;%1&quot; is not a region ID such as cn-hangzhou.</source>
        <translation>RegionId &quot;%1&quot; 不是地域 ID（例如 cn-hangzhou）。</translation>
    </message>
    <message>
        <source>Status must be 1 (enabled) or 0 (disabled).</source>
        <translation>Status 必须为 1（启用）或 0（禁用）。</translation>
    </message>
    <message>
        <source>Priority is usually 1 (low), 5 (medium), 10 (high) or 15 (very high).</source>
        <translation>Priority 通常为 1（低）、5（中）、10（高）或 15（很高）。</translation>
    </message>
    <message>
        <source>ExecuteMode &quot;%1&quot; is not one of %2.</source>
        <translation>ExecuteMode &quot;%1&quot; 不是 %2 之一。</translation>
    </message>
    <message>
        <source>ExecuteMode &quot;%1&quot; is not documented for %2 jobs, which run as %3.</source>
        <translation>文档未说明 %2 任务支持 ExecuteMode &quot;%1&quot;；此类任务支持的执行方式为 %3。</translation>
    </message>
    <message>
        <source>%1 must be %2 or more, not %3.</source>
        <translation>%1 必须大于或等于 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 必须在 %2 到 %3 之间，而不是 %4。</translation>
    </message>
    <message>
        <source>%1 applies only to the parallel, grid and batch modes; it will not be sent.</source>
        <translation>%1 仅适用于 parallel、grid 和 batch 执行方式；它不会被发送。</translation>
    </message>
    <message>
        <source>SendChannel &quot;%1&quot; is not one of sms, mail, phone, webhook (joined by commas, no spaces).</source>
        <translation>SendChannel &quot;%1&quot; 不是 sms、mail、phone、webhook 之一（多个值用英文逗号连接，不加空格）。</translation>
    </message>
    <message>
        <source>SendChannel names &quot;%1&quot; twice.</source>
        <translation>SendChannel 中 &quot;%1&quot; 出现了两次。</translation>
    </message>
    <message>
        <source>Contact %1 is empty and will not be sent.</source>
        <translation>联系人 %1 为空，不会被发送。</translation>
    </message>
    <message>
        <source>Contact %1 has no name.</source>
        <translation>联系人 %1 没有姓名。</translation>
    </message>
    <message>
        <source>Contact %1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>联系人 %1：&quot;%2&quot; 不是电子邮件地址。</translation>
    </message>
    <message>
        <source>Contact %1: &quot;%2&quot; is not a phone number (digits, optionally + and -).</source>
        <translation>联系人 %1：&quot;%2&quot; 不是电话号码（应为数字，可含 + 和 -）。</translation>
    </message>
    <message>
        <source>Contact %1: the webhook must be an https:// URL.</source>
        <translation>联系人 %1：webhook 必须是 https:// URL。</translation>
    </message>
    <message>
        <source>Alerts are on, but no contact can receive them on %1: add a phone for sms or phone, an e-mail for mail, or a webhook for webhook.</source>
        <translation>已开启报警，但没有联系人能通过 %1 接收报警：sms 或 phone 需要电话号码，mail 需要电子邮件地址，webhook 需要 webhook 地址。</translation>
    </message>
    <message>
        <source>FailTimes has effect only when FailEnable (alert on failure) is on.</source>
        <translation>只有开启 FailEnable（失败报警）时，FailTimes 才会生效。</translation>
    </message>
    <message>
        <source>A java job needs ClassName, the full name of its processor class.</source>
        <translation>java 任务需要 ClassName，即其处理器类的全限定名。</translation>
    </message>
    <message>
        <source>ClassName &quot;%1&quot; is not a Java class name such as com.example.HelloJob.</source>
        <translation>ClassName &quot;%1&quot; 不是 Java 类名（例如 com.example.HelloJob）。</translation>
    </message>
    <message>
        <source>ClassName applies only to java jobs; it will not be sent.</source>
        <translation>ClassName 仅适用于 java 任务；它不会被发送。</translation>
    </message>
    <message>
        <source>A %1 job needs Content: the script to run.</source>
        <translation>%1 任务需要 Content，即要运行的脚本。</translation>
    </message>
    <message>
        <source>A k8s job needs XAttrs, e.g. {&quot;resource&quot;:&quot;job&quot;} or {&quot;image&quot;:&quot;busybox&quot;,&quot;resource&quot;:&quot;shell&quot;}.</source>
        <translation>k8s 任务需要 XAttrs，例如 {&quot;resource&quot;:&quot;job&quot;} 或 {&quot;image&quot;:&quot;busybox&quot;,&quot;resource&quot;:&quot;shell&quot;}。</translation>
    </message>
    <message>
        <source>XAttrs must be a JSON object.</source>
        <translation>XAttrs 必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>XAttrs of a k8s job needs &quot;resource&quot;, e.g. &quot;job&quot; or &quot;shell&quot;.</source>
        <translation>k8s 任务的 XAttrs 需要 &quot;resource&quot;，例如 &quot;job&quot; 或 &quot;shell&quot;。</translation>
    </message>
    <message>
        <source>An http job needs Content: {&quot;url&quot;: …, &quot;method&quot;: &quot;GET&quot; or &quot;POST&quot;, &quot;timeout&quot;: seconds}.</source>
        <translation>http 任务需要 Content：{&quot;url&quot;: …, &quot;method&quot;: &quot;GET&quot; 或 &quot;POST&quot;, &quot;timeout&quot;: 秒数}。</translation>
    </message>
    <message>
        <source>Content of an http job must be a JSON object.</source>
        <translation>http 任务的 Content 必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>The http job needs a URL.</source>
        <translation>http 任务需要 URL。</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; must start with http:// or https:// and name a host.</source>
        <translation>URL &quot;%1&quot; 必须以 http:// 或 https:// 开头，并包含主机名。</translation>
    </message>
    <message>
        <source>The HTTP method must be GET or POST, not &quot;%1&quot;.</source>
        <translation>HTTP 请求方法必须是 GET 或 POST，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The HTTP timeout must be a whole number of seconds, 1 or more.</source>
        <translation>HTTP 超时时间必须是大于或等于 1 的整数秒。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; 必须是字符串。</translation>
    </message>
    <message>
        <source>The response check needs both a key (respKey) and the value it must have (respValue).</source>
        <translation>响应校验需要同时指定键（respKey）和期望的值（respValue）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known HTTP job setting (url, method, timeout, respKey, respValue, cookie).</source>
        <translation>&quot;%1&quot; 不是已知的 HTTP 任务设置（url、method、timeout、respKey、respValue、cookie）。</translation>
    </message>
    <message>
        <source>POST parameters must be written as key1=value1&amp;key2=value2.</source>
        <translation>POST 参数必须写成 key1=value1&amp;key2=value2 的形式。</translation>
    </message>
    <message>
        <source>Timezone &quot;%1&quot; is not a zone the service takes: use GMT+8, GMT-3:30, UTC+08:00 or a name such as Asia/Shanghai.</source>
        <translation>Timezone &quot;%1&quot; 不是服务端接受的时区：请使用 GMT+8、GMT-3:30、UTC+08:00 或 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <source>TimeType %1 is not one of 1 (cron), 3 (fixed rate), 4 (second delay), 5 (one time), 100 (api).</source>
        <translation>TimeType %1 不是 1（cron）、3（固定频率）、4（秒级延迟）、5（一次性）、100（API 触发）之一。</translation>
    </message>
    <message>
        <source>Calendar applies only to cron jobs (TimeType 1).</source>
        <translation>Calendar 仅适用于 cron 任务（TimeType 1）。</translation>
    </message>
    <message>
        <source>DataOffset applies only to cron jobs (TimeType 1).</source>
        <translation>DataOffset 仅适用于 cron 任务（TimeType 1）。</translation>
    </message>
    <message>
        <source>An api job runs only when triggered: leave TimeExpression empty.</source>
        <translation>API 触发的任务只在被触发时运行：请将 TimeExpression 留空。</translation>
    </message>
    <message>
        <source>TimeExpression is required for this TimeType.</source>
        <translation>此 TimeType 必须填写 TimeExpression。</translation>
    </message>
    <message>
        <source>Cron expression: %1</source>
        <translation>cron 表达式：%1</translation>
    </message>
    <message>
        <source>A fixed-rate job takes whole seconds of 10 or more, e.g. 30; not &quot;%1&quot;.</source>
        <translation>固定频率任务的值为大于或等于 10 的整数秒，例如 30；而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>A second-delay job takes whole seconds from 1 to 60; not &quot;%1&quot;.</source>
        <translation>秒级延迟任务的值为 1 到 60 之间的整数秒；而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>A one-time job takes &quot;yyyy-MM-dd HH:mm:ss&quot; (e.g. 2030-10-10 10:10:00) or epoch milliseconds; not &quot;%1&quot;.</source>
        <translation>一次性任务的值为 &quot;yyyy-MM-dd HH:mm:ss&quot;（例如 2030-10-10 10:10:00）或 Unix 毫秒时间戳；而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1 is in the past: the job would run once, right away, and then be deleted.</source>
        <translation>%1 已是过去的时间：任务会立即运行一次，然后被删除。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compose SchedulerX jobs and submit them (CreateJob).</source>
        <translation>编写 SchedulerX 任务并提交（CreateJob）。</translation>
    </message>
</context>
<context>
    <name>sx::AlertsPanel</name>
    <message>
        <source>Kept from the job, not a channel SchedulerX knows: %1</source>
        <translation>沿用自任务，但不是 SchedulerX 已知的报警渠道：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>DingTalk webhook</source>
        <translation>钉钉 Webhook</translation>
    </message>
</context>
<context>
    <name>sx::ConnectionTest</name>
    <message>
        <source>Code: %1</source>
        <translation>返回码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n namespace(s).</source>
        <translation>
            <numerusform>已连接：%n 个命名空间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected; the answer listed no namespaces.</source>
        <translation>已连接；响应中没有列出任何命名空间。</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>被拒绝（%1）：%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No usable answer: %1</source>
        <translation>没有可用的响应：%1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
</context>
<context>
    <name>sx::HistoryBrowser</name>
    <message>
        <source>No history file was given.</source>
        <translation>未指定历史记录文件。</translation>
    </message>
    <message>
        <source>The time range ends before it begins: choose an end after %1.</source>
        <translation>时间范围的结束早于开始：请选择晚于 %1 的结束时间。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 个条目</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: JobId %1</source>
        <translation>已创建：JobId %1</translation>
    </message>
    <message>
        <source>Refused by SchedulerX</source>
        <translation>被 SchedulerX 拒绝</translation>
    </message>
    <message>
        <source>Nothing was created. The code and message below say why.</source>
        <translation>未创建任何内容。原因见下方的返回码和消息。</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>This attempt never completed (the program stopped mid-request). The job may or may not have been created: look it up in the SchedulerX console before submitting it again.</source>
        <translation>此次提交未完成（程序在请求中途停止）。任务可能已创建，也可能未创建：再次提交之前，请先在 SchedulerX 控制台中查找。</translation>
    </message>
    <message>
        <source>The request may have reached SchedulerX, but no usable answer came back. Look for the job in the SchedulerX console before submitting it again.</source>
        <translation>请求可能已到达 SchedulerX，但没有收到可用的响应。再次提交之前，请先在 SchedulerX 控制台中查找该任务。</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>The request never left this computer: nothing was created.</source>
        <translation>请求未离开本机：未创建任何内容。</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1（%2 UTC）</translation>
    </message>
    <message>
        <source>— (no HTTP answer)</source>
        <translation>—（没有 HTTP 响应）</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms in %n attempt(s)</source>
        <translation>
            <numerusform>%1 ms，共尝试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none (credentials from the environment)</source>
        <translation>无（使用环境变量中的凭证）</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation>V3（ACS3-HMAC-SHA256）</translation>
    </message>
    <message>
        <source>V2 (HMAC-SHA1)</source>
        <translation>V2（HMAC-SHA1）</translation>
    </message>
    <message>
        <source>The recorded job cannot be read: %1</source>
        <translation>无法读取所记录的任务：%1</translation>
    </message>
    <message>
        <source>%1 %2 (API version %3) as this job makes it, before signing: the AccessKey, signature, nonce and time are added when it is sent.</source>
        <translation>由此任务生成、尚未签名的 %1 %2（API 版本 %3）：AccessKey、签名、nonce 和时间在发送时添加。</translation>
    </message>
    <message>
        <source>Query string</source>
        <translation>查询字符串</translation>
    </message>
    <message>
        <source>Body (application/x-www-form-urlencoded)</source>
        <translation>请求体（application/x-www-form-urlencoded）</translation>
    </message>
    <message>
        <source>No answer was recorded.</source>
        <translation>没有记录响应。</translation>
    </message>
    <message>
        <source>No answer was received.</source>
        <translation>没有收到响应。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No HTTP status</source>
        <translation>无 HTTP 状态码</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s) of JSON, shown indented.</source>
        <translation>
            <numerusform>%1，%n 字节 JSON，已缩进显示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s), not JSON: shown as received.</source>
        <translation>
            <numerusform>%1，%n 字节，不是 JSON：按收到的原样显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>JobId %1 copied.</source>
        <translation>已复制 JobId %1。</translation>
    </message>
    <message>
        <source>RequestId copied.</source>
        <translation>已复制 RequestId。</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation>%1：未保存：%2</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>sx::HistoryModel</name>
    <message>
        <source>Unknown (interrupted)</source>
        <translation>未知（已中断）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>The attempt never completed: the job may or may not have been created.</source>
        <translation>此次提交未完成：任务可能已创建，也可能未创建。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Signed with credentials from the environment</source>
        <translation>使用环境变量中的凭证签名</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 次尝试</numerusform>
        </translation>
    </message>
    <message>
        <source>When the request was sent, in this computer&apos;s time zone</source>
        <translation>请求的发送时间（本机时区）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>应用分组</translation>
    </message>
    <message>
        <source>JobId</source>
        <translation>JobId</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>No history is open.</source>
        <translation>没有打开的历史记录。</translation>
    </message>
</context>
<context>
    <name>sx::ImportPreviewDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>The aliyun CLI&apos;s configuration</source>
        <translation>aliyun CLI 的配置</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>A new profile in %1.</source>
        <translation>地域 %1 中的新账号配置。</translation>
    </message>
    <message>
        <source>Replaces yours</source>
        <translation>替换您的配置</translation>
    </message>
    <message>
        <source>Your profile &quot;%1&quot; and its secret are overwritten (region %2).</source>
        <translation>您的账号配置 &quot;%1&quot; 及其密钥将被覆盖（地域 %2）。</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>%1 profiles cannot be imported; only AK and StsToken ones can.</source>
        <translation>无法导入 %1 类型的配置；只能导入 AK 和 StsToken 类型的配置。</translation>
    </message>
    <message>
        <source>The file holds no profiles.</source>
        <translation>该文件中没有配置。</translation>
    </message>
    <message>
        <source>Nothing here can be imported.</source>
        <translation>这里没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) will be imported.</source>
        <translation>
            <numerusform>将导入 %n 个账号配置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) of yours will be replaced.</source>
        <translation>
            <numerusform>您的 %n 个账号配置将被替换。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) will be left out.</source>
        <translation>
            <numerusform>将略过 %n 个配置。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; will become the default profile.</source>
        <translation>&quot;%1&quot; 将成为默认账号配置。</translation>
    </message>
    <message>
        <source>Nothing can be imported now: %1</source>
        <translation>现在无法导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>sx::JobForm</name>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Low (1)</source>
        <translation>低（1）</translation>
    </message>
    <message>
        <source>Medium (5)</source>
        <translation>中（5）</translation>
    </message>
    <message>
        <source>High (10)</source>
        <translation>高（10）</translation>
    </message>
    <message>
        <source>Very high (15)</source>
        <translation>很高（15）</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>cron</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation>固定频率</translation>
    </message>
    <message>
        <source>Second delay</source>
        <translation>秒级延迟</translation>
    </message>
    <message>
        <source>One time</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>API only</source>
        <translation>API 触发</translation>
    </message>
    <message>
        <source>holds a placeholder; Submit asks for its value.</source>
        <translation>包含占位符；提交时会询问其值。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>问题：无</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>问题（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>本机时区</translation>
    </message>
</context>
<context>
    <name>sx::KeychainSecretStore</name>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>（钥匙串返回：%1）</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>%1 秒内没有响应</translation>
    </message>
    <message>
        <source>No secret is stored under &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 下没有保存密钥。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>钥匙串出错：%1</translation>
    </message>
</context>
<context>
    <name>sx::MainWindow</name>
    <message>
        <source>Submissions are not recorded: %1</source>
        <translation>提交不会被记录：%1</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Where Submit sends the job: the built-in sandbox or one of your profiles</source>
        <translation>点击“提交”时任务的发送目标：内置沙箱或您的某个账号配置</translation>
    </message>
    <message>
        <source>Sandbox (built-in)</source>
        <translation>沙箱（内置）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>地域 %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>沙箱无法启动：%1</translation>
    </message>
    <message>
        <source>The keychain is locked: unlock it to use this profile&apos;s secret.</source>
        <translation>钥匙串已锁定：请解锁后才能使用此账号配置的密钥。</translation>
    </message>
    <message>
        <source>The keychain is unavailable: secrets typed now are kept in memory for this session only. %1</source>
        <translation>钥匙串不可用：现在输入的密钥只在本次会话中保存在内存里。%1</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>新任务</translation>
    </message>
    <message>
        <source>%1[*] - SchedulerX Job Studio</source>
        <translation>%1[*] - SchedulerX 任务工作室</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>打开任务</translation>
    </message>
    <message>
        <source>Job files (*.json);;All files (*)</source>
        <translation>任务文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened.
%2</source>
        <translation>无法打开 %1。
%2</translation>
    </message>
    <message>
        <source>Save job</source>
        <translation>保存任务</translation>
    </message>
    <message>
        <source>%1 could not be saved.
%2</source>
        <translation>无法保存 %1。
%2</translation>
    </message>
    <message>
        <source>job.json</source>
        <translation>job.json</translation>
    </message>
    <message>
        <source>Job files (*.json)</source>
        <translation>任务文件 (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The job has changes that are not saved. Save them first?</source>
        <translation>任务有未保存的更改。是否先保存？</translation>
    </message>
    <message>
        <source>Submission in flight</source>
        <translation>提交尚未完成</translation>
    </message>
    <message>
        <source>The request has been sent and its answer has not come yet. If you quit now, whether the job was created stays unknown. Quit anyway?</source>
        <translation>请求已发送，但尚未收到响应。如果现在退出，将无法得知任务是否已创建。仍然退出吗？</translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>沙箱未运行。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Submit with warnings?</source>
        <translation>存在警告，仍要提交吗？</translation>
    </message>
    <message numerus="yes">
        <source>The job has %n warning(s). Submit it anyway?</source>
        <translation>
            <numerusform>该任务有 %n 条警告。仍然提交吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>仍然提交</translation>
    </message>
    <message>
        <source>This attempt is not in the history: %1</source>
        <translation>本次提交未记入历史记录：%1</translation>
    </message>
    <message>
        <source>Fix the problems marked in red first.</source>
        <translation>请先修正标红的问题。</translation>
    </message>
    <message>
        <source>The sandbox is not running; choose a profile.</source>
        <translation>沙箱未运行；请选择一个账号配置。</translation>
    </message>
    <message>
        <source>The request as it was sent for this job (outcome: %1).</source>
        <translation>为此任务实际发送的请求（结果：%1）。</translation>
    </message>
    <message>
        <source>Request inspector</source>
        <translation>请求查看器</translation>
    </message>
    <message>
        <source>Signed now for inspection and not sent. Submit signs again with a fresh time and nonce.</source>
        <translation>此请求仅为查看而刚刚签名，并未发送。提交时会使用新的时间和 nonce 重新签名。</translation>
    </message>
    <message>
        <source>About SchedulerX Job Studio</source>
        <translation>关于 SchedulerX 任务工作室</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SchedulerX Job Studio %1&lt;/h3&gt;&lt;p&gt;Compose Alibaba Cloud SchedulerX 2.0 jobs, check them offline, sign and submit CreateJob (API 2019-04-30), and keep templates and a history of every submission.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SchedulerX 任务工作室 %1&lt;/h3&gt;&lt;p&gt;编写阿里云 SchedulerX 2.0 任务，离线校验，签名并提交 CreateJob（API 2019-04-30），并保存模板和每次提交的历史记录。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Old history entries could not be removed: %1</source>
        <translation>无法删除旧的历史记录条目：%1</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Opened from the history as a new job</source>
        <translation>已从历史记录作为新任务打开</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no usable endpoint for region %2.</source>
        <translation>账号配置 &quot;%1&quot; 在地域 %2 没有可用的接入点。</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>With these values the job is not valid:
%1</source>
        <translation>使用这些值时，任务无效：
%1</translation>
    </message>
    <message>
        <source>Submit to Alibaba Cloud?</source>
        <translation>提交到阿里云吗？</translation>
    </message>
    <message>
        <source>Create job &quot;%1&quot; with profile &quot;%2&quot; at %3?</source>
        <translation>使用账号配置 &quot;%2&quot; 在 %3 创建任务 &quot;%1&quot; 吗？</translation>
    </message>
    <message>
        <source>The new language takes effect when SchedulerX Job Studio starts again.</source>
        <translation>新语言将在 SchedulerX 任务工作室再次启动后生效。</translation>
    </message>
    <message>
        <source>Sandbox: jobs go to a stand-in service inside this app; nothing reaches Alibaba Cloud. Add a profile to submit for real.</source>
        <translation>沙箱：任务会发送到本应用内置的模拟服务，任何请求都不会发送到阿里云。添加账号配置即可真正提交。</translation>
    </message>
    <message>
        <source>Sandbox: the stand-in service could not start, so there is nowhere to submit.</source>
        <translation>沙箱：模拟服务无法启动，因此无处可提交。</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>添加账号配置…</translation>
    </message>
</context>
<context>
    <name>sx::MemorySecretStore</name>
    <message>
        <source>The keychain is locked.</source>
        <translation>钥匙串已锁定。</translation>
    </message>
    <message>
        <source>No secret is stored under &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 下没有保存密钥。</translation>
    </message>
</context>
<context>
    <name>sx::NamespacePicker</name>
    <message>
        <source>%1 — %2</source>
        <comment>name — id</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Show all namespaces</source>
        <translation>显示所有命名空间</translation>
    </message>
    <message>
        <source>Show all application groups</source>
        <translation>显示所有应用分组</translation>
    </message>
    <message>
        <source>Reload the namespaces from the service</source>
        <translation>从服务端重新加载命名空间</translation>
    </message>
    <message>
        <source>Reload the application groups from the service</source>
        <translation>从服务端重新加载应用分组</translation>
    </message>
    <message>
        <source>Choose where to submit first.</source>
        <translation>请先选择提交目标。</translation>
    </message>
    <message>
        <source>Enter the region first.</source>
        <translation>请先输入地域。</translation>
    </message>
    <message>
        <source>Enter or choose a namespace first.</source>
        <translation>请先输入或选择命名空间。</translation>
    </message>
    <message>
        <source>Loading the namespaces…</source>
        <translation>正在加载命名空间…</translation>
    </message>
    <message>
        <source>Loading the application groups…</source>
        <translation>正在加载应用分组…</translation>
    </message>
    <message>
        <source>The namespaces could not be listed: %1</source>
        <translation>无法列出命名空间：%1</translation>
    </message>
    <message>
        <source>The application groups could not be listed: %1</source>
        <translation>无法列出应用分组：%1</translation>
    </message>
    <message>
        <source>The service lists no namespaces in region %1.</source>
        <translation>服务端在地域 %1 中没有列出任何命名空间。</translation>
    </message>
    <message>
        <source>The service lists no application groups in namespace %1.</source>
        <translation>服务端在命名空间 %1 中没有列出任何应用分组。</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>没有条目。</translation>
    </message>
</context>
<context>
    <name>sx::OtherContent</name>
    <message>
        <source>The XXL-JOB JobHandler to run, e.g. demoJobHandler</source>
        <translation>要运行的 XXL-JOB JobHandler，例如 demoJobHandler</translation>
    </message>
    <message>
        <source>The DataWorks node&apos;s content, as DataWorks exports it</source>
        <translation>DataWorks 节点的内容，与 DataWorks 导出的一致</translation>
    </message>
    <message>
        <source>The @Scheduled method to run, e.g. orderService.cleanUp</source>
        <translation>要运行的 @Scheduled 方法，例如 orderService.cleanUp</translation>
    </message>
    <message>
        <source>The API documents no fixed format for the content of %1 jobs: it is sent exactly as typed, or not at all when empty. Such jobs are usually created by their worker or by DataWorks.</source>
        <translation>API 文档没有规定 %1 任务内容的固定格式：内容将按输入原样发送，为空时则不发送。这类任务通常由其 worker 或 DataWorks 创建。</translation>
    </message>
</context>
<context>
    <name>sx::PlaceholdersDialog</name>
    <message>
        <source>A whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message numerus="yes">
        <source>Used in %1 and %n more</source>
        <translation>
            <numerusform>用于 %1 及另外 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Used in %1</source>
        <translation>用于 %1</translation>
    </message>
    <message>
        <source>${%1} is “%2”</source>
        <translation>${%1} 为“%2”</translation>
    </message>
</context>
<context>
    <name>sx::ProfileEditor</name>
    <message>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <source>STS temporary credentials</source>
        <translation>STS 临时凭证</translation>
    </message>
    <message>
        <source>V3, ACS3-HMAC-SHA256 (recommended)</source>
        <translation>V3，ACS3-HMAC-SHA256（推荐）</translation>
    </message>
    <message>
        <source>V2, HMAC-SHA1</source>
        <translation>V2，HMAC-SHA1</translation>
    </message>
    <message>
        <source>Public endpoint of the region</source>
        <translation>该地域的公网接入点</translation>
    </message>
    <message>
        <source>VPC endpoint of the region</source>
        <translation>该地域的 VPC 接入点</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>A profile&apos;s name cannot be changed: add a new profile and remove this one to rename it.</source>
        <translation>账号配置的名称无法更改：如需重命名，请添加一个新的账号配置并删除此配置。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为账号配置指定名称。</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>请使用 1 到 64 个字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>已存在名为 &quot;%1&quot; 的账号配置。</translation>
    </message>
    <message>
        <source>Give the AccessKey ID.</source>
        <translation>请填写 AccessKey ID。</translation>
    </message>
    <message>
        <source>Type the AccessKey secret; it goes to the keychain, never to a file.</source>
        <translation>请输入 AccessKey Secret；它会存入钥匙串，绝不会写入文件。</translation>
    </message>
    <message>
        <source>Type the STS security token.</source>
        <translation>请输入 STS 安全令牌。</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>正在查询钥匙串…</translation>
    </message>
    <message>
        <source>Stored in the keychain — type to replace</source>
        <translation>已存入钥匙串——输入新值即可替换</translation>
    </message>
    <message>
        <source>Kept in memory for this session — type to replace</source>
        <translation>本次会话中保存在内存里——输入新值即可替换</translation>
    </message>
    <message>
        <source>Type the security token</source>
        <translation>输入安全令牌</translation>
    </message>
    <message>
        <source>Type the AccessKey secret</source>
        <translation>输入 AccessKey Secret</translation>
    </message>
    <message>
        <source>The keychain cannot be read now — type to replace</source>
        <translation>现在无法读取钥匙串——输入新值即可替换</translation>
    </message>
    <message>
        <source>Requests go to %1</source>
        <translation>请求将发送到 %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
</context>
<context>
    <name>sx::ProfilesDialog</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新账号配置</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>账号配置 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>正在检查钥匙串…</translation>
    </message>
    <message>
        <source>Keychain available</source>
        <translation>钥匙串可用</translation>
    </message>
    <message>
        <source>Keychain locked: secrets typed here are kept in memory for this session only</source>
        <translation>钥匙串已锁定：在此输入的密钥只在本次会话中保存在内存里</translation>
    </message>
    <message>
        <source>Keychain unavailable: secrets typed here are kept in memory for this session only</source>
        <translation>钥匙串不可用：在此输入的密钥只在本次会话中保存在内存里</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>未保存：请修正标记的字段。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: the keychain did not store the secret. %1</source>
        <translation>未保存：钥匙串未能保存密钥。%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>已保存账号配置 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;; its secrets are kept in memory for this session only.</source>
        <translation>已保存账号配置 &quot;%1&quot;；其密钥只在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>已放弃更改。</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>删除账号配置</translation>
    </message>
    <message>
        <source>Remove profile &quot;%1&quot; and its secrets from the keychain?</source>
        <translation>删除账号配置 &quot;%1&quot;，并从钥匙串中删除其密钥吗？</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>The secrets of &quot;%1&quot; could not be removed from the keychain: %2

Remove the profile anyway? Its secret may stay in the keychain.</source>
        <translation>无法从钥匙串中删除 &quot;%1&quot; 的密钥：%2

仍然删除该账号配置吗？其密钥可能会留在钥匙串中。</translation>
    </message>
    <message>
        <source>Remove &amp;anyway</source>
        <translation>仍然删除(&amp;A)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was kept.</source>
        <translation>已保留账号配置 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its secrets.</source>
        <translation>已删除账号配置 &quot;%1&quot; 及其密钥。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default profile.</source>
        <translation>&quot;%1&quot; 是默认账号配置。</translation>
    </message>
    <message>
        <source>Cannot test yet: correct the marked fields.</source>
        <translation>暂时无法测试：请修正标记的字段。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Not tested: no secret is stored for this profile; type it above.</source>
        <translation>未测试：此账号配置没有保存密钥；请在上方输入。</translation>
    </message>
    <message>
        <source>Not tested: the secret could not be read. %1</source>
        <translation>未测试：无法读取密钥。%1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported %1; then: %2</source>
        <translation>已导入 %1；随后：%2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>已导入 %n 个账号配置：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The new profile has not been saved. Save it?</source>
        <translation>新账号配置尚未保存。是否保存？</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>账号配置 &quot;%1&quot; 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>重命名账号配置</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>正在重命名…</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>未重命名：%1</translation>
    </message>
    <message>
        <source>Renamed profile &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>已将账号配置 &quot;%1&quot; 重命名为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Renamed profile &quot;%1&quot; to &quot;%2&quot;. %3</source>
        <translation>已将账号配置 &quot;%1&quot; 重命名为 &quot;%2&quot;。%3</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot; (letters, digits, dots, dashes, underscores):</source>
        <translation>&quot;%1&quot; 的新名称（字母、数字、点、短横线、下划线）：</translation>
    </message>
</context>
<context>
    <name>sx::SchedulerXClient</name>
    <message>
        <source>Cancelled before the request was sent.</source>
        <translation>已在请求发送前取消。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>无法在 %2 s 内连接到 %1。</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>%1 s 内未收到完整响应。</translation>
    </message>
    <message>
        <source>Still throttled after %1 tries: %2</source>
        <translation>尝试 %1 次后仍被限流：%2</translation>
    </message>
    <message>
        <source>The connection was closed before any answer came.</source>
        <translation>在收到任何响应之前，连接已关闭。</translation>
    </message>
    <message numerus="yes">
        <source>The answer was cut off after %n byte(s).</source>
        <translation>
            <numerusform>响应在 %n 字节后被截断。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request reached the service but no answer came back, so the job may or may not have been created. Check the job list in the SchedulerX console before submitting again.</source>
        <translation>请求已到达服务端，但没有收到响应，因此任务可能已创建，也可能未创建。再次提交之前，请先在 SchedulerX 控制台的任务列表中确认。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; nothing was sent.</source>
        <translation>无法验证服务器证书；未发送任何内容。</translation>
    </message>
    <message>
        <source>Nothing was sent. Check the network, the proxy and the endpoint.</source>
        <translation>未发送任何内容。请检查网络、代理和接入点。</translation>
    </message>
</context>
<context>
    <name>sx::ScriptContent</name>
    <message>
        <source>Line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
</context>
<context>
    <name>sx::SecretStore</name>
    <message>
        <source>The keychain has not been checked yet.</source>
        <translation>尚未检查钥匙串。</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain.</source>
        <translation>密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access: secrets are kept in memory for this run only. Unlock the keychain (for example by logging in to the desktop) and try again.</source>
        <translation>系统钥匙串已锁定或拒绝访问：密钥只在本次运行期间保存在内存中。请解锁钥匙串（例如登录桌面）后重试。</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service answered): secrets are kept in memory for this run only. Start a Secret Service such as gnome-keyring or KWallet, or use the ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET variables.</source>
        <translation>没有可用的系统钥匙串（没有 Secret Service 响应）：密钥只在本次运行期间保存在内存中。请启动 gnome-keyring 或 KWallet 等 Secret Service，或使用 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET 环境变量。</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>钥匙串在 %1 秒内没有响应。</translation>
    </message>
</context>
<context>
    <name>sx::ServiceDirectory</name>
    <message>
        <source>Enter the region first.</source>
        <translation>请先输入地域。</translation>
    </message>
    <message>
        <source>No target is chosen.</source>
        <translation>未选择目标。</translation>
    </message>
    <message>
        <source>The target could not be prepared.</source>
        <translation>无法准备目标。</translation>
    </message>
    <message>
        <source>The service&apos;s answer holds no list of application groups.</source>
        <translation>服务端的响应中没有应用分组列表。</translation>
    </message>
    <message>
        <source>The service&apos;s answer holds no list of namespaces.</source>
        <translation>服务端的响应中没有命名空间列表。</translation>
    </message>
</context>
<context>
    <name>sx::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256, recommended)</source>
        <translation>V3（ACS3-HMAC-SHA256，推荐）</translation>
    </message>
    <message>
        <source>V2 (HMAC-SHA1)</source>
        <translation>V2（HMAC-SHA1）</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sx::Submission</name>
    <message>
        <source>There is no history.</source>
        <translation>没有历史记录。</translation>
    </message>
    <message>
        <source>The history entry could not be completed.</source>
        <translation>无法完成该历史记录条目。</translation>
    </message>
</context>
<context>
    <name>sx::SubmitPanel</name>
    <message>
        <source>JobId %1 copied</source>
        <translation>已复制 JobId %1</translation>
    </message>
    <message>
        <source>RequestId %1 copied</source>
        <translation>已复制 RequestId %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>正在签名并发送…</translation>
    </message>
    <message>
        <source>Sent; waiting for the answer. It can no longer be cancelled.</source>
        <translation>已发送，正在等待响应。现在已无法取消。</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>已创建。</translation>
    </message>
    <message>
        <source>Refused by the service: %1</source>
        <translation>服务端拒绝：%1</translation>
    </message>
    <message>
        <source>Outcome unknown: the request may have reached the service, so the job may or may not exist. Check the console or list the jobs before submitting again. (%1)</source>
        <translation>结果未知：请求可能已到达服务端，因此任务可能存在，也可能不存在。再次提交之前，请先在控制台中确认或列出任务。（%1）</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>RequestId %1</source>
        <translation>RequestId %1</translation>
    </message>
    <message>
        <source>Not recorded in the history: %1</source>
        <translation>未记入历史记录：%1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>返回码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>JobId: %1</source>
        <translation>JobId：%1</translation>
    </message>
    <message>
        <source>Access denied detail: %1</source>
        <translation>拒绝访问详情：%1</translation>
    </message>
    <message>
        <source>Server string to sign: %1</source>
        <translation>服务端待签名字符串：%1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>尝试次数：%1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>耗时：%1 ms</translation>
    </message>
    <message>
        <source>Answer as received:</source>
        <translation>收到的原始响应：</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>诊断建议：%1</translation>
    </message>
</context>
<context>
    <name>sx::TemplateLibrary</name>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>无法读取 %1：
%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>占位符：%1</translation>
    </message>
    <message>
        <source>No templates yet.
Save the current job as a template, or import one.</source>
        <translation>还没有模板。
请将当前任务保存为模板，或导入模板。</translation>
    </message>
    <message>
        <source>No template matches “%1”.</source>
        <translation>没有与“%1”匹配的模板。</translation>
    </message>
    <message>
        <source>This template cannot be opened.
%1</source>
        <translation>无法打开此模板。
%1</translation>
    </message>
    <message>
        <source>The template “%1” was not saved.
%2</source>
        <translation>模板“%1”未保存。
%2</translation>
    </message>
    <message>
        <source>The template “%1” was not renamed.
%2</source>
        <translation>模板“%1”未重命名。
%2</translation>
    </message>
    <message>
        <source>The template “%1” was not duplicated.
%2</source>
        <translation>未能为模板“%1”创建副本。
%2</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>删除模板“%1”吗？</translation>
    </message>
    <message>
        <source>Its file %1 is removed from the library. This cannot be undone.</source>
        <translation>其文件 %1 将从模板库中删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The template “%1” was not deleted.
%2</source>
        <translation>模板“%1”未删除。
%2</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Job files (*.json);;All files (*)</source>
        <translation>任务文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” was imported as “%2”: the library already has a template of that name.</source>
        <translation>“%1”已导入为“%2”：模板库中已有同名模板。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported:</source>
        <translation>
            <numerusform>%n 个文件未导入：</numerusform>
        </translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <source>Job files (*.json)</source>
        <translation>任务文件 (*.json)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not exported: %2</source>
        <translation>%1：未导出：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>sx::TemplateNameDialog</name>
    <message>
        <source>Rename template</source>
        <translation>重命名模板</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>There is already a template named “%1”. Choose another name.</source>
        <translation>已存在名为“%1”的模板。请换一个名称。</translation>
    </message>
    <message>
        <source>A template named “%1” already exists. Saving asks whether to replace it.</source>
        <translation>名为“%1”的模板已存在。保存时会询问是否替换它。</translation>
    </message>
    <message>
        <source>Replace template</source>
        <translation>替换模板</translation>
    </message>
    <message>
        <source>A template named “%1” already exists. Replace it with the current job?</source>
        <translation>名为“%1”的模板已存在。要用当前任务替换它吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
</context>
</TS>
