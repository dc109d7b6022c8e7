import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { MAX_IMAGE_BASE64 } from '../../shared/ipc/contract';
import { RecentFiles } from '../app-state/recent-files';
import { Preferences } from '../app-state/preferences';
import type { DesktopShell } from '../services/desktop-shell';
import { ErrorLog } from '../errors/error-log';
import type { Dialogs } from '../services/dialogs';
import { ChromiumPrintEngine } from '../export/pdf/chromium-print-engine';
import { FileHandles } from '../services/file-handles';
import { createHandlers, dispatch, type Handlers } from '../services/handlers';
import { ProjectSession } from '../services/session';
import { CONTENT_SECURITY_POLICY, harnessPolicy, withMetaPolicy } from '../security/csp';

/**
 * Loopback test harness: serves the built renderer and the very same handler table as Electron's
 * ipcMain, over HTTP on 127.0.0.1 with a random port and a per-run token. File dialogs are replaced
 * by paths the test queues (or generated inside the work directory); as in the app, the renderer
 * gets only the handles main makes of them. A queued path for a save dialog that names an existing
 * file stands for the user having confirmed replacing it, as a real save dialog asks.
 */
export interface HarnessOptions {
  readonly rendererDir: string;
  readonly workDir: string;
  readonly version?: string;
}

export interface Harness {
  readonly url: string;
  readonly token: string;
  readonly session: ProjectSession;
  readonly handlers: Handlers;
  readonly errorLog: ErrorLog;
  /** Main's handle registry, for Node tests that play main's part (the renderer only ever sees handles). */
  readonly files: FileHandles;
  /** Queue the answer of the next file dialog (null = user cancelled). */
  queueDialogAnswer(answer: string | null): void;
  /** What main asked of the desktop (open, reveal, print), in order, with the paths it held. */
  readonly shellCalls: readonly { readonly action: 'open' | 'reveal' | 'print'; readonly file: string }[];
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Room for the largest payload of the contract (asset.import's base64 image) plus its JSON wrapping. */
const MAX_BODY = MAX_IMAGE_BASE64 + 1024 * 1024;

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = crypto.randomBytes(24).toString('hex');
  fs.mkdirSync(options.workDir, { recursive: true });
  const recent = new RecentFiles(path.join(options.workDir, '.profile'));
  const session = new ProjectSession(recent);
  const answers: (string | null)[] = [];
  let counter = 0;
  const generated = (suggested: string | undefined): string => {
    counter += 1;
    const base = (suggested ?? 'report').replace(/[\\/:*?"<>|]/g, '_').replace(/\.rwproj$/i, '');
    return path.join(options.workDir, `${base}-${counter}.rwproj`);
  };
  const dialogs: Dialogs = {
    pickNewProjectPath: async (suggested) => (answers.length > 0 ? (answers.shift() ?? null) : generated(suggested)),
    pickOpenProjectPath: async () => (answers.length > 0 ? (answers.shift() ?? null) : null),
    pickSaveAsPath: async (suggested) => (answers.length > 0 ? (answers.shift() ?? null) : generated(suggested)),
    // Nothing sensible can be generated for an image: a test queues the file it wants inserted.
    pickImagePath: async () => (answers.length > 0 ? (answers.shift() ?? null) : null),
    pickSpreadsheetPath: async () => (answers.length > 0 ? (answers.shift() ?? null) : null),
    pickPackagePath: async (suggested) => {
      if (answers.length > 0) return answers.shift() ?? null;
      counter += 1;
      return path.join(options.workDir, `${(suggested ?? 'package').replace(/[\\/:*?"<>|]/g, '_').replace(/\.rwpkg$/i, '')}-${counter}.rwpkg`);
    },
    // A returned package is a file the test made: it queues it.
    pickContributionPath: async () => (answers.length > 0 ? (answers.shift() ?? null) : null),
    pickExportPath: async (format, suggested) => {
      if (answers.length > 0) return answers.shift() ?? null;
      counter += 1;
      return path.join(options.workDir, `${(suggested ?? 'report').replace(/[\\/:*?"<>|]/g, '_')}-${counter}.${format}`);
    },
    // Images, the report PDF and the certificate are files the test made: it queues them.
    pickStatementInput: async () => (answers.length > 0 ? (answers.shift() ?? null) : null),
    pickStatementPath: async (format, suggested) => {
      if (answers.length > 0) return answers.shift() ?? null;
      counter += 1;
      return path.join(options.workDir, `${suggested.replace(/[\\/:*?"<>|]/g, '_')}-${counter}.${format}`);
    },
    // 从 Word 报告创建: the Word report is a file the test made; it queues it.
    pickWordReportPath: async () => (answers.length > 0 ? (answers.shift() ?? null) : null),
  };
  // PDF export and print preview print through Debian's Chromium, as the CLI does.
  const printEngine = new ChromiumPrintEngine();
  // The harness logs what goes wrong into its work folder, as the app does into its user-data folder.
  const errorLog = new ErrorLog({ dir: path.join(options.workDir, '.logs') });
  const files = new FileHandles();
  // The desktop is not there to open or print: the calls are recorded for the tests instead.
  const shellCalls: { action: 'open' | 'reveal' | 'print'; file: string }[] = [];
  const shell: DesktopShell = {
    openPath: async (file) => {
      shellCalls.push({ action: 'open', file });
      return '';
    },
    showItemInFolder: (file) => void shellCalls.push({ action: 'reveal', file }),
    printPdf: async (file) => void shellCalls.push({ action: 'print', file }),
  };
  const preferences = new Preferences(path.join(options.workDir, '.profile'));
  const handlers = createHandlers({ session, dialogs, recent, host: 'harness', version: options.version ?? '0.0.0-harness', closeReady: () => {}, printEngine, files, preferences, shell });
  const rendererDir = path.resolve(options.rendererDir);

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname === '/ipc') {
      if (req.headers['x-reportworks-token'] !== token) {
        res.writeHead(403).end();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) req.destroy();
        else chunks.push(chunk);
      });
      req.on('end', () => {
        let body: { method?: unknown; payload?: unknown };
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
        } catch {
          res.writeHead(400).end();
          return;
        }
        void dispatch(handlers, body.method, body.payload, errorLog).then((result) => {
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
          res.end(JSON.stringify(result));
        });
      });
      return;
    }
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = path.resolve(rendererDir, relative);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const policy = harnessPolicy(CONTENT_SECURITY_POLICY);
    res.writeHead(200, {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': policy,
      'cache-control': 'no-store',
    });
    // The page's own <meta> policy forbids connect-src; the harness's transport needs its origin.
    if (path.basename(file) === 'index.html') res.end(withMetaPolicy(fs.readFileSync(file, 'utf8'), policy));
    else fs.createReadStream(file).pipe(res);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    session,
    handlers,
    errorLog,
    files,
    queueDialogAnswer: (answer) => answers.push(answer),
    shellCalls,
    close: () =>
      new Promise<void>((resolve) => {
        session.close();
        void printEngine.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
