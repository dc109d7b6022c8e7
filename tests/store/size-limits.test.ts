/**
 * Limits with clear messages (shared/limits.ts): a section payload far beyond any real section is
 * refused by the store, through IPC too, and the project keeps its content; content nested
 * thousands deep is refused by validation, never a stack overflow.
 */
import path from 'node:path';
import { dispatch } from '../../electron/services/handlers';
import { MAX_SECTION_JSON } from '../../shared/limits';
import { validateSectionContent } from '../../shared/model/content-validation';
import { catchAppError, createProject, nodeIdByTitle, paragraphs, testHandlers } from '../support/project-helpers';
import { fingerprint, makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;

beforeEach(() => {
  dir = makeTempDir('rw-limits-');
});

afterEach(() => {
  removeTempDir(dir);
});

/** Paragraphs of text adding up to just over `bytes` of JSON. */
function oversized(bytes: number): ReturnType<typeof paragraphs> {
  const paragraph = '学院坚持立德树人根本任务，深化产教融合。'.repeat(500);
  return paragraphs(...Array.from({ length: Math.ceil(bytes / paragraph.length) + 1 }, () => paragraph));
}

test('a section over the size limit is refused by the store, with the sizes in the message, and nothing is stored', () => {
  const project = createProject(dir);
  try {
    const id = nodeIdByTitle(project, '人才培养');
    const error = catchAppError(() => project.saveSection(id, oversized(MAX_SECTION_JSON), 1), 'INVALID_PAYLOAD');
    expect(error.message).toMatch(/此部分内容过大（约 \d+(\.\d)? MB，每个部分最多 8\.0 MB），请把它拆分成几个部分/);
    expect(project.loadSection(id).revision).toBe(1);
    expect(project.history(id)).toHaveLength(1);
  } finally {
    project.close();
  }
});

test('through IPC, section.save of a section over the limit is an INVALID_PAYLOAD envelope and the file is unchanged', async () => {
  const project = createProject(dir);
  const id = nodeIdByTitle(project, '人才培养');
  const file = project.path;
  project.close();
  const { session, handlers, file: grant } = testHandlers(path.join(dir, '.profile'));
  try {
    expect(await dispatch(handlers, 'project.open', { file: grant('open-project', file) })).toMatchObject({ ok: true });
    const before = fingerprint(file).sha256;
    const result = await dispatch(handlers, 'section.save', { id, content: oversized(MAX_SECTION_JSON), baseRevision: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    if (!result.ok) expect(result.error.message).toContain('此部分内容过大');
    expect(fingerprint(file).sha256).toBe(before);
  } finally {
    session.close();
  }
});

test('a section just under the limit is stored', () => {
  const project = createProject(dir);
  try {
    const id = nodeIdByTitle(project, '人才培养');
    const content = oversized(MAX_SECTION_JSON / 8);
    expect(project.saveSection(id, content, 1).revision).toBe(2);
  } finally {
    project.close();
  }
});

test('content nested 10 000 deep is refused by validation with a message, not a stack overflow', () => {
  let node: Record<string, unknown> = { type: 'paragraph', id: 'leaf', children: [{ text: '最深处' }] };
  for (let i = 0; i < 10_000; i += 1) node = { type: 'case', id: `c${i}`, title: '案例', children: [node] };
  const result = validateSectionContent([node]);
  expect(result).toMatchObject({ ok: false });
  if (!result.ok) expect(result.problem).toMatch(/嵌套过深|案例中只能是/);
});
