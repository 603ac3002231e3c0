// The session's CSRF token, kept outside React so the Apollo link can add it to every request.
// The server only checks it on mutations sent with the session cookie.
let current: string | null = null;

export function setCsrfToken(token: string | null | undefined): void {
  current = token ?? null;
}

export function csrfToken(): string | null {
  return current;
}
