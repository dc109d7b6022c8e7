/**
 * The imported tree as flat outline rows plus each node's content, the shape the project store
 * inserts (the same as a built-in template's). Node ids are made here, fresh for every import.
 */
import { newNodeId } from '../ids/block-id';
import type { SectionContent } from '../model/document';
import type { OutlineNode } from '../model/outline';
import type { TemplateResult } from '../template/annual-report';
import type { ImportedNode } from './build-report';

export function toOutline(nodes: readonly ImportedNode[]): TemplateResult {
  const rows: OutlineNode[] = [];
  const contents = new Map<string, SectionContent>();
  const add = (node: ImportedNode, parentId: string | null, position: number): void => {
    const id = newNodeId('n');
    rows.push({ id, parentId, position, title: node.title, role: node.role, numbered: node.numbered, departmentId: null });
    contents.set(id, node.content);
    node.children.forEach((child, index) => add(child, id, index));
  };
  nodes.forEach((node, index) => add(node, null, index));
  return { nodes: rows, contents };
}
