import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { PreviewOfferingCoverageQuery } from '../../../generated/graphql';
import { errorCode, fieldProblems } from '../../../shared/forms/server-errors';
import { PREVIEW_OFFERING_COVERAGE_QUERY } from '../graphql/preview-coverage.query';
import { toInput, type DraftArea } from '../utils/coverage-draft';

export type Reach = PreviewOfferingCoverageQuery['previewOfferingCoverage'];

/**
 * "Bereikt 212 scholen in 4 gemeenten, 38 km²": the server's count for the draft (the same
 * coverage rule as matching), refreshed shortly after the draft changes, with its warnings.
 */
export function CoverageReach({
  offeringId,
  areas,
  onReach,
}: {
  offeringId: string;
  areas: readonly DraftArea[];
  onReach?: (reach: Reach | null) => void;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const r = t.portal.coverage.reach;
  const input = useMemo(() => ({ offeringId, areas: toInput([...areas]) }), [offeringId, areas]);
  // Wait for a pause in drawing before asking.
  const [asked, setAsked] = useState(input);
  useEffect(
    function settle() {
      const timer = setTimeout(() => setAsked(input), 350);
      return () => clearTimeout(timer);
    },
    [input],
  );
  const { data, previousData, loading, error } = useQuery(PREVIEW_OFFERING_COVERAGE_QUERY, {
    variables: { input: asked },
    skip: asked.areas.length === 0,
    fetchPolicy: 'network-only',
  });
  const reach = error ? null : ((data ?? previousData)?.previewOfferingCoverage ?? null);
  useEffect(
    function report() {
      onReach?.(asked.areas.length === 0 ? null : reach);
    },
    [reach, asked.areas.length, onReach],
  );
  if (areas.length === 0) return null;
  const problems = error ? fieldProblems(error, lang) : [];
  return (
    <section
      className="portal-reach"
      aria-labelledby={`reach-${offeringId}`}
      data-testid="coverage-reach"
    >
      <h4 id={`reach-${offeringId}`}>{r.heading}</h4>
      <div role="status" aria-live="polite">
        {loading && !reach && <p className="field-hint">{r.checking}</p>}
        {reach && (
          <>
            <p data-testid="coverage-reach-summary">
              <strong>
                {r.summary(
                  reach.schools,
                  reach.municipalities,
                  reach.drawnAreaKm2 > 0 ? reach.drawnAreaKm2 : null,
                )}
              </strong>{' '}
              {r.share(Math.round(reach.shareOfSchools * 100))}
            </p>
            {reach.warnings.length > 0 && (
              <ul className="notice notice--warning" data-testid="coverage-reach-warnings">
                {reach.warnings.map((w) => (
                  <li key={w}>{r[w]}</li>
                ))}
              </ul>
            )}
          </>
        )}
        {error && (
          <div className="notice notice--error" data-testid="coverage-reach-problems">
            {problems.length > 0 ? (
              <>
                <p>{r.problems}</p>
                <ul>
                  {problems.map((p, i) => (
                    <li key={i}>{p.message}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{errorCode(error) === 'FORBIDDEN' ? t.portal.forbidden : r.unavailable}</p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
