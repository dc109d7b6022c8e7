/**
 * The escapers, one per context (shared/escape/), against the hostile-strings corpus: what each one
 * writes reads back as the literal text through a reader of that context (the HTML tokenizer, a CSS
 * string decoder written from CSS Syntax §4.3.7, Python's XML parser), and cannot end its context.
 * Also: the print pages' whole documents, the plan's replacement of what XML forbids, and the URL
 * policy of the print engines.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { allowedPrintUrl } from '../../electron/export/pdf/print-url-policy';
import { cssString } from '../../shared/escape/css-string';
import { escapeHtmlAttribute, escapeHtmlText } from '../../shared/escape/html-escape';
import { countXmlForbidden, replaceXmlForbidden } from '../../shared/escape/xml-chars';
import { escapeXmlAttribute, escapeXmlText } from '../../shared/escape/xml-escape';
import { resolveParts } from '../../shared/export/export-parts';
import { buildPrintHtml } from '../../shared/export/html/print-document';
import { PRINT_CONTENT_SECURITY_POLICY } from '../../shared/export/html/print-csp';
import { planReport, type ReportSource } from '../../shared/export/plan-report';
import { stylePreset } from '../../shared/export/style-presets';
import { xmlSafeData } from '../../shared/export/xml-safe-plan';
import { defaultSettings } from '../../shared/model/settings';
import { statementPageHtml } from '../../shared/statement/statement-page-html';
import { DEFAULT_STATEMENT_SETTINGS, statementText } from '../../shared/statement/statement-text';
import { tokenizeHtml } from '../../shared/tables/html-tokenizer';
import { HOSTILE, HOSTILE_KEYS } from './hostile-strings';

const CORPUS = HOSTILE_KEYS.map((key) => [key, HOSTILE[key]] as const);

/** Lone surrogates cannot survive UTF-8 anywhere; everything else must come back as typed. */
const wellFormed = (text: string): string => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

describe('HTML text and attributes', () => {
  test.each(CORPUS)('%s reads back literally from text and from both kinds of quoted attribute', (_key, text) => {
    const html = `<p title="${escapeHtmlAttribute(text)}" lang='${escapeHtmlAttribute(text)}'>${escapeHtmlText(text)}</p>`;
    const tokens = tokenizeHtml(html);
    expect(tokens.map((t) => t.kind)).toEqual(['start', 'text', 'end']);
    const start = tokens[0] as { attrs: ReadonlyMap<string, string> };
    expect(start.attrs.get('title')).toBe(text);
    expect(start.attrs.get('lang')).toBe(text);
    expect((tokens[1] as { text: string }).text).toBe(text);
  });

  test('no character that opens a tag, ends an attribute or starts a reference survives', () => {
    for (const [, text] of CORPUS) expect(escapeHtmlText(text) + escapeHtmlAttribute(text)).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|#39);)/);
  });
});

/** CSS Syntax §4.3.7 (consume an escaped code point) inside a double-quoted string token. */
function decodeCssString(css: string): string {
  expect(css.startsWith('"') && css.endsWith('"')).toBe(true);
  const body = css.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i] as string;
    // A raw quote, newline or backslash at the end would end or break the string token.
    expect(c).not.toMatch(/["\n\r\f]/);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const hex = /^[0-9a-fA-F]{1,6}/.exec(body.slice(i + 1))?.[0];
    if (hex === undefined) {
      out += body[i + 1];
      i += 1;
      continue;
    }
    const code = parseInt(hex, 16);
    out += code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff ? '\uFFFD' : String.fromCodePoint(code);
    i += hex.length;
    if (/[ \t\n]/.test(body[i + 1] ?? '')) i += 1;
  }
  return out;
}

describe('CSS strings', () => {
  test.each(CORPUS)('%s reads back literally (NUL as U+FFFD, as CSS reads it) and cannot close the <style>', (_key, text) => {
    const css = cssString(text);
    expect(css).not.toMatch(/[<>\u2028\u2029\u0000-\u001F\u007F]/);
    expect(decodeCssString(css)).toBe(wellFormed(text).replace(/\u0000/g, '\uFFFD'));
  });

  test('a hex digit after an escape is not swallowed by it', () => {
    expect(decodeCssString(cssString('"a\n1<b'))).toBe('"a\n1<b');
    expect(cssString('宋体')).toBe('"宋体"');
  });
});

