import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { AccountSection } from '../../../shared/account-section/AccountSection';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import { LEA_AGREEMENT_COVERAGE_QUERY } from '../graphql/collaborations.queries';
import { DutchText, sentenceWithDutch } from '../../../shared/language/DutchText';

// An agreement's coverage per agreed theme (/gemeente/afspraken), without the page's styles so
// the component tests can render it.

/** Per agreed theme of one agreement, its schools with and without a collaboration. */
export function ThemeCoverage({ id }: { id: string }) {
  const t = useT();
  const a = t.collaborations.agreements;
  const { needLabel } = useInterventionTypes();
  const { data, error, refetch } = useQuery(LEA_AGREEMENT_COVERAGE_QUERY, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const c = data.leaAgreementCoverage;
  return (
    <AccountSection
      heading={sentenceWithDutch(a.coverageHeading, c.agreement.title)}
      testId="theme-coverage"
    >
      {c.themes.map((th) => (
        <div key={th.interventionCode} className="theme-block" data-theme={th.interventionCode}>
          <h3>{needLabel(th.interventionCode)}</h3>
          <p lang="nl">{th.goal}</p>
          {th.covered.length + th.uncovered.length === 0 ? (
            // "0 van 0" would read as a theme nobody worked on; it is one no school can take.
            <p className="result-count" data-testid="theme-applies-to-none">
              {a.appliesToNone}
            </p>
          ) : (
            <>
              {/* Out of the schools the theme applies to: an n.v.t. school is never one to reach. */}
              <p className="result-count">
                {a.covered(th.covered.length, th.covered.length + th.uncovered.length)}
              </p>
            </>
          )}
          <div className="theme-block__lists">
            {th.covered.length + th.uncovered.length > 0 && (
              <>
                <ThemeSchools
                  heading={a.coveredList}
                  none={a.noneCovered}
                  testId="covered-schools"
                  schools={th.covered}
                  after={(s) =>
                    s.collaborations.map((x, i) => (
                      <span key={x.id}>
                        {i > 0 && ', '}
                        <AppLink href={`/samenwerkingen?id=${encodeURIComponent(x.id)}`}>
                          <DutchText>{x.title}</DutchText>
                        </AppLink>
                      </span>
                    ))
                  }
                />
                <ThemeSchools
                  heading={a.uncoveredList}
                  none={a.allCovered}
                  testId="uncovered-schools"
                  schools={th.uncovered}
                />
              </>
            )}
            {th.notApplicable.length > 0 && (
              <ThemeSchools
                heading={a.notApplicableList}
                none=""
                testId="not-applicable-schools"
                schools={th.notApplicable}
              />
            )}
          </div>
        </div>
      ))}
    </AccountSection>
  );
}

interface ThemeSchoolsProps<S> {
  heading: string;
  none: string;
  testId: string;
  schools: readonly S[];
  /** What follows a school's name and code, after a colon (its collaborations). */
  after?: (school: S) => ReactNode;
}

/** A theme's schools with (or without) a collaboration, or a line saying there are none. */
function ThemeSchools<S extends { vestigingscode: string; name: string }>({
  heading,
  none,
  testId,
  schools,
  after,
}: ThemeSchoolsProps<S>) {
  return (
    <div>
      <h4>{heading}</h4>
      {schools.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul data-testid={testId}>
          {schools.map((s) => (
            <li key={s.vestigingscode}>
              {s.name} ({s.vestigingscode}){after && <>: {after(s)}</>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
