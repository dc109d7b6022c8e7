/** An inline picture (DrawingML) as a WordprocessingML run, the way Word writes one. */
import { escapeAttr } from './ooxml';

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

export function inlinePicture(p: PictureSpec): string {
  const size = `cx="${p.widthEmu}" cy="${p.heightEmu}"`;
  return (
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent ${size}/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${p.id}" name="${escapeAttr(p.name)}" descr="${escapeAttr(p.description)}"/>` +
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:nvPicPr><pic:cNvPr id="${p.id}" name="${escapeAttr(p.name)}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${p.rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext ${size}/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}
