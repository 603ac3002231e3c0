import type { EntityManager } from 'typeorm';

/** What a repository function needs to run SQL: a DataSource or a transaction's EntityManager. */
export type Queryable = Pick<EntityManager, 'query'>;
