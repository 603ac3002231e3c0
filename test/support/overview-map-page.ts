import type { Locator, Page } from 'playwright-core';

/**
 * On /overzicht: opens a school item so the map glides to the school and rings it, notes the
 * centre of the ring, closes the item again (the ring goes) and points at that spot, where
 * only the school's own dot is left. Returns the spot.
 */
export async function pointAtSchoolDot(
  page: Page,
  item: Locator,
): Promise<{ x: number; y: number }> {
  await item.getByRole('button').click();
  await page.waitForTimeout(1_000); // the map glides to the school
  const ring = (await page.locator('path.marker--school').boundingBox())!;
  const dot = { x: ring.x + ring.width / 2, y: ring.y + ring.height / 2 };
  await item.getByRole('button').click();
  await page.getByLabel('Zoek een school').fill('');
  await page.locator('path.marker--school').waitFor({ state: 'detached' });
  await page.mouse.move(dot.x, dot.y);
  return dot;
}
