/**
 * The harness transport: token header, envelopes passed through, and transport failures turned
 * into envelopes with a Chinese message (so the UI shows them like any other error).
 */
import { createApi, IpcCallError } from '../../shared/ipc/api';
import { createInvoke, httpInvoke, TOKEN_HEADER } from '../../renderer/src/ipc/transport';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>): RequestInit[] {
  const calls: RequestInit[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    calls.push(init);
    return respond(url, init);
  }) as typeof fetch;
  return calls;
}

test('posts {method, payload} with the token and returns the envelope', async () => {
  const calls = fakeFetch(() => new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 }));
  const result = await httpInvoke('secret')('app.recentFiles', {});
  expect(result).toEqual({ ok: true, value: [] });
  expect(calls[0]?.method).toBe('POST');
  expect((calls[0]?.headers as Record<string, string>)[TOKEN_HEADER]).toBe('secret');
  expect(JSON.parse(calls[0]?.body as string)).toEqual({ method: 'app.recentFiles', payload: {} });
});

test('an error envelope becomes an IpcCallError with main’s message and code', async () => {
  fakeFetch(() => new Response(JSON.stringify({ ok: false, error: { code: 'IN_USE', message: '文件正被占用' } }), { status: 200 }));
  const api = createApi(httpInvoke('t'));
  await expect(api.project.open({ file: 'h'.repeat(32) })).rejects.toEqual(expect.objectContaining({ code: 'IN_USE', message: '文件正被占用' }));
  await expect(api.project.open({ file: 'h'.repeat(32) })).rejects.toBeInstanceOf(IpcCallError);
});

test('HTTP and network failures are reported, not thrown raw', async () => {
  fakeFetch(() => new Response('', { status: 403 }));
  expect(await httpInvoke('wrong')('app.info', {})).toEqual({ ok: false, error: { code: 'IO_ERROR', message: '主程序拒绝了请求（HTTP 403）' } });
  fakeFetch(() => Promise.reject(new Error('ECONNREFUSED')));
  expect(await httpInvoke('t')('app.info', {})).toEqual({ ok: false, error: { code: 'IO_ERROR', message: '无法连接到主程序：ECONNREFUSED' } });
});

test('a page without preload bridge or token says it cannot reach main', async () => {
  const invoke = createInvoke({ search: '' });
  expect(await invoke('app.info', {})).toEqual({ ok: false, error: { code: 'IO_ERROR', message: '页面未在年报工坊中打开，无法读写项目文件。' } });
});
