/** The `--help` texts. Chinese first (our users), with the English gist for support and logs. */

export const MAIN_HELP = `年报工坊命令行工具 / ReportWorks command-line tool

用法 / Usage:
  reportworks <命令> [参数] [选项]
  reportworks <命令> --help      查看命令的详细说明 / help on one command

命令 / Commands:
  new <文件.rwproj> --unit <单位名称> --year <年度> [--blank] [--numbering chapter|global]
      新建年报项目 / create a report project
  info <文件.rwproj> [--json]
      查看项目概况：设置、目录（含编号）、字数、图表案例数 / show settings, outline and counts
  import-md <文件.rwproj> <报告.md> [--verbose]
      从 Pandoc Markdown 导入目录、正文、表格、图片和案例，替换项目原有目录 / import outline, text,
      tables, figures and case boxes from Markdown, replacing the project's outline
  import-docx <文件.rwproj> <报告.docx> [--verbose]
      从已有的 Word 年报导入目录、正文、表格、图片和案例，替换项目原有目录 / import a whole report
      from Word, replacing the project's outline
  export <文件.rwproj> [--docx <输出.docx>] [--pdf <输出.pdf> [--p12 <证书.p12> --password-env <变量>]] [--without <部分,…>]
      导出 Word 文档或 PDF（封面、声明、目录、正文、案例附录、编写分工）/ export the report as Word or PDF
  department add <文件.rwproj> --name <名称> [--lead <负责人>] [--writer <主要编写人>]
      添加编写部门（department list 列出部门）/ add a department (department list lists them)
  assign <文件.rwproj> --section <章节> --department <部门名称> [--due <YYYY-MM-DD>]
      把章节分配给部门 / assign a section to a department
  package <文件.rwproj> --department <部门名称> --out <材料包.rwpkg>
      为部门生成材料包 / write a department's contribution package
  import-md <材料包.rwpkg> <章节.md> --section <章节>
      用 Markdown 稿替换材料包中一个分配给本部门的章节 / replace an assigned section in a package
  merge <文件.rwproj> <材料包.rwpkg | 稿件.docx> [--section <章节>] (--dry-run | --accept-nonconflicting) [--json]
      三方合并部门发回的材料包或 Word 稿件 / three-way merge of a package or a Word draft
  statement <文件.rwproj> --out <声明.pdf|声明.docx> [--report <报告.pdf>] [--p12 <证书.p12> --password-env <变量>]
      生成内容真实性责任声明，可绑定报告指纹并数字签名 / write the signed authenticity statement
  verify <声明.pdf> [--report <报告.pdf>] [--require-signature]
      核验声明的数字签名和报告指纹 / check a statement's signature and report fingerprint
  check <文件.rwproj|材料包.rwpkg> [--json] [--section <章节>] [--rules <规则,…>] [--fail-on error|warning]
      校对：错别字、繁体字、数字、表格、引用、题注、标点、前后一致、规范表述 / preflight check
  chart add <文件.rwproj> --table <表格> --type column|bar|stacked|line|pie|ring|combo [--category <列名>] [--series <列名,…>] [--title <图题>]
      在表格之后插入依据其数据绘制的图表，输出图号 / insert a chart drawn from a table, print its number

选项 / Options:
  -h, --help       显示帮助 / show help
  -v, --version    显示版本 / show version

退出码 / Exit codes: 0 成功 success；1 操作失败 failure；2 参数错误或文件不存在 bad arguments or file not found
`;

export const NEW_HELP = `用法 / Usage: reportworks new <文件.rwproj> --unit <单位名称> --year <年度> [--blank] [--numbering chapter|global]
       reportworks new <文件.rwproj> --from <去年.rwproj> --year <年度> [--unit <单位名称>] [--numbering chapter|global] [--table-values keep|clear]

新建年报项目。默认使用内置的“职业教育质量年度报告”模板（前言、七章、案例附录、编写分工）。
Creates a report project, from the built-in annual-report template unless --blank is given.
The file name must end in .rwproj; an existing file is never overwritten.

选项 / Options:
  --unit <单位名称>          单位名称（必填）/ name of the college (required)
  --year <年度>              报告年度，2000—2100（必填）/ report year (required)
  --blank                    空白报告，只有一章 / a blank report with one chapter
  --numbering chapter|global 图表案例编号方式：按章（图 1-1，默认）或全文连续（图 1）
                             / number figures, tables and cases per chapter (default) or globally

以去年项目为基础新建 / A new year from last year's project:
  --from <去年.rwproj>       以只读方式打开去年的项目，沿用目录（章节标识不变）、编写部门与分工、报告设置与
                             样式、校对的规范表述和忽略项、声明语句；正文从空白开始，去年的正文保存在新项目中
                             作为“去年同期”只读对照；不带签名、印章图片和已出具的声明。
                             单位名称和编号方式默认沿用去年的（可用 --unit、--numbering 改）。
                             / opens last year's project read-only and carries its outline (same ids),
                             departments and assignments, settings and style, the preflight glossary and
                             ignores and the statement wording; sections start empty and last year's text
                             is kept read-only as 去年同期; no signature or seal images, no issued statements.
  --table-values keep|clear  表格沿用结构，数字保留（keep）或清空（clear，默认）
                             / tables keep their structure; numbers kept or cleared (default: clear)
`;

