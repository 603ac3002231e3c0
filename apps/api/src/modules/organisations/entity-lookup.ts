import { In, type DataSource, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { assertUuid } from '../../common/validation/uuid.js';

// Reads by uuid shared by the organisation and offering services.

/** One row by its id, as a model; BAD_USER_INPUT for a malformed id, NOT_FOUND for none. */
export async function modelById<E extends { id: string }, M>(
  db: DataSource,
  entity: EntityTarget<E>,
  id: string,
  toModel: (row: E) => M,
): Promise<M> {
  assertUuid('id', id);
  const row = await db.getRepository(entity).findOneBy({ id } as FindOptionsWhere<E>);
  if (!row) throw UserInputError.notFound('id', id);
  return toModel(row);
}

/** The rows with these ids (the ones that exist, in no particular order), as models. */
export async function modelsByIds<E extends { id: string }, M>(
  db: DataSource,
  entity: EntityTarget<E>,
  ids: readonly string[],
  toModel: (row: E) => M,
): Promise<M[]> {
  const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as FindOptionsWhere<E>);
  return rows.map(toModel);
}
