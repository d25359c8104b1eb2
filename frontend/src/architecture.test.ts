import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = join(import.meta.dirname, '.');
const featuresDir = join(srcDir, 'features');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');
}

describe('house rules', () => {
  it('features import only shared/, app/links and their own files', () => {
    const violations: string[] = [];
    for (const feature of readdirSync(featuresDir)) {
      for (const file of sourceFiles(join(featuresDir, feature))) {
        for (const specifier of importsOf(file)) {
          const where = `${relative(srcDir, file).split(sep).join('/')} → ${specifier}`;
          if (specifier.startsWith('@/features/')) violations.push(where);
          if (specifier.startsWith('@/app/') && specifier !== '@/app/links') violations.push(where);
          if (specifier.startsWith('.')) {
            const target = relative(join(featuresDir, feature), join(file, '..', specifier));
            if (target.startsWith('..')) violations.push(where);
          }
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('has one file per API operation exporting a hook', () => {
    const apiDirs = [
      ...readdirSync(featuresDir).map((feature) => join(featuresDir, feature, 'api')),
      join(srcDir, 'shared', 'reference', 'api'),
    ].filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory());
    const apiFiles = apiDirs.flatMap(sourceFiles);
    expect(apiFiles.length).toBeGreaterThan(20);
    const withoutHook = apiFiles.filter((file) => !/export function use[A-Z]\w+\(/.test(readFileSync(file, 'utf8')));
    expect(withoutHook.map((file) => relative(srcDir, file))).toEqual([]);
  });

  it('calls the API only through the generated, typed client (no hand-written fetch of /api)', () => {
    const offenders = sourceFiles(srcDir)
      .filter((file) => !file.endsWith('.test.ts') && !file.endsWith('.test.tsx') && !file.includes(`${sep}test${sep}`))
      .filter((file) => /fetch\(\s*['"`]\/api\//.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(srcDir, file))).toEqual([]);
  });
});
