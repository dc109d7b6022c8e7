/** Helpers for the Markdown tests: ids are random, so comparisons drop them. */
import fs from 'node:fs';
import path from 'node:path';
import type { ImportedNode } from '../../shared/markdown/build-report';

export function withoutIds<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'id' ? undefined : v))) as T;
}

export interface NodeShape {
  title: string;
  role?: string;
  numbered?: boolean;
  content?: unknown[];
  children?: NodeShape[];
}

/** A node as plain data without ids or source lines; role, numbered and children always present. */
export function shapeOf(node: ImportedNode): Required<NodeShape> {
  return {
    title: node.title,
    role: node.role,
    numbered: node.numbered,
    content: withoutIds(node.content),
    children: node.children.map(shapeOf),
  };
}

/**
 * The full-size report, vendored under tests/fixtures (REPORTWORKS_FIXTURE points elsewhere). Missing
 * means a broken checkout: fail loudly rather than skip.
 */
export function fixturePath(): string {
  const file = process.env.REPORTWORKS_FIXTURE ?? path.resolve(__dirname, '..', 'fixtures', 'tjpc-2025-report.md');
  if (!fs.existsSync(file)) throw new Error(`fixture not found: ${file} (set REPORTWORKS_FIXTURE)`);
  return file;
}
