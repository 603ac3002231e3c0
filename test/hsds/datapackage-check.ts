import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsv } from '../../apps/api/src/modules/imports/csv.js';
import { HSDS_DIR } from './hsds-schemas.js';

// Checks a Partnerwijzer datapackage against the published HSDS 3.0 datapackage.json: every
// table is an HSDS resource at its HSDS path, every column an HSDS field of that resource,
// every required field present and filled, values of their Table Schema type, primary keys
// unique and foreign keys pointing at rows of the package. Returns the problems (empty = valid).

interface HsdsField {
  name: string;
  type: string;
  constraints?: { required?: boolean };
}
interface HsdsResource {
  name: string;
  path: string;
  schema: {
    fields: HsdsField[];
    primaryKey?: string;
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}

export function unzipPackage(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

function typeOk(type: string, value: string): boolean {
  switch (type) {
    case 'number':
      return value.trim() !== '' && Number.isFinite(Number(value));
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
    case 'datetime':
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value);
    case 'time':
      return /^\d{2}:\d{2}(:\d{2})?$/.test(value);
    default:
      return true;
  }
}

export function checkDatapackage(files: Map<string, string>): string[] {
  const hsds = JSON.parse(readFileSync(join(HSDS_DIR, 'datapackage.json'), 'utf8')) as {
    resources: HsdsResource[];
  };
  const problems: string[] = [];
  const descriptorText = files.get('datapackage.json');
  if (!descriptorText) return ['datapackage.json ontbreekt'];
  const descriptor = JSON.parse(descriptorText) as {
    profile?: string;
    resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
  };
  if (descriptor.profile !== 'tabular-data-package')
    problems.push('profile is not tabular-data-package');
  const tables = new Map<string, { header: string[]; rows: Record<string, string>[] }>();
  for (const res of descriptor.resources) {
    const spec = hsds.resources.find((r) => r.name === res.name);
    if (!spec) {
      problems.push(`${res.name}: not an HSDS resource`);
      continue;
    }
    if (spec.path !== res.path)
      problems.push(`${res.name}: path ${res.path}, HSDS says ${spec.path}`);
    const text = files.get(res.path);
    if (text === undefined) {
      problems.push(`${res.path}: missing from the package`);
      continue;
    }
    const csv = parseCsv(text, ',');
    const header = csv.header;
    const declared = res.schema.fields.map((f) => f.name);
    if (JSON.stringify(declared) !== JSON.stringify(header)) {
      problems.push(
        `${res.path}: header ${header.join(',')} differs from its schema ${declared.join(',')}`,
      );
    }
    const byName = new Map(spec.schema.fields.map((f) => [f.name, f]));
    for (const col of header)
      if (!byName.has(col)) problems.push(`${res.path}: column ${col} is not an HSDS field`);
    const rows = csv.records.map((r) =>
      Object.fromEntries(header.map((h, i) => [h, r.values[i] ?? ''])),
    );
    for (const f of spec.schema.fields) {
      if (f.constraints?.required && !header.includes(f.name)) {
        problems.push(`${res.path}: required column ${f.name} missing`);
      }
    }
    rows.forEach((row, i) => {
      if (Object.keys(row).length !== header.length)
        problems.push(`${res.path} row ${i + 2}: wrong width`);
      for (const f of spec.schema.fields) {
        const v = row[f.name];
        if (v === undefined) continue;
        if (v === '') {
          if (f.constraints?.required)
            problems.push(`${res.path} row ${i + 2}: ${f.name} is required`);
        } else if (!typeOk(f.type, v)) {
          problems.push(`${res.path} row ${i + 2}: ${f.name} "${v}" is not a ${f.type}`);
        }
      }
    });
    const ids = rows.map((r) => r['id']);
    if (new Set(ids).size !== ids.length) problems.push(`${res.path}: duplicate id`);
    tables.set(res.name, { header, rows });
  }
  for (const res of descriptor.resources) {
    const spec = hsds.resources.find((r) => r.name === res.name);
    const table = tables.get(res.name);
    if (!spec || !table) continue;
    for (const fk of spec.schema.foreignKeys ?? []) {
      if (!table.header.includes(fk.fields)) continue;
      const target = tables.get(fk.reference.resource);
      const known = new Set(target?.rows.map((r) => r[fk.reference.fields]) ?? []);
      for (const row of table.rows) {
        const v = row[fk.fields];
        if (v && !known.has(v))
          problems.push(`${res.path}: ${fk.fields} ${v} not in ${fk.reference.resource}`);
      }
    }
  }
  return problems;
}
