/**
 * Stable block ids. Numbering, cross-references and three-way merges all match blocks by id, so an
 * id must survive edits and moves, and a new block (split, paste, import) must get a fresh one.
 *
 * Ids are short ASCII strings: they end up as bookmark names in Word and as element ids in HTML
 * (Chromium turns those into PDF named destinations, which poppler dislikes when long or non-ASCII).
 */

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_LENGTH = 10;

/** The one Web Crypto call we need, typed here because shared/ compiles without DOM or Node types. */
interface WebCrypto {
  getRandomValues(array: Uint8Array): Uint8Array;
}

function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  // Web Crypto exists both in browsers and in Node ≥ 19 as a global, so shared code can use it.
  (globalThis as unknown as { crypto: WebCrypto }).crypto.getRandomValues(bytes);
  return bytes;
}

/** A new random id such as `b7k2m9q0xz`; the leading letter keeps it a valid XML/HTML name. */
export function newBlockId(): string {
  const bytes = randomBytes(ID_LENGTH - 1);
  let id = 'b';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

export function newNodeId(prefix: string): string {
  return prefix + newBlockId().slice(1);
}

interface IdCarrier {
  id?: unknown;
  children?: unknown;
}

/**
 * Returns a copy of `blocks` where every element has a unique string id. Existing unique ids are
 * kept; missing or duplicate ones (a copy/paste, a hand-edited file) are replaced. `taken` lets the
 * caller reserve ids used elsewhere (other sections of the same report).
 */
export function withUniqueIds<T>(blocks: readonly T[], taken: Set<string> = new Set()): T[] {
  const fix = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null || !('children' in node)) return node;
    const carrier = node as IdCarrier;
    let id = typeof carrier.id === 'string' && carrier.id.length > 0 ? carrier.id : '';
    if (id === '' || taken.has(id)) {
      do id = newBlockId();
      while (taken.has(id));
    }
    taken.add(id);
    const children = Array.isArray(carrier.children) ? carrier.children.map(fix) : carrier.children;
    return { ...(node as object), id, children };
  };
  return blocks.map((b) => fix(b) as T);
}

/** Collects every element id in document order (duplicates included, to let callers detect them). */
export function collectIds(blocks: readonly unknown[]): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || !('children' in node)) return;
    const carrier = node as IdCarrier;
    if (typeof carrier.id === 'string') out.push(carrier.id);
    if (Array.isArray(carrier.children)) carrier.children.forEach(walk);
  };
  blocks.forEach(walk);
  return out;
}
