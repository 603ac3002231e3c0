import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';

import { AccountSection } from './AccountSection';

describe('AccountSection', () => {
  it('is a region named by its heading, with its content and test id', () => {
    render(
      <AccountSection heading="Openstaande aanmeldingen" testId="pending">
        <p>Geen aanmeldingen.</p>
      </AccountSection>,
    );
    const section = screen.getByRole('region', { name: 'Openstaande aanmeldingen' });
    expect(section.className).toBe('account-section');
    expect(section.getAttribute('data-testid')).toBe('pending');
    expect(section.querySelector('h2')?.textContent).toBe('Openstaande aanmeldingen');
    expect(section.textContent).toContain('Geen aanmeldingen.');
  });
});
