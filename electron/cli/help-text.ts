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
  import-md <文件.rwproj> <报告.md>
      从 Pandoc Markdown 导入目录和正文，替换项目原有目录 / import outline and text from Markdown,
      replacing the project's outline

选项 / Options:
  -h, --help       显示帮助 / show help
  -v, --version    显示版本 / show version

退出码 / Exit codes: 0 成功 success；1 操作失败 failure；2 参数错误或文件不存在 bad arguments or file not found
`;

export const NEW_HELP = `用法 / Usage: reportworks new <文件.rwproj> --unit <单位名称> --year <年度> [--blank] [--numbering chapter|global]

新建年报项目。默认使用内置的“职业教育质量年度报告”模板（前言、七章、案例附录、编写分工）。
Creates a report project, from the built-in annual-report template unless --blank is given.
The file name must end in .rwproj; an existing file is never overwritten.

选项 / Options:
  --unit <单位名称>          单位名称（必填）/ name of the college (required)
  --year <年度>              报告年度，2000—2100（必填）/ report year (required)
  --blank                    空白报告，只有一章 / a blank report with one chapter
  --numbering chapter|global 图表案例编号方式：按章（图 1-1，默认）或全文连续（图 1）
                             / number figures, tables and cases per chapter (default) or globally
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

export const IMPORT_MD_HELP = `用法 / Usage: reportworks import-md <文件.rwproj> <报告.md>

从 Pandoc Markdown 导入目录和正文：
  #            章（一级目录）；没有手输编号的（前言、案例附录）为不编号的章
  ##           节（二级目录）；没有手输编号的（经典案例 1 …）为不编号的节
  ### 及更深   节内正文标题，层级 1—3（更深的按 3 计）
  手输的编号（一、 （一） 1. （1））会去掉，编号由软件自动生成。
  段落、粗体、斜体、列表按原样导入；案例框（::: {.case}）中的段落作为普通段落导入。
  表格和图片暂不导入（将在后续版本支持），导入时会给出警告和数量。

替换说明：导入会替换项目原有的全部目录和正文。原有章节不会丢失，而是移入“已删除”，
可在应用中恢复。导入在一个事务中完成：任何错误都不会改动项目文件。
Markdown 文件须为 UTF-8 编码，且至少有一个标题。

Imports the outline and text from Pandoc Markdown (# chapter, ## section, deeper headings inside the
section). The import REPLACES the project's whole outline and content; the previous chapters are
soft-deleted (restorable in the app), in one transaction, so a failure leaves the project unchanged.
Tables and images are skipped with a warning for now. The Markdown file must be UTF-8 with headings.
`;
