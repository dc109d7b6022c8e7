/**
 * Hostile strings in every user-editable field of one real project, through every export: the report
 * PDF (the print preview shows this same file), the report Word file, and the statement as PDF and
 * as Word. Each export must show the literal text (what XML cannot carry replaced visibly) and
 * nothing else: no script ran, no local file was pulled in, and the Word files stay valid XML that
 * python-docx opens and LibreOffice converts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { addComment } from '../../electron/departments/comments';
import { addDepartment, assignNode } from '../../electron/departments/departments';
import { exportDocxToFile } from '../../electron/export/docx/export-docx';
import { exportPdf } from '../../electron/export/pdf/export-pdf';
import { ChromiumPrintEngine } from '../../electron/export/pdf/chromium-print-engine';
import { Project } from '../../electron/project-store/project';
import { issueStatement } from '../../electron/statement/issue-statement';
import { writeStatementSettings } from '../../electron/statement/statement-store';
import type { BlockElement, SectionContent } from '../../shared/model/document';
import { fillStatementTemplate } from '../../shared/statement/statement-text';
import type { TableElement } from '../../shared/tables/table-types';
import { pageTexts } from '../export-pdf/pdf-reading';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { CANARY_FILE_CONTENT, HOSTILE_KEYS, INJECTED_MARKERS, hostile, squeeze, visibleFragments, type HostileKey } from './hostile-strings';

jest.setTimeout(240_000);

let dir: string;
let canary: string;
const engine = new ChromiumPrintEngine();
/** Field → the value stored in it, each tagged at both ends so each field is found on its own. */
const fields = new Map<string, string>();
const out = { pdf: '', docx: '', statementPdf: '', statementDocx: '' };
const warnings = { pdf: [] as readonly string[], docx: [] as readonly string[], statementPdf: [] as readonly string[], statementDocx: [] as readonly string[] };

function tagged(field: string, ...keys: HostileKey[]): string {
  const tag = `Q${String(fields.size + 1).padStart(2, '0')}`;
  const value = `${tag}${keys.map((key) => hostile(key, pathToFileURL(canary).href)).join('')}${tag}`;
  fields.set(field, value);
  return value;
}

let ids = 0;
const id = (prefix: string): string => `${prefix}${(ids += 1)}`;
const text = (t: string) => [{ text: t }];

function table(caption: string, source: string, cells: readonly string[][]): TableElement {
  return {
    type: 'table',
    id: id('t'),
    caption,
    source,
    headerRows: 1,
    columns: cells[0]!.map(() => ({ id: id('col'), width: 1 })),
    children: cells.map((row) => ({ type: 'table-row', id: id('tr'), children: row.map((cell) => ({ type: 'table-cell', id: id('tc'), children: text(cell) })) })),
  };
}

