import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
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

/** Every module a file names: `import … from`, `export … from`, `import 'x'` and `import('x')`. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const patterns = [
    /^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]/gm,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''));
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const fromSrc = (path: string) => relative(srcDir, path).split(sep).join('/');

/**
 * Where an import lands, as a path below src/ ('app/…', 'features/plans/…', 'shared/…'), or null
 * for a package (react, @tanstack/…).
 */
function importTarget(file: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return specifier.slice(2);
  if (specifier.startsWith('.')) return fromSrc(resolve(dirname(file), specifier));
  return null;
}

/**
 * The layer of a path below src/: `app`, `feature:<name>`, `shared`, `test` (helpers of the
 * tests), `api` (the generated schema), or `root` (main.tsx and this file).
 */
function layerOf(path: string): string {
  const [top, second] = path.split('/');
  if (top === 'features' && second) return `feature:${second}`;
  if (top === 'app' || top === 'shared' || top === 'test' || top === 'api') return top;
  return 'root';
}

/**
 * app → features → shared, one direction. A feature uses shared/ and its own files; shared/
 * uses only shared/ (and the generated API schema); tests may use the test helpers as well.
 * Returns the violations as `file → specifier (rule)`.
 */
function boundaryViolations(file: string, specifiers: readonly string[]): string[] {
  const from = layerOf(fromSrc(file));
  const violations: string[] = [];
  for (const specifier of specifiers) {
    const target = importTarget(file, specifier);
    if (target === null) continue;
    const to = layerOf(target);
    const where = `${fromSrc(file)} → ${specifier}`;
    if (to === 'test' && !isTest(file) && from !== 'test') violations.push(`${where} (only tests use src/test)`);
    if (from.startsWith('feature:')) {
      if (to === 'app') violations.push(`${where} (a feature never imports app/)`);
      if (to.startsWith('feature:') && to !== from) violations.push(`${where} (a feature never imports another feature)`);
      if (to === 'api') violations.push(`${where} (features use the schema through shared/api/types)`);
      if (to === 'root') violations.push(`${where} (outside the feature and shared/)`);
    }
    if (from === 'shared' && !['shared', 'api', 'test'].includes(to)) violations.push(`${where} (shared/ imports only shared/)`);
  }
  return violations;
}

describe('house rules', () => {
  const files = sourceFiles(srcDir).filter((file) => !file.endsWith('.d.ts'));

  it('app → features → shared: features import only shared/ and their own files, shared/ neither features nor app', () => {
    const checked = files.filter((file) => ['shared', 'app'].includes(layerOf(fromSrc(file))) || layerOf(fromSrc(file)).startsWith('feature:'));
    expect(checked.length).toBeGreaterThan(200);
    const violations = checked.flatMap((file) => boundaryViolations(file, importsOf(file)));
    expect(violations).toEqual([]);
  });

  it('sees every kind of import it guards against (so the rule cannot pass by reading nothing)', () => {
    const feature = join(featuresDir, 'plans', 'routes', 'PlanPage.tsx');
    const shared = join(srcDir, 'shared', 'components', 'Tag.tsx');
    expect(boundaryViolations(feature, ['@/app/routes', '@/features/partnerships/model', '../../partnerships/model', '../../../app/App', '@/api/schema', '@/test/fixtures'])).toHaveLength(6);
    expect(boundaryViolations(feature, ['@/shared/routes/links', '../model', '../components/DueList', 'react'])).toEqual([]);
    expect(boundaryViolations(shared, ['@/features/plans/model', '../../app/routes', '@/app/App'])).toHaveLength(3);
    expect(boundaryViolations(shared, ['@/shared/api/types', '../forms/fields', '@/api/schema'])).toEqual([]);
    expect(boundaryViolations(join(featuresDir, 'plans', 'routes', 'PlanPage.test.tsx'), ['@/test/renderApp'])).toEqual([]);
    expect(importsOf(feature)).toContain('@/shared/routes/links');
  });

  it('has one file per API operation exporting a hook', () => {
    const apiDirs = [
      ...readdirSync(featuresDir).map((feature) => join(featuresDir, feature, 'api')),
      // shared/<topic>/api (shared/api itself is the client, not operations)
      ...readdirSync(join(srcDir, 'shared')).map((topic) => join(srcDir, 'shared', topic, 'api')),
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