describe('XML', () => {
  test('forbidden characters are counted and replaced by U+FFFD, nothing else is touched', () => {
    expect(countXmlForbidden('a\u0000b\u0009\u000A\u000D\uFFFE\uFFFF\uD800x\uDC00😀')).toBe(5);
    expect(replaceXmlForbidden('a\u0001\tb\uFFFE\uD83D😀\uDE00')).toBe('a\uFFFD\tb\uFFFD\uFFFD😀\uFFFD');
    expect(replaceXmlForbidden('\u2028\u202E')).toBe('\u2028\u202E');
  });

  test('every corpus string reads back from element text and from an attribute through a real XML parser', () => {
    const elements = CORPUS.map(([key, text]) => `<v key="${key}" a="${escapeXmlAttribute(text)}">${escapeXmlText(text)}</v>`).join('');
    const script = `
import sys, json, xml.dom.minidom
doc = xml.dom.minidom.parseString(sys.stdin.buffer.read())
out = {}
for v in doc.getElementsByTagName('v'):
    out[v.getAttribute('key')] = [v.getAttribute('a'), ''.join(n.data for n in v.childNodes)]
sys.stdout.write(json.dumps(out))
`;
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { input: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><r>${elements}</r>`, 'utf8'), encoding: 'utf8' })) as Record<string, [string, string]>;
    for (const [key, text] of CORPUS) {
      const expected = replaceXmlForbidden(text);
      // In content, line ends are normalised (CR LF → LF) as every XML reader does; attributes keep them.
      expect([key, ...read[key]!]).toEqual([key, expected, expected.replace(/\r\n?/g, '\n')]);
    }
  });

  test('the plan keeps a clean report as it is and replaces what XML forbids everywhere, with a warning', () => {
    const clean = { a: ['x', { b: 'y' }], n: 1 };
    expect(xmlSafeData(clean).value).toBe(clean);
    const { value, replaced } = xmlSafeData({ a: ['x\uFFFE', { b: '\u0001y' }], n: 1, z: null });
    expect(replaced).toBe(2);
    expect(value).toEqual({ a: ['x\uFFFD', { b: '\uFFFDy' }], n: 1, z: null });
  });
});

const hostileSource = (): ReportSource => {
  const settings = { ...defaultSettings(HOSTILE.styleBreak, 2025), reportTitle: HOSTILE.iframe.replace('{canary}', 'file:///etc/passwd'), unitNameEn: HOSTILE.attribute };
  return {
    settings,
    outline: [{ id: 'n1', parentId: null, position: 0, title: HOSTILE.css, role: 'body', numbered: true, departmentId: null }],
    contentOf: () => CORPUS.map(([key, text]) => ({ type: 'paragraph' as const, id: `p-${key}`, children: [{ text }] })),
    departments: [{ name: HOSTILE.xml, lead: HOSTILE.attribute, writers: HOSTILE.styleBreak }],
    assets: new Map(),
    statement: { settings: { ...DEFAULT_STATEMENT_SETTINGS, signerName: HOSTILE.styleBreak, template: `${HOSTILE.xml}{unit}` }, signature: null, seal: null },
  };
};

describe('whole print pages', () => {
  const plan = planReport(hostileSource(), resolveParts({}));

  test.each(['body', 'front', 'whole'] as const)('%s: one <style>, no script, frame or event handler, the CSP first in <head>', (part) => {
    const html = buildPrintHtml(plan, part, { preset: stylePreset('gongwen'), assetUrl: () => 'img/x.jpg' });
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<(script|iframe|img src=x)|onerror="/i);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src &#39;self&#39; data: blob:;/);
    expect(plan.warnings.some((w) => w.includes('U+FFFD'))).toBe(true);
  });

  test('the statement page (also the app\'s preview) escapes every text', () => {
    const html = statementPageHtml(statementText(hostileSource().settings, { ...DEFAULT_STATEMENT_SETTINGS, signerName: HOSTILE.attribute, template: HOSTILE.styleBreak }), { signatureUrl: null, sealUrl: '"><script>' }, null);
    expect(html).not.toMatch(/<(script|iframe|style|img src=x)|onerror="/i);
    const text = tokenizeHtml(html).flatMap((t) => (t.kind === 'text' ? [t.text] : [])).join('');
    for (const value of [HOSTILE.styleBreak, HOSTILE.attribute]) expect(text).toContain(value);
  });

  test('the policy allows no script and nothing from elsewhere', () => {
    expect(PRINT_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'/);
    expect(PRINT_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|unsafe-eval|frame-src|\*/);
  });
});

describe('what a print page may load', () => {
  const folder = path.join(os.tmpdir(), 'rw-pdf-abc');
  const file = (p: string): string => `file://${p.split(path.sep).map(encodeURIComponent).join('/')}`;
  test.each([
    [file(path.join(folder, 'body.html')), true],
    [file(path.join(folder, 'img', 'a.jpg')), true],
    ['data:image/png;base64,AAAA', true],
    [file(path.join(os.tmpdir(), 'rw-pdf-abcd', 'x.jpg')), false],
    [file(path.join(os.tmpdir(), 'canary.html')), false],
    [`${file(folder)}/../canary.html`, false],
    [`${file(folder)}/%2e%2e/canary.html`, false],
    [file(folder), false],
    ['file:///etc/passwd', false],
    ['file://server/share/x.jpg', false],
    ['http://127.0.0.1/x.jpg', false],
    ['https://example.org/x.css', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(allowedPrintUrl(url, folder)).toBe(allowed);
  });
});
