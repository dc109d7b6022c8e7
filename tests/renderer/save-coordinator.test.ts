/**
 * The coordinator over several sections: one combined status, sections left behind still get
 * written, a conflict drops that section's queue and asks for a reload.
 */
import type { SaveResult } from '../../shared/ipc/contract';
import { plainText, type SectionContent } from '../../shared/model/document';
import { SaveCoordinator } from '../../renderer/src/autosave/save-coordinator';

const content = (text: string): SectionContent => [{ type: 'paragraph', id: 'p1', children: [{ text }] }];
const result = (revision: number): SaveResult => ({
  revision,
  characters: { words: 1, charsNoSpaces: 1 },
  stats: { sections: 1, characters: { words: 1, charsNoSpaces: 1 }, perNode: {}, tables: 0, figures: 0, charts: 0, cases: 0 },
});

function setup() {
  const saves: { id: string; text: string; base: number; reason: string | undefined; resolve: (r: SaveResult) => void; reject: (e: unknown) => void }[] = [];
  const conflicts: string[] = [];
  const saved: string[] = [];
  const conflict = new Error('conflict');
  const coordinator = new SaveCoordinator({
    save: (id, c, base, reason) =>
      new Promise<SaveResult>((resolve, reject) => {
        const text = c[0] ? plainText(c[0]) : '';
        saves.push({ id, text, base, reason, resolve, reject });
      }),
    describeError: (e) => String(e),
    isConflict: (e) => e === conflict,
    onConflict: (id) => conflicts.push(id),
    onSaved: (id) => saved.push(id),
    delayMs: 10_000,
  });
  return { coordinator, saves, conflicts, saved, conflict };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('a released section is still written, and the status covers all sections', async () => {
  const { coordinator, saves, saved } = setup();
  const a = coordinator.open('a', 1);
  a.edit(content('A'));
  expect(coordinator.status.get()).toEqual({ kind: 'pending' });
  coordinator.release('a', a); // the user switched to another section
  const b = coordinator.open('b', 7);
  expect(saves.map((s) => [s.id, s.text, s.base])).toEqual([['a', 'A', 1]]);
  expect(coordinator.status.get()).toEqual({ kind: 'saving' });
  b.edit(content('B'));
  saves[0]?.resolve(result(2));
  await tick();
  expect(saved).toEqual(['a']);
  expect(coordinator.status.get()).toEqual({ kind: 'pending' }); // b still waits for its pause
  const flushed = coordinator.flushAll();
  expect(saves.map((s) => [s.id, s.text, s.base])).toEqual([
    ['a', 'A', 1],
    ['b', 'B', 7],
  ]);
  saves[1]?.resolve(result(8));
  await expect(flushed).resolves.toBe(true);
  expect(coordinator.status.get()).toEqual({ kind: 'saved' });
});

test('settle waits for a section before it is reloaded', async () => {
  const { coordinator, saves } = setup();
  const a = coordinator.open('a', 1);
  a.edit(content('A'));
  coordinator.release('a', a);
  let settled = false;
  const settling = coordinator.settle('a').then(() => {
    settled = true;
  });
  await tick();
  expect(settled).toBe(false);
  saves[0]?.resolve(result(2));
  await settling;
  expect(settled).toBe(true);
});

test('a conflict drops the queue and asks the owner to reload', async () => {
  const { coordinator, saves, conflicts, conflict } = setup();
  const a = coordinator.open('a', 1);
  a.edit(content('A'));
  void coordinator.flushAll();
  saves[0]?.reject(conflict);
  await tick();
  expect(conflicts).toEqual(['a']);
  expect(coordinator.status.get()).toEqual({ kind: 'saved' });
  await expect(coordinator.settle('a')).resolves.toBe(true);
});

test('a failure shows in the combined status until the section is saved', async () => {
  const { coordinator, saves } = setup();
  const a = coordinator.open('a', 1);
  a.edit(content('A'));
  const flushed = coordinator.flushAll();
  saves[0]?.reject(new Error('磁盘已满'));
  await expect(flushed).resolves.toBe(false);
  expect(coordinator.status.get()).toEqual({ kind: 'failed', message: 'Error: 磁盘已满' });
  coordinator.discard('a'); // stops the retry timer
  expect(coordinator.status.get()).toEqual({ kind: 'saved' });
});

test('dispose stops every queue: nothing is written after the project is closed', async () => {
  const { coordinator, saves } = setup();
  const a = coordinator.open('a', 1);
  a.edit(content('A'));
  coordinator.dispose();
  coordinator.release('a', a);
  await tick();
  expect(saves).toHaveLength(0);
  expect(coordinator.status.get()).toEqual({ kind: 'saved' });
  expect(() => coordinator.open('b', 1)).toThrow('after dispose');
});

// saveNextAs: the one place where 校对's fixes and 全部替换 say what their save is (before, each
// kept a set of its own that project-screen read when saving).
const reasonsOf = (saves: ReturnType<typeof setup>['saves']) => saves.map((s) => [s.id, s.text, s.reason]);

test('saveNextAs gives the next save of that section its reason, once; other sections are plain edits', async () => {
  const { coordinator, saves } = setup();
  const a = coordinator.open('a', 1);
  const b = coordinator.open('b', 1);
  coordinator.saveNextAs('a', 'preflight');
  a.edit(content('A fixed'));
  b.edit(content('B'));
  void coordinator.flushAll();
  saves[0]?.resolve(result(2));
  saves[1]?.resolve(result(2));
  await tick();
  a.edit(content('A typed on'));
  void coordinator.flushAll();
  expect(reasonsOf(saves)).toEqual([
    ['a', 'A fixed', 'preflight'],
    ['b', 'B', undefined],
    ['a', 'A typed on', undefined],
  ]);
});

test('the latest mark wins, null takes it back, a discarded section forgets it', async () => {
  const { coordinator, saves } = setup();
  const a = coordinator.open('a', 1);
  coordinator.saveNextAs('a', 'preflight');
  coordinator.saveNextAs('a', 'replace');
  a.edit(content('A1'));
  void coordinator.flushAll();
  saves[0]?.resolve(result(2));
  await tick();
  coordinator.saveNextAs('a', 'preflight');
  coordinator.saveNextAs('a', null); // the fix could not be applied
  a.edit(content('A2'));
  void coordinator.flushAll();
  saves[1]?.resolve(result(3));
  await tick();
  coordinator.saveNextAs('a', 'replace');
  coordinator.discard('a'); // deleted, or replaced by a restored version
  const again = coordinator.open('a', 5);
  again.edit(content('A3'));
  void coordinator.flushAll();
  expect(reasonsOf(saves)).toEqual([
    ['a', 'A1', 'replace'],
    ['a', 'A2', undefined],
    ['a', 'A3', undefined],
  ]);
});

test('a failed save is retried with its reason; after a conflict the reason goes with the lost edits', async () => {
  const { coordinator, saves, conflict } = setup();
  const a = coordinator.open('a', 1);
  coordinator.saveNextAs('a', 'replace');
  a.edit(content('A'));
  const first = coordinator.flushAll();
  saves[0]?.reject(new Error('磁盘已满'));
  await expect(first).resolves.toBe(false);
  const retried = coordinator.flushAll();
  saves[1]?.resolve(result(2));
  await expect(retried).resolves.toBe(true);
  // A conflict: the section reloads from main, the reason is not carried to what is typed next.
  coordinator.saveNextAs('a', 'preflight');
  a.edit(content('A fixed'));
  void coordinator.flushAll();
  saves[2]?.reject(conflict);
  await tick();
  const reloaded = coordinator.open('a', 9);
  reloaded.edit(content('A typed'));
  void coordinator.flushAll();
  expect(reasonsOf(saves)).toEqual([
    ['a', 'A', 'replace'],
    ['a', 'A', 'replace'],
    ['a', 'A fixed', 'preflight'],
    ['a', 'A typed', undefined],
  ]);
  coordinator.dispose();
});
