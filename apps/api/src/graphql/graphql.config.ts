import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { badInputStatusPlugin } from '../common/errors/bad-input-status.plugin.js';
import { formatGraphqlError } from '../common/errors/format-graphql-error.js';
import { inputHygienePlugin } from '../common/input-hygiene/input-hygiene.plugin.js';
import { queryLimitsPlugin } from '../common/graphql-limits/query-limits.plugin.js';
import type { GraphqlContext } from '../common/graphql/graphql-context.js';
import graphqlMetadata from '../generated/graphql-metadata.js';
import { APP_CONFIG } from '../config/config.module.js';
import { introspectionEnabled, type AppConfig } from '../config/config.schema.js';
import { jitExecutionPlugin } from './jit-execution.plugin.js';
import { LoadersFactory } from './loaders.factory.js';
import { GraphqlSupportModule } from './graphql-support.module.js';

// Code-first schema, built in memory at start; `npm run schema:generate` writes the
// committed apps/api/schema.gql, and a test keeps the two identical.
export const graphqlModule = GraphQLModule.forRootAsync<ApolloDriverConfig>({
  driver: ApolloDriver,
  imports: [GraphqlSupportModule],
  inject: [LoadersFactory, APP_CONFIG],
  useFactory: (loaders: LoadersFactory, config: AppConfig) => ({
    autoSchemaFile: true,
    // Fields inferred from the model, input and args classes (npm run graphql:metadata).
    metadata: graphqlMetadata,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: introspectionEnabled(config),
    // Without introspection, "Did you mean …?" would still spell out field, argument and enum
    // names one typo at a time; the schema is then read from apps/api/schema.gql instead.
    hideSchemaDetailsFromClientErrors: !introspectionEnabled(config),
    // graphql-js stops parsing past this many tokens, before any validation work.
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphqlError,
    // Nest's driver would reset every answer that reached execution to 200, the refusals of
    // badInputStatusPlugin included; no resolver error here carries an HTTP status of its own.
    preserveHttpStatusForExecutionErrors: false,
    // No HTTP caching hints or Apollo Studio here; the cache-control plugin would otherwise
    // wrap every field resolver of every response.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      inputHygienePlugin(),
      badInputStatusPlugin(),
      queryLimitsPlugin({
        maxDepth: config.GRAPHQL_MAX_DEPTH,
        maxAliases: config.GRAPHQL_MAX_ALIASES,
        maxCost: config.GRAPHQL_MAX_COST,
        assumedListSize: config.GRAPHQL_ASSUMED_LIST_SIZE,
        maxSameMutation: 1,
      }),
      ...(config.GRAPHQL_JIT ? [jitExecutionPlugin(['matchPartners', 'searchOfferings'])] : []),
    ],
    context: ({ req }: { req: Request }): GraphqlContext => ({ req, loaders: loaders.create() }),
  }),
});
