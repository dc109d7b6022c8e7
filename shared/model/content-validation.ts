/**
 * Structural check of a section's Slate JSON before main stores it. The renderer is not trusted:
 * a malformed value must be refused with a message, never written into the project.
 *
 * The grammar (which element may contain what) is one table, so adding a block type means adding
 * a row here, not another branch.
 */
import { buildTableMap } from '../tables/table-map';
import type { TableElement } from '../tables/table-types';
import type { SectionContent } from './document';
import { MAX_SECTION_JSON } from '../limits';
import { isChartSpec } from '../charts/chart-spec';

const MARKS = new Set(['bold', 'italic', 'underline']);
const ALIGNS = new Set(['left', 'center', 'right', 'justify']);
const MAX_DEPTH = 10;
const SHA256 = /^[0-9a-f]{64}$/;

type Children = 'blocks' | 'case-blocks' | 'inline' | 'list-items' | 'rows' | 'cells' | 'text' | 'void';

interface Rule {
  readonly children: Children;
  /** Extra property checks; return a problem or null. */
  readonly props?: (el: Record<string, unknown>) => string | null;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const optionalAlign = (el: Record<string, unknown>): string | null =>
  el.align === undefined || ALIGNS.has(el.align as string) ? null : '对齐方式无效';

const RULES: Readonly<Record<string, Rule>> = {
  paragraph: { children: 'inline', props: optionalAlign },
  heading: {
    children: 'inline',
    props: (el) => (el.level === 1 || el.level === 2 || el.level === 3 ? null : '标题级别无效'),
  },
  'bulleted-list': { children: 'list-items' },
  'numbered-list': { children: 'list-items' },
  'list-item': { children: 'inline' },
  table: {
    children: 'rows',
    props: (el) => {
      if (!isString(el.caption) || !isString(el.source)) return '表格缺少标题或来源';
      if (typeof el.headerRows !== 'number' || !Array.isArray(el.columns)) return '表格结构无效';
      const map = buildTableMap(el as unknown as TableElement);
      if (map.problems.length > 0) return `表格不是规整的矩形（${map.problems.length} 处问题）`;
      return map.width === el.columns.length ? null : '表格列数与列定义不一致';
    },
  },
  'table-row': { children: 'cells' },
  'table-cell': { children: 'text', props: optionalAlign },
  figure: {
    children: 'void',
    props: (el) => {
      if (!(el.asset === null || (isString(el.asset) && SHA256.test(el.asset)))) return '图片引用无效';
      if (el.chart !== undefined && (el.asset !== null || !isChartSpec(el.chart))) return '图表设置无效';
      if (!isString(el.caption) || !isString(el.source)) return '图缺少标题或来源';
      return typeof el.width === 'number' && el.width >= 10 && el.width <= 100 ? null : '图片宽度应为 10%–100%';
    },
  },
  case: { children: 'case-blocks', props: (el) => (isString(el.title) ? null : '案例缺少标题') },
  xref: { children: 'void', props: (el) => (isString(el.target) && el.target.length > 0 ? null : '引用缺少目标') },
};

const TOP_LEVEL = new Set(['paragraph', 'heading', 'bulleted-list', 'numbered-list', 'table', 'figure', 'case']);
const IN_CASE = new Set(['paragraph', 'heading', 'bulleted-list', 'numbered-list', 'table', 'figure']);

const CHILD_RULE_TEXT: Readonly<Record<Children, string>> = {
  blocks: '此处只能是段落、标题、列表、表格、图或案例',
  'case-blocks': '案例中只能是段落、标题、列表、表格或图',
  inline: '此处只能是文字或引用',
  'list-items': '列表只能包含列表项',
  rows: '表格只能包含行',
  cells: '表格行只能包含单元格',
  text: '此处只能是文字',
  void: '此处只能是空文字',
};

export type ValidationResult = { ok: true; value: SectionContent } | { ok: false; problem: string };

function checkText(node: Record<string, unknown>, where: string, plain: boolean): string | null {
  if (typeof node.text !== 'string') return `${where}: text 不是字符串`;
  for (const key of Object.keys(node)) {
    if (key === 'text') continue;
    if (plain || !MARKS.has(key) || node[key] !== true) return `${where}: 未知的文字格式 ${key}`;
  }
  return null;
}

function allowedChild(kind: Children, child: Record<string, unknown>): boolean {
  const type = child.type;
  switch (kind) {
    case 'blocks':
      return TOP_LEVEL.has(type as string);
    case 'case-blocks':
      return IN_CASE.has(type as string);
    case 'inline':
      return 'text' in child || type === 'xref';
    case 'list-items':
      return type === 'list-item';
    case 'rows':
      return type === 'table-row';
    case 'cells':
      return type === 'table-cell';
    case 'text':
    case 'void':
      return 'text' in child;
  }
}

function checkElement(node: unknown, where: string, depth: number): string | null {
  if (depth > MAX_DEPTH) return `${where}: 嵌套过深`;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return `${where}: 不是对象`;
  const el = node as Record<string, unknown>;
  if (typeof el.type !== 'string') return `${where}: 缺少 type`;
  const rule = RULES[el.type];
  if (!rule) return `${where}: 不允许 ${el.type}（未知的元素类型）`;
  if (typeof el.id !== 'string' || el.id.length === 0 || el.id.length > 64) return `${where}: 缺少有效的 id`;
  const problem = rule.props?.(el);
  if (problem) return `${where}: ${problem}`;
  if (!Array.isArray(el.children) || el.children.length === 0) return `${where}: children 为空`;
  if (rule.children === 'void' && (el.children.length !== 1 || (el.children[0] as { text?: unknown }).text !== '')) {
    return `${where}: ${el.type} 不能包含文字`;
  }
  for (let i = 0; i < el.children.length; i += 1) {
    const child = el.children[i] as Record<string, unknown>;
    const at = `${where}.children[${i}]`;
    if (typeof child !== 'object' || child === null) return `${at}: 不是对象`;
    if (!allowedChild(rule.children, child)) return `${at}: ${CHILD_RULE_TEXT[rule.children]}，不允许 ${String(child.type ?? '文字')}`;
    const childProblem = 'text' in child ? checkText(child, at, rule.children !== 'inline') : checkElement(child, at, depth + 1);
    if (childProblem) return childProblem;
  }
  return null;
}

export function validateSectionContent(value: unknown): ValidationResult {
  if (!Array.isArray(value)) return { ok: false, problem: '内容不是数组' };
  if (value.length === 0) return { ok: false, problem: '内容为空' };
  for (let i = 0; i < value.length; i += 1) {
    const block = value[i] as Record<string, unknown>;
    if (typeof block !== 'object' || block === null || Array.isArray(block)) return { ok: false, problem: `[${i}]: 不是对象` };
    if ('text' in block) return { ok: false, problem: `[${i}]: 顶层不能是文字` };
    if (typeof block.type === 'string' && RULES[block.type] && !TOP_LEVEL.has(block.type)) {
      return { ok: false, problem: `[${i}]: 顶层不允许 ${block.type}` };
    }
    const problem = checkElement(block, `[${i}]`, 0);
    if (problem) return { ok: false, problem };
  }
  // Ids must be unique: merging and cross-references depend on it.
  const seen = new Set<string>();
  const stack: unknown[] = [...value];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    if (typeof node.id === 'string') {
      if (seen.has(node.id)) return { ok: false, problem: `id 重复：${node.id}` };
      seen.add(node.id);
    }
    if (Array.isArray(node.children)) stack.push(...node.children);
  }
  // Measured once the depth is known to be small (JSON.stringify recurses), as it will be stored.
  const size = JSON.stringify(value).length;
  if (size > MAX_SECTION_JSON) {
    const mb = (n: number): string => (n / (1024 * 1024)).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1);
    return { ok: false, problem: `此部分内容过大（约 ${mb(size)} MB，每个部分最多 ${mb(MAX_SECTION_JSON)} MB），请把它拆分成几个部分` };
  }
  return { ok: true, value: value as SectionContent };
}
