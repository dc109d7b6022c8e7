/**
 * word/fontTable.xml: the fonts the style presets name, each with the font Word and WPS should use
 * where it is not installed (w:altName) and its character set and class, so a reader that has
 * neither still picks a Chinese face of the right kind (Song-like serif, 黑体-like sans). No font is
 * embedded: a college's PC has these fonts, and embedding CJK faces would add megabytes.
 *
 * The PDF names the same fonts first (shared/export/html/print-fonts.ts) and falls back to the faces
 * the app ships; Word files cannot reach those, so the fallbacks here are the Windows fonts every
 * installation since Vista has.
 */
import { escapeXmlAttribute } from '../../../shared/escape/xml-escape';

interface FontEntry {
  readonly name: string;
  readonly altName?: string;
  /** GB2312 (86) for the Chinese faces, ANSI (00) for Times. */
  readonly charset: '86' | '00';
  readonly family: 'roman' | 'swiss' | 'modern' | 'script';
  readonly pitch: 'variable' | 'fixed';
}

const FONTS: readonly FontEntry[] = [
  { name: '仿宋_GB2312', altName: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '仿宋', altName: 'FangSong', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', altName: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体', altName: 'KaiTi', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '黑体', altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '宋体', altName: 'SimSun', charset: '86', family: 'roman', pitch: 'variable' },
  { name: '方正小标宋简体', altName: '宋体', charset: '86', family: 'script', pitch: 'variable' },
  { name: '微软雅黑', altName: 'Microsoft YaHei', charset: '86', family: 'swiss', pitch: 'variable' },
  { name: 'Times New Roman', charset: '00', family: 'roman', pitch: 'variable' },
];

const NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function entry(font: FontEntry): string {
  const alt = font.altName === undefined ? '' : `<w:altName w:val="${escapeXmlAttribute(font.altName)}"/>`;
  return `<w:font w:name="${escapeXmlAttribute(font.name)}">${alt}<w:charset w:val="${font.charset}"/><w:family w:val="${font.family}"/><w:pitch w:val="${font.pitch}"/></w:font>`;
}

/** The whole part: every font a preset or the author's 字体 choice (STYLE_FONTS) can name. */
export function fontTableXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${NAMESPACE}">${FONTS.map(entry).join('')}</w:fonts>`;
}
