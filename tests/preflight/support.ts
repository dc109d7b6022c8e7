/** The full fixture as a preflight report (imported as the CLI would), and small reports built from data. */
import fs from 'node:fs';
import { importMarkdown } from '../../shared/markdown/import-markdown';
import { toOutline } from '../../shared/markdown/to-outline';
import type { BlockElement, SectionContent } from '../../shared/model/document';
import type { OutlineNode } from '../../shared/model/outline';
import { defaultSettings } from '../../shared/model/settings';
import type { PreflightReport } from '../../shared/preflight/types';
import { fixturePath } from '../markdown/support';

export const FIXTURE_UNIT = '天津工业职业学院';

export function markdownReport(source: string, year = 2025, unit = FIXTURE_UNIT): PreflightReport {
  const imported = importMarkdown(source);
  if (!imported.ok) throw new Error(`import failed: ${imported.problem}`);
  const { nodes, contents } = toOutline(imported.report.nodes);
  return { settings: defaultSettings(unit, year), outline: nodes, contentOf: (id) => contents.get(id) };
}

export function fixtureReport(): PreflightReport {
  return markdownReport(fs.readFileSync(fixturePath(), 'utf8'));
}

/** A one-chapter report whose only section holds `blocks`. */
export function blocksReport(blocks: BlockElement[], extra: { statementDate?: string } = {}): PreflightReport {
  const outline: OutlineNode[] = [
    { id: 'ch1', parentId: null, position: 0, title: '人才培养', role: 'body', numbered: true, departmentId: null },
    { id: 's1', parentId: 'ch1', position: 0, title: '立德树人', role: 'body', numbered: true, departmentId: null },
  ];
  const contents = new Map<string, SectionContent>([['ch1', []], ['s1', blocks]]);
  return { settings: defaultSettings(FIXTURE_UNIT, 2025), outline, contentOf: (id) => contents.get(id), statementDate: extra.statementDate ?? null };
}
