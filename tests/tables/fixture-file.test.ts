/**
 * Ties the copied tables in ./fixture-tables.ts to the real fixture file (vendored under
 * tests/fixtures; REPORTWORKS_FIXTURE points elsewhere): every `Table:` block must be copied
 * verbatim, and every one must import as a normal table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fixturePath } from '../markdown/support';
import { fromPipeTable } from '../../shared/tables/pipe-table';
import { FIXTURE_TABLES, pipeRows } from './fixture-tables';
import { expectNormal } from './table-spec';

const file = fixturePath();

/** Each `Table:` caption of the file with the pipe-table lines that follow it. */
function tablesInFile(): { caption: string; lines: string[] }[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const found: { caption: string; lines: string[] }[] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('Table: ')) return;
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').startsWith('|')) j++;
    const block: string[] = [];
    while (j < lines.length && (lines[j] ?? '').startsWith('|')) block.push(lines[j++] as string);
    found.push({ caption: line.slice('Table: '.length), lines: block });
  });
  return found;
}

describe(`the fixture file (${path.basename(file)})`, () => {
  test('its 12 tables are exactly the copied ones', () => {
    const inFile = tablesInFile();
    expect(inFile).toHaveLength(12);
    const copied = Object.values(FIXTURE_TABLES);
    expect(inFile.map((t) => t.caption)).toEqual(copied.map((t) => t.caption));
    inFile.forEach((table, i) => expect(table.lines.join('\n')).toBe(copied[i]?.markdown.trim()));
  });

  test('every table imports as a normal table', () => {
    for (const table of tablesInFile()) expectNormal(fromPipeTable(pipeRows(table.lines.join('\n')), table.caption));
  });
});
