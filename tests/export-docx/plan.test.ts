/**
 * The export plan as data (shared/export): what the Word file will contain, decided before any
 * docx object exists. Built from the small test report in both numbering schemes.
 */
import { loadReportSource } from '../../electron/export/load-report';
import { Project } from '../../electron/project-store/project';
import { ALL_PARTS, resolveParts } from '../../shared/export/export-parts';
import { BROKEN_XREF_TEXT } from '../../shared/export/export-warnings';
import { planReport, inlineText } from '../../shared/export/plan-report';
import type { CaptionPlan, PlanBlock, PlanInline, ReportPlan } from '../../shared/export/report-plan';
import type { NumberingScheme } from '../../shared/model/settings';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { buildSmallReport } from './support';

let dir: string;
const plans = new Map<NumberingScheme, ReportPlan>();

function plan(project: Project, parts = ALL_PARTS): ReportPlan {
  return planReport(loadReportSource(project), parts);
}

beforeAll(async () => {
  dir = makeTempDir('rw-plan-');
  for (const scheme of ['chapter', 'global'] as const) {
    const { file } = await buildSmallReport(dir, scheme);
    const project = Project.open(file, { readOnly: true });
    try {
      plans.set(scheme, plan(project));
    } finally {
      project.close();
    }
  }
});

afterAll(() => removeTempDir(dir));

/** Every block, depth first (case contents included). */
function allBlocks(blocks: readonly PlanBlock[]): PlanBlock[] {
  return blocks.flatMap((b) => (b.kind === 'case' ? [b, ...allBlocks(b.children)] : [b]));
}

function captions(p: ReportPlan): CaptionPlan[] {
  return allBlocks(p.body).flatMap((b) => (b.kind === 'table' || b.kind === 'figure' || b.kind === 'case' ? [b.caption] : []));
}

function inlines(p: ReportPlan): PlanInline[] {
  return allBlocks(p.body).flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'subhead' ? [...b.content] : []));
}

const get = (scheme: NumberingScheme): ReportPlan => plans.get(scheme) as ReportPlan;

