/**
 * A new year from last year's project, below the CLI: carrying tables (values cleared or kept,
 * formulas kept), last year's cell values found by the same ids (同比), copying a block across from
 * 去年同期, and the IPC path with its handles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../electron/errors/app-error';
import { createFromLastYear } from '../../electron/new-year/create-from-last-year';
import { comparePriorColumn, copyPriorBlock, priorYearInfo, priorYearSection } from '../../electron/new-year/prior-year';
import { Project } from '../../electron/project-store/project';
import { carriedSectionContent, clearTableValues, priorCellText } from '../../shared/new-year/carry-forward';
import { compareWithPriorYear, numericColumns } from '../../shared/new-year/compare-prior-year';
import { setCellText } from '../../shared/tables/cell-props';
import { recalculate } from '../../shared/tables/formulas';
import type { BlockElement, SectionContent } from '../../shared/model/document';
import { plainText } from '../../shared/model/document';
import { cellText, isTableElement, type TableElement } from '../../shared/tables/table-types';
import { catchAppError, testHandlers } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

const cell = (id: string, text: string, extra: Record<string, unknown> = {}) => ({ type: 'table-cell' as const, id, children: [{ text }], ...extra });

/** 表：院系 | 2023 年 | 2024 年, two departments and a 合计 row summing each year column. */
function enrolmentTable(): TableElement {
  const sum = (col: string) => ({ kind: 'sum' as const, range: { kind: 'range' as const, rows: { from: 'r1', to: 'r2' }, cols: { from: col, to: col } } });
  return {
    type: 'table',
    id: 'tbl1',
    caption: '各院系招生人数',
    source: '学院招生就业处',
    headerRows: 1,
    columns: [{ id: 'ca', width: 2 }, { id: 'cb', width: 1 }, { id: 'cc', width: 1 }],
    children: [
      { type: 'table-row', id: 'r0', children: [cell('h0', '院系'), cell('h1', '2023 年'), cell('h2', '2024 年')] },
      { type: 'table-row', id: 'r1', children: [cell('a1', '机械工程学院'), cell('b1', '1,106'), cell('c1', '1,200')] },
      { type: 'table-row', id: 'r2', children: [cell('a2', '信息工程学院'), cell('b2', '980'), cell('c2', '1,050')] },
      { type: 'table-row', id: 'r3', children: [cell('a3', '合计'), cell('b3', '2,086', { formula: sum('cb'), computed: true }), cell('c3', '2,250', { formula: sum('cc'), computed: true })] },
    ],
  };
}

const LAST_CONTENT: SectionContent = [
  { type: 'paragraph', id: 'p-intro', children: [{ text: '2024 年学院招生规模稳步扩大。' }] },
  enrolmentTable(),
  { type: 'figure', id: 'fig1', asset: 'a'.repeat(64), caption: '新生报到现场', source: '', width: 80, children: [{ text: '' }] },
];

let dir: string;
beforeEach(() => {
  dir = makeTempDir('rw-newyear-');
});
afterEach(() => removeTempDir(dir));

function lastYearProject(): { file: string; sectionId: string } {
  const file = path.join(dir, '2024.rwproj');
  const project = Project.create(file, { unitName: '天津工业职业学院', year: 2024, blank: true });
  try {
    const sectionId = project.outline()[0]?.id as string;
    project.saveSection(sectionId, LAST_CONTENT, project.loadSection(sectionId).revision);
    return { file, sectionId };
  } finally {
    project.close();
  }
}

describe('carrying tables', () => {
  test('clearing empties the numbers only: header, labels, formulas, caption and source stay', () => {
    const cleared = clearTableValues(enrolmentTable());
    const texts = cleared.children.map((row) => row.children.map(cellText));
    expect(texts).toEqual([
      ['院系', '2023 年', '2024 年'],
      ['机械工程学院', '', ''],
      ['信息工程学院', '', ''],
      ['合计', expect.any(String), expect.any(String)],
    ]);
    // The 合计 keeps its formula and now sums nothing typed.
    const total = cleared.children[3]?.children[1];
    expect(total?.formula).toEqual(enrolmentTable().children[3]?.children[1]?.formula);
    expect(['', '0']).toContain(cellText(total as never));
    expect({ caption: cleared.caption, source: cleared.source, id: cleared.id }).toEqual({ caption: '各院系招生人数', source: '学院招生就业处', id: 'tbl1' });
  });

  test('a section carries an empty paragraph and its tables; keep keeps the numbers', () => {
    const cleared = carriedSectionContent(LAST_CONTENT, 'clear');
    expect(cleared.content.map((b) => b.type)).toEqual(['paragraph', 'table']);
    expect(plainText(cleared.content[0] as BlockElement)).toBe('');
    expect({ tables: cleared.tables, clearedValues: cleared.clearedValues }).toEqual({ tables: 1, clearedValues: 4 });
    const kept = carriedSectionContent(LAST_CONTENT, 'keep');
    expect(kept.content[1]).toEqual(enrolmentTable());
    expect(kept.clearedValues).toBe(0);
  });

  test('last year\'s value of a cell is found by this year\'s table, row and column ids (同比)', () => {
    const thisYear = clearTableValues(enrolmentTable());
    const row = thisYear.children[1]?.id as string;
    const col = thisYear.columns[2]?.id as string;
    expect(priorCellText(LAST_CONTENT, thisYear.id, row, col)).toBe('1,200');
    // A row added this year, an unknown table: no value last year.
    expect(priorCellText(LAST_CONTENT, thisYear.id, 'new-row', col)).toBeNull();
    expect(priorCellText(LAST_CONTENT, 'other', row, col)).toBeNull();
  });
});

