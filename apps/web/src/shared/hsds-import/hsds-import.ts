import { csrfToken } from '../../app/apollo/csrf-token';

// Sends an HSDS package to POST /hsds/import (session cookie + CSRF header, like every
// mutation) and reads its answer: the report (200 written, 422 refused: nothing written) or
// the error body (400 unreadable package, 401/403, 413 too large).

/** The server's upload limit (MAX_UPLOAD_BYTES in the API), checked here before sending. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportCounts {
  organizations: number;
  services: number;
}

export interface ImportReport {
  written: boolean;
  created: ImportCounts;
  changed: ImportCounts;
  unchanged: ImportCounts;
  /**
   * `name`: the record's own name in the file, where it has one; `code` and `params`: the
   * problem for the catalogue (absent from an older server's report: then the message).
   */
  refused: {
    record: string;
    name?: string;
    field: string;
    message: string;
    code?: string;
    params?: Record<string, string | number>;
  }[];
}

export type ImportOutcome =
  | { kind: 'report'; report: ImportReport }
  | { kind: 'error'; messages: string[] }
  | { kind: 'network' };

/** The content type to send, from the file's name or type; null when it is neither. */
export function importContentType(file: { name: string; type: string }): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.zip') || /^application\/(x-)?zip/.test(file.type)) return 'application/zip';
  if (name.endsWith('.json') || file.type === 'application/json') return 'application/json';
  return null;
}

function isReport(body: unknown): body is ImportReport {
  const b = body as Partial<ImportReport> | null;
  return !!b && typeof b.written === 'boolean' && Array.isArray(b.refused) && !!b.created;
}

/** The messages of an error body (`errors[].message`), or none. */
function errorMessages(body: unknown): string[] {
  const errors = (body as { errors?: { message?: unknown }[] } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((e) => (typeof e.message === 'string' ? e.message : '')).filter(Boolean);
}

export async function sendHsdsImport(
  file: Blob,
  contentType: string,
  dryRun: boolean,
): Promise<ImportOutcome> {
  const headers: Record<string, string> = { 'content-type': contentType };
  const token = csrfToken();
  if (token) headers['x-csrf-token'] = token;
  let res: Response;
  try {
    res = await fetch(`/hsds/import${dryRun ? '?dry_run=true' : ''}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body: file,
    });
  } catch {
    return { kind: 'network' };
  }
  const body: unknown = await res.json().catch(() => null);
  if ((res.status === 200 || res.status === 422) && isReport(body)) {
    return { kind: 'report', report: body };
  }
  return { kind: 'error', messages: errorMessages(body) };
}
