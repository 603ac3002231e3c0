import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';

import { AppLink } from '../../../app/routing/AppLink';
import { RouterProvider } from '../../../app/routing/RouterProvider';
import { renderIn } from '../../../shared/testing/render-in';
import { OfferingList } from './OfferingList';

// A half-written offering is not thrown away by a header link or the back button: the portal's
// own question (UnsavedQuestion) is asked first, with the keyboard on it, as it is for moving
// between the portal's forms.
beforeEach(() => {
  window.history.replaceState(null, '', '/portaal');
  window.scrollTo = jest.fn() as unknown as typeof window.scrollTo; // jsdom has none
  // The kinds of help come from the light client (fetch): none here, the form works without.
  globalThis.fetch = jest.fn(() =>
    Promise.reject(new TypeError('offline in this test')),
  ) as unknown as typeof fetch;
});

async function renderPortal(lang: 'nl' | 'en') {
  const view = renderIn(
    lang,
    <RouterProvider>
      <MockedProvider mocks={[]}>
        {/* One child: MockedProvider renders a single element. */}
        <div>
          <nav>
            <AppLink href="/zoeken">Zoekhulp</AppLink>
          </nav>
          <OfferingList organisationId="org-1" offerings={[]} />
        </div>
      </MockedProvider>
    </RouterProvider>,
  );
  return view;
}

async function startOffering(lang: 'nl' | 'en') {
  await screen.findByRole('link', { name: 'Zoekhulp' }, { timeout: 10_000 });
  act(() =>
    fireEvent.click(
      screen.getByRole('button', { name: lang === 'nl' ? 'Nieuw aanbod' : 'New offering' }),
    ),
  );
  fireEvent.change(screen.getByLabelText(lang === 'nl' ? 'Titel' : 'Title'), {
    target: { value: 'Huiswerkklas' },
  });
}

const clickHeaderLink = () =>
  act(() => fireEvent.click(screen.getByRole('link', { name: 'Zoekhulp' })));

describe('leaving the portal with unsaved changes', () => {
  it('asks first on a header link; "Verder bewerken" stays, "Wijzigingen weggooien" goes', async () => {
    await renderPortal('nl');
    await startOffering('nl');
    clickHeaderLink();
    const question = await screen.findByTestId('unsaved-question');
    expect(question.textContent).toContain('heeft wijzigingen die nog niet zijn opgeslagen');
    expect(window.location.pathname).toBe('/portaal');
    await waitFor(() => expect(question.contains(document.activeElement)).toBe(true));

    act(() => fireEvent.click(screen.getByRole('button', { name: 'Verder bewerken' })));
    expect(screen.queryByTestId('unsaved-question')).toBeNull();
    expect(window.location.pathname).toBe('/portaal');
    expect((screen.getByLabelText('Titel') as HTMLInputElement).value).toBe('Huiswerkklas');

    clickHeaderLink();
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen weggooien' })));
    expect(window.location.pathname).toBe('/zoeken');
  });

  it('asks on the back button too, keeping the address of the page it stays on (English)', async () => {
    await renderPortal('en');
    await startOffering('en');
    act(() => {
      window.history.pushState(null, '', '/over');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect((await screen.findByTestId('unsaved-question')).textContent).toContain(
      'has changes that are not saved yet',
    );
    expect(window.location.pathname).toBe('/portaal');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Discard changes' })));
    expect(window.location.pathname).toBe('/over');
  });

  it('lets a link go at once when nothing is unsaved', async () => {
    await renderPortal('nl');
    await screen.findByRole('link', { name: 'Zoekhulp' }, { timeout: 10_000 });
    clickHeaderLink();
    expect(screen.queryByTestId('unsaved-question')).toBeNull();
    expect(window.location.pathname).toBe('/zoeken');
  });
});
