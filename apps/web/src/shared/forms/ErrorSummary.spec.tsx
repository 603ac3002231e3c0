import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';

import { ErrorSummary } from './ErrorSummary';

describe('ErrorSummary', () => {
  const items = [{ fieldId: 'budget', text: 'Budget: moet een getal zijn' }];

  it('heads a page’s form with an h2', () => {
    render(<ErrorSummary heading="Niet opgeslagen" items={items} attempt={1} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Niet opgeslagen' })).toBeTruthy();
  });

  it('sits one level below the heading of the section its form is in', () => {
    render(<ErrorSummary heading="Niet doorgerekend" items={items} attempt={1} level={4} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Niet doorgerekend' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });
});
