/**
 * Child process of tests/crash/crash-safety.test.ts, bundled with esbuild into a .cjs and killed
 * with SIGKILL at a random moment. Usage: node crash-writer.cjs FILE NODE_ID RUN
 *
 * It saves one section in a loop. After each save returns it writes `ack REVISION MARKER`; the
 * write is synchronous (fs.writeSync on the stdout pipe), so an acknowledged edit was committed
 * before the next one starts. Each content holds its own marker and the previous one: history
 * keeps one entry per five minutes, so "the acknowledged marker is still in the file" must hold
 * even when one more, unacknowledged, save replaced it.
 */
import fs from 'node:fs';
import { Project } from '../../electron/project-store/project';
import { plainText, type SectionContent } from '../../shared/model/document';

const [file, nodeId, run] = process.argv.slice(2);
if (!file || !nodeId || !run) {
  process.stderr.write('usage: crash-writer FILE NODE_ID RUN\n');
  process.exit(2);
}

function content(marker: string, previous: string, fillerLength: number): SectionContent {
  return [
    { type: 'paragraph', id: 'marker', children: [{ text: marker }] },
    { type: 'paragraph', id: 'previous', children: [{ text: previous }] },
    // A varying size makes commits allocate and free overflow pages, so the file grows and shrinks.
    { type: 'paragraph', id: 'filler', children: [{ text: '质'.repeat(fillerLength) }] },
  ];
}

const project = Project.open(file);
const loaded = project.loadSection(nodeId);
let revision = loaded.revision;
let previous = loaded.content[0] ? plainText(loaded.content[0]) : '';
fs.writeSync(1, `ready ${revision}\n`);

for (let seq = 0; ; seq += 1) {
  const marker = `k${run}-s${seq}`;
  const saved = project.saveSection(nodeId, content(marker, previous, Math.floor(Math.random() * 30_000)), revision);
  revision = saved.revision;
  fs.writeSync(1, `ack ${revision} ${marker}\n`);
  previous = marker;
}
