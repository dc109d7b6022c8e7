/**
 * The sizes beyond which input is refused, in one place, each with the reason for its value. They
 * guard against hostile or broken files (a 50 MB section, a zip bomb, a quote nested ten thousand
 * deep) without touching any real report: a whole annual report is some 100 000 characters.
 * Pure constants: both main and the renderer may import them.
 */

/**
 * One section's content as stored (its Slate JSON, in UTF-16 code units, about bytes for the
 * mostly-ASCII JSON): 8 M is some fifty times the largest section of a real report, tables
 * included (images are stored apart, by hash).
 */
export const MAX_SECTION_JSON = 8 * 1024 * 1024;

/**
 * How deep `>` quotes may nest in imported Markdown. The report model has no quotes (their text
 * becomes plain blocks), so a real draft has one or two levels; the tokenizer recurses per level.
 */
export const MAX_MARKDOWN_NESTING = 32;

/**
 * A contribution package file (.rwpkg): its assigned sections, the outline and their images,
 * already downscaled by the image gate. Read whole into memory on import, so it is bounded.
 */
export const MAX_PACKAGE_BYTES = 512 * 1024 * 1024;

/** A Word draft (.docx) as a file on disk. */
export const MAX_DOCX_BYTES = 200 * 1024 * 1024;

/**
 * A Word draft's zip directory, checked before anything is inflated: the number of entries, the
 * total size once inflated, the inflated size of the parts other than media (the XML mammoth
 * parses into memory, a few MB for a long report), and the compression ratio of any entry over
 * 1 MB (XML reaches 10–30×; zip bombs thousands).
 */
export const MAX_DOCX_ENTRIES = 5000;
export const MAX_DOCX_INFLATED_BYTES = 512 * 1024 * 1024;
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024;
export const MAX_DOCX_RATIO = 100;
export const DOCX_RATIO_FROM_BYTES = 1024 * 1024;
