/** A new year's tables keep last year's numbers or start with them cleared (the user chooses). */
export const TABLE_VALUE_MODES = ['keep', 'clear'] as const;
export type TableValueMode = (typeof TABLE_VALUE_MODES)[number];
