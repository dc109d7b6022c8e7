/** Plan inline content → runs: marked text, line breaks, cross-references as REF fields. */
import type { PlanInline } from '../../../shared/export/report-plan';
import { refInstruction } from './field-codes';
import { field, run, type RunProps } from './ooxml';

/** A broken reference is meant to be noticed before the report goes out. */
const BROKEN_COLOR = 'C00000';

/** `base` applies to every run (bold sub-heads inside case boxes). */
export function inlineRuns(content: readonly PlanInline[], base: RunProps = {}): string {
  let xml = '';
  for (const part of content) {
    switch (part.kind) {
      case 'text':
        xml += run(part.text, { ...base, ...(part.bold ? { bold: true } : {}), ...(part.italic ? { italic: true } : {}), ...(part.underline ? { underline: true } : {}) });
        break;
      case 'ref':
        xml += field(refInstruction(part.anchor), part.result, base);
        break;
      case 'ref-text':
        xml += run(part.result, base);
        break;
      case 'broken-ref':
        xml += run(part.text, { ...base, color: BROKEN_COLOR });
        break;
    }
  }
  return xml;
}
