/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AppInfo {\n    appInfo {\n      version\n      demoData\n      map {\n        tileUrl\n        attribution\n      }\n      sources {\n        name\n        description\n        licence\n        url\n      }\n    }\n  }\n": typeof types.AppInfoDocument,
    "\n  query Organisations($first: Int!, $search: String) {\n    organisations(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        type\n        city\n        status\n        location {\n          lat\n          lng\n        }\n        offerings {\n          id\n          title\n          interventionCodes\n          interventionTypes {\n            code\n            labelNl\n            labelEn\n          }\n          sectors\n          groep {\n            min\n            max\n          }\n          cost {\n            type\n            amountEur\n          }\n          coverage {\n            id\n            kind\n            municipalityCode\n            provinceCode\n            radiusKm\n            center {\n              lat\n              lng\n            }\n            geometry\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query MunicipalityName($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n": typeof types.MunicipalityNameDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  query Schools($first: Int!, $search: String) {\n    schools(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        vestigingscode\n        name\n        sector\n        schoolType\n        address\n        postcode\n        city\n        municipalityCode\n        location {\n          lat\n          lng\n        }\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.SchoolsDocument,
};
const documents: Documents = {
    "\n  query AppInfo {\n    appInfo {\n      version\n      demoData\n      map {\n        tileUrl\n        attribution\n      }\n      sources {\n        name\n        description\n        licence\n        url\n      }\n    }\n  }\n": types.AppInfoDocument,
    "\n  query Organisations($first: Int!, $search: String) {\n    organisations(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        type\n        city\n        status\n        location {\n          lat\n          lng\n        }\n        offerings {\n          id\n          title\n          interventionCodes\n          interventionTypes {\n            code\n            labelNl\n            labelEn\n          }\n          sectors\n          groep {\n            min\n            max\n          }\n          cost {\n            type\n            amountEur\n          }\n          coverage {\n            id\n            kind\n            municipalityCode\n            provinceCode\n            radiusKm\n            center {\n              lat\n              lng\n            }\n            geometry\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query MunicipalityName($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n": types.MunicipalityNameDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n": types.ProvincesDocument,
    "\n  query Schools($first: Int!, $search: String) {\n    schools(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        vestigingscode\n        name\n        sector\n        schoolType\n        address\n        postcode\n        city\n        municipalityCode\n        location {\n          lat\n          lng\n        }\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.SchoolsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppInfo {\n    appInfo {\n      version\n      demoData\n      map {\n        tileUrl\n        attribution\n      }\n      sources {\n        name\n        description\n        licence\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppInfo {\n    appInfo {\n      version\n      demoData\n      map {\n        tileUrl\n        attribution\n      }\n      sources {\n        name\n        description\n        licence\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($first: Int!, $search: String) {\n    organisations(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        type\n        city\n        status\n        location {\n          lat\n          lng\n        }\n        offerings {\n          id\n          title\n          interventionCodes\n          interventionTypes {\n            code\n            labelNl\n            labelEn\n          }\n          sectors\n          groep {\n            min\n            max\n          }\n          cost {\n            type\n            amountEur\n          }\n          coverage {\n            id\n            kind\n            municipalityCode\n            provinceCode\n            radiusKm\n            center {\n              lat\n              lng\n            }\n            geometry\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($first: Int!, $search: String) {\n    organisations(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        type\n        city\n        status\n        location {\n          lat\n          lng\n        }\n        offerings {\n          id\n          title\n          interventionCodes\n          interventionTypes {\n            code\n            labelNl\n            labelEn\n          }\n          sectors\n          groep {\n            min\n            max\n          }\n          cost {\n            type\n            amountEur\n          }\n          coverage {\n            id\n            kind\n            municipalityCode\n            provinceCode\n            radiusKm\n            center {\n              lat\n              lng\n            }\n            geometry\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityName($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityName($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schools($first: Int!, $search: String) {\n    schools(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        vestigingscode\n        name\n        sector\n        schoolType\n        address\n        postcode\n        city\n        municipalityCode\n        location {\n          lat\n          lng\n        }\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Schools($first: Int!, $search: String) {\n    schools(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        vestigingscode\n        name\n        sector\n        schoolType\n        address\n        postcode\n        city\n        municipalityCode\n        location {\n          lat\n          lng\n        }\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;