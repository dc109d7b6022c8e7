/**
 * Pictures in a department's Word draft pass the image gate: a photo keeps its bytes (no palette,
 * no re-encoding), a 30000×30000 PNG becomes a placeholder whose warning in the review says why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { applyMerge } from '../../shared/merge/apply-changes';
import { importWordDraft } from '../../electron/packages/import-draft';
import { Project } from '../../electron/project-store/project';
import type { FigureElement } from '../../shared/model/document';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { bombPng, photoPixels, rawImage } from '../support/test-images';

let dir: string;
let project: Project;
let sectionId: string;
let photo: Buffer;

beforeAll(async () => {
  dir = makeTempDir('rw-word-images-');
  project = Project.create(path.join(dir, '年报.rwproj'), { unitName: '天津工业职业学院', year: 2025 });
  sectionId = (project.outline().find((n) => n.parentId !== null) as { id: string }).id;
  photo = await rawImage(await photoPixels(600, 400, 21), 600, 400).png().toBuffer();
  const picture = (data: Buffer): Paragraph => new Paragraph({ children: [new ImageRun({ type: 'png', data, transformation: { width: 300, height: 200 } })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('部门新写的一段。'),
          picture(photo),
          new Paragraph('图 1-1 实训基地'),
          picture(bombPng(30000, 30000)),
          new Paragraph('图 1-2 校园全景'),
        ],
      },
    ],
  });
  fs.writeFileSync(path.join(dir, '稿件.docx'), await Packer.toBuffer(doc));
}, 60_000);

afterAll(() => {
  project.close();
  removeTempDir(dir);
});

test('the photo arrives byte for byte; the huge picture is a placeholder with the reason in the review', async () => {
  const prepared = await importWordDraft(project, path.join(dir, '稿件.docx'), sectionId);
  expect(prepared.assets).toHaveLength(1);
  expect(prepared.assets[0]?.bytes.equals(photo)).toBe(true);
  const section = prepared.sections[0] as (typeof prepared.sections)[number];
  const taken = applyMerge(section.merge, new Map(section.merge.changes.map((c) => [c.id, 'accept' as const])));
  const figures = taken.filter((b): b is FigureElement => b.type === 'figure');
  expect(figures.map((f) => [f.caption, f.asset !== null])).toEqual([
    ['实训基地', true],
    ['校园全景', false],
  ]);
  expect(figures[1]?.missingName).toContain('像素过多（30000×30000');
  expect(prepared.review.warnings).toEqual([expect.stringMatching(/^Word 稿件中有一张图片无法读取（图片“图片 2”像素过多（30000×30000，上限 100 百万像素）/)]);
});
