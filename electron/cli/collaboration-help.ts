/** `--help` texts of the commands that share the work among departments (issue 6). */

export const DEPARTMENT_HELP = `用法 / Usage:
  reportworks department add <文件.rwproj> --name <名称> [--lead <负责人>] [--writer <主要编写人>]
  reportworks department list <文件.rwproj> [--json]

add    添加编写部门（名称不能重复）/ add a department (names are unique)
list   列出部门、负责人、主要编写人及分配给它的章节 / list departments and their sections

选项 / Options:
  --name <名称>       部门名称，如“教务部” / department name
  --lead <负责人>     负责人 / person in charge
  --writer <姓名>     主要编写人，多人用“、”分隔 / main writers, separated by 、
  --json              以 JSON 输出（list）/ print JSON (list)
`;

export const ASSIGN_HELP = `用法 / Usage: reportworks assign <文件.rwproj> --section <章节> --department <部门名称> [--due <YYYY-MM-DD>]

把一个章节分配给部门编写。--section 可以是章节编号（id）、完整标题，或只与一个章节匹配的
标题片段；匹配到多个或没有匹配时会列出候选章节。--department none 取消分配。
Assigns an outline node to a department. --section takes the id, the title, or a part of the
title that matches one section only. --department none removes the assignment.

选项 / Options:
  --section <章节>        章节 id、标题或标题片段 / section id, title or part of the title
  --department <名称>     部门名称，或 none / department name, or none
  --due <YYYY-MM-DD>      交稿日期（可选）/ due date (optional)
`;

export const PACKAGE_HELP = `用法 / Usage: reportworks package <文件.rwproj> --department <部门名称> --out <材料包.rwpkg>

为部门生成材料包（.rwpkg）：分配给该部门的章节（当前版本）、全文目录、图表案例编号所需的信息、
这些章节用到的图片和专班的批注。部门用年报工坊打开材料包编写、回复批注并“提交”，再把文件发回。
材料包带有校验码（密钥只保存在本项目中），发回后若在年报工坊之外被改动过，导入时会被拒绝。
不会覆盖已有文件。

Writes a contribution package for the department: its sections at their current revisions, the
outline and numbering context, the images and the office's comments, sealed with a MAC whose
secret stays in this project. Never overwrites a file.
`;

export const IMPORT_MD_PACKAGE_HELP = `
用于材料包 / For a package:
  reportworks import-md <材料包.rwpkg> <章节.md> --section <章节>
  用 Markdown 文件替换材料包中一个分配给本部门的章节的正文（部门在 Markdown 中起草时使用）。
  文件中的标题为节内标题（最浅一级为 1 级）；与章节同名的第一个标题会被略去。
  Replaces the content of one ASSIGNED section inside a package with a Markdown draft.
`;

export const MERGE_HELP = `用法 / Usage:
  reportworks merge <文件.rwproj> <材料包.rwpkg> (--dry-run | --accept-nonconflicting) [--json] [--section <章节>]
  reportworks merge <文件.rwproj> <稿件.docx> --section <章节> (--dry-run | --accept-nonconflicting) [--json]

把部门发回的材料包或 Word 稿件与项目做三方合并（以发包时的版本为基准，逐块比较）：
  只有部门改动的块            → 建议修改（插入、删除、修改、移动）
  专班和部门都改了同一块      → 冲突
  Word 稿件按文字相似度对应到现有段落，作为对所选章节的修改建议。
导入前检查：属于本项目、发给该部门、未合并过、未在年报工坊之外被改动；否则拒绝，项目不作任何改动。

选项 / Options:
  --dry-run                只列出修改和冲突，不改动项目 / list changes and conflicts only
  --accept-nonconflicting  采纳所有无冲突的修改；冲突保留专班的版本并列出 / apply every
                           non-conflicting change, keep the office's version where they conflict
  --json                   以 JSON 输出 / print JSON
  --section <章节>         Word 稿件：要修改的章节（必填）；材料包：只列出该章节（仅用于 --dry-run）

Three-way merge of a department's package or Word draft against the revision it was based on.
Refused packages (another project, merged already, altered outside ReportWorks, sections not
assigned, damaged) leave the project unchanged. Exit code 0 with a summary, conflicts listed.
`;
