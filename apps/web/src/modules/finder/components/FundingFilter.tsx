import { useId } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { FinderFundingRoutesQuery, FundingRouteCode } from '../../../generated/graphql';
import { Checkbox } from '../../../shared/forms/Checkbox';
import type { CheckboxSelection } from '../../../shared/forms/CheckboxFieldset';
import { toggled } from '../../../shared/forms/toggled';

export type FinderFundingRoute = FinderFundingRoutesQuery['fundingRoutes'][number];

interface FundingFilterProps extends CheckboxSelection<FundingRouteCode> {
  routes: readonly FinderFundingRoute[];
}

/**
 * Funding routes to narrow the matches by (sent to matchPartners). Ended routes stay
 * choosable — an offering may still name them — but say so next to the name, and once chosen
 * a warning says what that means.
 */
export function FundingFilter({ routes, selected, onChange }: FundingFilterProps) {
  const t = useT();
  const { lang } = useLanguage();
  const id = useId();
  const name = (r: FinderFundingRoute) => (lang === 'en' ? r.en : r.nl);
  // Catalogue order, so equal choices give equal links.
  const order = routes.map((r) => r.code);
  const toggle = (code: FundingRouteCode) => onChange(toggled(order, selected, code));
  const endedChosen = routes.filter((r) => r.ended && selected.includes(r.code));

  if (routes.length === 0) return null;
  return (
    <fieldset
      className="checkbox-group"
      data-testid="filter-funding"
      aria-describedby={`${id}-help`}
    >
      <legend>{t.finderFunding.legend}</legend>
      <p id={`${id}-help`} className="field-hint">
        {t.finderFunding.help}
      </p>
      {routes.map((r) => {
        const notes = [
          ...(r.ended ? [t.finderFunding.ended(r.validUntil ?? null)] : []),
          ...(r.oneOff ? [t.finderFunding.oneOff] : []),
        ];
        return (
          <Checkbox
            key={r.code}
            id={`${id}-${r.code}`}
            value={r.code}
            checked={selected.includes(r.code)}
            onCheckedChange={() => toggle(r.code)}
            label={
              <>
                {name(r)}
                {notes.length > 0 && (
                  <span className={r.ended ? 'funding-ended' : undefined}>
                    {' '}
                    ({notes.join(', ')})
                  </span>
                )}
              </>
            }
          />
        );
      })}
      {endedChosen.length > 0 && (
        <p className="notice notice--funding-ended" role="status" data-testid="funding-ended">
          {t.finderFunding.endedChosen(endedChosen.map(name).join(', '))}
        </p>
      )}
    </fieldset>
  );
}
