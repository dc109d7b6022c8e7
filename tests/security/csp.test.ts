/**
 * The renderer's CSP is in its HTML as a <meta> (a header does not reach a file:// page) and equal
 * to the one policy in electron/security/csp.ts; the harness relaxes only connect-src.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, PRINT_CONTENT_SECURITY_POLICY, harnessPolicy, metaPolicies, metaPolicy, withMetaPolicy } from '../../electron/security/csp';

const repo = path.join(__dirname, '..', '..');
const indexHtml = fs.readFileSync(path.join(repo, 'renderer', 'index.html'), 'utf8');
const directives = (policy: string): Map<string, string> => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name ?? '', values.join(' ')]));

describe('CSP', () => {
  it('renderer/index.html carries the renderer policy as its one CSP <meta>, before any script or style', () => {
    expect(metaPolicies(indexHtml)).toEqual([metaPolicy(CONTENT_SECURITY_POLICY)]);
    const meta = indexHtml.search(/http-equiv="Content-Security-Policy"/);
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(indexHtml.search(/<link rel="stylesheet"/));
    expect(meta).toBeLessThan(indexHtml.search(/<script/));
  });

  it('the meta form leaves out what a meta tag cannot carry, and nothing else', () => {
    const meta = directives(metaPolicy(CONTENT_SECURITY_POLICY));
    const header = directives(CONTENT_SECURITY_POLICY);
    expect(meta.has('frame-ancestors')).toBe(false);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });

  it('the renderer may run only its own script: no inline script, no eval, no remote anything', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(policy.get('script-src')).not.toContain('unsafe-inline');
  });

  it('print pages run no script at all and load images only from their own folder', () => {
    const policy = directives(PRINT_CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.has('script-src')).toBe(false);
    expect(policy.get('img-src')).toBe("'self' data: blob:");
    expect(policy.get('font-src')).toBe("'self' data:");
  });

  it('the harness serves index.html with connect-src relaxed to its own origin, everything else kept', () => {
    const served = withMetaPolicy(indexHtml, harnessPolicy(CONTENT_SECURITY_POLICY));
    const [policy] = metaPolicies(served);
    expect(directives(policy ?? '').get('connect-src')).toBe("'self'");
    const withoutMeta = (html: string): string => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(withoutMeta(served)).toBe(withoutMeta(indexHtml));
    expect(() => withMetaPolicy('<html></html>', CONTENT_SECURITY_POLICY)).toThrow();
  });
});
