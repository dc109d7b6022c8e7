/** Report-wide settings stored in the project file. */

export type NumberingScheme = 'chapter' | 'global';
export type StylePreset = 'gongwen' | 'report';

/** Chinese fonts offered for the body and headings (names as Word and WPS know them). */
export const STYLE_FONTS = ['仿宋_GB2312', '仿宋', '宋体', '黑体', '楷体_GB2312', '楷体', '微软雅黑', '方正小标宋简体'] as const;
export type StyleFont = (typeof STYLE_FONTS)[number];

/**
 * The author's changes to the chosen style preset (字体、字号、行距), applied on top of it by both
 * exports and the settings preview (shared/export/style-presets.ts resolvePreset).
 */
export interface StyleOverrides {
  readonly bodyFont?: StyleFont;
  readonly headingFont?: StyleFont;
  readonly bodySizePt?: number;
  /** Fixed line height in points (公文's 28 pt); wins over lineMultiple. */
  readonly lineExactPt?: number;
  readonly lineMultiple?: number;
}

export interface ReportSettings {
  readonly unitName: string;
  readonly unitNameEn: string;
  readonly reportTitle: string;
  readonly year: number;
  readonly numberingScheme: NumberingScheme;
  readonly stylePreset: StylePreset;
  /** Absent or empty: the preset as it is. */
  readonly styleOverrides?: StyleOverrides;
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
