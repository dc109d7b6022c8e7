import fs from 'node:fs';
import path from 'node:path';
import { ErrorLog } from '../../electron/errors/error-log';
import { dispatch, type Handlers } from '../../electron/services/handlers';
import { testHandlers } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
let log: ErrorLog;
beforeEach(() => {
  dir = makeTempDir('rw-dispatch-log-');
  log = new ErrorLog({ dir: path.join(dir, 'logs') });
});
afterEach(() => removeTempDir(dir));

const events = (): Record<string, string>[] =>
  fs.existsSync(log.file)
    ? fs
        .readFileSync(log.file, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, string>)
    : [];

describe('dispatch writes what goes wrong to the error log', () => {
  it('an INTERNAL error: its stack is logged, the envelope has the short message, where the log is, and details.logFile', async () => {
    const { handlers } = testHandlers(path.join(dir, 'profile'));
    const broken = { ...handlers, 'report.stats': () => (undefined as unknown as { x: () => never }).x() } as Handlers;
    const result = await dispatch(broken, 'report.stats', {}, log);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).toMatch(/^内部错误：Cannot read properties of undefined/);
    expect(result.error.message).toContain(log.file);
    expect(result.error.message).not.toContain('    at ');
    expect(result.error.details).toEqual({ logFile: log.file });
    const [event] = events();
    expect(event).toMatchObject({ kind: 'internal', where: 'report.stats' });
    expect(event?.stack).toContain('TypeError');
    expect(event?.stack).toContain('dispatch-log.test.ts');
  });

  it('a refused payload is logged with the method and the reason, never the payload', async () => {
    const { handlers } = testHandlers(path.join(dir, 'profile'));
    const secret = '这是一段不应进入日志的正文内容';
    const result = await dispatch(handlers, 'section.save', { id: 'n1', content: [{ type: 'no-such-block', text: secret }], baseRevision: 'one' }, log);
    expect(result.ok).toBe(false);
    const logged = fs.readFileSync(log.file, 'utf8');
    expect(logged).not.toContain(secret);
    expect(events()).toEqual([expect.objectContaining({ kind: 'refused', where: 'section.save', code: 'INVALID_PAYLOAD' })]);
  });

  it('an unknown method and a file that is not a project are logged as refused inputs', async () => {
    const { handlers, file: grant } = testHandlers(path.join(dir, 'profile'));
    const notProject = path.join(dir, '随便.rwproj');
    fs.writeFileSync(notProject, 'plain text, not SQLite');
    await dispatch(handlers, 'fs.readEverything', {}, log);
    const opened = await dispatch(handlers, 'project.open', { file: grant('open-project', notProject) }, log);
    expect(opened.ok).toBe(false);
    expect(events()).toEqual([
      expect.objectContaining({ kind: 'refused', where: 'ipc', code: 'UNKNOWN_METHOD' }),
      expect.objectContaining({ kind: 'refused', where: 'project.open', code: 'NOT_A_PROJECT' }),
    ]);
    // A refusal's message is already the user's answer: no log hint, no stack.
    if (!opened.ok) expect(opened.error.message).not.toContain(log.file);
    expect(events().every((e) => e.stack === undefined)).toBe(true);
  });

  it('ordinary outcomes (no project open) are not logged', async () => {
    const { handlers } = testHandlers(path.join(dir, 'profile'));
    const result = await dispatch(handlers, 'report.stats', {}, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_PROJECT' } });
    expect(fs.existsSync(log.file)).toBe(false);
  });

  it('without a log (or when it cannot be written) the envelope is the plain short message', async () => {
    const { handlers } = testHandlers(path.join(dir, 'profile'));
    const broken = { ...handlers, 'app.info': () => { throw new RangeError('boom'); } } as Handlers;
    expect(await dispatch(broken, 'app.info', {})).toEqual({ ok: false, error: { code: 'INTERNAL', message: '内部错误：boom' } });
    fs.writeFileSync(path.join(dir, 'blocked'), '');
    const unwritable = new ErrorLog({ dir: path.join(dir, 'blocked') });
    expect(await dispatch(broken, 'app.info', {}, unwritable)).toEqual({ ok: false, error: { code: 'INTERNAL', message: '内部错误：boom' } });
  });
});
