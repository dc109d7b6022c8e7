/** `reportworks import-docx --help`. */
export const IMPORT_DOCX_HELP = `用法 / Usage: reportworks import-docx <文件.rwproj> <报告.docx> [--verbose]

从已有的 Word 年报（.docx，如去年的报告）导入目录和正文，替换项目原有的目录：
  标题         标题样式（标题 1/Heading 1 …、带大纲级别的样式），或手输编号“一、”“（一）”“1.”“（1）”
               并加粗、加大字号或用黑体的短行，或 Word 多级列表编号；全角、半角均可。一级为章、
               二级为节，更深的为节内标题。手输的编号去掉，由软件自动编号
  段落         粗体、斜体、下划线保留；首行缩进忽略（由样式决定）
  表格         合并单元格保留；上方的“表 1 …”（手输或题注域）为表题，下方的“数据来源：…”为来源；
               小计、合计、占比若与手输数字一致则改为自动计算
  图片         图片经统一的图片处理后存入项目；下方（或上方）的“图 1 …”、题注域或“题注”样式行为图题；
               EMF/WMF 等无法使用的图片以占位图导入并给出警告
  案例         单格表格、加边框的段落、或加粗的“案例 N 标题”行及其后的段落（直到下一个标题，给出提示）
  交叉引用     正文中的“见表 1”“如图 3 所示”“案例 2”改为自动更新的引用
  跳过         封面、内容真实性责任声明、目录（目录域及其条目、图表目录）、页码，不作为正文导入
文本框、脚注、公式、Word 图表对象无法导入，给出警告。

替换说明：原有章节移入“已删除”，可在应用中恢复；导入在一个事务中完成。
不导入：不是 .docx 的文件、加密（设有打开密码）的文件、启用宏的 .docm 文件、异常的压缩包；
这些情况下项目不作任何改动。

选项 / Options:
  --verbose   列出全部警告 / list every warning

Imports a whole report from Word: headings (heading styles, typed numbers with bold/larger/黑体
formatting, or Word list numbering), paragraphs, tables with merged cells, captions and sources,
pictures (through the image gate), case boxes and cross-references; the cover, the statement, the
table of contents and page numbers are recognised and skipped. Encrypted, macro-enabled and
non-Word files are refused and the project is left unchanged. The import REPLACES the project's
outline (the previous one is soft-deleted and can be restored in the app), in one transaction.
`;
