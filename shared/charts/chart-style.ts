/**
 * How charts look in print: the fonts of the report and a palette that survives a grayscale
 * printer (most year reports are printed black and white, and a PDF is often photocopied).
 *
 * - Fonts: the print fonts' families (../export/html/print-fonts.ts: RW Times for digits and Latin,
 *   RW HeiTi for Chinese — charts are set in 黑体 as in the seed reports), then the installed names
 *   the same faces go by, so an SVG drawn outside the print page (the editor's <img>, librsvg for
 *   the Word PNG) still finds a Chinese sans face. Single quotes: the family ends up inside an
 *   SVG `style` attribute written with double quotes.
 * - Palette: one hue in clearly separated lightness steps, ordered so neighbours differ most, each
 *   fill with a thin dark outline (a very light bar stays visible) and, from the second series on, a
 *   hatch pattern; lines differ by dash and marker. Colour is a bonus, never the only cue.
 */
export const CHART_FONT_FAMILY =
  "'RW Times', 'RW HeiTi', 'Times New Roman', '黑体', 'SimHei', 'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

/** Fills, dark to light in alternating order (relative luminance ≈ 0.05, 0.55, 0.2, 0.8, 0.1, 0.4). */
export const CHART_PALETTE = ['#1d3557', '#a8c5e6', '#457b9d', '#dde8f4', '#2b4a6f', '#7fa7cf'] as const;

export const CHART_OUTLINE = '#1a1a1a';

/**
 * Hatches per series (echarts decals): none for the first, then diagonal lines, dots, crossing
 * lines, dense diagonals the other way, wide stripes. Drawn in black at low opacity over the fill.
 */
export interface Hatch {
  readonly symbol: 'rect' | 'circle';
  readonly symbolSize: number;
  readonly dashArrayX: number | number[] | number[][];
  readonly dashArrayY: number | number[];
  readonly rotation: number;
  readonly color: string;
}

const INK = 'rgba(0, 0, 0, 0.45)';
const PAPER = 'rgba(255, 255, 255, 0.7)';

export const CHART_HATCHES: readonly (Hatch | null)[] = [
  null,
  { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: INK },
  { symbol: 'circle', symbolSize: 0.8, dashArrayX: [[4, 4], [0, 4, 4, 0]], dashArrayY: [4, 0], rotation: 0, color: PAPER },
  { symbol: 'rect', symbolSize: 1, dashArrayX: [[1, 4], [1, 4]], dashArrayY: [1, 4], rotation: 0, color: INK },
  { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4, color: PAPER },
  { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [4, 4], rotation: Math.PI / 2, color: INK },
];

export const LINE_DASHES = ['solid', 'dashed', 'dotted'] as const;
export const LINE_MARKERS = ['circle', 'rect', 'triangle', 'diamond', 'emptyCircle', 'emptyRect'] as const;

export const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

/** Plain chart size in CSS px: the viewBox. Printed, it is scaled to the figure's width. */
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 400;
