/**
 * Structural check of a section's Slate JSON before main stores it. The renderer is not trusted:
 * a malformed value must be refused with a message, never written into the project.
 */
import type { SectionContent } from './document';

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'bulleted-list', 'numbered-list']);
const MARKS = new Set(['bold', 'italic', 'underline']);
const ALIGNS = new Set(['left', 'center', 'right', 'justify']);
const MAX_DEPTH = 8;

export type ValidationResult = { ok: true; value: SectionContent } | { ok: false; problem: string };

function checkText(node: Record<string, unknown>, where: string): string | null {
  if (typeof node.text !== 'string') return `${where}: text 不是字符串`;
  for (const key of Object.keys(node)) {
    if (key === 'text') continue;
    if (!MARKS.has(key) || node[key] !== true) return `${where}: 未知的文字格式 ${key}`;
  }
  return null;
}

function checkElement(node: unknown, where: string, depth: number, parentType: string | null): string | null {
  if (depth > MAX_DEPTH) return `${where}: 嵌套过深`;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return `${where}: 不是对象`;
  const el = node as Record<string, unknown>;
  if ('text' in el) return parentType === null ? `${where}: 顶层不能是文字` : checkText(el, where);
  if (typeof el.type !== 'string') return `${where}: 缺少 type`;
  const isListItem = el.type === 'list-item';
  if (isListItem ? parentType !== 'bulleted-list' && parentType !== 'numbered-list' : !BLOCK_TYPES.has(el.type) || parentType !== null) {
    return `${where}: 此处不允许 ${el.type}`;
  }
  if (typeof el.id !== 'string' || el.id.length === 0 || el.id.length > 64) return `${where}: 缺少有效的 id`;
  if (el.type === 'heading' && (el.level !== 1 && el.level !== 2 && el.level !== 3)) return `${where}: 标题级别无效`;
  if (el.align !== undefined && !ALIGNS.has(el.align as string)) return `${where}: 对齐方式无效`;
  if (!Array.isArray(el.children) || el.children.length === 0) return `${where}: children 为空`;
  const isList = el.type === 'bulleted-list' || el.type === 'numbered-list';
  for (let i = 0; i < el.children.length; i += 1) {
    const child = el.children[i] as Record<string, unknown>;
    if (isList !== (typeof child === 'object' && child !== null && child.type === 'list-item')) {
      return `${where}.children[${i}]: ${isList ? '列表只能包含列表项' : '此处只能是文字'}`;
    }
    const problem = checkElement(child, `${where}.children[${i}]`, depth + 1, el.type);
    if (problem) return problem;
  }
  return null;
}

export function validateSectionContent(value: unknown): ValidationResult {
  if (!Array.isArray(value)) return { ok: false, problem: '内容不是数组' };
  if (value.length === 0) return { ok: false, problem: '内容为空' };
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i += 1) {
    const problem = checkElement(value[i], `[${i}]`, 0, null);
    if (problem) return { ok: false, problem };
  }
  // Ids must be unique: merging and cross-references depend on it.
  const stack: unknown[] = [...value];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    if (typeof node.id === 'string') {
      if (seen.has(node.id)) return { ok: false, problem: `id 重复：${node.id}` };
      seen.add(node.id);
    }
    if (Array.isArray(node.children)) stack.push(...node.children);
  }
  return { ok: true, value: value as SectionContent };
}
