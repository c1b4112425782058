import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_OUT, type Figure, round } from './lib';

const CONTENT_GOAL_KB = 25;

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** A JS file and every module it statically imports (chunks shared between pages are counted for each page). */
function withImports(root: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    const spec = m[1]!;
    const target = spec.startsWith('/') ? join(root, spec) : resolve(dirname(file), spec);
    withImports(root, target, seen);
  }
  return seen;
}

/**
 * Gzip size (level 9) of every content script (each is one self-contained file) and of every page's JavaScript
 * (its module scripts and their static imports) in the bench build. The bench page itself is left out.
 */
export function runSizeBench(): Figure[] {
  const root = resolve(BENCH_OUT, 'chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[]; background?: { service_worker?: string } };
  const figures: Figure[] = [];
  const contentFiles = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const extra = readdirSync(join(root, 'content-scripts')).map((f) => posix.join('content-scripts', f));
  for (const file of [...new Set([...contentFiles, ...extra])].filter((f) => f.endsWith('.js')).sort()) {
    const kb = gzipKb(join(root, file));
    figures.push({
      name: `gzip ${file}${contentFiles.includes(file) ? '' : ' (registered at runtime)'}`,
      unit: 'kB',
      value: round(kb, 1),
      goal: `< ${CONTENT_GOAL_KB} kB`,
      meetsGoal: kb < CONTENT_GOAL_KB,
    });
  }
  if (manifest.background?.service_worker) {
    figures.push({ name: `gzip ${manifest.background.service_worker} (service worker)`, unit: 'kB', value: round(gzipKb(join(root, manifest.background.service_worker)), 1) });
  }
  for (const html of readdirSync(root).filter((f) => f.endsWith('.html') && f !== 'bench.html').sort()) {
    const page = readFileSync(join(root, html), 'utf8');
    const files = new Set<string>();
    for (const m of page.matchAll(/<script[^>]*src="([^"]+)"/g)) for (const f of withImports(root, join(root, m[1]!))) files.add(f);
    const kb = [...files].reduce((sum, f) => sum + gzipKb(f), 0);
    figures.push({
      name: `gzip ${html} JavaScript (${files.size} files)`,
      unit: 'kB',
      value: round(kb, 1),
      note: `${html}: ${[...files].map((f) => `${relative(root, f)} ${round(gzipKb(f), 1)} kB`).join(', ')}`,
    });
  }
  return figures;
}
