import { fold } from './query-text.js';
import type { HighlightSegment } from './search-query.js';

/**
 * Splits text into plain and matching segments: a word matches when it starts with, or
 * contains, one of the terms (accent- and case-insensitive). Segments keep the original
 * characters, so the UI renders them as text — no HTML passes through.
 */
export function highlightSegments(text: string, terms: readonly string[]): HighlightSegment[] {
  if (terms.length === 0 || text.length === 0) return [{ text, match: false }];
  const segments: HighlightSegment[] = [];
  const wordPattern = /[\p{L}\p{N}]+/gu;
  let cursor = 0;
  for (const m of text.matchAll(wordPattern)) {
    const word = m[0];
    const start = m.index ?? 0;
    const folded = fold(word);
    if (!terms.some((t) => t.length >= 2 && folded.includes(t))) continue;
    if (start > cursor) push(segments, text.slice(cursor, start), false);
    push(segments, word, true);
    cursor = start + word.length;
  }
  if (cursor < text.length) push(segments, text.slice(cursor), false);
  return segments;
}

/** Parses text marked with two sentinel characters (how Meilisearch returns highlights). */
export function segmentsFromMarked(marked: string, pre: string, post: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let rest = marked;
  while (rest.length > 0) {
    const open = rest.indexOf(pre);
    if (open < 0) {
      push(segments, rest, false);
      break;
    }
    if (open > 0) push(segments, rest.slice(0, open), false);
    const close = rest.indexOf(post, open + pre.length);
    const end = close < 0 ? rest.length : close;
    push(segments, rest.slice(open + pre.length, end), true);
    rest = close < 0 ? '' : rest.slice(close + post.length);
  }
  return segments;
}

/** Shortens long text around its first match, keeping whole segments where it can. */
export function excerpt(segments: HighlightSegment[], maxLength = 240): HighlightSegment[] {
  const total = segments.reduce((n, s) => n + s.text.length, 0);
  if (total <= maxLength) return segments;
  const firstMatch = segments.findIndex((s) => s.match);
  let skip = 0;
  if (firstMatch > 0) {
    const before = segments.slice(0, firstMatch).reduce((n, s) => n + s.text.length, 0);
    skip = Math.max(0, before - 60);
  }
  const out: HighlightSegment[] = [];
  let pos = 0;
  let kept = 0;
  for (const s of segments) {
    const end = pos + s.text.length;
    if (end > skip && kept < maxLength) {
      const from = Math.max(0, skip - pos);
      const text = s.text.slice(from, from + (maxLength - kept));
      if (text) {
        push(out, text, s.match);
        kept += text.length;
      }
    }
    pos = end;
  }
  if (skip > 0) out.unshift({ text: '…', match: false });
  if (kept >= maxLength) out.push({ text: '…', match: false });
  return out;
}

function push(segments: HighlightSegment[], text: string, match: boolean): void {
  if (!text) return;
  const last = segments[segments.length - 1];
  if (last && last.match === match) last.text += text;
  else segments.push({ text, match });
}
