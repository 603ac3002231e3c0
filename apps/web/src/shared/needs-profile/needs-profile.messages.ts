import type { NeedPriority } from '../../generated/graphql';

// A school's needs profile: shown on the school's own page, in the finder and to partners.
export const needsProfileNl = {
  priority: { HIGH: 'hoog', MEDIUM: 'middel', LOW: 'laag' } satisfies Record<NeedPriority, string>,
  priorityLabel: 'Prioriteit',
  groepen: (list: string): string => `groep ${list}`,
  leerjaren: (list: string): string => `leerjaar ${list}`,
  wholeSchool: 'hele school',
  summaryHeading: (year: string): string => `Behoefteprofiel ${year}`,
  publishedNote: 'De school heeft dit profiel zichtbaar gemaakt voor partners.',
  ownNote: 'Alleen zichtbaar voor uw school, uw gemeente en de beheerder.',
  item: (label: string, priority: string, groups: string): string =>
    `${label}: prioriteit ${priority} (${groups})`,
};

export type NeedsProfileMessages = typeof needsProfileNl;

export const needsProfileEn: NeedsProfileMessages = {
  priority: { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' },
  priorityLabel: 'Priority',
  groepen: (list) => `groep ${list}`,
  leerjaren: (list) => `year ${list}`,
  wholeSchool: 'whole school',
  summaryHeading: (year) => `Needs profile ${year}`,
  publishedNote: 'The school has made this profile visible to partners.',
  ownNote: 'Visible only to your school, your municipality and the administrator.',
  item: (label, priority, groups) => `${label}: priority ${priority} (${groups})`,
};
