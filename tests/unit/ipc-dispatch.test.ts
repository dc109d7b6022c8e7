import path from 'node:path';
import { AppError } from '../../electron/errors/app-error';
import { dispatch, type Handlers } from '../../electron/services/handlers';
import type { ProjectSession } from '../../electron/services/session';
import { IPC_METHODS, MAX_IMAGE_BASE64, type FilePurpose, type IpcMethod } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { testHandlers } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

/** A handler table that records calls, so a test can prove a refused payload never reached it. */
function spyHandlers(): { handlers: Handlers; calls: jest.Mock } {
  const calls = jest.fn((method: string) => `handled ${method}`);
  const handlers = Object.fromEntries(IPC_METHODS.map((m) => [m, () => calls(m)])) as unknown as Handlers;
  return { handlers, calls };
}

/** A well-formed file handle (main makes them; see electron/services/file-handles.ts). */
const H = 'Ab0_-'.repeat(6) + 'xy';

/** Well-formed payloads, one per method; the tests below break them one way at a time. */
const VALID: Record<IpcMethod, Record<string, unknown>> = {
  'app.info': {},
  'app.recentFiles': {},
  'app.closeReady': {},
  'app.takeLaunchFile': {},
  'dialog.pickNewProjectPath': { suggestedName: '年报' },
  'dialog.pickOpenProjectPath': {},
  'dialog.pickSaveAsPath': {},
  'dialog.pickImagePath': {},
  'dialog.pickSpreadsheetPath': {},
  'dialog.pickPackagePath': { suggestedName: '教务处' },
  'dialog.pickContributionPath': {},
  'dialog.pickExportPath': { format: 'pdf', suggestedName: '年报' },
  'dialog.pickCertificatePath': {},
  'project.create': { file: H, unitName: '天津工业职业学院', year: 2025, blank: false, numberingScheme: 'chapter' },
  'project.open': { file: H, readOnly: true },
  'project.close': {},
  'project.current': {},
  'project.saveAs': { file: H },
  'settings.update': { patch: { year: 2024, stylePreset: 'report' } },
  'outline.add': { parentId: null, afterId: 'n1', title: '新的一章' },
  'outline.rename': { id: 'n1', title: '人才培养' },
  'outline.delete': { id: 'n1' },
  'outline.restore': { id: 'n1' },
  'outline.move': { id: 'n1', parentId: null, index: 0 },
  'section.load': { id: 'n1' },
  'section.save': { id: 'n1', content: [{ type: 'paragraph', id: 'p', children: [{ text: '' }] }], baseRevision: 1 },
  'section.history': { id: 'n1' },
  'section.restore': { id: 'n1', revision: 1 },
  'report.stats': {},
  'report.numbering': {},
  'report.loadAll': {},
  'asset.import': { name: '照片.jpg', base64: 'iVBORw0KGgo=' },
  'asset.read': { sha256: 'a'.repeat(64) },
  'table.readSpreadsheet': { file: H, sheet: '毕业生', range: 'A1:D20' },
  'export.docx': { file: H, parts: { cover: false } },
  'export.pdf': { file: H, sign: { certificate: H, password: '证书口令' } },
  'export.progress': { jobId: 'job-1' },
  'export.cancel': { jobId: 'job-1' },
  'export.preview': { jobId: 'job-2' },
  'export.previewRead': { previewId: 'p-1', offset: 4194304 },
  'export.previewSave': { previewId: 'p-1', file: H },
  'export.previewClose': { previewId: 'p-1' },
  'department.list': {},
  'department.add': { name: '教务部', lead: '李主任', writers: '王老师、张老师' },
  'department.update': { id: 'd1', writers: '王老师' },
  'department.remove': { id: 'd1' },
  'outline.assign': { id: 'n1', departmentId: 'd1' },
  'section.setStatus': { id: 'n1', status: 'drafting', dueDate: '2025-12-01' },
  'dashboard.get': { today: '2025-12-01' },
  'package.create': { departmentId: 'd1', file: H },
  'package.list': {},
  'package.import': { file: H },
  'draft.import': { file: H, sectionId: 'n1' },
  'package.decide': { importId: 'i1', decisions: { 'n1:b1:modify': 'accept', 'n1:b2:conflict': 'ours' } },
  'package.discard': { importId: 'i1' },
  'package.undoImport': { packageId: 'k1' },
  'package.submit': {},
  'comment.add': { nodeId: 'n1', blockId: 'b1', text: '请补充数据来源' },
  'comment.list': { nodeId: 'n1' },
  'comment.reply': { commentId: 'm1', text: '已补充' },
  'statement.get': {},
  'statement.update': { template: '学校对{unit}的报告负责。特此声明。', signerName: '张三', date: '2025-12-30', position: 'first' },
  'statement.pickImage': { kind: 'seal' },
  'statement.clearImage': { kind: 'signature' },
  'statement.issue': { format: 'pdf', bindReport: true, sign: { password: '密码' } },
  'preflight.run': { sections: ['n1'], rules: ['typo', 'traditional'] },
  'preflight.settings': {},
  'preflight.updateSettings': { glossary: [{ preferred: '党的二十大', variants: ['二十大'] }], traditionalAllow: ['天津工業職業學院'] },
  'preflight.ignore': { key: 'typo|p1|text|杜会', rule: 'typo', nodeId: 'n1', excerpt: '杜会' },
  'preflight.unignore': { key: 'typo|p1|text|杜会' },
  // Find and replace, zoom, open after export, print the preview.
  'report.find': { query: '产教融合', options: { matchCase: true } },
  'report.replaceAll': { query: '产教融合', replacement: '校企合作', options: { matchWidth: false } },
  'app.preferences': {},
  'app.setPreferences': { zoom: 125 },
  'export.openResult': { jobId: 'job-1', reveal: true },
  'export.previewPrint': { previewId: 'p-1' },
  // 从 Word 报告创建 (issue 16)
  'dialog.pickWordReportPath': {},
  'project.createFromWord': { file: H, source: H, unitName: '天津工业职业学院', year: 2025, numberingScheme: 'chapter', jobId: 'word-1' },
  // A new year from last year's project (issue 16, part 2).
  'project.createFromLastYear': { file: H, from: H, year: 2026, unitName: '天津工业职业学院', numberingScheme: 'chapter', tableValues: 'clear' },
  'priorYear.info': {},
  'priorYear.section': { id: 'n1' },
  'priorYear.copyBlock': { id: 'n1', blockId: 'p1' },
  'priorYear.compareColumn': { id: 'n1', tableId: 't1', colId: 'c1' },
  // History: timed and named versions (issue 15).
  'section.revision': { id: 'n1', revision: 2 },
  'versions.list': {},
  'versions.save': { name: '送审稿' },
  'versions.rename': { id: 1, name: '送审稿' },
  'versions.delete': { id: 1 },
  'versions.preview': { id: 1 },
  'versions.restore': { id: 1 },
  'versions.undoRestore': { restored: { n1: 3 }, previous: { n1: 2 } },
};

