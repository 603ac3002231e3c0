import type { MatcherFunction } from '@testing-library/react';

/**
 * A text matcher for an element whose text is split over child elements, as a sentence naming
 * Dutch text is (`sentenceWithDutch` marks the Dutch part with its own span): the `tag`
 * element whose whole text matches `pattern`.
 */
export const wholeText =
  (tag: string, pattern: RegExp): MatcherFunction =>
  (_own, element) =>
    element?.tagName === tag.toUpperCase() && pattern.test(element.textContent ?? '');
