import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describeWithFiles, type SuiteDescribe, SHARED_DIR } from '../support/shared-data.js';

// The HSDS 3.0 schemas live in ../shared/standards/hsds-3.0 (CC BY-SA 4.0, not copied into the
// project). Suites that validate against them say SKIPPED when the folder is absent.

export const HSDS_DIR = join(SHARED_DIR, 'standards', 'hsds-3.0');

/** The suites' `describe` when the schemas are there; otherwise a loud skip. */
export function describeWithHsdsSchemas(): SuiteDescribe {
  return describeWithFiles('the HSDS 3.0 schemas', [
    join(HSDS_DIR, 'schema', 'compiled', 'service.json'),
  ]);
}

function read(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(HSDS_DIR, relative), 'utf8')) as Record<string, unknown>;
}

/** Draft 2020-12 validator with formats (uuid, uri, email, date-time) checked. */
type Ajv = InstanceType<typeof Ajv2020Module.default>;

export function newAjv(): Ajv {
  // strict: false because the HSDS files carry their own annotation keywords (constraints,
  // core, datapackage_metadata, tabular_required, …), which JSON Schema allows.
  const ajv = new Ajv2020Module.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv;
}

export type SchemaName =
  'service' | 'service_list' | 'organization' | 'organization_list' | 'service_at_location_list';

/** Compiles the schemas the API answers with, once per suite. */
export class HsdsValidators {
  private readonly ajv = newAjv();
  private readonly cache = new Map<string, ValidateFunction>();
  private readonly page = (
    read('schema/openapi.json') as {
      components: { schemas: { Page: { properties: Record<string, unknown> } } };
    }
  ).components.schemas.Page;

  constructor() {
    // The plain object schemas refer to each other by file name (`metadata.json`, …).
    for (const name of readdirSync(join(HSDS_DIR, 'schema'))) {
      if (name.endsWith('.json') && name !== 'openapi.json') {
        this.ajv.addSchema(read(`schema/${name}`), name);
      }
    }
  }

  private compiled(path: string): Record<string, unknown> {
    return read(path);
  }

  private validator(key: string, make: () => Record<string, unknown>): ValidateFunction {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const made = this.ajv.compile(make());
    this.cache.set(key, made);
    return made;
  }

  /** A compiled object schema (`schema/compiled/<name>.json`). */
  object(name: SchemaName): ValidateFunction {
    return this.validator(name, () => this.compiled(`schema/compiled/${name}.json`));
  }

  /** A plain object schema (`schema/<name>.json`: taxonomy, taxonomy_term). */
  plain(name: 'taxonomy' | 'taxonomy_term'): ValidateFunction {
    const found = this.ajv.getSchema(`${name}.json`);
    if (!found) throw new Error(`schema/${name}.json not loaded`);
    return found;
  }

  /** The OpenAPI page envelope (every field required) around items of `items`. */
  pageOf(key: string, items: () => Record<string, unknown>): ValidateFunction {
    return this.validator(`page:${key}`, () => ({
      type: 'object',
      properties: { ...this.page.properties, contents: { type: 'array', items: items() } },
      required: [...Object.keys(this.page.properties), 'contents'],
    }));
  }

  listPage(name: SchemaName): ValidateFunction {
    return this.pageOf(name, () => this.compiled(`schema/compiled/${name}.json`));
  }

  plainPage(name: 'taxonomy' | 'taxonomy_term'): ValidateFunction {
    return this.pageOf(`plain:${name}`, () => ({ $ref: `${name}.json` }));
  }
}

/** Fails with ajv's own error list when `value` does not validate. */
export function expectValid(validate: ValidateFunction, value: unknown, what: string): void {
  const ok = validate(value);
  if (!ok) {
    throw new Error(
      `${what} does not validate: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`,
    );
  }
}
