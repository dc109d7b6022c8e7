/**
 * The author's 字体/字号/行距 changes in 报告设置 reach the exported documents: stored with the settings,
 * applied on top of the preset, written into Word's named styles and the PDF's print CSS.
 */
import { exportDocxBytes } from '../../electron/export/docx/export-docx';
import { printCss } from '../../shared/export/html/print-css';
import { resolvePreset, stylePreset } from '../../shared/export/style-presets';
import { Project } from '../../electron/project-store/project';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { buildSmallReport, docxParts, partText } from './support';
import { rawDatabase } from '../../electron/project-store/raw-database';

describe('style overrides', () => {
  test('resolvePreset applies body font, size, line spacing and heading font, and leaves the rest', () => {
    const base = stylePreset('gongwen');
    const resolved = resolvePreset({ stylePreset: 'gongwen', styleOverrides: { bodyFont: '宋体', bodySizePt: 12, lineMultiple: 1.5, headingFont: '微软雅黑' } });
    expect(resolved.body.font).toMatchObject({ eastAsia: '宋体', sizePt: 12, latin: base.body.font.latin });
    expect(resolved.body.line).toEqual({ kind: 'multiple', factor: 1.5 });
    expect(resolved.caseBody.font.sizePt).toBe(12);
    expect(resolved.headings.map((h) => h.font.eastAsia)).toEqual(['微软雅黑', '微软雅黑', '微软雅黑', '微软雅黑']);
    expect(resolved.headings[0].font.sizePt).toBe(base.headings[0].font.sizePt);
    expect(resolved.caption).toBe(base.caption);
    expect(resolved.page).toBe(base.page);
    expect(resolvePreset({ stylePreset: 'report', styleOverrides: {} })).toBe(stylePreset('report'));
    expect(resolvePreset({ stylePreset: 'report', styleOverrides: { lineExactPt: 22, lineMultiple: 2 } }).body.line).toEqual({ kind: 'exact', pt: 22 });
  });

  test('overrides are stored, survive reopening, and reach the Word styles', async () => {
    const dir = makeTempDir();
    try {
      const { file } = await buildSmallReport(dir, 'chapter');
      const first = Project.open(file);
      first.updateSettings({ styleOverrides: { bodyFont: '微软雅黑', bodySizePt: 12, lineExactPt: 22 } });
      first.close();
      const project = Project.open(file);
      try {
        expect(project.settings().styleOverrides).toEqual({ bodyFont: '微软雅黑', bodySizePt: 12, lineExactPt: 22 });
        const styles = partText(docxParts((await exportDocxBytes(project)).bytes), 'word/styles.xml');
        const normal = styles.slice(styles.indexOf('w:styleId="Normal"'), styles.indexOf('</w:style>', styles.indexOf('w:styleId="Normal"')));
        expect(normal).toContain('w:eastAsia="微软雅黑"');
        expect(normal).toContain('<w:sz w:val="24"/>');
        expect(normal).toMatch(/w:line="440" w:lineRule="exact"/);
      } finally {
        project.close();
      }
    } finally {
      removeTempDir(dir);
    }
  });

  test('a damaged stored value falls back to the preset instead of failing', async () => {
    const dir = makeTempDir();
    try {
      const { file } = await buildSmallReport(dir, 'chapter');
      const project = Project.open(file);
      try {
        rawDatabase(project).prepare("INSERT OR REPLACE INTO settings(key, value) VALUES ('styleOverrides', '{\"bodySizePt\":\"huge\"}')").run();
        expect(project.settings().styleOverrides).toEqual({});
      } finally {
        project.close();
      }
    } finally {
      removeTempDir(dir);
    }
  });

  test('the print CSS uses the overridden body size and line height', () => {
    const plain = printCss(stylePreset('gongwen'), '标题');
    const changed = printCss(resolvePreset({ stylePreset: 'gongwen', styleOverrides: { bodySizePt: 12, lineExactPt: 22 } }), '标题');
    expect(plain).toContain('16pt');
    expect(changed).toContain('12pt');
    expect(changed).toContain('22pt');
    expect(changed).not.toEqual(plain);
  });
});
