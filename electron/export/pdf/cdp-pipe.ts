/**
 * A Chromium started for printing, driven over the DevTools protocol on a pipe
 * (--remote-debugging-pipe: commands in on fd 3, answers and events out on fd 4, each message JSON
 * ended by a NUL byte). This is all the PDF export needs of a browser driver: a handful of commands
 * (Target.*, Page.navigate, Runtime.evaluate, Fetch.*, Page.printToPDF, IO.read). playwright-core did
 * the same through a 9 MB bundle whose loading alone cost about 0.4 s of CPU and 60 MB per export;
 * no socket or port is opened either way.
 *
 * The browser gets a profile folder of its own, removed when it exits. When it exits unexpectedly,
 * every pending command fails with an AppError instead of hanging.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { AppError } from '../../errors/app-error';

export interface CdpEvent {
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly sessionId?: string;
}

interface Pending {
  readonly resolve: (result: Record<string, unknown>) => void;
  readonly reject: (error: Error) => void;
  readonly method: string;
  readonly sessionId: string | undefined;
}

/** How long a browser asked to close may take before it is killed. */
const CLOSE_GRACE_MS = 5_000;

function exitedError(detail: string): AppError {
  return new AppError('INVALID_OPERATION', { detail: `Chromium 意外退出（${detail}），未能打印 PDF` });
}

export class CdpPipe {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: CdpEvent) => void>();
  private received: Buffer[] = [];
  private failure: Error | null = null;
  /** Resolves once the browser process has exited and its profile folder is gone. */
  readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly input: Writable,
    output: Readable,
    profile: string,
  ) {
    output.on('data', (chunk: Buffer) => this.receive(chunk));
    // A failed write (the browser gone) shows as the exit below.
    input.on('error', () => undefined);
    output.on('error', () => undefined);
    this.exited = new Promise<void>((resolve) => {
      let done = false;
      const finish = (detail: string): void => {
        if (done) return;
        done = true;
        this.fail(exitedError(detail));
        fs.rm(profile, { recursive: true, force: true, maxRetries: 3 }, () => resolve());
      };
      child.once('exit', (code, signal) => finish(signal ?? `exit code ${code ?? '?'}`));
      child.once('error', (error) => finish(error.message));
    });
  }

  /** Starts `executable` with `args` plus the pipe and a fresh profile; resolves once it answers. */
  static async launch(executable: string, args: readonly string[]): Promise<CdpPipe> {
    const profile = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'rw-chromium-'));
    // Its own process group (detached): a wrapper script (/usr/bin/chromium* on Debian) and the
    // browser under it can be killed together if the browser does not close.
    const child = spawn(executable, [...args, `--user-data-dir=${profile}`, '--remote-debugging-pipe'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    const [input, output] = [child.stdio[3], child.stdio[4]];
    if (!input || !output || !('write' in input) || !('on' in output)) {
      child.kill('SIGKILL');
      await fs.promises.rm(profile, { recursive: true, force: true });
      throw exitedError('no DevTools pipe');
    }
    const pipe = new CdpPipe(child, input as Writable, output as Readable, profile);
    try {
      await pipe.send('Browser.getVersion');
    } catch (error) {
      pipe.kill();
      await pipe.exited;
      throw error;
    }
    return pipe;
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(0, start);
      if (end < 0) {
        if (start < chunk.length) this.received.push(chunk.subarray(start));
        return;
      }
      this.received.push(chunk.subarray(start, end));
      const text = Buffer.concat(this.received).toString('utf8');
      this.received = [];
      start = end + 1;
      this.dispatch(JSON.parse(text) as { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string });
    }
  }

  private dispatch(message: { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string }): void {
    if (message.id !== undefined) {
      const pending = this.pending.get(message.id);
      if (pending === undefined) return;
      this.pending.delete(message.id);
      if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
      else pending.resolve(message.result ?? {});
      return;
    }
    if (message.method === undefined) return;
    const event: CdpEvent = { method: message.method, params: message.params ?? {}, ...(message.sessionId ? { sessionId: message.sessionId } : {}) };
    for (const listener of [...this.listeners]) listener(event);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  /** Fails the commands pending for a page's session (the page was closed: they get no answer). */
  failSession(sessionId: string, error: Error): void {
    for (const [id, pending] of this.pending) {
      if (pending.sessionId !== sessionId) continue;
      this.pending.delete(id);
      pending.reject(error);
    }
  }

  /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: Record<string, unknown>) => void, reject, method, sessionId });
      this.input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Calls `listener` for every event until the returned function is called. */
  on(listener: (event: CdpEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Rejects once the browser has exited, with why: for racing a wait on an event that will never come. */
  failed(): Promise<never> {
    return this.exited.then(() => {
      throw this.failure ?? exitedError('exit');
    });
  }

  /** True once the browser has exited (or failed to start). */
  get closed(): boolean {
    return this.failure !== null;
  }

  private kill(): void {
    try {
      if (this.child.pid !== undefined && process.platform !== 'win32') process.kill(-this.child.pid, 'SIGKILL');
      else this.child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  }

  /** Asks the browser to close, kills it if it does not within a few seconds, waits for the exit. */
  async close(): Promise<void> {
    if (this.failure === null) {
      const timer = setTimeout(() => this.kill(), CLOSE_GRACE_MS);
      this.send('Browser.close').catch(() => undefined);
      await this.exited;
      clearTimeout(timer);
    }
    await this.exited;
  }
}
