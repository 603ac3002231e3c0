// A request that got no answer at all (offline, DNS, a refused or dropped connection). fetch
// rejects with a plain TypeError then, worded by the browser ("Failed to fetch", "Load failed",
// "NetworkError when …"); a bug in the client throws TypeErrors too. Marking the failure where
// fetch itself rejects keeps the two apart: only this class reads as "no connection".
export class NetworkFailure extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'NetworkFailure';
  }
}

export function isNetworkFailure(error: unknown): error is NetworkFailure {
  return error instanceof NetworkFailure;
}

/**
 * fetch, with a rejection before any response turned into a NetworkFailure. An abort stays an
 * abort (Apollo and the pages cancel requests on purpose). The global fetch is read per call.
 */
export async function fetchOrFail(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  try {
    return await globalThis.fetch(input, init);
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name === 'AbortError') throw error;
    throw new NetworkFailure(error);
  }
}
