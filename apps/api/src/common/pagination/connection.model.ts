import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
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
