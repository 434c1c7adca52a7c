// Vite plugin: a Content-Security-Policy <meta> in the BUILT index.html only (the dev server
// injects inline scripts for HMR, which this policy would block). Only the game's own origin;
// no 'unsafe-eval' (only 'wasm-unsafe-eval', for the playground's sandbox), no inline script. The page's one inline <style> (index.html) is allowed by
// its hash, computed here from the final HTML, so style-src needs no 'unsafe-inline' either.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  // 'wasm-unsafe-eval': the playground's sandbox is QuickJS compiled to WebAssembly (README,
  // "Playground"). It allows compiling WebAssembly only; JavaScript eval stays refused.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** The policy for a page whose inline <style> blocks are `styles` (their exact text). */
export function contentSecurityPolicy(styles: readonly string[] = []): string {
  const hashes = styles.map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  return CSP_DIRECTIVES.map((d) => (d.startsWith('style-src ') && hashes.length > 0 ? `${d} ${hashes.join(' ')}` : d)).join('; ');
}

export function csp(): Plugin {
  return {
    name: 'coroutine-quest:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // An inline script would be refused under this policy: fail the build rather than ship a dead page.
        const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs, body]) => !/\bsrc\s*=/.test(attrs!) || body!.trim() !== '');
        if (inline.length > 0) throw new Error(`vite-plugin-csp: the built index.html has ${inline.length} inline <script>; the CSP forbids it`);
        if (/\sstyle\s*=/i.test(html.replace(/<script[\s\S]*?<\/script>/gi, ''))) {
          throw new Error('vite-plugin-csp: the built index.html has a style="" attribute; the CSP forbids it');
        }
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
        const policy = contentSecurityPolicy(styles);
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default csp;
