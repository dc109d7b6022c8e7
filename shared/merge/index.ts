/** Three-way merge of section content (pure: no Node, no DOM). */
export * from './merge-types';
export { canonicalJson } from './canonical-json';
export { diffText, sideText, wordTokens } from './text-diff';
export { mergeSection, type SectionMerge } from './merge-section';
export { applyChanges, applyMerge, takesTheirs, unresolvedConflicts } from './apply-changes';
export { mergeTable, tableShape } from './table-merge';
export { inlineText } from './redlines';
export * from './review-types';
export { adoptBlockIds, type LabelOf } from './match-ids';
