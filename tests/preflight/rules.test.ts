/** Every rule against its cases (rule-cases.ts), with the real dictionary and converter. */
import { preflightTools } from '../../electron/preflight/preflight-tools';
import { runPreflight } from '../../shared/preflight/run-preflight';
import { RULE_IDS } from '../../shared/preflight/types';
import { RULE_CASES } from './rule-cases';
import { blocksReport } from './support';

const tools = preflightTools();

test('every rule has positive and negative cases', () => {
  for (const rule of RULE_IDS) {
    const cases = RULE_CASES.filter((c) => c.rule === rule);
    expect({ rule, positive: cases.some((c) => c.finds.length > 0), negative: cases.some((c) => c.finds.length === 0) }).toEqual({ rule, positive: true, negative: true });
  }
});

describe.each(RULE_CASES.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', (_name, c) => {
  test('finds exactly what it should', () => {
    const report = blocksReport(c.blocks, c.statementDate === undefined ? {} : { statementDate: c.statementDate });
    const result = runPreflight(report, { rules: [c.rule], settings: c.settings }, tools);
    const found = result.findings.map((f) => ({ excerpt: f.excerpt, suggestion: f.suggestion, severity: f.severity }));
    expect(found.map((f) => f.excerpt)).toEqual(c.finds.map((f) => f.excerpt));
    c.finds.forEach((expected, i) => {
      if (expected.suggestion !== undefined) expect(found[i]?.suggestion).toBe(expected.suggestion);
      if (expected.severity !== undefined) expect(found[i]?.severity).toBe(expected.severity);
    });
    for (const f of result.findings) {
      expect(f.rule).toBe(c.rule);
      expect(f.message).toMatch(/\p{Script=Han}/u);
      expect(f.context).toContain(f.excerpt);
    }
  });
});
