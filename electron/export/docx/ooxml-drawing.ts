/** Pictures (DrawingML) as WordprocessingML runs, the way Word writes them: inline, or floating. */
import { escapeXmlAttribute } from '../../../shared/escape/xml-escape';

/** English Metric Units per CSS pixel (96 per inch). */
export const EMU_PER_PIXEL = 9525;

export interface PictureSpec {
  /** Relationship id of the image part. */
  readonly rId: string;
  /** Unique among the document's drawings. */
  readonly id: number;
  readonly widthEmu: number;
  readonly heightEmu: number;
  readonly name: string;
  readonly description: string;
}

const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';

/** docPr, frame locks and the picture itself: the part inline and floating pictures share. */
function pictureBody(p: PictureSpec, rotation60000ths = 0): string {
  const size = `cx="${p.widthEmu}" cy="${p.heightEmu}"`;
  const rot = rotation60000ths === 0 ? '' : ` rot="${rotation60000ths}"`;
  return (
    `<wp:docPr id="${p.id}" name="${escapeXmlAttribute(p.name)}" descr="${escapeXmlAttribute(p.description)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${A_NS}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${A_NS}"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:nvPicPr><pic:cNvPr id="${p.id}" name="${escapeXmlAttribute(p.name)}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${p.rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm${rot}><a:off x="0" y="0"/><a:ext ${size}/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic>'
  );
}

export function inlinePicture(p: PictureSpec): string {
  return (
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${p.widthEmu}" cy="${p.heightEmu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `${pictureBody(p)}</wp:inline></w:drawing></w:r>`
  );
}

export interface FloatingSpec extends PictureSpec {
  /** From the page's left edge. */
  readonly leftEmu: number;
  /** From the top of the paragraph that holds it (negative: above it). */
  readonly topEmu: number;
  /** Clockwise degrees; a stamp is rarely pressed straight. */
  readonly rotationDeg?: number;
}

/**
 * A picture floating in front of the text without pushing it aside (wrapNone), anchored to its
 * paragraph so it moves with it: a seal over the unit line, a signature after its label.
 */
export function floatingPicture(p: FloatingSpec): string {
  // DrawingML angles are 60000ths of a degree, clockwise, 0 ≤ rot < 360°.
  const rotation = Math.round((((p.rotationDeg ?? 0) % 360) + 360) % 360 * 60000);
  return (
    '<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" ' +
    `relativeHeight="${251658240 + p.id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    '<wp:simplePos x="0" y="0"/>' +
    `<wp:positionH relativeFrom="page"><wp:posOffset>${Math.round(p.leftEmu)}</wp:posOffset></wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${Math.round(p.topEmu)}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${p.widthEmu}" cy="${p.heightEmu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>` +
    `${pictureBody(p, rotation)}</wp:anchor></w:drawing></w:r>`
  );
}