describe('同比 with last year', () => {
  const texts = (table: TableElement): string[][] => table.children.map((row) => row.children.map(cellText));

  test('the columns worth comparing are those that held typed numbers', () => {
    expect(numericColumns(enrolmentTable())).toEqual([
      { id: 'cb', title: '2023 年' },
      { id: 'cc', title: '2024 年' },
    ]);
  });

  test('last year\'s values go left of this year\'s column, found by row id, with a growth column that follows this year\'s numbers', () => {
    const thisYear = clearTableValues(enrolmentTable());
    const compared = compareWithPriorYear(thisYear, LAST_CONTENT, 'cc', { last: 2024, current: 2025 });
    if (compared === null) throw new Error('no comparison');
    expect(compared.filled).toBe(3);
    const rows = texts(compared.table);
    expect(rows[0]).toEqual(['院系', '2023 年', '2024 年', '2025 年', '同比增长']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['机械工程学院', '1,200', '', ''],
      ['信息工程学院', '1,050', '', ''],
      ['合计', '2,250', expect.any(String), ''],
    ]);
    // Until this year's number is typed the growth cell says what is missing; then it is computed.
    const growthCell = compared.table.children[1]?.children[4];
    expect(growthCell?.formulaError).toBeDefined();
    const typed = recalculate(setCellText(compared.table, 'c1', '1,320'));
    expect(cellText(typed.children[1]?.children[4] as never)).toBe('10.00%');
    // The table's own 合计 still sums this year's column.
    expect(cellText(typed.children[3]?.children[3] as never)).toBe('1,320');
  });

  test('a row added this year gets no value from last year; an unknown column is refused', () => {
    const thisYear = clearTableValues(enrolmentTable());
    const withNewRow = { ...thisYear, children: [...thisYear.children.slice(0, 3), { type: 'table-row' as const, id: 'r-new', children: [cell('x1', '新设学院'), cell('x2', ''), cell('x3', '')] }, ...thisYear.children.slice(3)] };
    const compared = compareWithPriorYear(withNewRow, LAST_CONTENT, 'cc', { last: 2024, current: 2025 });
    expect(compared?.filled).toBe(3);
    expect(texts(compared?.table as TableElement)[3]?.slice(0, 3)).toEqual(['新设学院', '', '']);
    expect(compareWithPriorYear(thisYear, LAST_CONTENT, 'no-such-column', { last: 2024, current: 2025 })).toBeNull();
  });

  test('in a project: one new revision; a table that is gone this year is refused', () => {
    const { file, sectionId } = lastYearProject();
    const { path: created } = createFromLastYear(path.join(dir, '2025.rwproj'), file, { year: 2025, tableValues: 'clear' });
    const project = Project.open(created);
    try {
      const before = project.loadSection(sectionId).revision;
      expect(comparePriorColumn(project, sectionId, 'tbl1', 'cc')).toEqual({ revision: before + 1, filled: 3 });
      const table = project.loadSection(sectionId).content.find(isTableElement) as TableElement;
      expect(texts(table)[0]).toEqual(['院系', '2023 年', '2024 年', '2025 年', '同比增长']);
      catchAppError(() => comparePriorColumn(project, sectionId, 'not-carried', 'cc'), 'INVALID_OPERATION');
      catchAppError(() => comparePriorColumn(project, 'no-such-section', 'tbl1', 'cc'), 'NOT_FOUND');
    } finally {
      project.close();
    }
  });
});

