import { useQuery } from '@apollo/client/react';

import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n/use-t';
import type { CoverageComparisonQuery } from '../../../generated/graphql';
import { COVERAGE_COMPARISON_QUERY } from '../graphql/coverage-comparison.query';
import type { CoverageViewProps } from '../hooks/use-municipality-coverage';

const share = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

/**
 * Share of schools with a local offering per intervention type: this municipality (from the
 * matrix) next to its province and the whole country (coverageSummary), as a table.
 */
export function CoverageComparison({ coverage, label }: CoverageViewProps) {
  const m = useT().municipality;
  const municipality = coverage.municipality;
  const { data, loading, error, refetch } = useQuery(COVERAGE_COMPARISON_QUERY, {
    variables: { provinceCode: municipality.provinceCode, sector: coverage.sector ?? null },
  });
  const n = coverage.schools.length;
  const provinceName = municipality.province.name;
  const rows = coverage.interventionCodes.map((code, i) => {
    const applicable = n - coverage.totals[i].notApplicableSchools;
    const own = share(coverage.totals[i].localSchools, applicable);
    const province = data?.province.totals.find((t) => t.interventionType === code) ?? null;
    const national = data?.national.totals.find((t) => t.interventionType === code) ?? null;
    const nationalShare = national?.share ?? null;
    const diff =
      own === null || nationalShare === null ? null : Math.round((own - nationalShare) * 100);
    return {
      code,
      own,
      local: coverage.totals[i].localSchools,
      applicable,
      province,
      national,
      diff,
    };
  });

  return (
    <section
      className="coverage-comparison"
      aria-labelledby="coverage-comparison-heading"
      data-testid="coverage-comparison"
    >
      <h2 id="coverage-comparison-heading">{m.comparisonHeading}</h2>
      <p>{m.comparisonIntro}</p>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !data && <p>{m.comparisonLoading}</p>}
      {data && (
        <div
          className="coverage-comparison__scroll"
          tabIndex={0}
          role="region"
          aria-labelledby="coverage-comparison-caption"
        >
          <table className="coverage-comparison__table">
            <caption id="coverage-comparison-caption">
              {m.comparisonCaption(municipality.name, m.comparisonProvince(provinceName))}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m.comparisonType}</th>
                <th scope="col" className="coverage-comparison__own">
                  {m.comparisonThis(municipality.name)}
                </th>
                <th scope="col">{m.comparisonProvince(provinceName)}</th>
                <th scope="col">{m.comparisonNational}</th>
                <th scope="col">{m.comparisonDiff}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code} data-testid="comparison-row" data-type={row.code}>
                  <th scope="row">{label(row.code)}</th>
                  <td className="coverage-comparison__own" data-testid="comparison-own">
                    <strong>{m.percent(row.own)}</strong>{' '}
                    <span className="coverage-comparison__sub">
                      ({row.local}/{row.applicable})
                    </span>
                  </td>
                  <RegionShareCell totals={row.province} />
                  <RegionShareCell totals={row.national} />
                  <td
                    className={
                      row.diff !== null && row.diff < 0
                        ? 'coverage-comparison__diff coverage-comparison__diff--lower'
                        : 'coverage-comparison__diff'
                    }
                  >
                    {m.points(row.diff)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type RegionTotals = CoverageComparisonQuery['national']['totals'][number];

/** The province's or the country's share for one type, with the school counts behind it. */
function RegionShareCell({ totals }: { totals: RegionTotals | null }) {
  const m = useT().municipality;
  return (
    <td>
      {m.percent(totals?.share)}{' '}
      <span className="coverage-comparison__sub">
        ({totals?.schoolsWithLocal ?? 0}/{totals?.schools ?? 0})
      </span>
    </td>
  );
}
