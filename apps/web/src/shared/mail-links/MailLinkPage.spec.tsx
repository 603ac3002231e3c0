import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';

import { MailLinkPage } from './MailLinkPage';

describe('MailLinkPage', () => {
  it('sets the tab title and shows the heading, the intro and then the page itself', () => {
    render(
      <MailLinkPage
        texts={{ title: 'Afmelden – Partnerwijzer', heading: 'Afmelden', intro: 'Waarvoor' }}
        testId="p"
      >
        <p>Inhoud</p>
      </MailLinkPage>,
    );
    expect(document.title).toBe('Afmelden – Partnerwijzer');
    const page = screen.getByTestId('p');
    expect(page.className).toBe('page account-page');
    expect([...page.children].map((e) => `${e.tagName} ${e.textContent}`)).toEqual([
      'H1 Afmelden',
      'P Waarvoor',
      'P Inhoud',
    ]);
  });

  it('takes the wide column when asked', () => {
    render(
      <MailLinkPage texts={{ title: 't', heading: 'h', intro: 'i' }} testId="p" wide>
        {null}
      </MailLinkPage>,
    );
    expect(screen.getByTestId('p').className).toBe('page account-page account-page--wide');
  });
});
