/** Figures' images as blobs (renderer/src/editor/figure/asset-urls.ts): base64 from main, decoded byte for byte. */
import { base64ToBlob } from '../../renderer/src/editor/figure/asset-urls';

const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x80, 0x7f]);
const base64 = Buffer.from(bytes).toString('base64');

test.each([
  ['the engine decodes natively (Uint8Array.fromBase64, Chromium 140+)', true],
  ['no native decoder: the atob loop', false],
])('%s', async (_name, native) => {
  const holder = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array };
  const saved = holder.fromBase64;
  if (native && !saved) holder.fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
  if (!native) delete holder.fromBase64;
  try {
    // The module reads the decoder when loaded: load it afresh under each condition.
    let fresh: typeof base64ToBlob = base64ToBlob;
    jest.isolateModules(() => {
      fresh = (jest.requireActual('../../renderer/src/editor/figure/asset-urls') as { base64ToBlob: typeof base64ToBlob }).base64ToBlob;
    });
    const blob = fresh(base64, 'image/png');
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([...bytes]);
  } finally {
    if (saved) holder.fromBase64 = saved;
    else delete holder.fromBase64;
  }
});
