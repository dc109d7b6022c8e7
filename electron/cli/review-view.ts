/**
 * How `reportworks merge` prints a review: one line per change with its redline in brackets
 * ([-deleted-]{+inserted+}), conflicts marked, and a JSON form without the block bodies.
 */
import type { CellRedline, Change, FieldRedline, Redline, TextSegment } from '../../shared/merge/merge-types';
import { cellValue, cellWhere, fieldLabel, placeText, type ReviewLabels } from '../../shared/merge/review-wording';
import type { ImportOutcome, ImportReview, SectionReview } from '../../shared/merge/review-types';
import { inlineText } from '../../shared/merge/redlines';
import type { MergeNode } from '../../shared/merge/merge-types';

const KIND_LABEL: Readonly<Record<Change['kind'], string>> = { insert: '新增', delete: '删除', modify: '修改', move: '移动', conflict: '冲突' };
const REASON_LABEL: Readonly<Record<NonNullable<Change['reason']>, string>> = {
  'both-modified': '双方都修改了',
  'modified-deleted': '专班修改了、部门删除了',
  'deleted-modified': '专班删除了、部门修改了',
  'both-moved': '双方移到了不同位置',
};
const TYPE_LABEL: Readonly<Record<string, string>> = {
  paragraph: '段落',
  heading: '标题',
  'bulleted-list': '列表',
  'numbered-list': '编号列表',
  'list-item': '列表项',
  table: '表格',
  figure: '图',
  case: '案例',
};
const PREVIEW = 60;

function segmentsText(segments: readonly TextSegment[]): string {
  return segments.map((s) => (s.op === 'equal' ? s.text : s.op === 'insert' ? `{+${s.text}+}` : `[-${s.text}-]`)).join('');
}

/** Long unchanged stretches are shortened so a change fits a line or two. */
function compact(text: string): string {
  return text.replace(/(^|[+\]}])([^[{]{40,})(?=[[{]|$)/g, (_m, lead: string, run: string) => `${lead}${run.slice(0, 16)}…${run.slice(-16)}`);
}

function nodeText(node: MergeNode | null): string {
  if (node === null) return '';
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'list-item') return inlineText(node.children);
  if (node.type === 'figure') return `图：${node.caption}`;
  if (node.type === 'table') return `表：${node.caption}`;
  if (node.type === 'case') return `案例：${node.title}`;
  return node.children.map((i) => inlineText(i.children)).join('；');
}

/** A cell as the review view says it: “就业率”列，“计算机应用技术”行：96.1% → 97.3%. */
function cellText(cell: CellRedline): string {
  const value = cell.before === null ? `{+${cell.after ?? ''}+}` : cell.after === null ? `[-${cell.before}-]` : `${cellValue(cell.before)} → ${cellValue(cell.after)}`;
  return `${cellWhere(cell)}：${value}${cell.conflict ? ' ⚠' : ''}`;
}

/** A changed property in the app's words (题注：…), not the model's (`caption:`). */
function fieldText(field: FieldRedline): string {
  return `${fieldLabel(field.name)}：${segmentsText(field.segments)}`;
}

function redlineText(redline: Redline, change: Change): string {
  switch (redline.kind) {
    case 'text':
      return compact(segmentsText(redline.segments));
    case 'table': {
      const cells = redline.cells.map(cellText);
      const fields = redline.fields.map(fieldText);
      return `${redline.structural ? '结构变化；' : ''}${[...fields, ...cells].join('；')}`;
    }
    case 'fields':
      return redline.fields.map(fieldText).join('；');
    case 'block':
      return nodeText(change.after ?? change.before).slice(0, PREVIEW);
  }
}

/**
 * One change: its kind, the block (a table by its printed number: 表 2-3), its id for scripts,
 * where an inserted or moved block goes, then the redline. `labels`: the section's printed numbers.
 */
export function changeLine(change: Change, labels: ReviewLabels = {}): string {
  const kind = change.kind === 'conflict' ? `冲突：${REASON_LABEL[change.reason ?? 'both-modified']}` : KIND_LABEL[change.kind];
  const node = change.after ?? change.before;
  const named = node !== null && labels[node.id] !== undefined && (node.type === 'table' || node.type === 'figure' || node.type === 'case');
  const what = named ? `${labels[node.id] ?? ''}（${change.blockId}）` : `${TYPE_LABEL[change.blockType] ?? change.blockType} ${change.blockId}`;
  const place = placeText(change.kind, change.place, labels);
  return `  [${kind}] ${what}：${place === '' ? '' : `${place}；`}${redlineText(change.redline, change)}`;
}

export function formatReview(review: ImportReview, only: string | null): string {
  const lines: string[] = [];
  const source = review.source.kind === 'package' ? `材料包“${review.source.fileName}”（${review.source.departmentName}${review.source.submittedAt ? '，已提交' : '，未提交'}）` : `Word 稿件“${review.source.fileName}”`;
  const sections = review.sections.filter((s) => only === null || s.sectionId === only);
  lines.push(`${source}：${review.changes} 处修改，其中冲突 ${review.conflicts} 处，批注回复 ${review.replies} 条。`);
  for (const section of sections) {
    lines.push(`${section.title}（${section.sectionId}，基于版本 ${section.baseRevision}，当前版本 ${section.oursRevision}）：${section.changes.length === 0 ? '无修改' : `${section.changes.length} 处`}`);
    for (const change of section.changes) lines.push(changeLine(change, section.labels));
  }
  for (const warning of review.warnings) lines.push(`提示：${warning}`);
  return `${lines.join('\n')}\n`;
}

function changeJson(change: Change): Record<string, unknown> {
  const { before: _before, after: _after, base: _base, ...rest } = change;
  return { ...rest, text: { before: nodeText(change.before), after: nodeText(change.after) } };
}

export function reviewJson(review: ImportReview, only: string | null, outcome: ImportOutcome | null): unknown {
  const section = (s: SectionReview) => ({ ...s, changes: s.changes.map(changeJson) });
  return {
    source: review.source,
    changes: review.changes,
    conflicts: review.conflicts,
    replies: review.replies,
    warnings: review.warnings,
    sections: review.sections.filter((s) => only === null || s.sectionId === only).map(section),
    ...(outcome
      ? { applied: outcome.applied, rejected: outcome.rejected, unresolved: outcome.unresolved.map((c) => c.id), revisions: outcome.revisions }
      : {}),
  };
}