describe('headings', () => {
  test('chapters, sections and content headings carry the app’s numbers, and the TOC lists levels 1–3', () => {
    const toc = get('chapter').toc?.entries.map((e) => `${e.level}:${e.text}`) ?? [];
    expect(toc.slice(0, 6)).toEqual(['1:前言', '1:一、人才培养', '2:（一）立德树人', '3:1.形成大思政育人格局', '3:2.搭建三全育人体系', '2:（二）多样成长']);
    expect(toc).toContain('1:二、产教融合');
    expect(toc).toContain('1:编写分工');
    // Level 4 （1） is a heading of the body but not a TOC entry.
    const level4 = allBlocks(get('chapter').body).find((b) => b.kind === 'heading' && b.level === 4);
    expect(level4).toMatchObject({ number: '（1）', inToc: false });
    expect(toc.some((t) => t.includes('构建红色育人课堂'))).toBe(false);
  });

  test('every chapter starts a new page; anchors are unique', () => {
    const headings = allBlocks(get('chapter').body).filter((b) => b.kind === 'heading');
    expect(headings.filter((h) => h.kind === 'heading' && h.level === 1).every((h) => h.kind === 'heading' && h.pageBreakBefore)).toBe(true);
    const anchors = headings.map((h) => (h.kind === 'heading' ? h.anchor : ''));
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});

describe('captions', () => {
  test('chapter scheme: 1-1 … per chapter, each chapter’s first item restarts its counter', () => {
    const shown = captions(get('chapter')).map((c) => `${c.label} ${c.number}${c.copy ? ' (copy)' : ''}|${c.restartAt ?? '-'}`);
    expect(shown).toEqual([
      '表 1-1|1',
      '图 1-1|1',
      '案例 1-1|1',
      '图 1-2|-',
      '表 2-1|1',
      '图 2-1|1',
      '案例 2-1|1',
      // The classic case repeated in the appendix: its figure keeps its number, as plain text.
      '图 1-2 (copy)|-',
    ]);
    const first = captions(get('chapter'))[0] as CaptionPlan;
    expect(first).toMatchObject({ prefix: '1-', ordinal: 1, title: '2025 届毕业生的院系与专业分布' });
  });

  test('global scheme: running numbers, no restarts', () => {
    const shown = captions(get('global')).filter((c) => !c.copy).map((c) => `${c.label} ${c.number}|${c.prefix}|${c.restartAt ?? '-'}`);
    expect(shown).toEqual(['表 1||-', '图 1||-', '案例 1||-', '图 2||-', '表 2||-', '图 3||-', '案例 2||-']);
  });

  test('the lists of figures, tables and cases list exactly the numbered captions', () => {
    const lists = get('chapter').captionLists.map((l) => [l.title, l.entries.map((e) => e.text)]);
    expect(lists).toEqual([
      ['图目录', ['图 1-1 青年代表参加活动', '图 1-2 红色研学现场', '图 2-1 校企合作签约仪式']],
      ['表目录', ['表 1-1 2025 届毕业生的院系与专业分布', '表 2-1 合作企业数量']],
      ['案例目录', ['案例 1-1 追寻红足迹 争做新青年', '案例 2-1 校企共建实训基地']],
    ]);
  });
});

describe('cross-references', () => {
  test('each shows its target’s number; headings show number and title; a deleted target is broken', () => {
    const refs = inlines(get('chapter')).filter((i) => i.kind !== 'text');
    expect(refs).toEqual([
      { kind: 'ref', anchor: '_Rw_tMerged', result: '表 1-1' },
      { kind: 'ref', anchor: '_Rw_fig1', result: '图 1-1' },
      { kind: 'broken-ref', text: BROKEN_XREF_TEXT },
      { kind: 'ref', anchor: '_Rw_fig1', result: '图 1-1' },
      { kind: 'ref', anchor: '_Rw_case1', result: '案例 1-1' },
      { kind: 'ref', anchor: '_Rw_h1', result: '1.形成大思政育人格局' },
      { kind: 'ref', anchor: '_Rw_tSimple', result: '表 2-1' },
      // The same reference in the appendix copy of the classic case.
      { kind: 'ref', anchor: '_Rw_fig1', result: '图 1-1' },
    ]);
    expect(inlines(get('global')).filter((i) => i.kind === 'ref').map((i) => (i.kind === 'ref' ? i.result : ''))).toEqual([
      '表 1',
      '图 1',
      '图 1',
      '案例 1',
      '1.形成大思政育人格局',
      '表 2',
      '图 1',
    ]);
  });

  test('a target in a part that is switched off is written as plain text, not as a dangling field', async () => {
    const { file } = await buildSmallReport(dir, 'chapter', 'parts.rwproj');
    const project = Project.open(file, { readOnly: true });
    try {
      const partial = plan(project, resolveParts({ body: false, cover: false }));
      expect(partial.cover).toBeNull();
      // Only the appendix copy of the classic case remains of the body's content.
      const refs = inlines(partial).filter((i) => i.kind !== 'text');
      expect(refs).toEqual([{ kind: 'ref-text', result: '图 1-1' }]);
      expect(partial.toc?.entries.map((e) => e.text)).toEqual(['案例附录', '经典案例 1　追寻红足迹 争做新青年', '编写分工']);
      expect(partial.captionLists).toEqual([]);
    } finally {
      project.close();
    }
  });
});

describe('appendix, authorship and warnings', () => {
  test('an empty case appendix is filled with the classic cases as 经典案例 n', () => {
    const body = get('chapter').body;
    const start = body.findIndex((b) => b.kind === 'heading' && inlineText(b.content) === '案例附录');
    expect(start).toBeGreaterThan(0);
    const copy = body[start + 1];
    expect(copy).toMatchObject({ kind: 'heading', level: 2, inToc: true });
    expect(copy?.kind === 'heading' ? inlineText(copy.content) : '').toBe('经典案例 1　追寻红足迹 争做新青年');
    const text = body[start + 2];
    expect(text?.kind === 'paragraph' ? inlineText(text.content) : '').toBe('学院组织青年学生开展红色研学活动（另见图 1-1）。');
  });

  test('the 编写分工 table comes from the departments', () => {
    const grid = get('chapter').body.find((b) => b.kind === 'grid');
    expect(grid).toEqual({
      kind: 'grid',
      header: ['编写部门', '负责人', '主要编写人'],
      rows: [
        ['教务部', '张三', '李四、王五'],
        ['学生工作部', '赵六', '钱七'],
      ],
      widths: [3, 2, 5],
    });
  });

  test('warnings name the broken reference and the empty sections, once each', () => {
    const warnings = get('chapter').warnings;
    expect(warnings).toContain(`“（一）立德树人”中有一处交叉引用的目标已不存在，已显示为“${BROKEN_XREF_TEXT}”。`);
    const empty = warnings.find((w) => w.includes('个部分没有内容'));
    expect(empty).toMatch(/^23 个部分没有内容：“（二）多样成长”、“（三）数智赋能”.* 等。$/);
    expect(warnings.some((w) => w.includes('编写分工'))).toBe(false);
    expect(new Set(warnings).size).toBe(warnings.length);
  });

  test('cover and statement carry the unit, title and year', () => {
    const p = get('chapter');
    expect(p.cover).toEqual({
      unitName: '天津工业职业学院',
      unitNameEn: 'TIANJIN POLYTECHNIC COLLEGE',
      titleLines: ['天津工业职业学院职业教育质量年度报告', '（2025 年度）'],
      dateLine: '2025 年 12 月',
    });
    expect(p.statement?.text.paragraphs).toEqual(['学校对天津工业职业学院职业教育质量年度报告（2025年度）的真实性、完整性和准确性负责。', '特此声明。']);
    expect(p.statement?.text.unitName).toBe('天津工业职业学院');
    // Nothing configured: after the cover, no signature or seal (left to sign and stamp by hand).
    expect(p.statement).toMatchObject({ position: 'after-cover', signature: null, seal: null });
  });
});
