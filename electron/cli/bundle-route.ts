/**
 * Which CLI bundle runs a command line. Start-up of `reportworks` is dominated by V8 reading and
 * pre-parsing the bundle (the whole CLI is ~5 MB: docx, pdf-lib, exceljs, mammoth, node-forge …),
 * so the build also writes a Word-export-only bundle (dist/cli/cli-export-docx.cjs) holding the
 * same dispatch with a command table of one entry and the PDF/signature code left out.
 *
 * The rule is conservative: the small bundle is chosen only when the line cannot reach the parts
 * it lacks. Options are matched as parse-args reads them (`--name value` or `--name=value`, no
 * abbreviations, no short forms for these), and any token that merely looks like one of them
 * sends the line to the full bundle, which behaves identically for every command line.
 */
export const FULL_BUNDLE = 'cli.cjs';
export const EXPORT_DOCX_BUNDLE = 'cli-export-docx.cjs';

/** Options of `export` whose code is not in the Word-only bundle. */
const NEEDS_FULL = ['--pdf', '--p12', '--password-env'];

export function bundleFor(argv: readonly string[]): string {
  const [command, ...rest] = argv;
  if (command !== 'export') return FULL_BUNDLE;
  const reachesPdf = rest.some((arg) => NEEDS_FULL.some((option) => arg.startsWith(option)));
  return reachesPdf ? FULL_BUNDLE : EXPORT_DOCX_BUNDLE;
}
