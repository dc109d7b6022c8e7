/**
 * A small live sample of the chosen style preset with the author's 字体/字号/行距 changes, drawn with
 * the same preset data and font stacks the PDF export prints with (shared/export), so what the
 * settings show is what the exports produce.
 */
import type { CSSProperties } from 'react';
import { resolvePreset, type TextStyleSpec } from '../../../shared/export/style-presets';
import { textStyleCss } from '../../../shared/export/html/text-style-css';
import type { ReportSettings } from '../../../shared/model/settings';
import { t } from '../../../shared/i18n';

/** Preview scale: the sample is drawn at 60 % so a full 三号 line fits the dialog. */
const SCALE = 0.6;

function css(spec: TextStyleSpec): CSSProperties {
  const printed = textStyleCss(spec);
  return {
    fontFamily: printed.fontFamily,
    fontSize: `${spec.font.sizePt * SCALE}pt`,
    fontWeight: spec.font.bold ? 700 : 400,
    // Exact lines scale with the sample; a multiple of the font's size scales by itself.
    lineHeight: spec.line.kind === 'exact' ? `${spec.line.pt * SCALE}pt` : printed.lineHeight,
    textAlign: spec.align,
    textIndent: printed.textIndent,
    margin: 0,
  };
}

export function StylePreview({ settings }: { readonly settings: Pick<ReportSettings, 'stylePreset' | 'styleOverrides'> }) {
  const preset = resolvePreset(settings);
  return (
    <div className="style-preview" data-testid="style-preview" aria-label={t('settings.previewLabel')}>
      <p style={css(preset.headings[0])}>{t('settings.previewHeading1')}</p>
      <p style={css(preset.headings[1])}>{t('settings.previewHeading2')}</p>
      <p style={css(preset.body)} data-testid="style-preview-body">
        {t('settings.previewBody')}
      </p>
    </div>
  );
}