function buildProject(file: string): void {
  const project = Project.create(file, { unitName: '临时', year: 2025, blank: true });
  try {
    project.updateSettings({ unitName: tagged('unit', 'styleBreak', 'loneSurrogates'), reportTitle: tagged('title', 'iframe', 'nonCharacters'), unitNameEn: tagged('unitEn', 'attribute') });
    const first = project.outline()[0]!.id;
    project.renameNode(first, tagged('chapter title', 'css'));
    const second = project.addNode(null, first, tagged('second chapter title', 'xml'));
    const content: SectionContent = [
      { type: 'heading', id: id('h'), level: 2, children: text(tagged('heading', 'bidi')) },
      ...HOSTILE_KEYS.map((key): BlockElement => ({ type: 'paragraph', id: id('p'), children: text(tagged(`paragraph ${key}`, key)) })),
      { type: 'figure', id: id('f'), asset: null, missingName: tagged('missing image name', 'styleBreak'), caption: tagged('figure caption', 'attribute'), source: tagged('figure source', 'css'), width: 60, children: [{ text: '' }] },
      table(tagged('table caption', 'nonCharacters'), tagged('table source', 'loneSurrogates'), [
        [tagged('header cell', 'controls'), tagged('header cell 2', 'xml')],
        [tagged('cell', 'separators'), tagged('long cell', 'long')],
      ]),
      {
        type: 'case',
        id: id('c'),
        title: tagged('case title', 'long'),
        classic: true,
        children: [{ type: 'paragraph', id: id('p'), children: text(tagged('case paragraph', 'iframe')) }],
      },
    ];
    project.replaceSection(first, content, 'import');
    project.replaceSection(second, [{ type: 'paragraph', id: id('p'), children: text(tagged('second paragraph', 'separators')) }], 'import');
    const department = addDepartment(project, { name: `D1<script>document.write('PW'+'NED')</script>`, lead: tagged('department lead', 'attribute'), writers: tagged('department writers', 'xml') });
    fields.set('department name', department.name);
    assignNode(project, first, department.id);
    addComment(project, { nodeId: first, text: tagged('comment', 'styleBreak') });
    writeStatementSettings(project, { template: `${tagged('statement template', 'xml')}学校对{unit}负责。特此声明。`, signerName: tagged('signer', 'bidi') });
    // The template's placeholders are filled in once; the values put in are not expanded again.
    fields.set('statement template', fillStatementTemplate(`${fields.get('statement template')}学校对{unit}负责。特此声明。`, project.settings()));
  } finally {
    project.close();
  }
}

/** Fields whose text a report export prints (comments are not exported). */
const REPORT_FIELDS = (): string[] => [...fields.keys()].filter((f) => f !== 'comment' && f !== 'statement template' && f !== 'signer');
const STATEMENT_FIELDS = ['unit', 'statement template', 'signer'];

function missingFragments(haystack: string, names: readonly string[]): string[] {
  const text = squeeze(haystack);
  const missing: string[] = [];
  for (const name of names) {
    for (const fragment of visibleFragments(fields.get(name) ?? '')) if (!text.includes(squeeze(fragment))) missing.push(`${name}: ${JSON.stringify(fragment)}`);
  }
  return missing;
}

/**
 * The text of a PDF as drawn, followed by the text of the type areas alone (A4, without the top and
 * bottom 95 pt where the running head and the folio sit): a paragraph that runs over a page break
 * reads as one there.
 */
