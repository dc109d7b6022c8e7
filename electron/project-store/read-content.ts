/**
 * Reading a section's stored Slate JSON without letting one damaged section take the whole project
 * down. Content that does not parse, or is not a tree of blocks, is replaced (for reading only) by
 * the newest revision in its history that does, or by one paragraph saying it could not be read.
 * The damaged text itself stays in the file; `Project.storeContent` keeps it as a revision before
 * it is ever overwritten.
 */
import type Database from 'better-sqlite3';
import type { SectionRecovery } from '../../shared/model/project-snapshot';
import { paragraph, type SectionContent } from '../../shared/model/document';
import { newBlockId } from '../../shared/ids/block-id';
import { t } from '../../shared/i18n';
import { revisionContentsNewestFirst } from './queries/section-queries';

/** Deeper than any real content (validation allows 10 levels); guards the walk, not the grammar. */
const MAX_DEPTH = 64;

function isNode(node: unknown, depth: number, topLevel: boolean): boolean {
  if (depth > MAX_DEPTH || typeof node !== 'object' || node === null || Array.isArray(node)) return false;
  const el = node as Record<string, unknown>;
  if ('text' in el) return !topLevel && typeof el.text === 'string';
  return (
    typeof el.type === 'string' &&
    Array.isArray(el.children) &&
    el.children.length > 0 &&
    el.children.every((child) => isNode(child, depth + 1, false))
  );
}

/**
 * The stored JSON as content, or null when it is damaged: not JSON, or not a non-empty array of
 * elements whose descendants are elements or texts (the shape Slate needs to show it at all). The
 * full grammar (shared/model/content-validation.ts) is deliberately not applied here: it guards
 * what gets written, and content an older version wrote must keep opening as it is.
 */
export function readableContent(json: string): SectionContent | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  return Array.isArray(value) && value.length > 0 && value.every((block) => isNode(block, 0, true)) ? (value as SectionContent) : null;
}

export interface ReadContent {
  readonly content: SectionContent;
  /** Set when the stored content was damaged and what is shown comes from elsewhere. */
  readonly recovered?: SectionRecovery;
}

/** One paragraph telling the reader the section's content could not be read. */
export function damagedPlaceholder(): SectionContent {
  return [paragraph(newBlockId(), t('section.damagedPlaceholder'))];
}

/** A section's current content, recovered from its history when the stored text is damaged. */
export function readSectionContent(db: Database.Database, nodeId: string, json: string): ReadContent {
  const content = readableContent(json);
  if (content !== null) return { content };
  for (const row of revisionContentsNewestFirst(db, nodeId)) {
    const earlier = readableContent(row.content);
    if (earlier !== null) return { content: earlier, recovered: { fromRevision: row.revision } };
  }
  return { content: damagedPlaceholder(), recovered: { fromRevision: null } };
}
