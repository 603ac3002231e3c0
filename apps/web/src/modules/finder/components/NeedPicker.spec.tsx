import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import type { InterventionCode } from '../../../generated/graphql';
import { TYPES } from './__tests__/fixtures';
import { renderIn } from '../../../shared/testing/render-in';
import { NeedPicker } from './NeedPicker';

describe('NeedPicker', () => {
  it('lists the needs in taxonomy order with Dutch label, explanation and evidence note', () => {
    renderIn('nl', <NeedPicker types={TYPES} selected={[]} onChange={() => undefined} />);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((b) => (b as HTMLInputElement).value)).toEqual([
      'EXTRA_LEERTIJD',
      'OUDERBETROKKENHEID',
    ]);
    const extra = screen.getByRole('checkbox', {
      name: 'Extra begeleiding, tutoring, extra leertijd',
    });
    expect(extra.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(extra.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Meer onderwijstijd of begeleiding in kleine groepen.',
    );
    expect(screen.getByText(/EEF-toolkit, 2018/)).toBeTruthy();
    expect(screen.getAllByText('Wat weten we over het effect?')).toHaveLength(2);
    expect(screen.getByRole('group', { name: '2. Wat is er nodig?' })).toBeTruthy();
  });

  it('adds and removes needs, always in taxonomy order', () => {
    const onChange = jest.fn<(needs: InterventionCode[]) => void>();
    const { rerender } = renderIn(
      'nl',
      <NeedPicker types={TYPES} selected={['OUDERBETROKKENHEID']} onChange={onChange} />,
    );
    expect(
      (screen.getByRole('checkbox', { name: 'Ouderbetrokkenheid' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /Extra begeleiding/ }));
    expect(onChange).toHaveBeenLastCalledWith(['EXTRA_LEERTIJD', 'OUDERBETROKKENHEID']);

    rerender(
      <NeedPicker
        types={TYPES}
        selected={['EXTRA_LEERTIJD', 'OUDERBETROKKENHEID']}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ouderbetrokkenheid' }));
    expect(onChange).toHaveBeenLastCalledWith(['EXTRA_LEERTIJD']);
  });

  it('speaks English when asked', () => {
    renderIn('en', <NeedPicker types={TYPES} selected={[]} onChange={() => undefined} />);
    expect(screen.getByRole('checkbox', { name: 'Parental involvement' })).toBeTruthy();
    expect(screen.getByText('Reach and involve parents.')).toBeTruthy();
    expect(screen.getByText(/EEF toolkit, 2018/)).toBeTruthy();
    expect(screen.getByRole('group', { name: '2. What is needed?' })).toBeTruthy();
  });
});
