import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';

import { renderIn } from '../testing/render-in';
import { CappedListNotice } from './CappedListNotice';

// The inbox and a school's list hold the newest 500 requests (the API's cap); a list with more
// says so, with the page's way to the older ones, instead of passing the 500 off as all.
describe('CappedListNotice', () => {
  it('says it shows the newest of how many, in each language, with the way to the older ones', () => {
    const { unmount } = renderIn(
      'nl',
      <CappedListNotice shown={3} total={1234} olderHint="Zo vindt u de oudere." testId="capped" />,
    );
    expect(screen.getByTestId('capped').textContent).toBe(
      'U ziet de nieuwste 3 van 1.234 contactverzoeken. Zo vindt u de oudere.',
    );
    unmount();
    renderIn(
      'en',
      <CappedListNotice
        shown={3}
        total={1234}
        olderHint="Find the older ones so."
        testId="capped"
      />,
    );
    expect(screen.getByTestId('capped').textContent).toBe(
      'You see the newest 3 of 1,234 contact requests. Find the older ones so.',
    );
  });

  it('says nothing of the sort when the list holds them all', () => {
    renderIn('nl', <CappedListNotice shown={2} total={2} olderHint="Oudere." testId="capped" />);
    expect(screen.queryByTestId('capped')).toBeNull();
  });
});