function expectError(result: IpcResult<unknown>, code: string): string {
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(0);
  return result.error.message;
}

describe('dispatch: well-formed calls', () => {
  test.each(IPC_METHODS)('%s reaches its handler', async (method) => {
    const { handlers, calls } = spyHandlers();
    await expect(dispatch(handlers, method, VALID[method])).resolves.toEqual({ ok: true, value: `handled ${method}` });
    expect(calls).toHaveBeenCalledWith(method);
  });

  test.each(IPC_METHODS.filter((m) => Object.keys(VALID[m]).length === 0))('%s accepts a missing payload', async (method) => {
    const { handlers } = spyHandlers();
    await expect(dispatch(handlers, method, undefined)).resolves.toMatchObject({ ok: true });
  });

  test('the handler receives the parsed payload (titles trimmed)', async () => {
    const { handlers } = spyHandlers();
    const rename = jest.fn(() => ({ outline: [], deleted: [], stats: {} }));
    await dispatch({ ...handlers, 'outline.rename': rename } as unknown as Handlers, 'outline.rename', { id: 'n1', title: '  人才培养  ' });
    expect(rename).toHaveBeenCalledWith({ id: 'n1', title: '人才培养' });
  });
});

describe('dispatch: malformed calls are refused with INVALID_PAYLOAD before any handler runs', () => {
  const long = (n: number) => 'x'.repeat(n);
  const cases: [string, IpcMethod, unknown][] = [
    // Wrong types.
    ['a handle as a number', 'project.open', { file: 42 }],
    ['readOnly as a string', 'project.open', { file: H, readOnly: 'yes' }],
    ['year as a string', 'project.create', { ...VALID['project.create'], year: '2025' }],
    ['year not an integer', 'project.create', { ...VALID['project.create'], year: 2025.5 }],
    ['year out of range', 'project.create', { ...VALID['project.create'], year: 1999 }],
    ['unknown numbering scheme', 'project.create', { ...VALID['project.create'], numberingScheme: 'roman' }],
    ['baseRevision negative', 'section.save', { ...VALID['section.save'], baseRevision: -1 }],
    ['baseRevision NaN', 'section.save', { ...VALID['section.save'], baseRevision: Number.NaN }],
    ['baseRevision Infinity', 'section.save', { ...VALID['section.save'], baseRevision: Number.POSITIVE_INFINITY }],
    ['content not an array', 'section.save', { ...VALID['section.save'], content: '<p>x</p>' }],
    ['revision 0', 'section.restore', { id: 'n1', revision: 0 }],
    ['index negative', 'outline.move', { id: 'n1', parentId: null, index: -1 }],
    ['id null', 'section.load', { id: null }],
    ['payload an array', 'section.load', ['n1']],
    ['payload a string', 'section.load', 'n1'],
    ['payload a number', 'app.info', 7],
    ['settings patch with a wrong type', 'settings.update', { patch: { year: 'next' } }],
    ['settings patch with a blank unit name', 'settings.update', { patch: { unitName: '   ' } }],
    ['blank title', 'outline.add', { parentId: null, title: '   ' }],
    ['an export format other than docx or pdf', 'dialog.pickExportPath', { format: 'odt' }],
    ['a job id with a path in it', 'export.progress', { jobId: '../x' }],
    ['a PDF signature without a certificate', 'export.pdf', { file: H, sign: { password: 'x' } }],
    ['a PDF signature with extra keys', 'export.pdf', { file: H, sign: { certificate: H, password: 'x', keep: true } }],
    ['a PDF signature naming the certificate by path', 'export.pdf', { file: H, sign: { certificatePath: '/tmp/c.p12', password: 'x' } }],
    ['an empty job id', 'export.cancel', { jobId: '' }],
    ['a preview id with a path in it', 'export.previewRead', { previewId: '../../etc/passwd', offset: 0 }],
    ['a negative preview offset', 'export.previewRead', { previewId: 'p-1', offset: -1 }],
    ['a fractional preview offset', 'export.previewRead', { previewId: 'p-1', offset: 1.5 }],
    ['a preview save without a file', 'export.previewSave', { previewId: 'p-1' }],
    ['a blank statement template', 'statement.update', { template: '   ' }],
    ['a statement template over 500 characters', 'statement.update', { template: long(501) }],
    ['a signer over 50 characters', 'statement.update', { signerName: long(51) }],
    ['a statement date that is no calendar day', 'statement.update', { date: '2025-02-30' }],
    ['an unknown statement position', 'statement.update', { position: 'last' }],
    ['an unknown preflight rule', 'preflight.run', { rules: ['spelling'] }],
    ['an empty glossary term', 'preflight.updateSettings', { glossary: [{ preferred: ' ', variants: [] }], traditionalAllow: [] }],
    ['an empty ignore key', 'preflight.ignore', { key: '', rule: 'typo', nodeId: 'n1', excerpt: '' }],
    ['an unknown statement image kind', 'statement.pickImage', { kind: 'logo' }],
    ['a statement format other than pdf or docx', 'statement.issue', { format: 'odt', bindReport: false, sign: null }],
    ['a statement issue without sign', 'statement.issue', { format: 'pdf', bindReport: false }],
    ['a job id as a number', 'export.docx', { file: H, jobId: 7 }],
    ['an empty find query', 'report.find', { query: '' }],
    ['a replacement without a query', 'report.replaceAll', { replacement: 'x' }],
    ['a zoom above 200 %', 'app.setPreferences', { zoom: 250 }],
    ['a path where a job id goes', 'export.openResult', { jobId: '/tmp/x.docx', reveal: false }],
    // Extra keys, at the top and nested.
    ['an extra key', 'section.load', { id: 'n1', sql: 'DROP TABLE settings' }],
    ['an extra key on a no-argument method', 'project.close', { force: true }],
    ['an extra key in the settings patch', 'settings.update', { patch: { year: 2024, admin: true } }],
    ['a __proto__ key', 'section.load', JSON.parse('{"id":"n1","__proto__":{"polluted":true}}')],
    // Missing fields.
    ['no payload at all', 'section.load', undefined],
    ['missing id', 'outline.delete', {}],
    ['missing baseRevision', 'section.save', { id: 'n1', content: [] }],
    ['missing parentId (null is required, not absent)', 'outline.add', { title: '新的一章' }],
    ['missing file', 'project.create', { unitName: '天津工业职业学院', year: 2025 }],
    ['empty file handle', 'project.open', { file: '' }],
    // The renderer never names a path (main's dialogs hand out handles).
    ['a path instead of a handle', 'project.open', { path: '/tmp/a.rwproj' }],
    ['a path in the handle field', 'project.open', { file: '/tmp/a.rwproj' }],
    ['a path for export.docx', 'export.docx', { path: '/home/user/.bashrc' }],
    ['a path for export.pdf', 'export.pdf', { path: '/home/user/.bashrc' }],
    ['a path for a preview save', 'export.previewSave', { previewId: 'p-1', path: '/tmp/预览.pdf' }],
    ['a path for save-as', 'project.saveAs', { path: '/tmp/b.rwpkg' }],
    ['a path for a spreadsheet', 'table.readSpreadsheet', { path: '/etc/passwd' }],
    ['a path for an image', 'asset.import', { path: '/tmp/a.png' }],
    ['a path for a package', 'package.create', { departmentId: 'd1', path: '/tmp/教务部.rwpkg' }],
    ['a path for a returned package', 'package.import', { path: '/tmp/教务部.rwpkg' }],
    ['a path for a Word draft', 'draft.import', { path: '/tmp/教务部.docx', sectionId: 'n1' }],
    ['a handle one character short', 'project.open', { file: H.slice(1) }],
    // Oversized strings and arrays.
    ['a 4097-character handle', 'project.open', { file: long(4097) }],
    ['a 65-character id', 'section.load', { id: long(65) }],
    ['a 201-character title', 'outline.rename', { id: 'n1', title: long(201) }],
    ['a 101-character unit name', 'project.create', { ...VALID['project.create'], unitName: long(101) }],
    ['a 201-character suggested name', 'dialog.pickSaveAsPath', { suggestedName: long(201) }],
    ['content with 100 001 blocks', 'section.save', { ...VALID['section.save'], content: new Array(100_001).fill(0) }],
    ['an unknown node status', 'section.setStatus', { id: 'n1', status: '起草中' }],
    ['a due date that is no day', 'section.setStatus', { id: 'n1', dueDate: '12/01/2025' }],
    ['an unknown merge decision', 'package.decide', { importId: 'i1', decisions: { 'n1:b1:modify': 'maybe' } }],
    ['a blank department name', 'department.add', { name: '   ' }],
    ['a blank comment', 'comment.add', { nodeId: 'n1', text: ' ' }],
    // Images.
    ['an image that is not base64', 'asset.import', { name: 'a.png', base64: '<svg onload=alert(1)>' }],
    ['an image with both a handle and bytes', 'asset.import', { file: H, name: 'a.png', base64: 'AAAA' }],
    ['an image without a name', 'asset.import', { base64: 'AAAA' }],
    ['an image over the size limit', 'asset.import', { name: 'a.png', base64: 'A'.repeat(MAX_IMAGE_BASE64 + 4) }],
    ['an asset id that is not a sha256', 'asset.read', { sha256: '../../etc/passwd' }],
    ['an asset id in capitals', 'asset.read', { sha256: 'A'.repeat(64) }],
    // Spreadsheet import.
    ['a range that is not A1 notation', 'table.readSpreadsheet', { file: H, range: 'A1:D20; DROP' }],
    ['an empty sheet name', 'table.readSpreadsheet', { file: H, sheet: '' }],
  ];

  test.each(cases)('%s (%s)', async (_name, method, payload) => {
    const { handlers, calls } = spyHandlers();
    const message = expectError(await dispatch(handlers, method, payload), 'INVALID_PAYLOAD');
    expect(message).toMatch(/^请求参数无效：/);
    expect(calls).not.toHaveBeenCalled();
  });

  test('the message names the offending field', async () => {
    const { handlers } = spyHandlers();
    const message = expectError(await dispatch(handlers, 'outline.move', { id: 'n1', parentId: null, index: 'first' }), 'INVALID_PAYLOAD');
    expect(message).toContain('index');
  });
});

