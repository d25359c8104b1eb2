#!/usr/bin/env node
// Builds the map geometry the SPA ships (ADR 0028) from the boundaries in ../data/geo/:
//   src/shared/map/geo/pl.json   powiats + voivodeships (dissolved from the powiats)
//   src/shared/map/geo/NN.json   one per voivodeship: its gminas + its powiats (dissolved from the gminas)
// Dissolving from the finer layer makes the coarser borders the very same arcs, so the two
// layers of a file share their borders (TopoJSON topology) and never drift apart on screen.
// Usage: npm run geo in frontend/ (installs this folder's pinned mapshaper, then runs this file);
// commit the changed files; src/shared/map/geo.test.ts checks them.
import { readFile, writeFile, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = join(here, '..', '..', '..', 'data', 'geo');
const outputDir = join(here, '..', '..', 'src', 'shared', 'map', 'geo');

/**
 * Simplification tolerance in metres (Visvalingam, weighted; every shape kept) and the
 * quantization grid. The sources are already simplified to about 400 m; the national map is
 * drawn about 800–1000 px wide for 700 km (≈ 700–900 m a pixel), a voivodeship map for
 * 150–350 km (≈ 150–450 m a pixel), so the tolerances stay about a pixel.
 */
const NATIONAL = { interval: 1000, quantization: 10_000 };
const VOIVODESHIP = { interval: 300, quantization: 10_000 };
/** Each file must stay below this (checked here and by geo.test.ts). */
const MAX_BYTES = 150 * 1024;

async function readGeoJson(name) {
  return JSON.parse(await readFile(join(sourceDir, `${name}.geojson`), 'utf8'));
}

function withProperties(collection, propertiesOf) {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => ({ ...feature, properties: propertiesOf(feature.properties) })),
  };
}

/** Runs mapshaper in memory and returns the parsed TopoJSON it wrote (both layers, one arc table). */
async function topojson(commands, input, quantization) {
  const output = await mapshaper.applyCommands(
    `${commands} -o out.json format=topojson target=* quantization=${quantization}`,
    input,
  );
  return JSON.parse(String(output['out.json']));
}

/** Keeps only the properties the SPA reads, in a fixed order, so the output is stable. */
function tidy(topology, fields) {
  for (const [objectName, object] of Object.entries(topology.objects)) {
    for (const geometry of object.geometries) {
      const properties = {};
      for (const field of fields[objectName]) {
        if (geometry.properties?.[field] !== undefined) properties[field] = geometry.properties[field];
      }
      geometry.properties = properties;
      delete geometry.id;
    }
    object.geometries.sort((a, b) => a.properties.teryt.localeCompare(b.properties.teryt));
  }
  return topology;
}

async function write(name, topology) {
  const text = `${JSON.stringify(topology)}\n`;
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_BYTES) throw new Error(`${name}: ${bytes} bytes, more than ${MAX_BYTES}`);
  await writeFile(join(outputDir, name), text);
  return bytes;
}

async function main() {
  const [voivodeships, powiats, gminas] = await Promise.all([
    readGeoJson('wojewodztwa'),
    readGeoJson('powiaty'),
    readGeoJson('gminy'),
  ]);
  const voivodeshipName = new Map(voivodeships.features.map((f) => [f.properties.teryt, f.properties.name]));
  const powiatByCode = new Map(powiats.features.map((f) => [f.properties.teryt, f.properties]));

  await mkdir(outputDir, { recursive: true });
  const stale = (await readdir(outputDir)).filter((file) => file.endsWith('.json'));
  await Promise.all(stale.map((file) => rm(join(outputDir, file))));
  const sizes = [];

  const national = await topojson(
    `-i powiaty.json name=powiaty -simplify weighted interval=${NATIONAL.interval} keep-shapes ` +
      '-dissolve w_teryt copy-fields=w_name + name=wojewodztwa',
    {
      'powiaty.json': withProperties(powiats, (p) => ({
        teryt: p.teryt,
        name: p.name,
        type: p.type,
        w_teryt: p.teryt.slice(0, 2),
        w_name: voivodeshipName.get(p.teryt.slice(0, 2)),
      })),
    },
    NATIONAL.quantization,
  );
  for (const geometry of national.objects.wojewodztwa.geometries) {
    geometry.properties = { teryt: geometry.properties.w_teryt, name: geometry.properties.w_name };
  }
  tidy(national, { powiaty: ['teryt', 'name', 'type'], wojewodztwa: ['teryt', 'name'] });
  sizes.push(['pl.json', await write('pl.json', national)]);

  // one voivodeship after another: a failure names its file, and the whole run takes about 2 s
  for (const code of [...voivodeshipName.keys()].toSorted()) {
    const own = { type: 'FeatureCollection', features: gminas.features.filter((f) => f.properties.teryt.startsWith(code)) };
    // oxlint-disable-next-line no-await-in-loop
    const topology = await topojson(
      `-i gminy.json name=gminy -simplify weighted interval=${VOIVODESHIP.interval} keep-shapes ` +
        '-dissolve p_teryt copy-fields=p_name,p_type + name=powiaty',
      {
        'gminy.json': withProperties(own, (p) => {
          const powiat = powiatByCode.get(p.teryt.slice(0, 4));
          return { teryt: p.teryt, name: p.name, type: p.type, p_teryt: p.teryt.slice(0, 4), p_name: powiat?.name, p_type: powiat?.type };
        }),
      },
      VOIVODESHIP.quantization,
    );
    for (const geometry of topology.objects.powiaty.geometries) {
      const { p_teryt: teryt, p_name: name, p_type: type } = geometry.properties;
      geometry.properties = { teryt, name, type };
    }
    tidy(topology, { gminy: ['teryt', 'name', 'type'], powiaty: ['teryt', 'name', 'type'] });
    // oxlint-disable-next-line no-await-in-loop
    sizes.push([`${code}.json`, await write(`${code}.json`, topology)]);
  }

  for (const [name, bytes] of sizes) console.warn(`${name.padEnd(8)} ${(bytes / 1024).toFixed(1).padStart(6)} KB`);
  const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.warn(`total    ${(total / 1024).toFixed(1).padStart(6)} KB in ${sizes.length} files`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
