/** Page labels of the front part, from where its own destinations landed (see page-labels.ts). */
import type { ReportPlan } from '../../../shared/export/report-plan';
import { FRONT_ANCHORS } from '../../../shared/export/html/print-targets';
import type { Destination } from './pdf-destinations';
import type { PageLabelRange } from './page-labels';

export function frontLabels(plan: ReportPlan, destinations: ReadonlyMap<string, Destination>): PageLabelRange[] {
  const pageOf = (anchor: string): number | undefined => destinations.get(anchor)?.page;
  const ranges: PageLabelRange[] = [];
  const cover = plan.cover === null ? undefined : pageOf(FRONT_ANCHORS.cover);
  if (cover !== undefined) ranges.push({ start: cover, style: 'named', name: '封面' });
  const statement = plan.statement === null ? undefined : pageOf(FRONT_ANCHORS.statement);
  if (statement !== undefined) ranges.push({ start: statement, style: 'named', name: '声明' });
  const sections = [plan.toc === null ? undefined : pageOf(FRONT_ANCHORS.toc), ...plan.captionLists.map((list) => pageOf(FRONT_ANCHORS[list.kind]))];
  const firstSection = Math.min(...sections.filter((page): page is number => page !== undefined));
  if (Number.isFinite(firstSection)) ranges.push({ start: firstSection, style: 'roman' });
  return ranges.sort((a, b) => a.start - b.start);
}
