/**
 * Data tables: the pure model behind the table feature (shapes, grid map, normalization, editing
 * operations, number formats, formulas, checks, paste and markdown import). No DOM, Node or React.
 */
export * from './table-types';
export * from './formula-types';
export * from './number-format';
export * from './table-map';
export { normalizeTable, isNormalTable } from './normalize-table';
export { normalizeChildren, joinChildren } from './cell-text';
export { repairFormulaRefs, renewTableIds } from './formula-refs';
export * from './row-column-ops';
export * from './merge-split';
export * from './cell-props';
export * from './cell-grid';
export * from './paste-into-table';
export { parseTabSeparated, looksTabSeparated } from './paste-tsv';
export { parseHtmlTable } from './paste-html';
export * from './pipe-table';
export { recalculate, TableEvaluator, type CellValue } from './formulas';
export * from './group-detection';
export * from './table-checks';
export * from './year-comparison';
export { isSubtotalLabel, isTotalLabel, isShareTitle, isRateTitle, yearOfTitle } from './row-labels';
export { joinCjkSpaces, compactText } from './cjk-text';
export { tableMessage, type TableMessageKey } from './table-messages';
