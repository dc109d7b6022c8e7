/**
 * Images go into the package once each, as the bytes the project stores (already JPEG or PNG,
 * prepared on the way in by electron/assets/prepare-image.ts), never re-encoded or deflated again.
 * While the body is written, each distinct image gets its part name and relationship id here; the
 * bytes are fetched only when the package is written (package-docx.ts), one image at a time.
 */
import type { ChartData, ChartSpec } from '../../../shared/charts/chart-spec';
import type { AssetRef } from '../../../shared/export/report-plan';

export type DocxImageType = 'jpg' | 'png' | 'gif' | 'bmp';

const TYPES: Readonly<Record<string, DocxImageType>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
};

export function docxImageType(mime: string): DocxImageType | undefined {
  return TYPES[mime.toLowerCase()];
}

export interface ImagePart {
  readonly sha256: string;
  /** Relationship id in word/_rels/document.xml.rels. */
  readonly rId: string;
  /** Part name relative to word/, named as Word names them (image1.jpg …), which Word for the web expects. */
  readonly target: string;
}

/**
 * A chart for Word: drawn to SVG and rasterised to `pixelWidth` when the package is written
 * (./chart-raster.ts), so ECharts and sharp load only for a report that has charts.
 */
export interface ChartImage {
  readonly key: string;
  readonly data: ChartData;
  readonly spec: ChartSpec;
  /** The SVG's <title> (the chart's alternative text). */
  readonly title: string;
  readonly pixelWidth: number;
}

export class ImageParts {
  private readonly byHash = new Map<string, ImagePart>();
  private readonly chartImages = new Map<string, ChartImage>();

  /** A part for a chart's PNG; `key` stands in for a content hash (it is never a stored asset). */
  partForChart(chart: ChartImage): ImagePart {
    const known = this.byHash.get(chart.key);
    if (known !== undefined) return known;
    const n = this.byHash.size + 1;
    const part = { sha256: chart.key, rId: `rIdRwImage${n}`, target: `media/image${n}.png` };
    this.byHash.set(chart.key, part);
    this.chartImages.set(chart.key, chart);
    return part;
  }

  /** The charts to rasterise before the package is written. */
  get charts(): readonly ChartImage[] {
    return [...this.chartImages.values()];
  }

  /** The part for an image, registering it on first use; undefined for types Word cannot embed. */
  partFor(asset: AssetRef): ImagePart | undefined {
    const known = this.byHash.get(asset.sha256);
    if (known !== undefined) return known;
    const type = docxImageType(asset.mime);
    if (type === undefined) return undefined;
    const n = this.byHash.size + 1;
    const part = { sha256: asset.sha256, rId: `rIdRwImage${n}`, target: `media/image${n}.${type}` };
    this.byHash.set(asset.sha256, part);
    return part;
  }

  /** Distinct images, in order of first use. */
  get list(): readonly ImagePart[] {
    return [...this.byHash.values()];
  }
}
