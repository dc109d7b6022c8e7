/**
 * Fixes from the 校对 panel applied in a real Slate editor with its history (as the section editor
 * builds it): the engine finds the error, the fix is applied at the finding's place (text split by
 * bold, after a live reference, in a caption, in a table cell, a typed reference made live), the
 * engine no longer finds it, and one undo restores the text exactly. A finding whose text changed
 * since the check is refused without touching anything.
 */
import { Editor, Element, Node } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { BlockElement, SectionContent } from '../../shared/model/document';
import { numberReport, xrefLabel } from '../../shared/numbering/report-numbering';
import { locateInInlines } from '../../shared/preflight/locate-excerpt';
import { runPreflight } from '../../shared/preflight/run-preflight';
import type { Finding, RuleId } from '../../shared/preflight/types';
import { createSectionEditor } from '../../renderer/src/editor/create-section-editor';
import { applyFix, locateFinding } from '../../renderer/src/preflight/apply-fix';
import { fig, table } from './rule-cases';
import { blocksReport } from './support';

const para = (id: string, children: BlockElement extends never ? never : unknown[]): BlockElement => ({ type: 'paragraph', id, children } as BlockElement);
const xref = (id: string, target: string) => ({ type: 'xref', id, target, children: [{ text: '' }] });

function check(blocks: SectionContent, rule: RuleId): { findings: Finding[]; labelOf: (id: string) => string | null } {
  const report = blocksReport(blocks as BlockElement[]);
  const numbering = numberReport(report.outline, report.contentOf, report.settings.numberingScheme);
  return { findings: [...runPreflight(report, { rules: [rule] }).findings], labelOf: (id) => xrefLabel(numbering, id) };
}

interface FixCase {
  readonly name: string;
  readonly rule: RuleId;
  readonly blocks: () => BlockElement[];
  readonly excerpt: string;
  /** The text of the block (or field) after the fix, as the reader sees it. */
  readonly after: (content: SectionContent) => unknown;
  readonly expected: unknown;
}

const textOf = (id: string) => (content: SectionContent) => {
  const found = content.find((b) => b.id === id);
  return found === undefined ? null : Node.string(found);
};

const CASES: FixCase[] = [
  {
    name: 'a decimal split by a space, across a bold run',
    rule: 'numbers',
    blocks: () => [para('p1', [{ text: '就业率达到 9' }, { text: '8. 3', bold: true }, { text: '2%，较上年提高。' }])],
    excerpt: '98. 32',
    after: textOf('p1'),
    expected: '就业率达到 98.32%，较上年提高。',
  },
  {
    name: 'half-width comma after a live reference (offsets count its label)',
    rule: 'punctuation',
    blocks: () => [fig('f1', '实训基地'), para('p1', [{ text: '如' }, xref('x1', 'f1'), { text: '所示,学生在基地实训。' }])],
    excerpt: ',',
    after: (c) => (c[1] as { children: unknown[] }).children.map((n) => ('text' in (n as object) ? (n as { text: string }).text : `[${(n as { target: string }).target}]`)).join(''),
    expected: '如[f1]所示，学生在基地实训。',
  },
  {
    name: 'a typed reference becomes a live cross-reference',
    rule: 'references',
    blocks: () => [table('在校生规模', [['专业', '人数'], ['机电', '120']]), para('p1', [{ text: '各专业人数见表 1-1，规模稳定。' }])],
    excerpt: '表 1-1',
    after: (c) => (c[1] as { children: unknown[] }).children.map((n) => ('text' in (n as object) ? (n as { text: string }).text : `[xref]`)).join(''),
    expected: '各专业人数见[xref]，规模稳定。',
  },
  {
    name: 'a caption (a field of the figure)',
    rule: 'punctuation',
    blocks: () => [fig('f1', '学生,教师合影'), para('p1', [{ text: '见图 1-1。' }])],
    excerpt: ',',
    after: (c) => (c[0] as { caption: string }).caption,
    expected: '学生，教师合影',
  },
  {
    name: 'a table cell',
    rule: 'numbers',
    blocks: () => [table('就业情况', [['专业', '就业率'], ['机电', '9 .25%']]), para('p1', [{ text: '见表 1-1。' }])],
    excerpt: '9 .25',
    after: (c) => Node.string((c[0] as { children: Element[] }).children[1]?.children[1] as Element),
    expected: '9.25%',
  },
];