describe('dispatch: unknown methods', () => {
  const weirdMethods: [string, unknown][] = [
    ['an unknown name', 'project.delete'],
    ['a prototype property', 'toString'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['an empty string', ''],
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an array', ['project.open']],
    ['a symbol', Symbol('project.open')],
    // What JSON from the loopback harness can carry: an object whose toString is not callable.
    ['an object with a non-callable toString', JSON.parse('{"toString":1}')],
    ['an object without a prototype', Object.create(null)],
  ];

  test.each(weirdMethods)('%s → UNKNOWN_METHOD', async (_name, method) => {
    const { handlers, calls } = spyHandlers();
    expectError(await dispatch(handlers, method, {}), 'UNKNOWN_METHOD');
    expect(calls).not.toHaveBeenCalled();
  });

  test('a very long method name is cut in the message', async () => {
    const { handlers } = spyHandlers();
    const message = expectError(await dispatch(handlers, 'x'.repeat(10_000), {}), 'UNKNOWN_METHOD');
    expect(message.length).toBeLessThan(200);
  });
});

describe('dispatch never throws', () => {
  test.each<[string, () => unknown, string]>([
    ['an AppError keeps its code', () => { throw new AppError('NO_PROJECT'); }, 'NO_PROJECT'],
    ['a plain Error becomes INTERNAL', () => { throw new Error('boom'); }, 'INTERNAL'],
    ['a thrown string becomes INTERNAL', () => { throw 'boom'; }, 'INTERNAL'],
    ['a rejected promise becomes INTERNAL', () => Promise.reject(new TypeError('async boom')), 'INTERNAL'],
  ])('%s', async (_name, impl, code) => {
    const { handlers } = spyHandlers();
    const failing = { ...handlers, 'report.stats': impl } as unknown as Handlers;
    expectError(await dispatch(failing, 'report.stats', {}), code);
  });

  test('a payload whose getter throws is refused, not thrown', async () => {
    const { handlers, calls } = spyHandlers();
    const payload = Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    const result = await dispatch(handlers, 'section.load', payload);
    expect(result.ok).toBe(false);
    expect(calls).not.toHaveBeenCalled();
  });
});

describe('dispatch with the real handler table', () => {
  let dir: string;
  let session: ProjectSession;
  let handlers: Handlers;
  let handle: (purpose: FilePurpose, file: string) => string;

  beforeEach(() => {
    dir = makeTempDir('rw-ipc-');
    ({ session, handlers, file: handle } = testHandlers(path.join(dir, 'profile')));
  });

  afterEach(() => {
    session.close();
    removeTempDir(dir);
  });

  test('project methods without an open project answer NO_PROJECT', async () => {
    expectError(await dispatch(handlers, 'report.stats', {}), 'NO_PROJECT');
    expectError(await dispatch(handlers, 'section.load', { id: 'n1' }), 'NO_PROJECT');
  });

  test('invalid Slate content passes zod but is refused by the store with INVALID_PAYLOAD', async () => {
    const created = await dispatch(handlers, 'project.create', { file: handle('new-project', path.join(dir, 'a.rwproj')), unitName: '测试学院', year: 2025, blank: true });
    expect(created.ok).toBe(true);
    const id = session.require().outline()[0]?.id as string;
    const bad = [{ type: 'paragraph', id: 'p', children: [{ text: 'x', onclick: true }] }];
    const message = expectError(await dispatch(handlers, 'section.save', { id, content: bad, baseRevision: 1 }), 'INVALID_PAYLOAD');
    expect(message).toContain('onclick');
    expect(session.require().loadSection(id).revision).toBe(1);
  });
});
