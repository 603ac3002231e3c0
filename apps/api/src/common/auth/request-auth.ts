import type { Request } from 'express';
import type { Actor } from './roles.js';

/** Who is calling, as the accounts module's session middleware puts it on the request. */
export interface RequestAuth {
  actor: Actor | null;
  /** Why credentials were refused: the request then acts as anonymous where that is allowed. */
  problem: 'BAD_TOKEN' | 'CSRF' | null;
  sessionToken?: string;
  csrfToken?: string;
}

export type AuthedRequest = Request & { auth?: RequestAuth };
