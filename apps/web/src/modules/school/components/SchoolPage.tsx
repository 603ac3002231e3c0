import { useQuery } from '@apollo/client/react';
import { normaliseCode } from '@partnerwijzer/domain/client';

import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { useRouter } from '../../../app/routing/use-router';
import type { SchoolPageIndicatorFragment } from '../../../generated/graphql';
import { useInterventionTypes } from '../../../shared/intervention-types/use-intervention-types';
import { NeedsSummary } from '../../../shared/needs-profile/NeedsSummary';
import { SCHOOL_PAGE_QUERY } from '../graphql/school-page.query';
import '../../../shared/account.css';
import { AccountSection } from '../../../shared/account-section/AccountSection';
import { IndicatorCard } from './IndicatorCard';

/** Whether the API answered that the code names no school (or is no code at all). */
function isUnknownSchool(error: unknown): boolean {
  const errors = (error as { errors?: { extensions?: { reason?: string; code?: string } }[] })
    .errors;
  const first = errors?.[0]?.extensions;
  return first?.reason === 'NOT_FOUND' || first?.code === 'BAD_USER_INPUT';
}

/** /school?code=00AH07 — one school location: facts, need indicators and shared needs. */
export function SchoolPage() {
  const t = useT();
  const s = t.schoolPage;
  const { search } = useRouter();
  const code = normaliseCode(new URLSearchParams(search).get('code') ?? '');
  const { data, loading, error, refetch } = useQuery(SCHOOL_PAGE_QUERY, {
    variables: { vestigingscode: code },
    skip: code === '',
  });
  const school = data?.school;
  useDocumentTitle(school ? s.pageTitle(school.name) : s.loadingTitle);

  if (code === '') {
    return (
      <Shell>
        <h1>{s.noCodeHeading}</h1>
        <p className="notice notice--empty">{s.noCode}</p>
        <WaysToASchool />
      </Shell>
    );
  }
  if (loading && !data) {
    return (
      <Shell>
        <p role="status">{s.loading}</p>
      </Shell>
    );
  }
  if (error) {
    return (
      <Shell>
        {isUnknownSchool(error) ? (
          <>
            <h1>{s.notFoundHeading}</h1>
            <p className="notice notice--empty" role="alert">
              {s.notFound(code)}
            </p>
            <WaysToASchool />
          </>
        ) : (
          <>
            <h1>{s.heading}</h1>
            <QueryError error={error} onRetry={() => void refetch()} />
          </>
        )}
      </Shell>
    );
  }
  if (!school) return null;
  return (
    <Shell>
      <h1>{school.name}</h1>
      {school.isDemo && <p className="notice">{s.demo}</p>}
      <p>
        <AppLink href={`/?school=${encodeURIComponent(school.vestigingscode)}`}>
          {s.findPartners}
        </AppLink>
      </p>
      <AccountSection heading={s.facts}>
        <dl className="facts" data-testid="school-facts">
          <dt>{s.address}</dt>
          <dd>
            {school.address}, {school.postcode} {school.city}
          </dd>
          <dt>{s.municipality}</dt>
          <dd>
            <AppLink href={`/gemeente?code=${encodeURIComponent(school.municipality.code)}`}>
              {school.municipality.name}
            </AppLink>
          </dd>
          <dt>{s.type}</dt>
          <dd>
            {t.sector[school.sector]} ({school.schoolType})
          </dd>
          {school.pupils !== null && school.pupils !== undefined && (
            <>
              <dt>{s.pupils}</dt>
              <dd>{school.pupils}</dd>
            </>
          )}
          <dt>{s.code}</dt>
          <dd>{school.vestigingscode}</dd>
          {school.website && (
            <>
              <dt>{s.website}</dt>
              <dd>
                <a href={school.website} rel="noopener noreferrer">
                  {school.website}
                </a>
              </dd>
            </>
          )}
        </dl>
      </AccountSection>
      <Indicators
        schoolweging={school.indicators.schoolweging ?? null}
        achterstandsscore={school.indicators.achterstandsscore ?? null}
      />
      <Profile sector={school.sector} profile={data.schoolNeedsDefaults ?? null} />
    </Shell>
  );
}

function Shell({ children }: { children: React.ReactNode }) {
  return (
    <div className="page account-page account-page--wide" data-testid="school-page">
      {children}
    </div>
  );
}

/** Where a visitor without a (known) school finds one: the finder and the overview map. */
function WaysToASchool() {
  const s = useT().schoolPage;
  return (
    <ul data-testid="ways-to-a-school">
      <li>
        <AppLink href="/">{s.toFinder}</AppLink>
      </li>
      <li>
        <AppLink href="/overzicht">{s.toMap}</AppLink>
      </li>
    </ul>
  );
}

function Indicators(props: {
  schoolweging: SchoolPageIndicatorFragment | null;
  achterstandsscore: SchoolPageIndicatorFragment | null;
}) {
  const s = useT().schoolPage;
  const shown = [
    { value: props.schoolweging, label: s.schoolweging, explain: s.schoolwegingExplain },
    {
      value: props.achterstandsscore,
      label: s.achterstandsscore,
      explain: s.achterstandsscoreExplain,
    },
  ].filter((x): x is typeof x & { value: SchoolPageIndicatorFragment } => x.value !== null);
  return (
    <AccountSection heading={s.indicatorsHeading}>
      <p>{s.indicatorsIntro}</p>
      {shown.length === 0 ? (
        <p className="notice notice--empty">{s.noIndicators}</p>
      ) : (
        <ul className="card-list">
          {shown.map((x) => (
            <li key={x.value.kind} className="card" data-testid="school-indicator">
              <IndicatorCard indicator={x.value} label={x.label} explain={x.explain} />
            </li>
          ))}
        </ul>
      )}
    </AccountSection>
  );
}

function Profile(props: {
  sector: string;
  profile: {
    schoolYear: string;
    published: boolean;
    items: readonly {
      interventionCode: string;
      priority: 'HIGH' | 'MEDIUM' | 'LOW';
      groups: readonly number[];
    }[];
  } | null;
}) {
  const s = useT().schoolPage;
  const { needLabel } = useInterventionTypes();
  return (
    <AccountSection heading={s.profileHeading}>
      {props.profile === null || props.profile.items.length === 0 ? (
        <p className="notice notice--empty">{s.noProfile}</p>
      ) : (
        <NeedsSummary
          schoolYear={props.profile.schoolYear}
          items={props.profile.items}
          inGroepen={props.sector !== 'VO'}
          needLabel={needLabel}
          note={props.profile.published ? s.profilePublished : s.profileOwn}
        />
      )}
    </AccountSection>
  );
}
