/**
 * JSON with object keys sorted at every level: two values that are equal as data give the same
 * string whatever order their keys were written in (the editor, the Markdown import and a package
 * round trip each build objects their own way). Used for equality in the merge and as the byte
 * form that package MACs are computed over.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // undefined inside objects is dropped below; at the top it is written as null, like JSON.
    return value === undefined ? 'null' : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}