describe('a new year and its 去年同期', () => {
  test('sections start with the tables; last year\'s text is there read-only', () => {
    const { file, sectionId } = lastYearProject();
    const summary = createFromLastYear(path.join(dir, '2025.rwproj'), file, { year: 2025, tableValues: 'clear' });
    expect({ tables: summary.tables, clearedValues: summary.clearedValues, notices: summary.notices }).toEqual({ tables: 1, clearedValues: 4, notices: [] });
    const project = Project.open(summary.path);
    try {
      expect(priorYearInfo(project)).toEqual({ year: 2024, unitName: '天津工业职业学院', fileName: '2024.rwproj', tableValues: 'clear' });
      const prior = priorYearSection(project, sectionId);
      expect(prior).toMatchObject({ year: 2024, title: '新的一章', label: '一、' });
      expect(prior?.content).toEqual(LAST_CONTENT);
      expect(priorYearSection(project, 'no-such-node')).toBeNull();
      const content = project.loadSection(sectionId).content;
      expect(content.map((b) => b.type)).toEqual(['paragraph', 'table']);
    } finally {
      project.close();
    }
  });

  test('a paragraph is copied across as a new block at the end, keeping its free id', () => {
    const { file, sectionId } = lastYearProject();
    const { path: created } = createFromLastYear(path.join(dir, '2025.rwproj'), file, { year: 2025, tableValues: 'clear' });
    const project = Project.open(created);
    try {
      const before = project.loadSection(sectionId);
      const copied = copyPriorBlock(project, sectionId, 'p-intro');
      expect(copied).toEqual({ revision: before.revision + 1, warnings: [] });
      const after = project.loadSection(sectionId).content;
      expect(after.slice(0, -1)).toEqual(before.content);
      expect(after.at(-1)).toEqual(LAST_CONTENT[0]);
      expect(project.history(sectionId).find((r) => r.revision === copied.revision)?.reason).toBe('edit');
    } finally {
      project.close();
    }
  });

  test('a table already carried is copied with fresh ids and its formulas follow the new rows', () => {
    const { file, sectionId } = lastYearProject();
    const { path: created } = createFromLastYear(path.join(dir, '2025.rwproj'), file, { year: 2025, tableValues: 'clear' });
    const project = Project.open(created);
    try {
      copyPriorBlock(project, sectionId, 'tbl1');
      const tables = project.loadSection(sectionId).content.filter(isTableElement);
      expect(tables).toHaveLength(2);
      const [carried, copy] = tables as [TableElement, TableElement];
      expect(carried.id).toBe('tbl1');
      expect(copy.id).not.toBe('tbl1');
      expect(copy.children.map((r) => r.children.map(cellText))).toEqual(enrolmentTable().children.map((r) => r.children.map(cellText)));
      const formula = copy.children[3]?.children[1]?.formula as { range: { rows: { from: string; to: string } } };
      expect(formula.range.rows).toEqual({ from: copy.children[1]?.id, to: copy.children[2]?.id });
      expect(new Set(copy.children.map((r) => r.id)).has('r1')).toBe(false);
    } finally {
      project.close();
    }
  });

  test('a figure comes across as a placeholder with a warning: images are not carried', () => {
    const { file, sectionId } = lastYearProject();
    const { path: created } = createFromLastYear(path.join(dir, '2025.rwproj'), file, { year: 2025, tableValues: 'clear' });
    const project = Project.open(created);
    try {
      const copied = copyPriorBlock(project, sectionId, 'fig1');
      expect(copied.warnings).toEqual(['去年的 1 张图片没有带到本年度项目，已复制为图片占位，请重新插入图片']);
      const figure = project.loadSection(sectionId).content.at(-1) as unknown as { type: string; asset: unknown; caption: string };
      expect(figure).toMatchObject({ type: 'figure', asset: null, caption: '新生报到现场' });
      catchAppError(() => copyPriorBlock(project, sectionId, 'no-such-block'), 'NOT_FOUND');
      catchAppError(() => copyPriorBlock(project, 'no-such-section', 'p-intro'), 'NOT_FOUND');
    } finally {
      project.close();
    }
    const readOnly = Project.open(created, { readOnly: true });
    try {
      catchAppError(() => copyPriorBlock(readOnly, sectionId, 'p-intro'), 'READ_ONLY_SESSION');
    } finally {
      readOnly.close();
    }
  });

  test('a project made from scratch has no 去年同期', () => {
    const { file, sectionId } = lastYearProject();
    const project = Project.open(file);
    try {
      expect(priorYearInfo(project)).toBeNull();
      expect(priorYearSection(project, sectionId)).toBeNull();
      catchAppError(() => copyPriorBlock(project, sectionId, 'p-intro'), 'NOT_FOUND');
    } finally {
      project.close();
    }
  });
});

describe('over IPC', () => {
  test('creates and opens the new project from two handles', async () => {
    const { file } = lastYearProject();
    const { handlers, file: handle, session } = testHandlers(path.join(dir, 'profile'));
    const target = path.join(dir, '2025.rwproj');
    const result = await handlers['project.createFromLastYear']({ file: handle('new-project', target), from: handle('open-project', file), year: 2025, tableValues: 'keep' });
    expect(result.snapshot.path).toBe(target);
    expect(result.snapshot.settings.year).toBe(2025);
    expect(result.tables).toBe(1);
    expect(session.current?.path).toBe(target);
    expect(await handlers['priorYear.info']({})).toMatchObject({ year: 2024, tableValues: 'keep' });
    session.close();
  });

  test('a handle chosen for another purpose is refused and nothing is created', async () => {
    const { file } = lastYearProject();
    const { handlers, file: handle } = testHandlers(path.join(dir, 'profile'));
    const target = path.join(dir, '2025.rwproj');
    let caught: unknown;
    try {
      await handlers['project.createFromLastYear']({ file: handle('new-project', target), from: handle('image', file), year: 2025, tableValues: 'clear' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('INVALID_HANDLE');
    expect(fs.existsSync(target)).toBe(false);
  });
});