describe.each(CASES)('$name', ({ rule, blocks, excerpt, after, expected }) => {
  test('fixed in one undo step, and the finding is gone', () => {
    const original = blocks();
    const { findings, labelOf } = check(original, rule);
    const finding = findings.find((f) => f.excerpt === excerpt && f.fix !== null);
    if (finding === undefined) throw new Error(`no fixable ${rule} finding “${excerpt}” in ${JSON.stringify(findings.map((f) => f.excerpt))}`);
    const { editor } = createSectionEditor(structuredClone(original));
    const before = structuredClone(editor.children);
    expect(applyFix(editor, finding, labelOf)).toEqual({ ok: true });
    const fixed = editor.children as SectionContent;
    expect(after(fixed)).toBe(expected);
    expect(check(fixed, rule).findings.filter((f) => f.excerpt === excerpt && f.blockId === finding.blockId)).toEqual([]);
    expect(editor.history.undos).toHaveLength(1);
    HistoryEditor.undo(editor);
    expect(editor.children).toEqual(before);
  });

  test('negative control: text changed since the check is refused, nothing changes', () => {
    const original = blocks();
    const { findings, labelOf } = check(original, rule);
    const finding = findings.find((f) => f.excerpt === excerpt && f.fix !== null) as Finding;
    const { editor } = createSectionEditor(structuredClone(original));
    const before = structuredClone(editor.children);
    expect(applyFix(editor, { ...finding, excerpt: `${finding.excerpt}X` }, labelOf)).toEqual({ ok: false, reason: 'stale' });
    expect(applyFix(editor, { ...finding, blockId: 'gone', field: finding.field === 'text' || finding.field === 'caption' ? finding.field : 'gone' }, labelOf)).toEqual({ ok: false, reason: 'stale' });
    expect(editor.children).toEqual(before);
    expect(editor.history.undos).toHaveLength(0);
  });
});

test('a fix after typing is its own undo step: undo takes back the fix, not what was typed', () => {
  const original = [para('p1', [{ text: '学校的杜会服务能力' }])];
  const finding: Finding = { ...findingStub(), blockId: 'p1', field: 'text', offset: 3, excerpt: '杜会', fix: { kind: 'replace', text: '社会' } };
  const { editor } = createSectionEditor(structuredClone(original) as SectionContent);
  Editor.insertText(editor, '显著提升了');
  editor.selection = { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 0 } };
  Editor.insertText(editor, '【');
  // The typed text sits before the excerpt now: a stale offset is refused…
  expect(applyFix(editor, finding, () => null)).toEqual({ ok: false, reason: 'stale' });
  // …and the right one is applied as a batch of its own.
  const undosBefore = editor.history.undos.length;
  expect(applyFix(editor, { ...finding, offset: 4 }, () => null)).toEqual({ ok: true });
  expect(editor.history.undos.length).toBe(undosBefore + 1);
  expect(Node.string(editor)).toBe('【学校的社会服务能力');
  HistoryEditor.undo(editor);
  expect(Node.string(editor)).toBe('【学校的杜会服务能力');
});

test('the excerpt is located as a range over the text leaves, for selecting it', () => {
  const content = [para('p1', [{ text: '见' }, xref('x1', 't'), { text: '，学校的杜' }, { text: '会', bold: true }, { text: '服务' }])] as SectionContent;
  const { editor } = createSectionEditor(content);
  const located = locateFinding(editor, { blockId: 'p1', field: 'text', offset: 10, excerpt: '杜会', fix: null }, () => '图 1-1');
  expect(located).toMatchObject({ kind: 'inline', text: '杜会', range: { anchor: { path: [0, 2], offset: 4 }, focus: { path: [0, 3], offset: 1 } } });
});

describe('locateInInlines', () => {
  const inlines = [{ text: '如' }, xref('x', 't') as never, { text: '所示' }];
  const label = () => '图 1-6';
  test.each([
    ['the label whole', 1, 5, { anchor: { child: 0, offset: 1 }, focus: { child: 2, offset: 0 }, text: '图 1-6', xrefs: [1] }],
    ['text after the label', 6, 2, { anchor: { child: 2, offset: 0 }, focus: { child: 2, offset: 2 }, text: '所示', xrefs: [] }],
    ['cut through the label (negative)', 2, 2, null],
    ['past the end (negative)', 7, 5, null],
  ])('%s', (_name, offset, length, expected) => {
    expect(locateInInlines(inlines, label, offset, length)).toEqual(expected);
  });
});

function findingStub(): Finding {
  return { key: 'k', rule: 'typo', severity: 'error', message: '', sectionId: 's1', sectionTitle: '', blockId: '', field: 'text', offset: 0, excerpt: '', context: '', suggestion: null, fix: null };
}
