/**
 * styles.xml and numbering.xml, read for what recognising headings needs: each paragraph style's
 * name, outline level and run look (bold, size, East Asian font) with its basedOn chain resolved,
 * and what each list level prints (一、 （一） 1. （1） or a bullet).
 *
 * Chinese Word gives built-in styles ids such as `1`, `2` (named `heading 1`), WPS names them
 * `标题 1`, and a template may define `标题一级` with an outline level: names and outline levels are
 * what is compared, never ids.
 */
import type { DocxListNumber } from '../../../shared/word/report/docx-model';
import { child, childrenNamed, elements, onOff, val, type XmlElement } from './xml-tree';

export interface RunLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly halfPoints?: number;
  readonly font?: string;
}

export interface ParagraphStyle {
  readonly name: string;
  /** 1-based; null for body text. */
  readonly outlineLevel: number | null;
  readonly run: RunLook;
  /** The list numbering the style carries (List Bullet, List Number, a numbered heading style). */
  readonly numbering: { readonly numId: string; readonly level: number } | null;
  readonly bordered: boolean;
}

export interface DocxStyles {
  paragraph(styleId: string | undefined): ParagraphStyle | undefined;
  character(styleId: string | undefined): RunLook | undefined;
  readonly defaults: RunLook;
}

export function readRunLook(rPr: XmlElement | undefined): RunLook {
  if (rPr === undefined) return {};
  const size = val(rPr, 'w:sz');
  const fonts = child(rPr, 'w:rFonts');
  const font = fonts?.attrs['w:eastAsia'] ?? fonts?.attrs['w:ascii'] ?? fonts?.attrs['w:hAnsi'];
  const underline = val(rPr, 'w:u');
  const look: { -readonly [K in keyof RunLook]: RunLook[K] } = {};
  const bold = onOff(rPr, 'w:b');
  if (bold !== undefined) look.bold = bold;
  const italic = onOff(rPr, 'w:i');
  if (italic !== undefined) look.italic = italic;
  if (child(rPr, 'w:u') !== undefined) look.underline = underline !== 'none' && underline !== '0';
  if (size !== undefined && Number.isFinite(Number(size))) look.halfPoints = Number(size);
  if (font !== undefined) look.font = font;
  return look;
}

/** Later looks win where they say something. */
export function mergeLooks(...looks: readonly (RunLook | undefined)[]): RunLook {
  const out: { -readonly [K in keyof RunLook]: RunLook[K] } = {};
  for (const look of looks) {
    if (look === undefined) continue;
    for (const key of Object.keys(look) as (keyof RunLook)[]) {
      if (look[key] !== undefined) (out as Record<string, unknown>)[key] = look[key];
    }
  }
  return out;
}

