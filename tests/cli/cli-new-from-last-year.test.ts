/**
 * `reportworks new --from`: a new year's project made from last year's, on real files built with
 * the CLI itself (the full fixture imported, a department assigned, a statement issued with a
 * signature and a seal), and every refusal leaving nothing behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { Project } from '../../electron/project-store/project';
import { openDatabase } from '../../electron/project-store/sqlite';
import { addIgnored, listIgnored, readPreflightSettings, writePreflightSettings } from '../../electron/project-store/queries/preflight-queries';
import { readPriorYearSource } from '../../electron/project-store/queries/prior-year-queries';
import { listDepartments } from '../../electron/project-store/queries/department-queries';
import { readProjectUuid } from '../../electron/project-store/queries/identity-queries';
import { issuedStatements, readStatementSettings, writeStatementSettings } from '../../electron/statement/statement-store';
import { collectIds } from '../../shared/ids/block-id';
import type { SectionContent } from '../../shared/model/document';
import { plainText } from '../../shared/model/document';
import { parseCellNumber } from '../../shared/tables/number-format';
import { cellText, isTableElement, type TableElement } from '../../shared/tables/table-types';
import { fixturePath } from '../markdown/support';
import { expectOneLineError, fileState, makeTempDir, runCli } from './support';

const temp = makeTempDir();
afterAll(temp.cleanup);
const at = (name: string): string => path.join(temp.dir, name);
const lastYear = at('2024年报.rwproj');
const TEMPLATE = '本单位郑重承诺：《{title}》所有内容真实、准确。';
const GLOSSARY = [{ preferred: '“双高计划”', variants: ['双高计划'] }];

function ok(args: string[]): string {
  const run = runCli(args);
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
  return run.stdout;
}

async function png(svg: string): Promise<Buffer> {
  return await sharp(Buffer.from(svg)).png().toBuffer();
}

/** Everything in the folder besides the given files: refusals must leave no temporary or half-made file. */
function strayFiles(...known: string[]): string[] {
  const keep = new Set(known.map((f) => path.basename(f)));
  return fs.readdirSync(temp.dir).filter((name) => !keep.has(name) && !/\.(png|md|docx)$/.test(name) && !name.startsWith('fixed-'));
}

function tables(content: SectionContent): TableElement[] {
  return content.filter(isTableElement);
}

/** Numbers typed in body cells (not computed ones). */
function typedNumbers(table: TableElement): number {
  let count = 0;
  table.children.forEach((row, index) => {
    if (index < table.headerRows) return;
    for (const cell of row.children) if (cell.formula === undefined && parseCellNumber(cellText(cell)) !== null) count += 1;
  });
  return count;
}

interface Opened {
  readonly project: Project;
  readonly close: () => void;
}
function open(file: string): Opened {
  const project = Project.open(file, { readOnly: true });
  return { project, close: () => project.close() };
}

let department: string;
let assignedNode: string;

beforeAll(async () => {
  // The fixture's figures all name figure.png: give them one, so last year holds real images.
  const markdown = at('report.md');
  fs.copyFileSync(fixturePath(), markdown);
  fs.writeFileSync(at('figure.png'), await png('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#3a7"/></svg>'));
  fs.writeFileSync(at('signature.png'), await png('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><path d="M10 60 C 60 10, 90 110, 280 60" stroke="#10205a" stroke-width="6" fill="none"/></svg>'));
  fs.writeFileSync(at('seal.png'), await png('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><circle cx="100" cy="100" r="90" stroke="#d40000" stroke-width="8" fill="none"/></svg>'));

  ok(['new', lastYear, '--unit', '天津工业职业学院', '--year', '2024', '--numbering', 'global']);
  ok(['import-md', lastYear, markdown]);
  ok(['department', 'add', lastYear, '--name', '招生就业处', '--lead', '李四']);
  ok(['assign', lastYear, '--section', '高质就业', '--department', '招生就业处']);
  ok(['statement', lastYear, '--out', at('声明.docx'), '--signature', at('signature.png'), '--seal', at('seal.png'), '--signer', '王五']);

  const project = Project.open(lastYear);
  try {
    writePreflightSettings(project.db, { glossary: GLOSSARY, traditionalAllow: ['天津工業職業學院'] });
    const node = project.outline().find((n) => n.title === '高质就业') as { id: string; departmentId: string | null };
    assignedNode = node.id;
    department = node.departmentId as string;
    addIgnored(project.db, [{ key: `typo|x|text|杜会`, rule: 'typo', nodeId: node.id, excerpt: '杜会', createdAt: '2024-12-01T00:00:00.000Z' }]);
    writeStatementSettings(project, { template: TEMPLATE, position: 'first' });
    // Preconditions, so the absences below prove something: last year has all of these.
    const statement = readStatementSettings(project);
    expect(statement.signatureImage).not.toBeNull();
    expect(statement.sealImage).not.toBeNull();
    expect(issuedStatements(project)).toHaveLength(1);
    expect(project.stats().figures).toBeGreaterThan(0);
    expect((project.db.prepare('SELECT count(*) AS n FROM asset').get() as { n: number }).n).toBeGreaterThanOrEqual(3);
  } finally {
    project.close();
  }
}, 120_000);

