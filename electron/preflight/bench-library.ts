/**
 * The preflight as a library for bench/preflight.mjs (bundled to dist/preflight.cjs): the engine,
 * the tools it is handed in the app, and the Markdown import that builds the fixture report.
 */
export { runPreflight } from '../../shared/preflight/run-preflight';
export { importMarkdown } from '../../shared/markdown/import-markdown';
export { toOutline } from '../../shared/markdown/to-outline';
export { defaultSettings } from '../../shared/model/settings';
export { JiebaLexicon } from './jieba-lexicon';
export { toSimplified } from './opencc';
