import { Project } from '../../project-store/project';
import { EXIT_OK } from '../cli-error';
import { INFO_HELP } from '../help-text';
import { buildInfo, formatInfoSummary } from '../info-view';
import { expectPositionals, type Command } from './command';

export const infoCommand: Command = {
  name: 'info',
  help: INFO_HELP,
  options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  run(args, io) {
    const [file] = expectPositionals(args, [{ zh: '项目文件（.rwproj）', en: 'project file (.rwproj)' }]) as [string];
    // Read-only: no lock file, no migration written, so `info` works while the app has it open.
    const project = Project.open(file, { readOnly: true });
    try {
      const snapshot = project.snapshot();
      let headings = 0;
      for (const node of snapshot.outline) {
        // Headings inside case boxes are content headings too.
        for (const block of project.loadSection(node.id).content) {
          const blocks = block.type === 'case' ? block.children : [block];
          headings += blocks.filter((b) => b.type === 'heading').length;
        }
      }
      const info = buildInfo(snapshot, headings);
      io.out(args.flags.has('json') ? `${JSON.stringify(info, null, 2)}\n` : formatInfoSummary(info));
    } finally {
      project.close();
    }
    return EXIT_OK;
  },
};
