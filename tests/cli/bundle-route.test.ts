/**
 * Which CLI bundle a command line runs in (electron/cli/bundle-route.ts): the Word-only bundle
 * only for `export` lines that cannot reach the PDF or certificate code; everything else, and
 * anything that merely looks like a PDF option, goes to the full CLI.
 */
import { bundleFor, EXPORT_DOCX_BUNDLE, FULL_BUNDLE } from '../../electron/cli/bundle-route';

const cases: ReadonlyArray<readonly [string, readonly string[], string]> = [
  ['Word export', ['export', 'a.rwproj', '--docx', 'a.docx'], EXPORT_DOCX_BUNDLE],
  ['Word export with --without', ['export', 'a.rwproj', '--docx=a.docx', '--without', 'cover'], EXPORT_DOCX_BUNDLE],
  ['export help', ['export', '--help'], EXPORT_DOCX_BUNDLE],
  ['export without arguments (the usage error is the same text)', ['export'], EXPORT_DOCX_BUNDLE],
  ['PDF export', ['export', 'a.rwproj', '--pdf', 'a.pdf'], FULL_BUNDLE],
  ['PDF export, --pdf=', ['export', 'a.rwproj', '--pdf=a.pdf'], FULL_BUNDLE],
  ['both outputs', ['export', 'a.rwproj', '--docx', 'a.docx', '--pdf', 'a.pdf'], FULL_BUNDLE],
  ['certificate without --pdf (its error needs the certificate reader)', ['export', 'a.rwproj', '--docx', 'a.docx', '--p12', 'c.p12', '--password-env', 'P'], FULL_BUNDLE],
  ['--password-env alone', ['export', 'a.rwproj', '--docx', 'a.docx', '--password-env=P'], FULL_BUNDLE],
  ['a value that looks like --pdf', ['export', 'a.rwproj', '--docx', '--pdf-like.docx'], FULL_BUNDLE],
  ['other commands', ['info', 'a.rwproj'], FULL_BUNDLE],
  ['help export', ['help', 'export'], FULL_BUNDLE],
  ['no command', [], FULL_BUNDLE],
  ['version', ['--version'], FULL_BUNDLE],
];

describe('bundleFor', () => {
  it.each(cases)('%s', (_name, argv, bundle) => {
    expect(bundleFor(argv)).toBe(bundle);
  });
});
