import { useEffect, useRef } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import type {
  FinderOfferingFragment,
  FinderOrganisationFragment,
} from '../../../generated/graphql';
import { ContactForm } from '../../../shared/contact/components/ContactForm';
import { CoverageAreaLabel } from '../../../shared/regions/components/CoverageAreaLabel';
import type { FinderSchool } from '../hooks/use-finder-schools';
import type { FinderMatch } from '../hooks/use-matches';
import { evidenceLabel, formatCost, formatDate } from '../../../shared/format/format-offering';
import { languageName } from '../../../shared/format/language-name';
import { ReasonList } from './ReasonList';
import { useOfferingCoverage } from '../hooks/use-offering-coverage';

interface OfferingDetailProps {
  offering: FinderOfferingFragment;
  organisation: FinderOrganisationFragment;
  /** The match for the chosen school, when the offering is among the results. */
  match: FinderMatch | undefined;
  school: FinderSchool | undefined;
  needLabel: (code: string) => string;
  onBack: () => void;
}

export function OfferingDetail({
  offering,
  organisation,
  match,
  school,
  needLabel,
  onBack,
}: OfferingDetailProps) {
  const t = useT();
  const { lang } = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const verified = organisation.status === 'VERIFIED';
  const coverage = useOfferingCoverage(offering.id);

  // Opening a detail moves focus to its heading, so keyboard and screen-reader users land there.
  useEffect(
    function focusHeading() {
      headingRef.current?.focus();
    },
    [offering.id],
  );

  const groep = t.partners.groep(offering.groep.min, offering.groep.max);
  const age = t.finder.ageRange(offering.age.min, offering.age.max);
  const confirmed = formatDate(offering.lastConfirmedAt ?? organisation.lastConfirmedAt, lang);

  return (
    <article className="detail" data-testid="offering-detail" aria-labelledby="detail-kop">
      <button type="button" className="button button--secondary" onClick={onBack}>
        ← {t.finder.backToResults}
      </button>
      <h2 id="detail-kop" ref={headingRef} tabIndex={-1} lang="nl">
        {offering.title}
      </h2>
      <p className="result__organisation">
        {organisation.name} · {t.organisationType[organisation.type]} · {organisation.city}{' '}
        {verified ? (
          <span className="badge badge--verified">{t.finder.verified}</span>
        ) : (
          <span className="badge">{t.organisationStatus[organisation.status]}</span>
        )}
        {match?.full && <span className="badge badge--full">{t.finder.full}</span>}
      </p>
      {match && <ReasonList reasons={match.reasons} />}

      <h3>{t.finder.description}</h3>
      {/* Descriptions are written by the partners, in Dutch. */}
      <p lang="nl">{offering.description}</p>

      <dl className="facts">
        <dt>{t.partners.offerings}</dt>
        <dd>{offering.interventionCodes.map(needLabel).join(', ')}</dd>
        <dt>{t.finder.targetGroups}</dt>
        <dd>
          {[...offering.targetGroups.map((g) => t.targetGroup[g]), groep, age]
            .filter(Boolean)
            .join(' · ') || '—'}
        </dd>
        <dt>{t.finder.sectors}</dt>
        <dd>{offering.sectors.join(', ') || '—'}</dd>
        <dt>{t.finder.delivery}</dt>
        <dd>{offering.deliveryModes.map((m) => t.deliveryMode[m]).join(', ') || '—'}</dd>
        <dt>{t.finder.cost}</dt>
        <dd>
          {formatCost(offering.cost, t, lang)}
          {offering.cost.note && <span lang="nl"> — {offering.cost.note}</span>}
        </dd>
        <dt>{t.finder.funding}</dt>
        <dd lang="nl">{offering.fundingRoutes.join(', ') || '—'}</dd>
        <dt>{t.finder.evidence}</dt>
        <dd>
          {evidenceLabel(offering.evidence, t)}
          {offering.evidence.register === 'NJI' && (
            <> ({t.evidenceRegister[offering.evidence.register]})</>
          )}
          {offering.evidence.register === 'NPO_MENUKAART' && (
            <>
              <br />
              {t.evidenceRegister.NPO_MENUKAART}
            </>
          )}
          {offering.evidence.source && (
            <>
              <br />
              {t.finder.evidenceSource}: <span lang="nl">{offering.evidence.source}</span>
            </>
          )}
        </dd>
        {offering.capacityPerYear != null && (
          <>
            <dt>{t.finder.capacity}</dt>
            <dd>{offering.capacityPerYear}</dd>
          </>
        )}
        <dt>{t.finder.languages}</dt>
        <dd>{offering.languages.map((code) => languageName(code, lang)).join(', ')}</dd>
        <dt>{t.finder.coverage}</dt>
        <dd>
          <ul className="coverage-list">
            {(coverage ?? []).map((area) => (
              <li key={area.id}>
                <CoverageAreaLabel area={area} />
                {match?.matchedArea.areaId === area.id && <> — {t.finder.matchedArea}</>}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t.finder.distance}</dt>
        <dd>
          {match?.distanceKm != null ? t.finder.distanceKm(match.distanceKm) : t.finder.noDistance}
        </dd>
        <dt>{t.finder.lastConfirmed}</dt>
        <dd>{confirmed ?? t.finder.neverConfirmed}</dd>
      </dl>

      <h3>{t.finder.organisation}</h3>
      {organisation.description && <p lang="nl">{organisation.description}</p>}
      <h4>{t.finder.contactDetails}</h4>
      <dl className="facts">
        {organisation.website && (
          <>
            <dt>{t.finder.website}</dt>
            <dd>
              <a href={organisation.website} rel="noopener noreferrer">
                {organisation.website}
              </a>
            </dd>
          </>
        )}
        {organisation.email && (
          <>
            <dt>{t.finder.email}</dt>
            <dd>
              <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
            </dd>
          </>
        )}
        {organisation.phone && (
          <>
            <dt>{t.finder.phone}</dt>
            <dd>{organisation.phone}</dd>
          </>
        )}
        {verified && organisation.verifiedAt && (
          <>
            <dt>{t.finder.verified}</dt>
            <dd>{formatDate(organisation.verifiedAt, lang)}</dd>
          </>
        )}
      </dl>

      {school && match && (
        <ContactForm
          key={`${school.vestigingscode}:${offering.id}`}
          school={school}
          offeringId={offering.id}
          offeringTitle={offering.title}
          organisationName={organisation.name}
        />
      )}
      {school && !match && (
        // Opened by a link, or still open after the needs or conditions changed: the form to
        // get in touch belongs to a result for this school, so the page says why it is absent.
        <p className="notice" data-testid="detail-not-a-result">
          {t.finder.notAmongResults(school.name)}
        </p>
      )}
    </article>
  );
}
