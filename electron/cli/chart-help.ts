/** `reportworks chart --help`. Chinese first (our users), with the English gist. */
export const CHART_HELP = `用法 / Usage: reportworks chart add <文件.rwproj> --table <表格 id|编号|标题片段> --type column|bar|stacked|line|pie|ring|combo
         [--category <列名>] [--series <列名,…>] [--title <图题>] [--by column|row] [--secondary <列名,…>]
         [--unit <单位>] [--include-totals]

在表格之后插入一个依据该表格数据绘制的图表（图，与其他图一起编号，进入图目录），并输出它的编号。
表格中的数字修改后，图表随之更新。小计、合计行默认不绘制。
Inserts a chart drawn from a table right after the table and prints its figure number. The chart
follows the table's numbers; 小计/合计 rows are left out unless --include-totals.

选项 / Options:
  --table <表格>        表格 id、编号（表 1-1）或只与一个表格匹配的标题片段 / table id, number or caption fragment
  --type <类型>         column 簇状柱形、bar 条形、stacked 堆积柱形、line 折线、pie 饼图、ring 环形、
                        combo 柱形 + 折线（次坐标轴）/ chart type
  --category <列名>     类别所在的列（默认第一列）/ header of the category column (default: the first)
  --series <列名,…>     作为系列的列（默认所有数字列）/ headers of the series (default: every numeric column)
  --title <图题>        图题（默认与表题相同）/ caption (default: the table's)
  --by column|row       column：每行一个类别（默认）；row：表头各列为类别、每行一个系列 / where categories run
  --secondary <列名,…>  组合图中画在次坐标轴上的系列（默认百分比系列）/ combo: series on the secondary axis
  --unit <单位>         数值单位，如 人、万元 / unit of the values
  --include-totals      也绘制小计、合计行 / also draw 小计/合计 rows
`;
