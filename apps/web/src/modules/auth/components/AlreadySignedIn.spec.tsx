import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';

import { renderIn } from '../../../shared/testing/render-in';
import { AlreadySignedIn } from './AlreadySignedIn';

describe('AlreadySignedIn', () => {
  it('says as whom, as a status, with one way onwards', () => {
    renderIn('nl', <AlreadySignedIn message="U bent al ingelogd als a@b.nl." href="/portaal" />);
    const notice = screen.getByRole('status');
    expect(notice.querySelector('p')?.textContent).toBe('U bent al ingelogd als a@b.nl.');
    const onwards = screen.getByRole('link');
    expect(onwards.getAttribute('href')).toBe('/portaal');
    expect(notice.contains(onwards)).toBe(true);
  });
});
