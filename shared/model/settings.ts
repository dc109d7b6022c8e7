/** Report-wide settings stored in the project file. */

export type NumberingScheme = 'chapter' | 'global';
export type StylePreset = 'gongwen' | 'report';

export interface ReportSettings {
  readonly unitName: string;
  readonly unitNameEn: string;
  readonly reportTitle: string;
  readonly year: number;
  readonly numberingScheme: NumberingScheme;
  readonly stylePreset: StylePreset;
}

export function defaultReportTitle(unitName: string, year: number): string {
  return `${unitName}职业教育质量年度报告（${year} 年度）`;
}

export function defaultSettings(unitName: string, year: number): ReportSettings {
  return {
    unitName,
    unitNameEn: '',
    reportTitle: defaultReportTitle(unitName, year),
    year,
    numberingScheme: 'chapter',
    stylePreset: 'gongwen',
  };
}
