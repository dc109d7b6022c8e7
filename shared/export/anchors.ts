/**
 * Anchor names for headings and numbered items: Word bookmarks (and later HTML ids) that the table
 * of contents, the lists and cross-references point at.
 *
 * Word's rules: at most 40 characters, letters, digits and underscores, starting with a letter or an
 * underscore; a leading underscore makes the bookmark hidden, as Word's own `_Toc…`/`_Ref…` ones are,
 * so ours do not crowd the user's Insert → Bookmark list. Block ids are short ASCII already
 * (shared/ids/block-id.ts); anything else (an old or hand-edited file) is sanitised, and repeats
 * get a counter so two anchors never share a name.
 */

const MAX_BOOKMARK = 40;

export class AnchorNames {
  private readonly byId = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** The anchor for an element id; the same id always gives the same name. */
  of(id: string): string {
    const known = this.byId.get(id);
    if (known !== undefined) return known;
    const clean = id.replace(/[^A-Za-z0-9_]/g, '_').slice(0, MAX_BOOKMARK - 8);
    let name = `_Rw_${clean}`;
    for (let n = 2; this.taken.has(name); n += 1) name = `_Rw_${clean}_${n}`;
    this.taken.add(name);
    this.byId.set(id, name);
    return name;
  }
}
