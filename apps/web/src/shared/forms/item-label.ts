/**
 * The accessible name of a button shown once per item of a list (Pauzeren, Accepteren,
 * Verifiëren, …): its visible text first, as speech input users say it (WCAG 2.5.3, label in
 * name), then the item, so a screen reader's list of buttons tells them apart.
 */
export const itemLabel = (visible: string, item: string): string => `${visible}: ${item}`;
