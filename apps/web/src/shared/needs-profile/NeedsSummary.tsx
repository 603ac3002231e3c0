import { useId } from 'react';

import { useT } from '../../app/i18n/use-t';
import type { NeedPriority } from '../../generated/graphql';
import { groupsText } from './groups-text';

export interface NeedsSummaryItem {
  interventionCode: string;
  priority: NeedPriority;
  groups: readonly number[];
}

interface NeedsSummaryProps {
  schoolYear: string;
  items: readonly NeedsSummaryItem[];
  /** Whether the school counts in groepen (primary) or leerjaren (secondary). */
  inGroepen: boolean;
  needLabel: (code: string) => string;
  /** A line under the list: who can see this profile. */
  note?: string;
}

/** A school's needs profile as a short list: type, priority and groups. */
export function NeedsSummary({ schoolYear, items, inGroepen, needLabel, note }: NeedsSummaryProps) {
  const t = useT();
  const m = t.needsProfile;
  const id = useId();
  return (
    <section className="needs-summary" aria-labelledby={id} data-testid="needs-summary">
      <h3 id={id}>{m.summaryHeading(schoolYear)}</h3>
      <ul>
        {items.map((item) => {
          const groups =
            item.groups.length === 0
              ? m.wholeSchool
              : inGroepen
                ? m.groepen(groupsText(item.groups))
                : m.leerjaren(groupsText(item.groups));
          return (
            <li key={item.interventionCode} data-testid="needs-summary-item">
              {m.item(needLabel(item.interventionCode), m.priority[item.priority], groups)}
            </li>
          );
        })}
      </ul>
      {note && <p className="field-hint">{note}</p>}
    </section>
  );
}