describe('a new year from last year', () => {
  const thisYear = at('2025年报.rwproj');
  let before: ReturnType<typeof fileState>;

  beforeAll(() => {
    before = fileState(lastYear);
    const run = runCli(['new', thisYear, '--from', lastYear, '--year', '2025']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`已创建项目：${thisYear}（天津工业职业学院，2025 年度，以 2024 年度项目为基础`);
    expect(run.stdout).toMatch(/1 个编写部门（分配 1 处），\d+ 张表格（已清空 \d+ 个数字），规范表述 1 条，忽略的校对结果 1 条/);
  });

  test('last year\'s file is only read: same bytes, no lock left', () => {
    expect(fileState(lastYear)).toEqual(before);
  });

  test('carries the outline with its ids, departments, assignments, settings, glossary, ignores and statement wording', () => {
    const last = open(lastYear);
    const next = open(thisYear);
    try {
      const shape = (p: Project) => p.outline().map(({ id, parentId, position, title, role, numbered, departmentId }) => ({ id, parentId, position, title, role, numbered, departmentId }));
      expect(shape(next.project)).toEqual(shape(last.project));
      expect(listDepartments(next.project.db)).toEqual(listDepartments(last.project.db));
      expect(next.project.outline().find((n) => n.id === assignedNode)?.departmentId).toBe(department);
      const settings = next.project.settings();
      expect(settings).toMatchObject({ unitName: '天津工业职业学院', year: 2025, numberingScheme: 'global', stylePreset: last.project.settings().stylePreset });
      expect(settings.reportTitle).toBe('天津工业职业学院职业教育质量年度报告（2025 年度）');
      expect(readPreflightSettings(next.project.db)).toEqual({ glossary: GLOSSARY, traditionalAllow: ['天津工業職業學院'] });
      expect(listIgnored(next.project.db)).toEqual(listIgnored(last.project.db));
      const statement = readStatementSettings(next.project);
      expect({ template: statement.template, position: statement.position }).toEqual({ template: TEMPLATE, position: 'first' });
      expect(readPriorYearSource(next.project.db)).toMatchObject({ year: 2024, unitName: '天津工业职业学院', fileName: path.basename(lastYear), tableValues: 'clear' });
      // A project of its own: last year's packages can never be merged into it.
      expect(readProjectUuid(next.project.db)).not.toBe(readProjectUuid(last.project.db));
      expect(readPriorYearSource(next.project.db)?.projectUuid).toBe(readProjectUuid(last.project.db));
    } finally {
      last.close();
      next.close();
    }
  });

  test('carries no signature, seal or other image, no issued statement, no signer and no history', () => {
    const next = open(thisYear);
    try {
      const statement = readStatementSettings(next.project);
      expect({ signature: statement.signatureImage, seal: statement.sealImage, signer: statement.signerName }).toEqual({ signature: null, seal: null, signer: '' });
      expect(issuedStatements(next.project)).toEqual([]);
      expect((next.project.db.prepare('SELECT count(*) AS n FROM asset').get() as { n: number }).n).toBe(0);
      const keys = (next.project.db.prepare('SELECT key FROM settings').all() as { key: string }[]).map((r) => r.key);
      expect(keys).not.toEqual(expect.arrayContaining(['statementSignatureImage']));
      expect(keys).not.toContain('statementSealImage');
      expect(keys).not.toContain('statementSigner');
      expect((next.project.db.prepare("SELECT count(*) AS n FROM section_revision WHERE revision > 1").get() as { n: number }).n).toBe(0);
    } finally {
      next.close();
    }
  });

  test('sections start empty but for last year\'s tables, with ids kept and numbers cleared; last year\'s text is kept read-only', () => {
    const last = open(lastYear);
    const next = open(thisYear);
    try {
      const lastDocs = new Map(last.project.loadAllSections().map((d) => [d.id, d.content]));
      let carriedTables = 0;
      for (const doc of next.project.loadAllSections()) {
        const lastContent = lastDocs.get(doc.id) ?? [];
        const [first, ...rest] = doc.content;
        expect(first?.type === 'paragraph' && plainText(first) === '').toBe(true);
        // Nothing but tables, the same tables (by id, caption and shape) as last year, in order.
        expect(rest.every(isTableElement)).toBe(true);
        const lastTables = tables(lastContent);
        expect(rest.map((t) => (t as TableElement).id)).toEqual(lastTables.map((t) => t.id));
        rest.forEach((table, i) => {
          const was = lastTables[i] as TableElement;
          const now = table as TableElement;
          expect({ caption: now.caption, source: now.source, headerRows: now.headerRows, columns: now.columns.map((c) => c.id), rows: now.children.map((r) => r.id) }).toEqual({
            caption: was.caption,
            source: was.source,
            headerRows: was.headerRows,
            columns: was.columns.map((c) => c.id),
            rows: was.children.map((r) => r.id),
          });
          expect(typedNumbers(now)).toBe(0);
          carriedTables += 1;
        });
        // No text of last year's paragraphs, figures or cases in this year's section.
        expect(doc.content.some((b) => b.type === 'figure' || b.type === 'case')).toBe(false);
        const stored = next.project.db.prepare('SELECT content FROM prior_year_section WHERE node_id = ?').get(doc.id) as { content: string };
        expect(JSON.parse(stored.content)).toEqual(lastContent);
      }
      expect(carriedTables).toBeGreaterThan(5);
      // Negative control: last year's tables did hold numbers.
      expect([...lastDocs.values()].flatMap(tables).reduce((n, t) => n + typedNumbers(t), 0)).toBeGreaterThan(100);
      expect(next.project.stats().figures).toBe(0);
    } finally {
      last.close();
      next.close();
    }
  });

  test('--table-values keep keeps the numbers; --unit and --numbering override last year\'s', () => {
    const kept = at('kept.rwproj');
    ok(['new', kept, '--from', lastYear, '--year', '2025', '--table-values', 'keep', '--unit', '天津工业职业大学', '--numbering', 'chapter']);
    const last = open(lastYear);
    const next = open(kept);
    try {
      const numbers = (p: Project) => p.loadAllSections().flatMap((d) => tables(d.content)).map(typedNumbers);
      expect(numbers(next.project)).toEqual(numbers(last.project));
      expect(next.project.settings()).toMatchObject({ unitName: '天津工业职业大学', numberingScheme: 'chapter', reportTitle: '天津工业职业大学职业教育质量年度报告（2025 年度）' });
      expect(readPriorYearSource(next.project.db)?.tableValues).toBe('keep');
    } finally {
      last.close();
      next.close();
    }
  });

  test('works while last year\'s project is open for editing elsewhere (it is only read)', () => {
    const editing = Project.open(lastYear);
    try {
      expect(editing.readOnly).toBe(false);
      ok(['new', at('while-open.rwproj'), '--from', lastYear, '--year', '2025']);
    } finally {
      editing.close();
    }
    const next = open(at('while-open.rwproj'));
    expect(next.project.outline().length).toBeGreaterThan(10);
    next.close();
  });

  test('a title that is not the default gets its year replaced, and says so', () => {
    const custom = at('custom-title-2024.rwproj');
    ok(['new', custom, '--unit', '某某职业技术学院', '--year', '2024', '--blank']);
    const p = Project.open(custom);
    p.updateSettings({ reportTitle: '某某职业技术学院 2024 年质量年报' });
    p.close();
    const run = runCli(['new', at('custom-title-2025.rwproj'), '--from', custom, '--year', '2025']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('提示：报告标题已由“某某职业技术学院 2024 年质量年报”改为“某某职业技术学院 2025 年质量年报”，请核对\n');
    const next = open(at('custom-title-2025.rwproj'));
    expect(next.project.settings().reportTitle).toBe('某某职业技术学院 2025 年质量年报');
    next.close();
  });
});

describe('refusals leave nothing behind', () => {
  const target = at('refused.rwproj');
  afterEach(() => {
    expect(fs.existsSync(target)).toBe(false);
    expect(strayFiles(lastYear, '2025年报.rwproj', 'kept.rwproj', 'custom-title-2024.rwproj', 'custom-title-2025.rwproj', 'while-open.rwproj', 'existing.rwproj', 'not-a-project.rwproj', 'newer.rwproj', 'trigger.rwproj')).toEqual([]);
  });

  test('last year\'s file is not a project', () => {
    const fake = at('not-a-project.rwproj');
    fs.writeFileSync(fake, '这不是项目文件');
    expectOneLineError(runCli(['new', target, '--from', fake, '--year', '2025']), 1, '不是年报工坊项目文件');
  });

  test('last year\'s file has a newer schema', () => {
    const newer = at('newer.rwproj');
    fs.copyFileSync(lastYear, newer);
    const db = openDatabase(newer);
    db.pragma('user_version = 99');
    db.close();
    const state = fileState(newer);
    expectOneLineError(runCli(['new', target, '--from', newer, '--year', '2025']), 1, '99');
    expect(fileState(newer)).toEqual(state);
  });

  test('last year\'s file carries a database object we never create (the schema check)', () => {
    const trigger = at('trigger.rwproj');
    fs.copyFileSync(lastYear, trigger);
    const db = openDatabase(trigger);
    db.exec('CREATE TRIGGER wipe AFTER INSERT ON section_revision BEGIN DELETE FROM section_revision; END');
    db.close();
    const state = fileState(trigger);
    expectOneLineError(runCli(['new', target, '--from', trigger, '--year', '2025']), 1, 'trigger wipe');
    expect(fileState(trigger)).toEqual(state);
  });

  test('the output is last year\'s file itself', () => {
    const state = fileState(lastYear);
    expectOneLineError(runCli(['new', lastYear, '--from', lastYear, '--year', '2025']), 2, '不能与去年的项目是同一个文件', 'cannot be last year');
    expect(fileState(lastYear)).toEqual(state);
  });

  test('the output exists', () => {
    const existing = at('existing.rwproj');
    fs.writeFileSync(existing, '已有的文件');
    const state = fileState(existing);
    expectOneLineError(runCli(['new', existing, '--from', lastYear, '--year', '2025']), 1, '文件已存在');
    expect(fileState(existing)).toEqual(state);
  });

  test('last year\'s file does not exist', () => {
    expectOneLineError(runCli(['new', target, '--from', at('missing.rwproj'), '--year', '2025']), 2, '找不到文件');
  });

  it.each([
    { name: 'a package as last year', args: ['--from', 'x.rwpkg', '--year', '2025'], zh: '--from 应为去年的项目文件' },
    { name: 'no year', args: ['--from', 'x.rwproj'], zh: '缺少 --year' },
    { name: 'a bad --table-values', args: ['--from', 'x.rwproj', '--year', '2025', '--table-values', 'some'], zh: '--table-values 只能是 keep 或 clear' },
    { name: '--blank with --from', args: ['--from', 'x.rwproj', '--year', '2025', '--blank'], zh: '--blank 不能与 --from 同时使用' },
    { name: '--table-values without --from', args: ['--unit', 'x', '--year', '2025', '--table-values', 'keep'], zh: '--table-values 只能与 --from 一起使用' },
    { name: 'an empty --unit', args: ['--from', 'x.rwproj', '--year', '2025', '--unit', ' '], zh: '--unit 单位名称不能为空' },
  ])('refuses $name with exit code 2', ({ args, zh }) => {
    expectOneLineError(runCli(['new', target, ...args]), 2, zh);
  });
});

test('every id in a carried table is unique across the new report', () => {
  const next = open(at('2025年报.rwproj'));
  try {
    const ids = next.project.loadAllSections().flatMap((d) => collectIds(d.content));
    expect(new Set(ids).size).toBe(ids.length);
  } finally {
    next.close();
  }
});
