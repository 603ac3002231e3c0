import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';

import { SessionContext, type Viewer } from '../../../shared/session/session-context';
import { renderIn } from '../../../shared/testing/render-in';
import { AlreadySignedIn, UnlessSignedIn } from './AlreadySignedIn';

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

function withViewer(viewer: Viewer | null, element: React.ReactElement) {
  const session = {
    viewer,
    loading: false,
    login: () => Promise.reject(new Error('not in this test')),
    logout: () => Promise.resolve(),
    refresh: () => Promise.resolve(),
  };
  return <SessionContext.Provider value={session}>{element}</SessionContext.Provider>;
}

describe('UnlessSignedIn', () => {
  const message = (email: string) => `U bent al ingelogd als ${email}.`;
  const partner = {
    email: 'a@b.nl',
    role: 'PARTNER_EDITOR',
    municipalityCodes: [],
  } as unknown as Viewer;

  it('shows the form to a visitor who is not signed in', () => {
    renderIn('nl', withViewer(null, <UnlessSignedIn message={message}>Formulier</UnlessSignedIn>));
    expect(screen.getByText('Formulier')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says as whom instead, onwards to the viewer’s home or where asked', () => {
    const { unmount } = renderIn(
      'nl',
      withViewer(partner, <UnlessSignedIn message={message}>Formulier</UnlessSignedIn>),
    );
    expect(screen.queryByText('Formulier')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('U bent al ingelogd als a@b.nl.');
    expect(screen.getByRole('link').getAttribute('href')).toBe('/portaal');
    unmount();
    renderIn(
      'nl',
      withViewer(
        partner,
        <UnlessSignedIn message={message} onwards={() => '/terug'}>
          Formulier
        </UnlessSignedIn>,
      ),
    );
    expect(screen.getByRole('link').getAttribute('href')).toBe('/terug');
  });
});
