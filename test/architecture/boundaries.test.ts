import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Who may import whom (DESIGN.md): shared/ imports nothing of ours; connectors/ may import shared/. */
const ROOT = resolve('.');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function importsOf(code: string): string[] {
  return [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** Resolves a specifier to the top-level folder it lands in ("shared", "connectors", "extension") or a package. */
function target(file: string, spec: string): string {
  if (spec.startsWith('.')) return relative(ROOT, resolve(file, '..', spec)).split(/[\\/]/)[0]!;
  return spec.split('/')[0]!;
}

const RULES: Record<string, string[]> = {
  shared: ['connectors', 'extension', 'wxt', 'preact', '@preact', 'webextension-polyfill', 'test', 'scripts'],
  connectors: ['extension', 'wxt', 'preact', '@preact', 'test', 'scripts'],
};

describe('import boundaries', () => {
  it('finds imports of every form', () => {
    expect(importsOf(`import a from 'x';\nimport type { B } from "../y";\nexport * from './z';\nconst c = import('w');\nimport 'side';`)).toEqual(['x', '../y', './z', 'w', 'side']);
  });

  for (const [folder, forbidden] of Object.entries(RULES)) {
    it(`${folder}/ imports none of ${forbidden.join(', ')}`, () => {
      const files = sourceFiles(resolve(folder));
      expect(files.length).toBeGreaterThan(0);
      const violations = files.flatMap((file) =>
        importsOf(readFileSync(file, 'utf8'))
          .filter((spec) => forbidden.includes(target(file, spec)))
          .map((spec) => `${relative(ROOT, file)} → ${spec}`),
      );
      expect(violations).toEqual([]);
    });
  }

  it('shared/ reaches no browser extension API', () => {
    const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const offenders = sourceFiles(resolve('shared')).filter((file) => /\b(chrome|browser)\.(runtime|storage|tabs|alarms)\b/.test(code(file)));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
