import type { ChangeNotifier, LocalChange } from './change-notifier.js';
import type { ChangeFeedListener } from './feed-listener.js';

export interface ChangeWakeups {
  /** Commits in this process, right after each. */
  notifier: ChangeNotifier;
  /** Commits in another process (LISTEN/NOTIFY). */
  feed: ChangeFeedListener;
  /** The poll that catches whatever a missed notification left behind. */
  intervalMs: number;
}

/**
 * Wakes a reader of the change feed three ways: a local commit, a commit elsewhere, and a
 * poll (the timer does not keep the process alive). `onLocal` answers a local commit when the
 * reader wants the change itself (the notifier awaits it); by default it wakes like the others.
 * Returns what stops all three.
 */
export function wakeOnChanges(
  sources: ChangeWakeups,
  wake: () => void,
  onLocal: (change: LocalChange) => Promise<void> | void = wake,
): () => void {
  const unsubscribe = sources.notifier.subscribe(onLocal);
  const stopListening = sources.feed.subscribe(wake);
  const timer = setInterval(wake, sources.intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    unsubscribe();
    stopListening();
  };
}
