/**
 * The field instructions the export writes. Labels (图, 表, 案例) are the SEQ identifiers Chinese
 * Word's Insert Caption uses, so captions added later in Word continue the same sequences.
 */

/** SEQ field of a caption: its own counter, restarted where the plan says (see shared/export/caption-counter.ts). */
export function seqInstruction(label: string, restartAt: number | null): string {
  return `SEQ ${label} \\* ARABIC${restartAt === null ? '' : ` \\r ${restartAt}`}`;
}

/** REF to a bookmark, as a hyperlink (\h), as Word's Insert Cross-reference writes it. */
export function refInstruction(anchor: string): string {
  return `REF ${anchor} \\h`;
}

/** 目录: headings 1–3 by style (\o, Word) and by outline level (\u, which WPS needs: docx issue #748). */
export const TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u';

/** 图目录 / 表目录 / 案例目录: the paragraphs holding a SEQ field with the label (\c). */
export function captionListInstruction(label: string): string {
  return `TOC \\h \\z \\c "${label.replace(/["\\]/g, '')}"`;
}
