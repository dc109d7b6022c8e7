/**
 * PDF bookmarks (the outline panel of a viewer): a tree of entries, each pointing at a named
 * destination, written straight into the catalog. Chapters are open, deeper levels closed.
 */
import { PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, type PDFDocument } from '@cantoo/pdf-lib';

export interface OutlineItem {
  readonly title: string;
  /** Named destination (see pdf-destinations.ts). */
  readonly destination: string;
  readonly level: number;
}

interface Node {
  readonly item: OutlineItem | null;
  readonly ref: PDFRef;
  readonly children: Node[];
}

/** Items in reading order with levels → a tree; a level that skips ahead hangs under the last item. */
function buildTree(doc: PDFDocument, items: readonly OutlineItem[]): Node {
  const root: Node = { item: null, ref: doc.context.nextRef(), children: [] };
  const stack: { node: Node; level: number }[] = [{ node: root, level: 0 }];
  for (const item of items) {
    while (stack.length > 1 && (stack[stack.length - 1] as { level: number }).level >= item.level) stack.pop();
    const node: Node = { item, ref: doc.context.nextRef(), children: [] };
    (stack[stack.length - 1] as { node: Node }).node.children.push(node);
    stack.push({ node, level: item.level });
  }
  return root;
}

/** Visible descendants of an open node (the /Count of an open item). */
function visibleCount(node: Node, open: (node: Node) => boolean): number {
  return node.children.reduce((sum, child) => sum + 1 + (open(child) ? visibleCount(child, open) : 0), 0);
}

export function writeOutline(doc: PDFDocument, items: readonly OutlineItem[]): void {
  if (items.length === 0) return;
  const root = buildTree(doc, items);
  const open = (node: Node): boolean => node.item === null || node.item.level <= 1;
  const write = (node: Node, parent: PDFRef | null): void => {
    const dict = doc.context.obj({}) as PDFDict;
    if (node.item === null) dict.set(PDFName.of('Type'), PDFName.of('Outlines'));
    else {
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.item.title));
      dict.set(PDFName.of('Dest'), PDFName.of(node.item.destination));
    }
    if (parent !== null) dict.set(PDFName.of('Parent'), parent);
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    if (first !== undefined && last !== undefined) {
      dict.set(PDFName.of('First'), first.ref);
      dict.set(PDFName.of('Last'), last.ref);
      const count = visibleCount(node, open);
      // A negative count marks a closed item (its children are hidden until opened).
      dict.set(PDFName.of('Count'), PDFNumber.of(open(node) ? count : -node.children.length));
    }
    node.children.forEach((child, index) => {
      const previous = node.children[index - 1];
      const next = node.children[index + 1];
      write(child, node.ref);
      const childDict = doc.context.lookup(child.ref) as PDFDict;
      if (previous !== undefined) childDict.set(PDFName.of('Prev'), previous.ref);
      if (next !== undefined) childDict.set(PDFName.of('Next'), next.ref);
    });
    // Assigned after the children, which were given their Prev/Next above through their own refs.
    doc.context.assign(node.ref, dict);
  };
  write(root, null);
  doc.catalog.set(PDFName.of('Outlines'), root.ref);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
