import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';

import { AppLink } from '../../../app/routing/AppLink';
import { RouterProvider } from '../../../app/routing/RouterProvider';
import { portalOrganisation } from '../../../shared/testing/fixtures';
import { renderIn } from '../../../shared/testing/render-in';
import { OfferingList } from './OfferingList';
import { OrganisationProfileForm } from './OrganisationProfileForm';
import { UnsavedFormsProvider } from '../hooks/unsaved-forms';

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

/** The portal's forms under a header with one link, as the app shows them. */
function renderWithHeaderLink(lang: 'nl' | 'en', forms: ReactElement) {
  return renderIn(
    lang,
    <RouterProvider>
      <MockedProvider mocks={[]}>
        {/* One child: MockedProvider renders a single element. */}
        <div>
          <nav>
            <AppLink href="/zoeken">Zoekhulp</AppLink>
          </nav>
          {forms}
        </div>
      </MockedProvider>
    </RouterProvider>,
  );
}

const renderPortal = (lang: 'nl' | 'en') =>
  renderWithHeaderLink(lang, <OfferingList organisationId="org-1" offerings={[]} />);

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

/** A header link: the page asks instead, on /portaal, with the keyboard on the question. */
async function linkAsks(question: string) {
  clickHeaderLink();
  const asked = await screen.findByTestId('unsaved-question');
  expect(asked.textContent).toContain(question);
  expect(window.location.pathname).toBe('/portaal');
  await waitFor(() => expect(asked.contains(document.activeElement)).toBe(true));
  act(() => fireEvent.click(screen.getByRole('button', { name: 'Verder bewerken' })));
  expect(screen.queryByTestId('unsaved-question')).toBeNull();
  expect(window.location.pathname).toBe('/portaal');
}

/** The back button to /over; the page asks instead, on /portaal; discarding goes there. */
async function backAsksThenDiscards(question: string) {
  act(() => {
    window.history.pushState(null, '', '/over');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  expect((await screen.findByTestId('unsaved-question')).textContent).toContain(question);
  expect(window.location.pathname).toBe('/portaal');
  act(() => fireEvent.click(screen.getByRole('button', { name: 'Discard changes' })));
  expect(window.location.pathname).toBe('/over');
}

describe('leaving the portal with unsaved changes', () => {
  it('asks first on a header link; "Verder bewerken" stays, "Wijzigingen weggooien" goes', async () => {
    await renderPortal('nl');
    await startOffering('nl');
    await linkAsks('heeft wijzigingen die nog niet zijn opgeslagen');
    expect((screen.getByLabelText('Titel') as HTMLInputElement).value).toBe('Huiswerkklas');

    clickHeaderLink();
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen weggooien' })));
    expect(window.location.pathname).toBe('/zoeken');
  });

  it('asks on the back button too, keeping the address of the page it stays on (English)', async () => {
    await renderPortal('en');
    await startOffering('en');
    await backAsksThenDiscards('has changes that are not saved yet');
  });

  it('lets a link go at once when nothing is unsaved', async () => {
    await renderPortal('nl');
    await screen.findByRole('link', { name: 'Zoekhulp' }, { timeout: 10_000 });
    clickHeaderLink();
    expect(screen.queryByTestId('unsaved-question')).toBeNull();
    expect(window.location.pathname).toBe('/zoeken');
  });
});

const ORGANISATION = portalOrganisation({ location: { lat: 51.917, lng: 4.399 } });

async function renderProfile(lang: 'nl' | 'en') {
  renderWithHeaderLink(lang, <OrganisationProfileForm organisation={ORGANISATION} />);
  await screen.findByRole('link', { name: 'Zoekhulp' }, { timeout: 10_000 });
}

const typeDescription = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('leaving the portal with an unsaved organisation profile', () => {
  it('asks first on a header link; the typed text stays until "Wijzigingen weggooien"', async () => {
    await renderProfile('nl');
    typeDescription('Beschrijving', 'Wij helpen met huiswerk.');
    await linkAsks('Profiel van de organisatie');
    expect((screen.getByLabelText('Beschrijving') as HTMLTextAreaElement).value).toBe(
      'Wij helpen met huiswerk.',
    );
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Profiel van de organisatie' }),
    );

    clickHeaderLink();
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen weggooien' })));
    expect(window.location.pathname).toBe('/zoeken');
  });

  it('asks on the back button too and warns before a reload (English)', async () => {
    await renderProfile('en');
    typeDescription('Description', 'We help with homework.');
    const reload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(reload);
    expect(reload.defaultPrevented).toBe(true);
    await backAsksThenDiscards('Organisation profile');
  });

  it('lets a link go at once when the profile is as saved', async () => {
    await renderProfile('nl');
    typeDescription('Beschrijving', 'iets');
    typeDescription('Beschrijving', '');
    clickHeaderLink();
    expect(screen.queryByTestId('unsaved-question')).toBeNull();
    expect(window.location.pathname).toBe('/zoeken');
  });
});

describe('leaving the portal with two unsaved forms', () => {
  async function renderBoth(lang: 'nl' | 'en') {
    renderWithHeaderLink(
      lang,
      <UnsavedFormsProvider>
        <OfferingList organisationId="org-1" offerings={[]} />
        <OrganisationProfileForm organisation={ORGANISATION} />
      </UnsavedFormsProvider>,
    );
    await startOffering(lang);
  }
  const typeProfile = (label: string, value: string) =>
    fireEvent.change(within(screen.getByTestId('profile-form')).getByLabelText(label), {
      target: { value },
    });

  it('asks once and names both forms; "Wijzigingen weggooien" goes', async () => {
    await renderBoth('nl');
    typeProfile('Beschrijving', 'Wij helpen met huiswerk.');
    clickHeaderLink();
    const asked = await screen.findAllByTestId('unsaved-question');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.textContent).toContain(
      '“Nieuw aanbod” en “Profiel van de organisatie” hebben wijzigingen die nog niet zijn opgeslagen. Wilt u ze allemaal weggooien?',
    );
    expect(window.location.pathname).toBe('/portaal');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen weggooien' })));
    expect(window.location.pathname).toBe('/zoeken');
  });

  it('names both in English too', async () => {
    await renderBoth('en');
    typeProfile('Description', 'We help with homework.');
    clickHeaderLink();
    expect((await screen.findByTestId('unsaved-question')).textContent).toContain(
      '“New offering” and “Organisation profile” have changes that are not saved yet. Do you want to discard them all?',
    );
  });
});
