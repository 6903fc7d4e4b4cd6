import { createHash } from 'node:crypto';
import type { ChartPicture } from '../chart-png';
import { attrs } from './wordml-xml';
import { MAX_CHART_WIDTH_PX } from './wordml-names';

/** Word measures pictures in English Metric Units: 9,525 to a pixel at 96 dpi. */
const EMU_PER_PX = 9525;

/** One picture file of the package and the relationship id the body points at it with. */
export interface MediaFile {
  name: string;
  data: Uint8Array;
  rId: string;
}

/**
 * Collects the pictures the body places. The same picture twice is one file (named in order of
 * first use, as docx names them), and every placement gets its own drawing id.
 */
export class PictureSink {
  private readonly byHash = new Map<string, MediaFile>();
  private drawings = 0;

  /** @param firstRid the first relationship number after the document's own parts. */
  constructor(private readonly firstRid: number) {}

  add(png: Uint8Array): { rId: string; drawingId: number } {
    const hash = createHash('sha1').update(png).digest('hex');
    let file = this.byHash.get(hash);
    if (!file) {
      const n = this.byHash.size;
      file = { name: `image${n + 1}.png`, data: png, rId: `rId${this.firstRid + n}` };
      this.byHash.set(hash, file);
    }
    return { rId: file.rId, drawingId: ++this.drawings };
  }

  get files(): MediaFile[] {
    return [...this.byHash.values()];
  }
}

/** A chart's picture inline in its own run, at most a text column wide, named by its summary for screen readers. */
export function pictureRunXml(picture: ChartPicture, summary: string, media: PictureSink): string {
  const scale = Math.min(1, MAX_CHART_WIDTH_PX / picture.width);
  const cx = Math.round(Math.round(picture.width * scale) * EMU_PER_PX);
  const cy = Math.round(Math.round(picture.height * scale) * EMU_PER_PX);
  const { rId, drawingId } = media.add(picture.png);
  const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  return (
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr${attrs([
      ['id', drawingId],
      ['name', ''],
      ['descr', summary],
      ['title', summary],
    ])}/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks ${A} noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic ${A}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>' +
    `<pic:blipFill><a:blip r:embed="${rId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}
