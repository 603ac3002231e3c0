import type { Queryable } from '../../../database/queryable.js';
import { returnedRows } from '../../../database/returned-rows.js';
import { rowsForKeys } from '../../../database/rows-for-keys.js';
import type { BudgetKind, ScenarioModel, ScenarioResultModel } from '../models/scenario.model.js';

// The municipality_scenario table (owned by this module): saved programming scenarios.

interface Row {
  id: string;
  municipality_code: string;
  name: string;
  budget_kind: BudgetKind;
  budget_value: string;
  result: ScenarioResultModel;
  created_by_label: string;
  created_at: Date;
}

const COLUMNS = `id, municipality_code, name, budget_kind, budget_value, result, created_by_label, created_at`;

const toModel = (r: Row): ScenarioModel => ({
  id: r.id,
  municipalityCode: r.municipality_code,
  name: r.name,
  budgetKind: r.budget_kind,
  budget: Number(r.budget_value),
  result: r.result,
  createdByLabel: r.created_by_label,
  createdAt: new Date(r.created_at),
});

export async function insertScenario(
  db: Queryable,
  s: {
    municipalityCode: string;
    name: string;
    budgetKind: BudgetKind;
    budget: number;
    input: unknown;
    result: ScenarioResultModel;
    createdBy: string | null;
    createdByLabel: string;
  },
): Promise<ScenarioModel> {
  const rows = (await db.query(
    `INSERT INTO municipality_scenario
       (municipality_code, name, budget_kind, budget_value, input, result, created_by, created_by_label)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8)
     RETURNING ${COLUMNS}`,
    [
      s.municipalityCode,
      s.name,
      s.budgetKind,
      s.budget,
      JSON.stringify(s.input),
      JSON.stringify(s.result),
      s.createdBy,
      s.createdByLabel,
    ],
  )) as Row[];
  return toModel(rows[0]);
}

export async function scenariosOf(
  db: Queryable,
  municipalityCode: string,
): Promise<ScenarioModel[]> {
  const rows = (await db.query(
    `SELECT ${COLUMNS} FROM municipality_scenario WHERE municipality_code = $1
      ORDER BY created_at DESC, id LIMIT 200`,
    [municipalityCode],
  )) as Row[];
  return rows.map(toModel);
}

export async function scenariosByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<ScenarioModel[]> {
  const rows = await rowsForKeys<Row>(
    db,
    `SELECT ${COLUMNS} FROM municipality_scenario WHERE id = ANY($1::uuid[])`,
    ids,
  );
  return rows.map(toModel);
}

export async function deleteScenario(db: Queryable, id: string): Promise<boolean> {
  // A DELETE … RETURNING answers [rows, count] through TypeORM, never an empty array.
  const result = await db.query(`DELETE FROM municipality_scenario WHERE id = $1 RETURNING id`, [
    id,
  ]);
  return returnedRows(result).length > 0;
}
