import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { PageArgs } from './page-args.js';

@ObjectType()
export class PageInfo {
  endCursor!: string | null;

  hasNextPage!: boolean;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

// One connection type per node type, e.g. SchoolConnection { nodes, totalCount, pageInfo }.
export function Connection<T>(node: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name)
  class ConnectionType implements Page<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => Int)
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/** Builds a page from rows fetched with limit first + 1. */
export function toPage<R, T>(
  rows: R[],
  first: number,
  totalCount: number,
  keyOf: (row: R) => string,
  encode: (key: string) => string,
  map: (row: R) => T,
): Page<T> {
  const hasNextPage = rows.length > first;
  const pageRows = hasNextPage ? rows.slice(0, first) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    nodes: pageRows.map(map),
    totalCount,
    pageInfo: { endCursor: last ? encode(keyOf(last)) : null, hasNextPage },
  };
}

/**
 * One keyset page from an ordered query: reads one row past the page to know whether there is
 * a next one, and makes the end cursor from the last row's sort key.
 */
export async function readPage<R extends ObjectLiteral, T>(
  ordered: SelectQueryBuilder<R>,
  first: number,
  totalCount: number,
  keyOf: (row: R) => string,
  map: (row: R) => T,
): Promise<Page<T>> {
  const rows = await ordered.limit(first + 1).getMany();
  return toPage(rows, first, totalCount, keyOf, encodeCursor, map);
}

/**
 * One page of a query sorted by a single unique column whose value is the cursor (a code):
 * the rows after the client's cursor, in that column's order.
 */
export function readPageByKey<R extends ObjectLiteral, T>(
  qb: SelectQueryBuilder<R>,
  column: string,
  args: Pick<PageArgs, 'first' | 'after'>,
  totalCount: number,
  keyOf: (row: R) => string,
  map: (row: R) => T,
): Promise<Page<T>> {
  if (args.after) qb.andWhere(`${column} > :after`, { after: decodeCursor(args.after) });
  return readPage(qb.orderBy(column, 'ASC'), args.first, totalCount, keyOf, map);
}
