/**
 * `reportworks check <file.rwproj|file.rwpkg>`: the preflight (校对) from the command line.
 * Read-only; exit 0 when it ran, 3 when --fail-on is given and a finding of that severity (or a
 * more severe one) remains, 1/2 on failure as every command.
 */
import { runPreflight, parseRuleList } from '../../../shared/preflight/run-preflight';
import { SEVERITIES, type Finding, type PreflightResult, type Severity } from '../../../shared/preflight/types';
import { readCheckSource } from '../../preflight/check-source';
import { preflightTools } from '../../preflight/preflight-tools';
import { EXIT_OK, usageError } from '../cli-error';
import { CHECK_HELP } from '../help-text';
import { resolveSection } from '../section-arg';
import { expectPositionals, type Command } from './command';

export const EXIT_FINDINGS = 3;

const SEVERITY_ZH: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

function line(f: Finding): string {
  const suggestion = f.suggestion === null ? '' : f.suggestion === '' ? ' → （删除）' : ` → ${f.suggestion}`;
  return `${f.sectionTitle} [${f.blockId}${f.field === 'text' ? '' : `/${f.field}`} @${f.offset}] ${SEVERITY_ZH[f.severity]} ${f.rule}: “${f.excerpt}”${suggestion}  ${f.message}\n`;
}

function json(result: PreflightResult): string {
  const findings = result.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    section: f.sectionTitle,
    sectionId: f.sectionId,
    blockId: f.blockId,
    field: f.field,
    offset: f.offset,
    excerpt: f.excerpt,
    context: f.context,
    suggestion: f.suggestion,
    message: f.message,
    key: f.key,
  }));
  return `${JSON.stringify({ findings, counts: result.counts }, null, 2)}\n`;
}

function summary(result: PreflightResult): string {
  const { error, warning, info, ignored, characters } = result.counts;
  return `校对完成：${error} 个错误，${warning} 个警告，${info} 个提示${ignored > 0 ? `（已忽略 ${ignored} 个）` : ''}，共检查 ${characters} 个汉字 / ${error} errors, ${warning} warnings, ${info} notes\n`;
}

export const checkCommand: Command = {
  name: 'check',
  help: CHECK_HELP,
  options: { json: { type: 'boolean' }, section: { type: 'string' }, rules: { type: 'string' }, 'fail-on': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  run(args, io) {
    const [file] = expectPositionals(args, [{ zh: '项目文件或材料包（.rwproj / .rwpkg）', en: 'project or package file (.rwproj / .rwpkg)' }]) as [string];
    const failOn = args.strings.get('fail-on');
    if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning') throw usageError(`--fail-on 只能是 error 或 warning：${failOn}`, `--fail-on must be error or warning: ${failOn}`);
    const rulesText = args.strings.get('rules');
    const rules = rulesText === undefined ? undefined : parseRuleList(rulesText);
    if (rules === null) throw usageError(`未知的规则：${rulesText}（可用：typo, traditional, numbers, tables, references, captions, punctuation, consistency, glossary）`, `unknown rule in --rules: ${rulesText}`);
    const source = readCheckSource(file);
    const sectionArg = args.strings.get('section');
    let sections = source.editable;
    if (sectionArg !== undefined) {
      const node = resolveSection(source.report.outline, sectionArg);
      // A section and the sections under it (a chapter checks its sections too).
      const ids = new Set([node.id, ...source.report.outline.filter((n) => n.parentId === node.id).map((n) => n.id)]);
      sections = new Set([...ids].filter((id) => source.editable === undefined || source.editable.has(id)));
      if (sections.size === 0) throw usageError(`“${node.title}”不是分配给本部门的章节，材料包中只能校对本部门的章节`, `"${node.title}" is not assigned to this package's department`);
    }
    const result = runPreflight(source.report, { rules, sections, settings: source.settings, ignored: source.ignored }, preflightTools());
    if (args.flags.has('json')) io.out(json(result));
    else {
      for (const f of result.findings) io.out(line(f));
      io.out(summary(result));
    }
    if (failOn === undefined) return EXIT_OK;
    const worst = SEVERITIES.slice(0, SEVERITIES.indexOf(failOn as Severity) + 1);
    return result.findings.some((f) => worst.includes(f.severity)) ? EXIT_FINDINGS : EXIT_OK;
  },
};
