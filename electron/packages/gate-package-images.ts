/**
 * The images a returned package brings pass the same gate as every other image
 * (electron/assets/prepare-image.ts), when the office imports it. The seals prove only that the
 * package was written by ReportWorks or by someone who re-implemented its working seal (see
 * package-seal.ts), so its images are bytes from outside like any others: a 30000×30000 PNG or an
 * SVG must not reach the project, its exports or LibreOffice.
 *
 * Only the images the department's sections show and the project does not have yet are checked
 * (the project's own were checked when they came in). One that passes may come out with other
 * bytes (metadata removed, downscaled), so its figures are pointed at the new hash; one that is
 * refused turns its figures into visible placeholders, and the review says which and why.
 */
import type { BlockElement, CaseChild, FigureElement, SectionContent } from '../../shared/model/document';
import { prepareImage } from '../assets/prepare-image';
import { AppError } from '../errors/app-error';
import type { NewAsset, Project } from '../project-store/project';
import type { PackageContents, WorkingSection } from './package-contents';
import { figureAssets } from './section-skeleton';

type Outcome = { readonly ok: true; readonly asset: NewAsset } | { readonly ok: false; readonly reason: string };

export interface GatedPackage {
  /** The package's contents with its working sections pointing at the gated images. */
  readonly contents: PackageContents;
  /** The gated images, ready to store with the merge. */
  readonly assets: readonly NewAsset[];
  /** One line per figure whose image was refused, for the review. */
  readonly warnings: readonly string[];
}

/** Placeholder text a refused figure shows (the figure's missingName). */
export const REFUSED_IMAGE_NAME = '材料包中的图片（未通过图片检查，未导入）';

async function gateOne(bytes: Buffer, sha256: string): Promise<Outcome> {
  try {
    const prepared = await prepareImage(bytes, `图片 ${sha256.slice(0, 12)}…`);
    return { ok: true, asset: { sha256: prepared.sha256, mime: prepared.mime, bytes: prepared.bytes, width: prepared.width, height: prepared.height } };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, reason: String(error.params.detail ?? error.message) };
    throw error;
  }
}

function remapContent(content: SectionContent, outcomes: ReadonlyMap<string, Outcome>, refused: (figure: FigureElement, reason: string) => void): SectionContent {
  const figure = (node: FigureElement): FigureElement => {
    const outcome = node.asset === null ? undefined : outcomes.get(node.asset);
    if (outcome === undefined) return node;
    if (outcome.ok) return { ...node, asset: outcome.asset.sha256 };
    refused(node, outcome.reason);
    return { ...node, asset: null, missingName: REFUSED_IMAGE_NAME };
  };
  const block = <T extends BlockElement | CaseChild>(node: T): T => {
    if (node.type === 'figure') return figure(node) as T;
    if (node.type === 'case') return { ...node, children: node.children.map(block) } as T;
    return node;
  };
  return content.map(block);
}

export async function gatePackageImages(project: Project, contents: PackageContents, titleOf: (nodeId: string) => string): Promise<GatedPackage> {
  const shown = new Set([...contents.working.values()].flatMap((w) => figureAssets(w.content)));
  const incoming = contents.assets.filter((a) => shown.has(a.sha256) && project.assetInfo(a.sha256) === undefined);
  const outcomes = new Map<string, Outcome>();
  // One at a time: an import brings a handful of images, and a big one may take a few hundred MB to decode.
  for (const asset of incoming) outcomes.set(asset.sha256, await gateOne(asset.bytes, asset.sha256));

  const warnings: string[] = [];
  const working = new Map<string, WorkingSection>();
  for (const [nodeId, section] of contents.working) {
    const content = remapContent(section.content, outcomes, (fig, reason) => {
      const caption = fig.caption.trim() === '' ? '一张图' : `图“${fig.caption}”`;
      warnings.push(`“${titleOf(nodeId)}”中的${caption}未导入：${reason}；已换成占位图，请让部门重新提供图片`);
    });
    working.set(nodeId, { ...section, content, json: JSON.stringify(content) });
  }
  const assets = [...outcomes.values()].flatMap((o) => (o.ok ? [o.asset] : []));
  return { contents: { ...contents, working }, assets, warnings };
}
