/**
 * The office and the department edit the same paragraph: the merge reports exactly that conflict,
 * and each choice gives the right text; undoing the import makes the other choice possible.
 */
import { applyImport, undoImport } from '../../electron/packages/apply-import';
import { importPackage } from '../../electron/packages/import-package';
import { ContributorSession } from '../../electron/packages/contributor-session';
import { plainText, type SectionContent } from '../../shared/model/document';
import type { Decision } from '../../shared/merge/merge-types';
import { AppError } from '../../electron/errors/app-error';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { smallSetup, type SmallSetup } from './small-project';

let dir: string;
let setup: SmallSetup;

const textOf = (content: SectionContent, id: string): string => plainText(content.find((b) => b.id === id) as SectionContent[number]);
const withText = (content: SectionContent, id: string, text: string): SectionContent =>
  content.map((b) => (b.id === id ? { type: 'paragraph', id, children: [{ text }] } : b));

beforeAll(() => {
  dir = makeTempDir('rw-conflict-');
  setup = smallSetup(dir);
  const [a] = setup.sections;
  const p2 = `${a}-p2`;
  const session = ContributorSession.open(setup.packageFile);
  const doc = session.loadSection(a);
  session.saveSection(a, withText(doc.content, p2, '深化产教融合，服务京津冀协同发展。'), doc.revision);
  // A second, non-conflicting edit in the same section.
  const again = session.loadSection(a);
  session.saveSection(a, withText(again.content, `${a}-p3`, '毕业生去向落实率达 96.1%。'), again.revision);
  session.submit();
  session.close();
  const ours = setup.project.loadSection(a);
  setup.project.saveSection(a, withText(ours.content, p2, '深化产教融合，服务天津经济社会发展。'), ours.revision);
});

afterAll(() => {
  setup.project.close();
  removeTempDir(dir);
});

test('exactly that paragraph is a conflict; the other edit is an ordinary change', async () => {
  const [a] = setup.sections;
  const review = (await importPackage(setup.project, setup.packageFile)).review;
  expect(review.conflicts).toBe(1);
  const changes = review.sections.flatMap((s) => s.changes).map((c) => [c.kind, c.reason ?? null, c.blockId]);
  expect(changes).toEqual([
    ['conflict', 'both-modified', `${a}-p2`],
    ['modify', null, `${a}-p3`],
  ]);
});

test.each<[Decision, string]>([
  ['ours', '深化产教融合，服务天津经济社会发展。'],
  ['theirs', '深化产教融合，服务京津冀协同发展。'],
])('choosing %s gives that text, and the other edit is applied either way', async (choice, text) => {
  const [a] = setup.sections;
  const prepared = await importPackage(setup.project, setup.packageFile);
  const conflict = prepared.review.sections.flatMap((s) => s.changes).find((c) => c.kind === 'conflict');
  const decisions = new Map<string, Decision>(prepared.review.sections.flatMap((s) => s.changes).map((c) => [c.id, c.kind === 'conflict' ? choice : 'accept']));
  const outcome = applyImport(setup.project, prepared, decisions);
  expect(outcome.unresolved).toEqual([]);
  expect(conflict).toBeDefined();
  const merged = setup.project.loadSection(a).content;
  expect(textOf(merged, `${a}-p2`)).toBe(text);
  expect(textOf(merged, `${a}-p3`)).toBe('毕业生去向落实率达 96.1%。');
  expect(setup.project.history(a)[0]?.reason).toBe('merge');
  // Undo, so the next row can make the other choice from the same starting point.
  const before = setup.project.history(a).find((r) => r.reason === 'edit')?.revision;
  undoImport(setup.project, prepared.packageId as string);
  expect(textOf(setup.project.loadSection(a).content, `${a}-p2`)).toBe('深化产教融合，服务天津经济社会发展。');
  expect(textOf(setup.project.loadSection(a).content, `${a}-p3`)).toBe('毕业生去向落实率达 95.3%。');
  expect(before).toBeDefined();
});

test('undo is refused once a merged section was edited again, and changes nothing', async () => {
  const [a] = setup.sections;
  const prepared = await importPackage(setup.project, setup.packageFile);
  applyImport(setup.project, prepared, new Map());
  // Nothing accepted still marks the package merged (the conflict stays unresolved, ours kept).
  const noChange = setup.project.loadSection(a);
  expect(textOf(noChange.content, `${a}-p2`)).toBe('深化产教融合，服务天津经济社会发展。');
  undoImport(setup.project, prepared.packageId as string);

  const again = await importPackage(setup.project, setup.packageFile);
  applyImport(setup.project, again, new Map(again.sections.flatMap((s) => s.merge.changes).map((c) => [c.id, 'theirs' as Decision])));
  const merged = setup.project.loadSection(a);
  setup.project.saveSection(a, withText(merged.content, `${a}-p1`, '合并后专班又改了一句。'), merged.revision);
  expect(() => undoImport(setup.project, again.packageId as string)).toThrow(AppError);
  expect(() => undoImport(setup.project, again.packageId as string)).toThrow(/在合并后又修改过/);
  expect(textOf(setup.project.loadSection(a).content, `${a}-p1`)).toBe('合并后专班又改了一句。');
});
