/**
 * Inline TeX math as plain text. Converters from PDF or Word write symbols in running text as math
 * (`$\geq 95\%$` in the fixture); a report has no formulas worth keeping as TeX, so the common
 * symbols become their Unicode characters and anything unknown is kept verbatim, so nothing is lost.
 */

const SYMBOLS: Readonly<Record<string, string>> = {
  geq: '≥',
  ge: '≥',
  leq: '≤',
  le: '≤',
  neq: '≠',
  ne: '≠',
  approx: '≈',
  times: '×',
  div: '÷',
  pm: '±',
  cdot: '·',
  sim: '~',
  circ: '°',
  degree: '°',
  rightarrow: '→',
  to: '→',
  leftarrow: '←',
  uparrow: '↑',
  downarrow: '↓',
  infty: '∞',
  alpha: 'α',
  beta: 'β',
  mu: 'μ',
  Delta: 'Δ',
  ldots: '…',
  cdots: '…',
};

/** Commands whose argument is plain text: `\text{人}` → `人`. */
const TEXT_COMMANDS = /\\(?:text|mathrm|textrm|mathbf|textbf|mathit|operatorname)\s*\{([^{}]*)\}/g;

export function texToText(tex: string): string {
  const converted = tex
    .replace(TEXT_COMMANDS, '$1')
    .replace(/\^\s*\{?\\circ\}?/g, '°')
    .replace(/\\([A-Za-z]+)/g, (whole, name: string) => SYMBOLS[name] ?? whole)
    .replace(/\\([%$&#_{}])/g, '$1')
    .replace(/\\[,;: !]/g, ' ');
  // A command we do not know (\frac …) means real math: keep the whole formula as typed.
  if (/\\[A-Za-z]/.test(converted)) return tex.trim();
  return converted.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
}
