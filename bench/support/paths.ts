import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Where the benchmarks find the repository, the open data, PostgreSQL and their results folder.
// This file runs compiled, from bench/dist/bench/support/: the repository is four levels up.
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const DATA_DIR = process.env.BENCH_DATA_DIR ?? join(REPO_ROOT, '..', 'shared', 'data');
export const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');
