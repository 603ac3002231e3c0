import { expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';

// Run by console-guard.spec.ts, not by the web project: a component that warns after an await
// and a timeout, when its test has already finished.
function Late() {
  const [done, setDone] = useState(false);
  useEffect(() => {
    void (async () => {
      await Promise.resolve();
      setTimeout(() => {
        console.warn('Late: waarschuwing na de test (warning after the test)');
        setDone(true);
      }, 50);
    })();
  }, []);
  return <p>{done ? 'klaar' : 'bezig'}</p>;
}

it('renders Late and ends before it warns', () => {
  render(<Late />);
  expect(screen.getByText('bezig')).toBeTruthy();
});

it('writes nothing itself', async () => {
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(true).toBe(true);
});
