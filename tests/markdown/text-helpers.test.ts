/** Line joining and TeX symbols, as data. */
import { joinLines } from '../../shared/markdown/join-lines';
import { texToText } from '../../shared/markdown/tex-to-text';

describe('joinLines', () => {
  it.each([
    { name: 'Chinese lines join without a space', lines: ['学院立足核心育人职责，全程育人聚焦学生', '“入学—在校—毕业”成长全周期'], out: '学院立足核心育人职责，全程育人聚焦学生“入学—在校—毕业”成长全周期' },
    { name: 'Latin words join with a space', lines: ['the quick', 'brown fox'], out: 'the quick brown fox' },
    { name: 'Chinese next to a digit keeps a space', lines: ['覆盖三地师生', '5000 余人次'], out: '覆盖三地师生 5000 余人次' },
    { name: 'markup at a line edge does not hide Chinese', lines: ['累计已有**500**余名学生通过考', '**核**并获得证书'], out: '累计已有**500**余名学生通过考**核**并获得证书' },
    { name: 'indent spaces and hard breaks are trimmed', lines: ['　　首行缩进的段落\\', '  第二行  '], out: '首行缩进的段落第二行' },
    { name: 'blank lines inside are skipped', lines: ['一', '', '二'], out: '一二' },
  ])('$name', ({ lines, out }) => {
    expect(joinLines(lines)).toBe(out);
  });
});

describe('texToText', () => {
  it.each([
    { tex: '\\geq 95\\%', out: '≥ 95%' },
    { tex: '30^{\\circ}C', out: '30°C' },
    { tex: '3 \\times 4 \\leq 12', out: '3 × 4 ≤ 12' },
    { tex: '\\text{万元}', out: '万元' },
    // Unknown commands are real math: the formula is kept as typed, nothing lost.
    { tex: '\\frac{a}{b}', out: '\\frac{a}{b}' },
  ])('$tex', ({ tex, out }) => {
    expect(texToText(tex)).toBe(out);
  });
});
