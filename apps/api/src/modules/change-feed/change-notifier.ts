import { Injectable } from '@nestjs/common';
import type { ChangeEntity } from './change-feed.js';

export interface LocalChange {
  entity: ChangeEntity;
  ids: string[];
}

type Listener = (change: LocalChange) => Promise<void> | void;

// Tells in-process readers (the coverage index) about a change right after its commit, so
// the very next request sees it. Other processes learn the same from the change feed.
@Injectable()
export class ChangeNotifier {
  private readonly listeners: Listener[] = [];

  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  async committed(change: LocalChange): Promise<void> {
    for (const listener of this.listeners) await listener(change);
  }
}
