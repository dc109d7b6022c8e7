/**
 * The two unnumbered pages at the front: the cover and the 内容真实性责任声明 (authenticity statement),
 * whose wording follows seed 001 and the national notices that require it on the first pages,
 * signed by the legal representative and sealed (signatures are added by a later feature).
 */
import type { ReportSettings } from '../model/settings';
import type { CoverPlan, StatementPlan } from './report-plan';

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

export function planStatement(settings: ReportSettings): StatementPlan {
  return {
    title: '内容真实性责任声明',
    paragraphs: [`学校对 ${settings.unitName} 职业教育质量年度报告（${settings.year} 年度）的真实性、完整性和准确性负责。`, '特此声明。'],
    // Left blank to be filled in by hand: seal, signature and the signing date.
    signatureLines: ['单位名称（盖章）：', '法定代表人（签名）：', `${settings.year} 年　　月　　日`],
  };
}
