import { xrefLabel } from '../../shared/numbering/report-numbering';
import { createProject, nodeIdByTitle } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

describe('report-wide numbering through the project', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => removeTempDir(dir));

  test('headings, tables and cross-references follow the outline and the scheme', () => {
    const project = createProject(dir);
    try {
      const first = nodeIdByTitle(project, '立德树人');
      const table = { type: 'table', id: 'tb1', caption: '毕业生分布', source: '', headerRows: 1, columns: [{ id: 'c0', width: 1 }], children: [{ type: 'table-row', id: 'r1', children: [{ type: 'table-cell', id: 'x1', children: [{ text: '院系' }] }] }] };
      const content = [
        { type: 'heading', id: 'h1', level: 1, children: [{ text: '形成大思政育人格局' }] },
        { type: 'paragraph', id: 'p1', children: [{ text: '见' }, { type: 'xref', id: 'x9', target: 'tb1', children: [{ text: '' }] }, { text: '。' }] },
        table,
      ];
      project.saveSection(first, content, project.loadSection(first).revision);
      const numbering = project.numbering();
      expect(numbering.headings.find((h) => h.id === 'h1')).toMatchObject({ number: '1.', level: 3, title: '形成大思政育人格局' });
      expect(numbering.headings.find((h) => h.id === first)).toMatchObject({ number: '（一）', level: 2 });
      expect(xrefLabel(numbering, 'tb1')).toBe('表 1-1');
      expect(xrefLabel(numbering, 'h1')).toBe('1.形成大思政育人格局');
      expect(xrefLabel(numbering, 'gone')).toBeNull();

      // Moving the section to the second chapter renumbers its table.
      const second = nodeIdByTitle(project, '产教融合');
      project.moveNode(first, second, 0);
      expect(xrefLabel(project.numbering(), 'tb1')).toBe('表 2-1');

      // Changing the scheme renumbers everything at once.
      project.updateSettings({ numberingScheme: 'global' });
      expect(xrefLabel(project.numbering(), 'tb1')).toBe('表 1');

      const all = project.loadAllSections();
      expect(all.map((d) => d.id)).toEqual(project.numbering().headings.filter((h) => h.id === h.nodeId).map((h) => h.id));
    } finally {
      project.close();
    }
  });
});
