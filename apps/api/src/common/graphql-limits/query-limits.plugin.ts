import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { measureOperation, type OperationShape } from './operation-shape.js';
import { MAX_EVALUATED_NODES, QueryCostCounter } from './query-cost.js';
import { QueryTooComplexError } from './query-too-complex.error.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  assumedListSize: number;
  /** How often one mutation may appear in one request (aliases and fragments included). */
  maxSameMutation: number;
}

/**
 * Refuses over-limit operations in didResolveOperation: after parsing (the token limit is
 * graphql-js's own parse option) and validation, before any execution — graphql-js or the
 * compiled graphql-jit path, which Apollo only reaches after this hook.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  const counters = new WeakMap<GraphQLSchema, QueryCostCounter>();
  const counterFor = (schema: GraphQLSchema): QueryCostCounter => {
    let counter = counters.get(schema);
    if (!counter)
      counters.set(schema, (counter = new QueryCostCounter(schema, limits.assumedListSize)));
    return counter;
  };

  // The shape depends on the document only; Apollo reuses one parsed document per query text.
  const shapes = new WeakMap<OperationDefinitionNode, OperationShape>();

  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          const { document, operation } = rc;
          if (!operation) return; // Apollo answers "unknown operation" itself
          let shape = shapes.get(operation);
          if (!shape) shapes.set(operation, (shape = measureOperation(document, operation)));
          if (shape.depth > limits.maxDepth) {
            throw new QueryTooComplexError('depth', limits.maxDepth, shape.depth);
          }
          if (shape.aliases > limits.maxAliases) {
            throw new QueryTooComplexError('aliases', limits.maxAliases, shape.aliases);
          }
          if (operation.operation === 'mutation') {
            for (const [field, count] of shape.rootFieldCounts) {
              if (count > limits.maxSameMutation) {
                throw new QueryTooComplexError(
                  'repeatedMutation',
                  limits.maxSameMutation,
                  count,
                  field,
                );
              }
            }
          }
          let cost: number;
          try {
            cost = counterFor(rc.schema).cost(
              document,
              rc.request.variables ?? {},
              rc.operationName ?? undefined,
            );
          } catch (error) {
            if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
              throw new QueryTooComplexError(
                'nodes',
                MAX_EVALUATED_NODES,
                `> ${MAX_EVALUATED_NODES}`,
              );
            }
            // Variables that do not fit their types: execution refuses the whole request, so
            // nothing runs uncounted; leave that error (and its wording) to Apollo.
            if (error instanceof GraphQLError && error.message.startsWith('Variable "$')) return;
            // Any other argument problem: refused here, before anything runs.
            if (error instanceof GraphQLError) {
              throw new GraphQLError(error.message, {
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              });
            }
            throw error;
          }
          if (cost > limits.maxCost) {
            throw new QueryTooComplexError('cost', limits.maxCost, cost);
          }
        },
      };
    },
  };
}
