// Public surface of the change-feed module: other modules import from here only.
export {
  countChangesSince,
  readChangesSince,
  recordChanges,
  safeStartWatermark,
  START_WATERMARK,
  watermarkOf,
  type ChangeEntity,
  type ChangeEvent,
  type ChangeOp,
  type ChangeWatermark,
} from './change-feed.js';
export { ChangeFeedModule } from './change-feed.module.js';
export { ChangeNotifier, type LocalChange } from './change-notifier.js';
export { CHANGE_FEED_CHANNEL, ChangeFeedListener } from './feed-listener.js';
export { wakeOnChanges, type ChangeWakeups } from './wake-on-changes.js';
