import type { Page } from 'playwright-core';

// The finder's contact form in an offering's detail, as a school fills it in.

export interface ContactFormFields {
  name: string;
  email: string;
  message: string;
}

/** Fills in the open contact form and sends it. */
export async function fillContactForm(page: Page, fields: ContactFormFields): Promise<void> {
  await page.getByLabel('Uw naam').fill(fields.name);
  await page.getByLabel('Uw e-mailadres').fill(fields.email);
  await page.getByLabel('Bericht').fill(fields.message);
  await page.getByRole('button', { name: 'Verstuur verzoek' }).click();
}

/** Opens the contact form of the offering shown, sends it and waits for the confirmation. */
export async function sendContactRequest(page: Page, fields: ContactFormFields): Promise<void> {
  await page.getByTestId('contact-open').click();
  await fillContactForm(page, fields);
  await page.getByTestId('contact-confirmation').waitFor({ timeout: 10_000 });
}
