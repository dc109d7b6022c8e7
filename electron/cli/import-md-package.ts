/** `import-md <package.rwpkg> <section.md> --section …`: the package branch of import-md. */
import path from 'node:path';
import { importMarkdownIntoPackage, packageOutline } from '../packages/import-md-package';
import { EXIT_OK, usageError } from './cli-error';
import type { CliIo } from './cli-io';
import type { ParsedArgs } from './parse-args';
import { resolveSection } from './section-arg';

const SHOWN_WARNINGS = 10;

export async function importMarkdownIntoPackageCommand(packageFile: string, markdownFile: string, args: ParsedArgs, io: CliIo): Promise<number> {
  const query = args.strings.get('section');
  if (query === undefined) throw usageError('导入到材料包时需要用 --section 指定章节', 'importing into a package needs --section');
  const { outline, editable, department } = packageOutline(packageFile);
  const node = resolveSection(outline, query);
  if (!editable.has(node.id)) {
    const mine = outline.filter((n) => editable.has(n.id)).map((n) => `“${n.title}”`);
    throw usageError(`“${node.title}”不是分配给${department}的章节，材料包中只能修改：${mine.join('、')}`, `"${node.id}" is not assigned to this package's department`);
  }
  const outcome = await importMarkdownIntoPackage(packageFile, markdownFile, node);
  io.out(
    `已把 ${path.basename(markdownFile)} 导入材料包 ${path.basename(packageFile)} 的“${node.title}”：` +
      `字数 ${outcome.words.toLocaleString('en-US')}，图片 ${outcome.images} 张（版本 ${outcome.revision}）。\n`,
  );
  const shown = args.flags.has('verbose') ? outcome.warnings : outcome.warnings.slice(0, SHOWN_WARNINGS);
  for (const w of shown) io.err(`警告：${w.zh} / Warning: ${w.en}\n`);
  if (shown.length < outcome.warnings.length) io.err(`警告：另有 ${outcome.warnings.length - shown.length} 条警告（--verbose 显示全部） / Warning: ${outcome.warnings.length - shown.length} more\n`);
  return EXIT_OK;
}
