import type { NextFunction, Request, Response } from 'express';
import { parse, type DocumentNode } from 'graphql';
import { measureFragments, widestSelectionSet } from './operation-shape.js';
import { QueryTooComplexError } from './query-too-complex.error.js';

/**
 * Fragment definitions per document, and how deep fragments may spread fragments. Validation's
 * overlapping-fields rule compares the fields fragments bring together pairwise: 17 KB of chained
 * fragments held about 0.7 s of CPU before any other limit was looked at. The web client's
 * largest document has 6, spread 4 deep (graphql-limits.spec.ts keeps it well below).
 */
export const MAX_FRAGMENTS = 30;
export const MAX_FRAGMENT_DEPTH = 6;

/** Selections written in one selection set; the web client's widest has far fewer. */
export const MAX_SELECTIONS_PER_SET = 100;

/** The limit (fragments, their depth, selections per set) a document is over, or null. */
export function fragmentLimitError(document: DocumentNode): QueryTooComplexError | null {
  const { count, depth } = measureFragments(document);
  if (count > MAX_FRAGMENTS) return new QueryTooComplexError('fragments', MAX_FRAGMENTS, count);
  if (depth > MAX_FRAGMENT_DEPTH) {
    return new QueryTooComplexError('fragmentDepth', MAX_FRAGMENT_DEPTH, depth);
  }
  const widest = widestSelectionSet(document);
  if (widest > MAX_SELECTIONS_PER_SET) {
    return new QueryTooComplexError('selections', MAX_SELECTIONS_PER_SET, widest);
  }
  return null;
}

/**
 * Refuses a GraphQL document over these limits before Apollo validates it (an Apollo plugin
 * cannot refuse there: what its validation hook throws becomes an internal error). Documents
 * are parsed here within the same token limit (linear, ≤ 4,000 tokens); anything that does not
 * parse is left to Apollo and its own error.
 */
export function fragmentLimits(maxTokens: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body: unknown = req.body;
    const query =
      req.method === 'POST'
        ? body && typeof body === 'object' && 'query' in body
          ? body.query
          : undefined
        : req.query.query;
    if (typeof query !== 'string') return next();
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens, noLocation: true });
    } catch {
      return next();
    }
    const error = fragmentLimitError(document);
    if (!error) return next();
    const { http: _http, ...extensions } = error.extensions;
    res.status(400).json({ errors: [{ message: error.message, extensions }] });
  };
}