export const INFO_HELP = `用法 / Usage: reportworks info <文件.rwproj> [--json]

以只读方式打开项目（不加锁、不修改文件），显示报告设置、目录（含自动编号）和统计：
章节数、字数（与 Word “字数”一致）、表格、图片、案例数。
Opens the project read-only (no lock, no change) and shows settings, the numbered outline and counts.

选项 / Options:
  --json   以 JSON 输出 / print JSON:
           { file, settings, lockHolder, counts: { sections (all outline nodes), topLevel, secondLevel,
             contentHeadings, characters, charactersNoSpaces, tables, figures, cases },
             outline: [ { id, parentId, level, number, title, role, numbered, characters } ] }
           outline 按阅读顺序排列，level 1 为章、2 为节 / outline in reading order, level 1 = chapter, 2 = section
`;

export const IMPORT_MD_HELP = `用法 / Usage: reportworks import-md <文件.rwproj> <报告.md> [--verbose]

从 Pandoc Markdown 导入目录和正文：
  #            章（一级目录）；没有手输编号的（前言、案例附录）为不编号的章
  ##           节（二级目录）；没有手输编号的（经典案例 1 …）为不编号的节
  ### 及更深   节内正文标题，层级 1—3（更深的按 3 计）
  手输的编号（一、 （一） 1. （1））会去掉，编号由软件自动生成。
  段落、粗体、斜体、列表按原样导入。
  表格         管道表格及其上方的“Table: 表 1-1 标题”、下方的“数据来源：…”行；空单元格并入上方的
               合并单元格；小计、合计、占比若与手输数字一致则改为自动计算，不一致的给出警告
  图片         ![图1-1 标题](图片路径)，路径相对于 Markdown 文件；找不到或无法识别的图片以占位图
               导入并给出警告；图片下方的“数据来源：…”/“图片来源：…”行作为图片来源
  案例         ::: {.case} 案例框，首行“**案例 1-1 标题**”为案例标题
  交叉引用     正文中的“见表 1-1”“如图 1-1、图 1-2 所示”改为自动更新的引用
  图、表、案例的手输编号均去掉，由软件按章（或全文）自动编号。

替换说明：导入会替换项目原有的全部目录和正文。原有章节不会丢失，而是移入“已删除”，
可在应用中恢复。导入在一个事务中完成：任何错误都不会改动项目文件。
Markdown 文件须为 UTF-8 编码，且至少有一个标题。

选项 / Options:
  --verbose   列出全部警告（默认找不到的图片只汇总为一行）/ list every warning

Imports the outline, text, tables, figures, case boxes and cross-references from Pandoc Markdown
(# chapter, ## section, deeper headings inside the section). Image paths are relative to the
Markdown file; missing or unreadable images become placeholders with a warning. The import REPLACES
the project's whole outline and content; the previous chapters are soft-deleted (restorable in the
app), in one transaction, so a failure leaves the project unchanged. The Markdown file must be
UTF-8 with headings.
`;

