/**
 * Caption numbers as written: the computed number (shared/numbering/structure-numbering.ts) plus
 * where a counting reader must restart its counter to arrive at it.
 *
 * Word and LibreOffice count SEQ fields themselves. LibreOffice renumbers every SEQ field on load
 * and ignores the `\s` (restart at heading) switch, so per-chapter numbers (图 2-1) need an explicit
 * restart (`\r 1`) on the first item of each chapter. The same rule covers items that follow a part
 * left out of the export: whenever an ordinal is not the previous written one + 1, restart there.
 * In the chapter scheme the first item of each chapter restarts even when the count would agree,
 * so numbers stay right when someone later adds a figure to an earlier chapter in Word.
 */
import type { NumberedStructure, StructureKind } from '../numbering/structure-numbering';
import { STRUCTURE_LABEL } from '../numbering/structure-numbering';
import type { NumberingScheme } from '../model/settings';
import type { CaptionPlan } from './report-plan';

export class CaptionCounter {
  private readonly last = new Map<StructureKind, { chapter: string; ordinal: number }>();

  constructor(private readonly scheme: NumberingScheme) {}

  /** The caption of a numbered item written in document order. */
  next(structure: NumberedStructure, anchor: string): CaptionPlan {
    const { prefix, chapter, ordinal } = this.split(structure.number);
    const previous = this.last.get(structure.kind);
    const firstInChapter = this.scheme === 'chapter' && previous?.chapter !== chapter;
    const restart = firstInChapter || ordinal !== (previous?.ordinal ?? 0) + 1;
    this.last.set(structure.kind, { chapter, ordinal });
    return {
      kind: structure.kind,
      label: STRUCTURE_LABEL[structure.kind],
      prefix,
      ordinal,
      restartAt: restart ? ordinal : null,
      number: structure.number,
      title: structure.caption,
      anchor,
      copy: false,
    };
  }

  private split(number: string): { prefix: string; chapter: string; ordinal: number } {
    const dash = number.lastIndexOf('-');
    if (this.scheme === 'chapter' && dash > 0) {
      return { prefix: number.slice(0, dash + 1), chapter: number.slice(0, dash), ordinal: Number(number.slice(dash + 1)) };
    }
    return { prefix: '', chapter: '', ordinal: Number(number) };
  }
}

/** The caption of a repeated item (a classic case in the appendix): its number as plain text. */
export function copyCaption(structure: NumberedStructure): CaptionPlan {
  return {
    kind: structure.kind,
    label: STRUCTURE_LABEL[structure.kind],
    prefix: '',
    ordinal: 0,
    restartAt: null,
    number: structure.number,
    title: structure.caption,
    anchor: null,
    copy: true,
  };
}
