/**
 * Compares an editor value with a fixture's expected value when some ids are random. An expected
 * id written `$name` stands for a fresh id: it must not occur in the input, two different names
 * must be different ids, and the same name must be the same id everywhere (and equal to any id
 * the fixture's `run` bound to that name).
 */
import { collectIds } from '../../../shared/ids/block-id';

interface IdCarrier {
  id?: unknown;
  children?: unknown;
  columns?: unknown;
}

export interface IdMatch {
  /** The expected value with placeholders replaced by the ids actually found. */
  readonly resolved: unknown[];
  readonly problems: string[];
}

export function resolvePlaceholderIds(
  expected: readonly unknown[],
  actual: readonly unknown[],
  inputIds: ReadonlySet<string>,
  bound: Readonly<Record<string, string>> = {},
): IdMatch {
  const bindings = new Map<string, string>(Object.entries(bound));
  const problems: string[] = [];

  const resolveId = (id: unknown, actual: unknown, where: string): unknown => {
    if (typeof id !== 'string' || !id.startsWith('$')) return id;
    const name = id.slice(1);
    const actualId = typeof actual === 'string' ? actual : '';
    const already = bindings.get(name);
    if (already !== undefined) {
      if (already !== actualId) problems.push(`${where}: $${name} should be ${already}, got ${actualId}`);
    } else if (inputIds.has(actualId) || actualId === '') {
      problems.push(`${where}: $${name} should be a fresh id, got ${actualId || '(none)'}`);
    } else if ([...bindings.values()].includes(actualId)) {
      problems.push(`${where}: $${name} reuses the id of another placeholder (${actualId})`);
    } else {
      bindings.set(name, actualId);
    }
    return actualId;
  };

  const resolve = (exp: unknown, act: unknown, where: string): unknown => {
    if (typeof exp !== 'object' || exp === null || !('children' in exp)) return exp;
    const e = exp as IdCarrier;
    const a = (typeof act === 'object' && act !== null ? act : {}) as IdCarrier;
    const id = resolveId(e.id, a.id, where);
    const expChildren = Array.isArray(e.children) ? e.children : [];
    const actChildren = Array.isArray(a.children) ? (a.children as unknown[]) : [];
    const resolved: Record<string, unknown> = { ...e, id, children: expChildren.map((child, i) => resolve(child, actChildren[i], `${where}.${i}`)) };
    // A table's columns carry table-local ids (formulas refer to them): `$name` works there too.
    if (Array.isArray(e.columns)) {
      const actColumns = Array.isArray(a.columns) ? (a.columns as IdCarrier[]) : [];
      resolved.columns = (e.columns as IdCarrier[]).map((column, i) => ({ ...column, id: resolveId(column.id, actColumns[i]?.id, `${where}.columns.${i}`) }));
    }
    return resolved;
  };

  const resolved = expected.map((node, i) => resolve(node, actual[i], `[${i}]`));
  return { resolved, problems };
}

export function duplicateIds(value: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const id of collectIds(value)) {
    if (seen.has(id)) duplicates.push(id);
    seen.add(id);
  }
  return duplicates;
}
