// Layering by where code runs (as in VS Code and Signal-Desktop), enforced here and by one
// tsconfig per zone: shared/ is pure; renderer/ imports only shared/; the preload only shared/ and
// electron's ipcRenderer; the Node-side services never import electron (only electron/main does).
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'util', 'stream', 'worker_threads'];
const pattern = (group, message) => ({ group, message });

// The folders under electron/ that do the app's work in plain Node, below the CLI and the IPC services.
const domainFolders = ['app-state', 'assets', 'charts', 'departments', 'errors', 'export', 'files', 'history', 'import', 'new-year', 'packages', 'preflight', 'project-store', 'security', 'spreadsheet', 'statement', 'word'];
const onlyMainImportsElectron = pattern(['electron'], 'Only the thin shell in electron/main imports electron; services must run in plain Node.');
const sqlMessage = 'SQL lives in electron/project-store/queries/: write a query function there and run it with project.query(fn, …).';
const storageOwned = [
  pattern(['better-sqlite3'], sqlMessage),
  { group: ['**/project-store/sqlite'], importNames: ['openDatabase'], message: 'Only electron/project-store/ opens SQLite files (Project, OpenedPackage).' },
  pattern(['**/project-store/raw-database'], 'raw-database.ts is for tests; application code uses project.query.'),
];
const noCliOrServices = pattern(
  ['**/cli', '**/cli/**', '**/services', '**/services/**'],
  'Domain code does not depend on the CLI or the IPC services: throw AppError (electron/errors/); the CLI and the handlers map it at their boundary.',
);
const noIpcTypes = pattern(['**/shared/ipc', '**/shared/ipc/**'], 'project-store does not depend on the IPC contract: its types live in shared/model/.');

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/results/**', 'release/**', '**/*.cjs', '**/*.mjs', '**/*.js'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Type-aware checks that found real bugs: a promise nobody awaits loses its error; an async
    // handler where a void one is expected swallows it; a switch that forgets a new kind of block.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // A deliberate `default:` covers the kinds it names no case for; a switch without one must name them all.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['electron', 'better-sqlite3', 'react', 'react-dom', 'react/*', 'slate-react', 'slate-dom', ...nodeBuiltins], 'shared/ is pure: no Electron, Node, DOM or React.'),
            pattern(['**/electron/**', '**/renderer/**'], 'shared/ must not depend on other zones.'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['electron', 'better-sqlite3', ...nodeBuiltins], 'The renderer runs sandboxed: no Electron or Node modules.'),
            pattern(['**/electron/**'], 'The renderer talks to main only through the IPC contract in shared/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['better-sqlite3', ...nodeBuiltins], 'The preload is sandboxed: only electron and shared/.'),
            { regex: '^\\.(?!\\./\\.\\./shared/)', message: 'The preload imports only shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [onlyMainImportsElectron, ...storageOwned] }],
    },
  },
  // Storage has one owner and domain code stands on its own (issue 12). A later block replaces the
  // rule for its files, so each block lists every pattern that applies there.
  {
    files: domainFolders.filter((f) => f !== 'project-store').map((f) => `electron/${f}/**/*.ts`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [onlyMainImportsElectron, ...storageOwned, noCliOrServices] }],
    },
  },
  {
    files: ['electron/project-store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [onlyMainImportsElectron, noCliOrServices, noIpcTypes] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/project-store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='prepare']", message: sqlMessage },
        // exec/pragma with SQL text; RegExp#exec takes a variable or a call, so it stays allowed.
        { selector: "CallExpression[callee.property.name=/^(exec|pragma)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]", message: sqlMessage },
      ],
    },
  },
);
