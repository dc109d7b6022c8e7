/**
 * Warnings an export gives the user, in Chinese. Each says what is wrong, where, and what the file
 * shows instead, so the editing office can fix the project before the final export.
 */

export const BROKEN_XREF_TEXT = '［引用失效］';

export function missingImagePlaceholder(name: string): string {
  return `［图片缺失：${name}］`;
}

/** Long lists of places are cut, so a warning stays one readable line. */
const MAX_LISTED = 8;

const where = (title: string): string => (title === '' ? '' : `“${title}”中`);

export const exportWarnings = {
  missingImage: (label: string, name: string): string => `${label} 的图片缺失（${name}），已用占位文字“${missingImagePlaceholder(name)}”代替。`,
  statementImageUnsupported: (what: string, mime: string): string => `声明页的${what}格式（${mime}）无法写入 Word，已留空供手写签名、盖章。`,
  unsupportedImage: (label: string, mime: string): string => `${label} 的图片格式（${mime}）无法写入 Word，已用占位文字代替。`,
  unknownImageSize: (label: string): string => `${label} 的图片尺寸无法读取，已按 4:3 的比例排版。`,
  brokenXref: (title: string, count: number): string =>
    `${where(title)}有${count === 1 ? '一' : ` ${count} `}处交叉引用的目标已不存在，已显示为“${BROKEN_XREF_TEXT}”。`,
  missingImages: (labels: readonly string[]): string =>
    `${labels.length} 张图片缺失（${labels.slice(0, MAX_LISTED).join('、')}${labels.length > MAX_LISTED ? ' 等' : ''}），已用“${missingImagePlaceholder('文件名')}”占位文字代替。`,
  emptySections: (titles: readonly string[]): string => {
    const shown = titles.slice(0, MAX_LISTED).map((t) => `“${t}”`).join('、');
    return titles.length === 1 ? `${shown}没有内容。` : `${titles.length} 个部分没有内容：${shown}${titles.length > MAX_LISTED ? ' 等' : ''}。`;
  },
  typedHeadingNumbers: (titles: readonly string[]): string => {
    const shown = titles.slice(0, MAX_LISTED).map((t) => `“${t}”`).join('、');
    return `${titles.length === 1 ? '标题' : `${titles.length} 个标题`}${shown}开头手写了编号，编号由软件自动生成，导出时会重复；请删去手写的编号。${titles.length > MAX_LISTED ? '（仅列出前 8 个）' : ''}`;
  },
  // Charts (shared/charts): a chart that cannot be drawn from its table exports its last picture, or a placeholder.
  chartProblem: (label: string, problem: string, kept: boolean): string =>
    `${label} 的图表：${problem}${/[。）]$/.test(problem) ? '' : '。'}${kept ? '已导出最后一次的图形。' : '已用占位文字代替。'}`,
  repairedTable: (label: string): string => `${label} 的单元格合并不规整，已自动整理后导出。`,
  appendixKept: (count: number): string => `案例附录中已有内容，已原样保留；${count} 个经典案例未再自动附入。`,
  noClassicCases: (): string => '没有标记为“经典案例”的案例，案例附录为空，已省略。',
  recoveredSection: (title: string, fromRevision: number | null): string =>
    fromRevision === null
      ? `“${title}”保存的内容已损坏、无法读取，导出时为空白；请在应用中打开此部分，从历史版本恢复或重新填写。`
      : `“${title}”保存的内容已损坏，导出的是它的第 ${fromRevision} 版历史内容；请在应用中核对此部分。`,
  replacedCharacters: (count: number): string =>
    `有 ${count} 个字符（如 U+FFFE、U+FFFF、不成对的代理项或控制字符）无法写入 Word 文件，已替换为“\uFFFD”（U+FFFD）；请在项目中查找并改正。`,
  authorshipEmpty: (): string => '尚未填写编写分工（编写部门、负责人、主要编写人），编写分工表为空。',
} as const;

/** Images listed one warning each up to this many; more make one summary line. */
const MISSING_LISTED_SINGLY = 5;

/**
 * Collects an export's warnings: problems that can repeat (broken references, missing images, empty
 * sections) are counted and summarised, so a report with 72 missing photos gives one readable line
 * instead of 72; everything else once each, in the order found.
 */
export class ExportWarningLog {
  private readonly broken = new Map<string, number>();
  private readonly missing = new Map<string, string>();
  private readonly notes: string[] = [];
  private readonly empty: string[] = [];

  brokenXref(nodeTitle: string): void {
    this.broken.set(nodeTitle, (this.broken.get(nodeTitle) ?? 0) + 1);
  }

  missingImage(label: string, name: string): void {
    if (!this.missing.has(label)) this.missing.set(label, name);
  }

  emptySection(title: string): void {
    this.empty.push(title);
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  list(): string[] {
    const out = [...this.broken].map(([title, count]) => exportWarnings.brokenXref(title, count));
    if (this.missing.size > MISSING_LISTED_SINGLY) out.push(exportWarnings.missingImages([...this.missing.keys()]));
    else for (const [label, name] of this.missing) out.push(exportWarnings.missingImage(label, name));
    out.push(...this.notes);
    if (this.empty.length > 0) out.push(exportWarnings.emptySections(this.empty));
    return out;
  }
}
