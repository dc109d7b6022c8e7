/** The packaging configuration's security settings: Electron's fuses and no file:// pages in the shell. */
import fs from 'node:fs';
import path from 'node:path';

// js-yaml comes with electron-builder (which reads this very file with it).
const yaml = require('js-yaml') as { load(text: string): unknown };

const repo = path.join(__dirname, '..', '..');
const config = yaml.load(fs.readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('flips the fuses: no run-as-node, NODE_OPTIONS or --inspect; asar integrity, asar only; no extra file: privileges', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Integrity is checked on the asar, so the app must be packed into one.
    expect(config.asar ?? true).toBe(true);
  });
});

describe('the Electron shell', () => {
  const main = fs.readFileSync(path.join(repo, 'electron', 'main', 'main.ts'), 'utf8');
  const shellSources = fs.readdirSync(path.join(repo, 'electron', 'main')).map((file) => fs.readFileSync(path.join(repo, 'electron', 'main', file), 'utf8'));

  it('loads no page from file:// (the renderer and the print pages come from app://)', () => {
    for (const source of shellSources) {
      expect(source).not.toMatch(/\.loadFile\(/);
      expect(source).not.toMatch(/['"`]file:\/\//);
    }
  });

  it('turns on the sandbox for every renderer and hardens the session before the window opens', () => {
    expect(main).toMatch(/app\.enableSandbox\(\);/);
    expect(main).toMatch(/registerAppScheme\(\);/);
    const ready = main.slice(main.indexOf('app.whenReady()'));
    expect(ready.indexOf('hardenSession(')).toBeGreaterThan(-1);
    expect(ready.indexOf('hardenSession(')).toBeLessThan(ready.indexOf('createWindow()'));
  });
});
