/**
 * The README's layout table names every folder under electron/ (issue 12, item 7): a new folder
 * without a line there fails here, so the table stays the map a new engineer can trust.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** Folders the layout table has a row for (`| \`electron/x/\` | … |`). */
function namedInLayout(text: string): Set<string> {
  return new Set([...text.matchAll(/^\| `(electron\/[a-z-]+)\/` \|/gm)].map((m) => m[1] ?? ''));
}

test('every folder under electron/ has a row in the README layout table', () => {
  const folders = fs
    .readdirSync(path.join(root, 'electron'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `electron/${entry.name}`);
  const named = namedInLayout(readme);
  expect(folders.filter((folder) => !named.has(folder))).toEqual([]);
});

test('negative control: a table without a row is caught', () => {
  const withoutServices = readme.replace(/^\| `electron\/services\/` \|.*\n/m, '');
  expect(namedInLayout(withoutServices).has('electron/services')).toBe(false);
  expect(namedInLayout(readme).has('electron/services')).toBe(true);
});