function pdfText(file: string): string {
  const typeArea = execFileSync('pdftotext', ['-raw', '-x', '0', '-y', '95', '-W', '595', '-H', '652', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return `${pageTexts(file, 'raw').join('\n')}\n${typeArea.replace(/\f/g, '')}`;
}

/**
 * python-docx opens the file (it parses document.xml, the headers and docProps/core.xml), every XML
 * part parses as XML 1.0, and the text of the body, the tables and the headers comes back.
 */
function readDocx(file: string): string {
  const script = `
import sys, zipfile, xml.dom.minidom, docx
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if name.endswith('.xml') or name.endswith('.rels'):
            xml.dom.minidom.parseString(z.read(name))
d = docx.Document(sys.argv[1])
parts = [p.text for p in d.paragraphs]
for t in d.tables:
    for row in t.rows:
        for cell in row.cells:
            parts.append(cell.text)
for s in d.sections:
    parts += [p.text for p in s.header.paragraphs]
parts.append(d.core_properties.title or '')
sys.stdout.write('\\n'.join(parts))
`;
  return execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** LibreOffice converts both Word files (one soffice run); returns the PDFs' paths. */
function convertWithLibreOffice(files: readonly string[]): string[] {
  const target = path.join(dir, 'lo');
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'lo-profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', target, ...files], { timeout: 180_000, stdio: 'ignore' });
  return files.map((f) => path.join(target, `${path.basename(f, '.docx')}.pdf`));
}

beforeAll(async () => {
  dir = makeTempDir('rw-hostile-');
  canary = path.join(dir, 'canary.html');
  fs.writeFileSync(canary, CANARY_FILE_CONTENT);
  const file = path.join(dir, 'hostile.rwproj');
  buildProject(file);
  const project = Project.open(file);
  try {
    const pdf = await exportPdf(project, { path: path.join(dir, 'report.pdf'), engine });
    const docx = await exportDocxToFile(project, path.join(dir, 'report.docx'));
    out.pdf = pdf.path;
    out.docx = docx.path;
    warnings.pdf = pdf.warnings;
    warnings.docx = docx.warnings;
    const base = { reportPath: null, identity: null, signature: null, seal: null, settingsPatch: {}, now: new Date('2025-12-30T10:00:00Z') };
    const statementPdf = await issueStatement(project, { ...base, out: path.join(dir, 'statement.pdf'), printEngine: engine });
    const statementDocx = await issueStatement(project, { ...base, out: path.join(dir, 'statement.docx'), printEngine: null });
    out.statementPdf = statementPdf.path;
    out.statementDocx = statementDocx.path;
    warnings.statementPdf = statementPdf.warnings.map((w) => w.zh);
    warnings.statementDocx = statementDocx.warnings.map((w) => w.zh);
  } finally {
    project.close();
    await engine.close();
  }
});

afterAll(() => (process.env.KEEP_HOSTILE ? undefined : removeTempDir(dir)));

describe('hostile text in every field', () => {
  test('the report PDF shows every field literally, and no script ran and no local file came in', () => {
    const text = pdfText(out.pdf);
    for (const marker of INJECTED_MARKERS) expect(text).not.toContain(marker);
    expect(missingFragments(text, [...REPORT_FIELDS(), 'statement template', 'signer'])).toEqual([]);
  });

  test('the running head prints the title literally on the body pages', () => {
    const bodyPage = pageTexts(out.pdf, 'raw').find((page) => squeeze(page).includes(squeeze(visibleFragments(fields.get('chapter title')!)[0]!)) && /—\s*1\s*—/.test(page));
    expect(bodyPage).toBeDefined();
    expect(missingFragments(bodyPage!, ['title'])).toEqual([]);
  });

  test('the statement PDF shows unit, template and signer literally', () => {
    const text = pdfText(out.statementPdf);
    for (const marker of INJECTED_MARKERS) expect(text).not.toContain(marker);
    expect(missingFragments(text, STATEMENT_FIELDS)).toEqual([]);
  });

  test('both Word files are valid XML, python-docx reads every field back, and the replacements are visible and warned about', () => {
    const report = readDocx(out.docx);
    expect(missingFragments(report, [...REPORT_FIELDS(), 'statement template', 'signer'])).toEqual([]);
    // What XML 1.0 cannot carry shows as U+FFFD, and the export says so.
    expect(report).toContain(`非字符\uFFFD与\uFFFD结束`);
    expect(report).toContain(`孤代理\uFFFD与\uFFFD结束`);
    for (const list of Object.values(warnings)) expect(list.some((w) => w.includes('U+FFFD'))).toBe(true);
    const statement = readDocx(out.statementDocx);
    expect(missingFragments(statement, STATEMENT_FIELDS)).toEqual([]);
  });

  test('LibreOffice converts both Word files, and the converted text carries the fields', () => {
    const [report, statement] = convertWithLibreOffice([out.docx, out.statementDocx]);
    const reportText = pdfText(report!);
    for (const marker of INJECTED_MARKERS) expect(reportText).not.toContain(marker);
    // Fields without replaced characters: LibreOffice draws U+FFFD from a fallback font, out of line.
    expect(missingFragments(reportText, ['chapter title', 'paragraph styleBreak', 'paragraph iframe', 'long cell', 'case paragraph'])).toEqual([]);
    const statementText = pdfText(statement!);
    expect(missingFragments(statementText, ['signer'])).toEqual([]);
    expect(squeeze(statementText)).toContain(squeeze(visibleFragments(fields.get('unit')!)[0]!));
  });
});
