/**
 * The two unnumbered pages at the front: the cover and the 内容真实性责任声明 (authenticity statement),
 * whose wording follows seed 001 and the national notices that require it on the first pages,
 * signed by the legal representative and sealed.
 */
import type { ReportSettings } from '../model/settings';
import { statementText, type StatementSettings } from '../statement/statement-text';
import type { AssetRef, CoverPlan, StatementPlan } from './report-plan';

/** What the report exports need to print the statement: its settings and its stored images. */
export interface StatementSource {
  readonly settings: StatementSettings;
  readonly signature: AssetRef | null;
  readonly seal: AssetRef | null;
}

/**
 * Splits the title for the cover: the year in brackets (（2025 年度）) goes on a line of its own, the
 * way covers set it; a title without one stays a single line.
 */
export function coverTitleLines(title: string): string[] {
  const match = /^(.*?)\s*([（(]\s*\d{4}\s*年度?\s*[）)])\s*$/.exec(title.trim());
  if (match === null || (match[1] ?? '').trim() === '') return [title.trim()];
  return [(match[1] as string).trim(), (match[2] as string).replace(/\(/g, '（').replace(/\)/g, '）')];
}

export function planCover(settings: ReportSettings): CoverPlan {
  return {
    unitName: settings.unitName,
    unitNameEn: settings.unitNameEn.trim(),
    titleLines: coverTitleLines(settings.reportTitle),
    // Reports are published and submitted in December of the report year.
    dateLine: `${settings.year} 年 12 月`,
  };
}

/** The statement as configured in the project (see ReportSource.statement). */
export function planStatement(settings: ReportSettings, source: StatementSource): StatementPlan {
  return {
    text: statementText(settings, source.settings),
    signature: source.signature,
    seal: source.seal,
    position: source.settings.position,
  };
}

export type UnnumberedPage = 'cover' | 'statement';

/**
 * The unnumbered pages a plan prints, in order: the statement right after the cover (seed 001) or
 * before it when set to come first. Every writer (print HTML, bookmarks, Word) follows this order.
 */
export function unnumberedPages(plan: { readonly cover: CoverPlan | null; readonly statement: StatementPlan | null }): UnnumberedPage[] {
  const pages: UnnumberedPage[] = plan.cover === null ? [] : ['cover'];
  if (plan.statement !== null) {
    if (plan.statement.position === 'first') pages.unshift('statement');
    else pages.push('statement');
  }
  return pages;
}
