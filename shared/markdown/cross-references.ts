/**
 * Typed references in running text (`见表 1-1`, `如图 1-1、图 1-2 所示`, `见案例 8`) → cross-reference
 * inlines pointing at the table, figure or case that carried that typed number, so the text follows
 * when the numbering changes. Only the `表 1-1` part is replaced; the words around it stay text.
 * A reference whose number no item of the import carries stays text and is reported as unresolved:
 * once numbering is computed it would silently name another item.
 *
 * Deliberately conservative, because a wrong link is worse than none (it silently shows another
 * figure's number once numbering changes):
 * - only a number some table or figure of the same import was typed with, and only when exactly
 *   one was (the builder leaves duplicates out of the targets);
 * - a chapter-style number (`1-1`) is a reference wherever it stands, except after 附, 续 or 经典
 *   (附表 1-1, 续表 1-1 and 经典案例 1 belong to other series); a bare number (`图 3`, global numbering) only
 *   right after a cue word (见, 如, 由, 详见 … optionally with 下/上) or chained to a reference just
 *   before it (`见图 3、图 4`), and never when a unit follows (`表 3 项`, `图 2 张`).
 */
import { newBlockId } from '../ids/block-id';
import type { FormattedText, InlineNode, XrefElement } from '../model/document';
import { TYPED_NUMBER_SOURCE, referenceKey, type StructureWord } from './typed-numbers';

/** `表:1-1` (see referenceKey) → block id of the table or figure typed with that number. */
export type ReferenceTargets = ReadonlyMap<string, string>;

const REFERENCE = new RegExp(`(图|表|案例)\\s*(${TYPED_NUMBER_SOURCE})`, 'g');
const BLOCKED_BEFORE = /(?:[附续]|经典)$/;
const CUE_BEFORE = /(?:见|如|由|据|详见|参见|参看|见于)[下上]?\s*$/;
/** Between two references of one chain: `图 3、图 4`, `表 1 和表 2`. */
const CHAIN_BEFORE = /^\s*(?:、|，|,|和|与|及|以及|至|到|-|—|～|~)\s*$/;
/** Not 所: `如图 3 所示` is the commonest reference of all. */
const UNIT_AFTER = /^\s*[年月日个项张幅名人次家门类%％‰万亿元倍]/;

function isText(node: InlineNode): node is FormattedText {
  return 'text' in node && !('type' in node);
}

function sameMarks(a: FormattedText, b: FormattedText): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;
}

function xref(target: string): XrefElement {
  return { type: 'xref', id: newBlockId(), target, children: [{ text: '' }] };
}

/**
 * Slate's shape for inline voids: text (possibly empty) before, after and between inlines, no two
 * neighbouring texts with the same marks, no empty text where a non-empty one is beside it.
 */
function normalizeInlines(nodes: readonly InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (isText(node)) {
      if (last !== undefined && isText(last) && (sameMarks(last, node) || last.text === '' || node.text === '')) {
        if (last.text === '') out[out.length - 1] = node;
        else if (node.text !== '') out[out.length - 1] = { ...last, text: last.text + node.text };
        continue;
      }
      out.push(node);
    } else {
      if (last === undefined || !isText(last)) out.push({ text: '' });
      out.push(node);
    }
  }
  const last = out[out.length - 1];
  if (last === undefined || !isText(last)) out.push({ text: '' });
  return out;
}

/**
 * Whether `match` reads as a reference to a numbered item (whatever it points at); `previousEnd` is
 * where the last reference of the same text ended, -1 if none.
 */
function readsAsReference(text: string, match: RegExpExecArray, previousEnd: number): boolean {
  const [whole, , typed] = match as unknown as [string, StructureWord, string];
  const before = text.slice(0, match.index);
  if (BLOCKED_BEFORE.test(before)) return false;
  if (/[-－—–.．]/.test(typed)) return true;
  const after = text.slice(match.index + whole.length);
  if (UNIT_AFTER.test(after)) return false;
  if (CUE_BEFORE.test(before)) return true;
  return previousEnd >= 0 && CHAIN_BEFORE.test(text.slice(previousEnd, match.index));
}

class ReferenceLinker {
  count = 0;
  /** References that name no item of the import. */
  readonly unresolved: UnresolvedReference[] = [];

  constructor(private readonly targets: ReferenceTargets) {}

  private splitRun(run: FormattedText): InlineNode[] {
    const pieces: InlineNode[] = [];
    const { text } = run;
    let end = 0;
    let linkedEnd = -1;
    let referenceEnd = -1;
    REFERENCE.lastIndex = 0;
    for (let match = REFERENCE.exec(text); match !== null; match = REFERENCE.exec(text)) {
      if (!readsAsReference(text, match, referenceEnd)) continue;
      referenceEnd = match.index + match[0].length;
      const [whole, word, typed] = match as unknown as [string, StructureWord, string];
      const key = referenceKey(word, typed);
      const target = this.targets.get(key);
      if (target === undefined) {
        this.unresolved.push({ typed: whole, key });
        continue;
      }
      pieces.push({ ...run, text: text.slice(end, match.index) }, xref(target));
      end = referenceEnd;
      linkedEnd = end;
      this.count += 1;
    }
    if (linkedEnd < 0) return [run];
    pieces.push({ ...run, text: text.slice(end) });
    return pieces;
  }

  link(children: readonly InlineNode[]): InlineNode[] | null {
    const before = this.count;
    const out = children.flatMap((node) => (isText(node) ? this.splitRun(node) : [node]));
    return this.count === before ? null : normalizeInlines(out);
  }
}

export interface UnresolvedReference {
  /** As it stands in the text (`图 40`). */
  readonly typed: string;
  /** Its referenceKey (`图:40`). */
  readonly key: string;
}

export interface LinkedReferences {
  /** The children with references linked; null when nothing was linked (keep the object as it is). */
  readonly children: InlineNode[] | null;
  readonly count: number;
  /** Typed references that name no item of the import, in order. */
  readonly unresolved: readonly UnresolvedReference[];
}

export function linkReferences(children: readonly InlineNode[], targets: ReferenceTargets): LinkedReferences {
  const linker = new ReferenceLinker(targets);
  const linked = linker.link(children);
  return { children: linked, count: linker.count, unresolved: linker.unresolved };
}