export const EXPORT_HELP = `用法 / Usage: reportworks export <文件.rwproj> [--docx <输出.docx>] [--pdf <输出.pdf> [--p12 <证书.p12> --password-env <变量>]] [--without <部分,…>]

把报告导出为 Word 文档（.docx），可在 Word、WPS 和 LibreOffice 中打开：封面、内容真实性责任声明、
目录（含图目录、表目录、案例目录）、前言与正文、案例附录（经典案例）、编写分工表。
图、表、案例的编号和交叉引用按项目设置写入；目录页码为估算值，Word 打开时会提示更新域以得到准确页码。
项目以只读方式打开，应用正在编辑时也可导出；已存在的输出文件会被替换。
有需要注意的问题（图片缺失、引用失效、空白章节等）时逐条输出“警告：…”，文件仍会写出，退出码为 0。

Exports the report as a Word document. The project is opened read-only; an existing output file is
replaced. Problems (missing images, broken cross-references, empty sections) are printed as one
"警告：" line each on stderr; the file is still written and the exit code is 0.

PDF：由 Chromium 按 A4 和项目的版式排版，目录、图表案例目录的页码为实际页码并可点击跳转，
封面和声明页不编页码，目录部分用罗马数字，正文从“— 1 —”起；附书签。需要 Chromium
（默认 /usr/bin/chromium，可用环境变量 CHROMIUM_PATH 指定）。
PDF: laid out by Chromium (A4, the project's style preset) with real, clickable page numbers in the
tables of contents, roman folios for the front matter, body from "— 1 —", and bookmarks. Needs
Chromium (/usr/bin/chromium, or set CHROMIUM_PATH).

内容真实性责任声明按项目中的声明设置（语句、签名人、日期、签名和印章图片、位置：封面之后或首页）印在报告中。
给出 --p12 时用该证书对整份 PDF 报告进行数字签名，签名显示在声明页法定代表人签名处；证书密码从
--password-env 指定的环境变量读取（不在命令行上出现）。可用 reportworks verify <报告.pdf> 检查签名。
The statement page follows the project's statement settings (sentence, signer, date, signature and
seal images, position). With --p12 the whole PDF is digitally signed, visibly at the signer's place on
the statement page; the password is read from the environment variable named by --password-env.

选项 / Options:
  --docx <输出.docx>         Word 输出文件 / Word output file
  --pdf <输出.pdf>           PDF 输出文件 / PDF output file（--docx 与 --pdf 至少给一个，可同时给出 /
                             at least one of --docx and --pdf）
  --p12 <证书.p12>           用 PKCS#12 证书对 PDF 报告数字签名 / sign the PDF report with this certificate
  --password-env <变量>      保存证书密码的环境变量名 / environment variable holding its password
  --without <部分,…>         不导出的部分，逗号分隔 / parts to leave out, comma-separated:
                             cover 封面, statement 声明, toc 目录, figureList 图目录, tableList 表目录,
                             caseList 案例目录, body 前言与正文, caseAppendix 案例附录, authorship 编写分工
`;

export const CHECK_HELP = `用法 / Usage: reportworks check <文件.rwproj|材料包.rwpkg> [--json] [--section <章节>] [--rules <规则,…>] [--fail-on error|warning]

校对报告（只读，不修改文件）：每条问题一行——位置、规则、原文 → 建议、说明。
Preflight check of the report (read-only): one line per finding — location, rule, excerpt → suggestion.
材料包只校对分配给本部门的章节；项目中已忽略的问题不再列出。

规则 / Rules:
  typo         错别字（形近字、音近字、成语误写） / wrong characters, misused idioms
  traditional  简体文本中的繁体字 / traditional characters in simplified text
  numbers      小数被空格隔开、全角数字、比率超过 100%、同一数量单位不一 / how numbers are written
  tables       小计、合计、占比核对 / table sums and shares
  references   手写的图表引用、可能引错的编号、未被引用的图表 / typed and suspicious references
  captions     重复或空的题注、标题和题注中手写的编号 / captions and headings
  punctuation  半角标点、不成对的引号括号、重复标点、汉字间空格、无法打印的字符、残留页码
  consistency  报告年度、单位名称、声明日期 / year, unit name, statement date
  glossary     规范表述（项目术语表和内置常用表述） / preferred terms

选项 / Options:
  --json                 以 JSON 输出 / print JSON: {"findings":[{"rule","severity","section","sectionId","blockId",
                         "field","offset","excerpt","context","suggestion","message","key"}],"counts":{…}}
                         context 为原文前后各至多 10 个字（交叉引用按显示的编号） / excerpt with up to 10 characters each side
  --section <章节>       只校对这一章节（及其下的节） / only this section (and the sections under it)
  --rules <规则,…>       只运行这些规则 / only these rules
  --fail-on <级别>       有该级别（或更严重）的问题时以 3 退出 / exit 3 when a finding of that severity remains

退出码 / Exit codes: 0 校对完成；3 按 --fail-on 有问题；1 失败；2 参数错误或文件不存在
`;
