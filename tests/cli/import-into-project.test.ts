/**
 * The Node-side import glue and Project.replaceOutline in-process: speed on the full fixture, the
 * single transaction (a failure part-way leaves the project as it was) and soft deletion.
 */
import path from 'node:path';
import { importMarkdownIntoProject, prepareMarkdownImport } from '../../electron/import/import-markdown-file';
import { AppError } from '../../electron/errors/app-error';
import { Project } from '../../electron/project-store/project';
import type { TemplateResult } from '../../shared/template/annual-report';
import { fixturePath } from '../markdown/support';
import { makeTempDir } from './support';

const temp = makeTempDir();
afterAll(temp.cleanup);
let counter = 0;

function createProject(): string {
  counter += 1;
  const file = path.join(temp.dir, `p-${counter}.rwproj`);
  Project.create(file, { unitName: '天津工业职业学院', year: 2025 }).close();
  return file;
}

/** Everything observable about the outline and its content, to compare before and after. */
function state(file: string): unknown {
  const project = Project.open(file, { readOnly: true });
  try {
    return {
      outline: project.outline(),
      deleted: project.deletedNodes(),
      contents: project.outline().map((n) => project.loadSection(n.id)),
      stats: project.stats(),
    };
  } finally {
    project.close();
  }
}

function caught(fn: () => void): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('importing Markdown into a project', () => {
  // Its speed is measured by the benchmarks (bench/), not here: a timed test flakes on a loaded machine.
  it('imports the whole fixture, with more than 70 000 characters', async () => {
    const file = createProject();
    const outcome = importMarkdownIntoProject(file, await prepareMarkdownImport(fixturePath()));
    expect(outcome.replacedNodes).toBe(10);
    expect(outcome.stats.sections).toBe(37);
    expect([outcome.stats.tables, outcome.stats.figures, outcome.stats.cases]).toEqual([12, 72, 14]);
    expect(outcome.stats.characters.words).toBeGreaterThan(70000);
  });

  it('keeps the replaced chapters restorable with their content', async () => {
    const file = createProject();
    const before = Project.open(file);
    const preface = before.outline().find((n) => n.title === '前言');
    const prefaceContent = preface && before.loadSection(preface.id).content;
    before.close();
    importMarkdownIntoProject(file, await prepareMarkdownImport(fixturePath()));
    const project = Project.open(file);
    try {
      expect(project.deletedNodes()).toHaveLength(10);
      project.restoreNode(preface?.id as string);
      expect(project.outline().filter((n) => n.title === '前言')).toHaveLength(2);
      expect(project.loadSection(preface?.id as string).content).toEqual(prefaceContent);
      expect(project.history(preface?.id as string)[0]?.reason).toBe('create');
    } finally {
      project.close();
    }
  });

  it('records the new content as an import in the history', async () => {
    const file = createProject();
    importMarkdownIntoProject(file, await prepareMarkdownImport(fixturePath()));
    const project = Project.open(file, { readOnly: true });
    try {
      const first = project.outline()[0];
      expect(project.history(first?.id as string).map((r) => r.reason)).toEqual(['import']);
    } finally {
      project.close();
    }
  });
});

describe('Project.replaceOutline is one transaction', () => {
  const node = (id: string, parentId: string | null, position: number): TemplateResult['nodes'][number] => ({
    id,
    parentId,
    position,
    title: id,
    role: 'body',
    numbered: true,
    departmentId: null,
  });
  const paragraph = { type: 'paragraph', id: 'bparagraph1', children: [{ text: '正文' }] } as const;

  it.each([
    {
      name: 'a node whose parent comes later',
      outline: { nodes: [node('nfirst', null, 0), node('norphan', 'nlater', 0)], contents: new Map() },
    },
    {
      name: 'a third outline level',
      outline: { nodes: [node('na', null, 0), node('nb', 'na', 0), node('nc', 'nb', 0)], contents: new Map() },
    },
    {
      name: 'invalid content in the second node',
      outline: {
        nodes: [node('nok', null, 0), node('nbad', null, 1)],
        contents: new Map<string, unknown>([
          ['nok', [paragraph]],
          ['nbad', [{ type: 'table', id: 'btable', children: [{ text: '' }] }]],
        ]),
      },
    },
  ])('rolls back everything on $name', ({ outline }) => {
    const file = createProject();
    const before = state(file);
    const project = Project.open(file);
    try {
      const error = caught(() => project.replaceOutline(outline as TemplateResult));
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('INVALID_PAYLOAD');
    } finally {
      project.close();
    }
    expect(state(file)).toEqual(before);
  });

  const asset = { sha256: 'a'.repeat(64), mime: 'image/png', bytes: Buffer.from('prepared image bytes'), width: 10, height: 10 };
  const figure = (sha256: string) => ({ type: 'figure', id: 'bfigure1', asset: sha256, caption: '校园', source: '', width: 80, children: [{ text: '' }] });

  it('stores the images that come with the outline, in the same transaction', () => {
    const file = createProject();
    const project = Project.open(file);
    try {
      project.replaceOutline({ nodes: [node('nfig', null, 0)], contents: new Map([['nfig', [figure(asset.sha256)]]]) } as unknown as TemplateResult, [asset]);
      expect(project.assetInfo(asset.sha256)).toMatchObject({ mime: 'image/png', size: asset.bytes.length });
    } finally {
      project.close();
    }
  });

  it.each([
    { name: 'a figure whose image is neither stored nor given', contents: [figure('b'.repeat(64))], assets: [] },
    { name: 'invalid content, with the images of the import', contents: [figure(asset.sha256), { type: 'bogus', id: 'b2', children: [{ text: '' }] }], assets: [asset] },
  ])('refuses $name and stores no image', ({ contents, assets }) => {
    const file = createProject();
    const before = state(file);
    const project = Project.open(file);
    try {
      const outline = { nodes: [node('nfig', null, 0)], contents: new Map([['nfig', contents]]) } as unknown as TemplateResult;
      expect((caught(() => project.replaceOutline(outline, assets)) as AppError).code).toBe('INVALID_PAYLOAD');
      expect(project.assetInfo(asset.sha256)).toBeUndefined();
    } finally {
      project.close();
    }
    expect(state(file)).toEqual(before);
  });

  it('refuses an empty outline', () => {
    const file = createProject();
    const project = Project.open(file);
    try {
      expect((caught(() => project.replaceOutline({ nodes: [], contents: new Map() })) as AppError).code).toBe('INVALID_PAYLOAD');
      expect(project.outline()).toHaveLength(34);
    } finally {
      project.close();
    }
  });

  it('refuses a read-only session', () => {
    const file = createProject();
    const project = Project.open(file, { readOnly: true });
    try {
      const error = caught(() => project.replaceOutline({ nodes: [node('nx', null, 0)], contents: new Map() }));
      expect((error as AppError).code).toBe('READ_ONLY_SESSION');
    } finally {
      project.close();
    }
  });
});
