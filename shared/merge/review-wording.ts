/**
 * The words the office's review uses for a change, shared by the app's review view and the CLI's
 * `merge` so both say the same thing: a table cell by its column and row labels (“就业率”列，
 * “计算机应用技术”行), a table, figure or case by its printed number (表 2-3), and where an inserted
 * or moved block goes (插入在“2025 年，学院坚持……”之后 / 插入在本节开头), a changed property by its
 * name on the page (题注, not `caption`).
 */
import { t, type MessageKey } from '../i18n';
import { headingLabel, type ReportNumbering } from '../numbering/report-numbering';
import type { CellRedline, Change, ChangePlace, MergeNode, PlaceAnchor } from './merge-types';
import { blockText } from './change-place';

/** Printed labels of a section's blocks by id: 表 2-3, 图 1-1, 案例 4, a heading's number and title. */
export type ReviewLabels = Readonly<Record<string, string>>;

/** The labels a section's review needs, from the report's numbering (office's version). */
export function reviewLabels(numbering: ReportNumbering, nodeId: string): ReviewLabels {
  const labels: Record<string, string> = {};
  for (const s of numbering.structures) if (s.nodeId === nodeId) labels[s.id] = s.label;
  // Content headings only: the section's own heading (id = nodeId) is the review's section title.
  for (const h of numbering.headings) if (h.nodeId === nodeId && h.id !== nodeId) labels[h.id] = headingLabel(h);
  return labels;
}

/** Opening words: enough to find a paragraph, not the whole of it. */
const OPENING = 16;

export function openingWords(text: string, length = OPENING): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length).join('')}……`;
}

/** A block named by its kind, id and text (see blockName). */
function nameOf(type: MergeNode['type'], id: string, fullText: string, labels: ReviewLabels): string {
  const label = labels[id];
  const text = openingWords(fullText);
  if (type === 'table' || type === 'figure' || type === 'case') {
    if (label !== undefined) return text === '' ? label : t('review.name.numbered', { label, text });
    return text === '' ? t(`review.block.${type}`) : t(`review.name.${type}`, { text });
  }
  if (type === 'heading') return t('review.name.heading', { text: label ?? text });
  if (type === 'bulleted-list' || type === 'numbered-list') return t('review.name.list');
  return text === '' ? t('review.name.empty') : t('review.name.text', { text });
}

/** A table, figure or case by its printed number and caption, a heading by its number and title, text by its opening words. */
export function blockName(node: MergeNode, labels: ReviewLabels): string {
  return nameOf(node.type, node.id, blockText(node), labels);
}

/** Where a changed cell is: “就业率”列，“计算机应用技术”行; its position where no label names it. */
export function cellWhere(cell: CellRedline): string {
  if (cell.header) return t('review.where.header', { index: cell.column + 1 });
  const column = cell.columnLabel !== '' ? t('review.where.column', { label: cell.columnLabel }) : t('review.where.columnAt', { index: cell.column + 1 });
  const row = cell.rowLabel !== '' ? t('review.where.row', { label: cell.rowLabel }) : t('review.where.rowAt', { index: cell.row + 1 });
  return t('review.where.cell', { column, row });
}

/** A cell's value in a change line: （空） for an empty cell. */
export function cellValue(text: string): string {
  return text.trim() === '' ? t('review.cellEmpty') : text;
}

function anchorName(anchor: PlaceAnchor, labels: ReviewLabels): string {
  const name = nameOf(anchor.type, anchor.id, anchor.text, labels);
  return anchor.added ? t('review.name.added', { name }) : name;
}

function containerName(within: PlaceAnchor | null, labels: ReviewLabels): string {
  if (within === null) return t('review.name.section');
  return within.type === 'case' ? anchorName(within, labels) : t('review.name.list');
}

/** 插入在“……”之后 / 移到本节开头, or '' for changes that stay where they are. */
export function placeText(kind: Change['kind'], place: ChangePlace | undefined, labels: ReviewLabels): string {
  if (place === undefined) return '';
  const verb = kind === 'insert' ? 'insert' : 'move';
  if (place.after !== null) return t(`review.place.${verb}After`, { anchor: anchorName(place.after, labels) });
  return t(`review.place.${verb}Start`, { container: containerName(place.within, labels) });
}

/** Properties a reviewer meets, in words; anything rarer keeps its model name. */
const FIELD_LABEL: Readonly<Record<string, MessageKey>> = {
  caption: 'review.field.caption',
  source: 'review.field.source',
  title: 'review.field.title',
  headerRows: 'review.field.headerRows',
  width: 'review.field.width',
  asset: 'review.field.asset',
  level: 'review.field.level',
};

/** A changed block property as the review names it: 题注, 数据来源, 表头行数…. */
export function fieldLabel(name: string): string {
  const key = FIELD_LABEL[name];
  return key ? t(key) : name;
}
