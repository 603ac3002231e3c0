// Apollo Client loads with the first page that needs it (app/App.tsx); the session (in the
// entry, without Apollo) clears its store on sign-out through this hook, if it was loaded.
let reset: (() => Promise<unknown>) | null = null;

export function onApolloStoreReset(fn: () => Promise<unknown>): void {
  reset = fn;
}

export async function resetApolloStore(): Promise<void> {
  await reset?.();
}