function styleNumbering(pPr: XmlElement | undefined): { numId: string; level: number } | null {
  const numPr = pPr === undefined ? undefined : child(pPr, 'w:numPr');
  const numId = val(numPr, 'w:numId');
  if (numId === undefined) return null;
  return { numId, level: Number(val(numPr, 'w:ilvl') ?? 0) };
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/;

interface RawStyle {
  readonly type: string;
  readonly name: string;
  readonly basedOn: string | undefined;
  /** Undefined when the style does not say (its basedOn decides); null for an explicit body level (9). */
  readonly outlineLevel: number | null | undefined;
  readonly run: RunLook;
  readonly numbering: { readonly numId: string; readonly level: number } | null;
  readonly bordered: boolean;
}

export function readStyles(root: XmlElement | null): DocxStyles {
  const raw = new Map<string, RawStyle>();
  let defaults: RunLook = {};
  const stylesEl = root === null ? undefined : child(root, 'w:styles');
  if (stylesEl !== undefined) {
    const docDefaults = child(stylesEl, 'w:docDefaults');
    defaults = readRunLook(child(child(docDefaults ?? { name: '', attrs: {}, children: [] }, 'w:rPrDefault') ?? { name: '', attrs: {}, children: [] }, 'w:rPr'));
    for (const style of childrenNamed(stylesEl, 'w:style')) {
      const id = style.attrs['w:styleId'];
      if (id === undefined) continue;
      const pPr = child(style, 'w:pPr');
      const level = val(pPr, 'w:outlineLvl');
      raw.set(id, {
        type: style.attrs['w:type'] ?? 'paragraph',
        name: (val(style, 'w:name') ?? id).toLowerCase(),
        basedOn: val(style, 'w:basedOn'),
        outlineLevel: level === undefined ? undefined : Number(level) < 9 ? Number(level) + 1 : null,
        run: readRunLook(child(style, 'w:rPr')),
        numbering: styleNumbering(pPr),
        bordered: pPr !== undefined && child(pPr, 'w:pBdr') !== undefined && elements(child(pPr, 'w:pBdr') as XmlElement).length > 0,
      });
    }
  }
  const resolved = new Map<string, ParagraphStyle>();
  const resolve = (id: string, seen: Set<string>): ParagraphStyle | undefined => {
    const cached = resolved.get(id);
    if (cached) return cached;
    const style = raw.get(id);
    if (style === undefined || seen.has(id)) return undefined;
    seen.add(id);
    const parent = style.basedOn === undefined ? undefined : resolve(style.basedOn, seen);
    const named = HEADING_NAME.exec(style.name);
    const outlineLevel = named ? Number(named[1]) : style.outlineLevel !== undefined ? style.outlineLevel : (parent?.outlineLevel ?? null);
    const out: ParagraphStyle = {
      name: style.name,
      outlineLevel,
      run: mergeLooks(parent?.run, style.run),
      numbering: style.numbering ?? parent?.numbering ?? null,
      bordered: style.bordered || (parent?.bordered ?? false),
    };
    resolved.set(id, out);
    return out;
  };
  return {
    paragraph: (id) => (id === undefined ? undefined : resolve(id, new Set())),
    character: (id) => (id === undefined ? undefined : raw.get(id)?.run),
    defaults,
  };
}

const CHINESE_FORMATS = /^(?:chinese|ideograph|japanese|taiwanese)/i;

function patternOf(numFmt: string, lvlText: string): DocxListNumber['pattern'] {
  if (numFmt === 'bullet') return 'bullet';
  const paren = /^[（(]\s*%\d\s*[）)]/.test(lvlText.trim());
  if (CHINESE_FORMATS.test(numFmt)) return paren ? 'chinese-paren' : 'chinese';
  if (numFmt === 'decimal' || numFmt === 'decimalFullWidth' || numFmt === 'decimalZero' || numFmt === 'decimalHalfWidth') {
    // A multi-level number (1.1, 1.1.1) is not one of the report's four kinds.
    if (/%\d.*%\d/.test(lvlText)) return 'other';
    return paren ? 'decimal-paren' : 'decimal';
  }
  return 'other';
}

export interface DocxNumbering {
  /** What list `numId` prints at level `level`; null when the list is unknown or switched off (numId 0). */
  describe(numId: string, level: number): DocxListNumber | null;
}

export function readNumbering(root: XmlElement | null): DocxNumbering {
  const abstract = new Map<string, Map<number, { numFmt: string; lvlText: string }>>();
  const nums = new Map<string, string>();
  const numberingEl = root === null ? undefined : child(root, 'w:numbering');
  if (numberingEl !== undefined) {
    for (const a of childrenNamed(numberingEl, 'w:abstractNum')) {
      const levels = new Map<number, { numFmt: string; lvlText: string }>();
      for (const lvl of childrenNamed(a, 'w:lvl')) {
        levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), { numFmt: val(lvl, 'w:numFmt') ?? 'decimal', lvlText: val(lvl, 'w:lvlText') ?? '' });
      }
      const id = a.attrs['w:abstractNumId'];
      if (id !== undefined) abstract.set(id, levels);
    }
    for (const num of childrenNamed(numberingEl, 'w:num')) {
      const id = num.attrs['w:numId'];
      const abstractId = val(num, 'w:abstractNumId');
      if (id !== undefined && abstractId !== undefined) nums.set(id, abstractId);
    }
  }
  return {
    describe(numId, level) {
      if (numId === '0') return null;
      const levels = abstract.get(nums.get(numId) ?? '');
      const lvl = levels?.get(level);
      if (lvl === undefined) return null;
      return { level, pattern: patternOf(lvl.numFmt, lvl.lvlText) };
    },
  };
}
