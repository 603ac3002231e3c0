import { useLanguage, useT } from '../../../app/i18n/use-t';
import {
  usePartnerOfferings,
  type OfferingNode,
  type OrganisationNode,
} from '../hooks/use-organisations';
import { interventionLabel } from '../utils/intervention-labels';
import { CoverageAreaLabel } from '../../../shared/regions/components/CoverageAreaLabel';

function OfferingFacts({ offering }: { offering: OfferingNode }) {
  const t = useT();
  const { lang } = useLanguage();
  const facts = [
    offering.sectors.join(', '),
    t.partners.groep(offering.groep.min, offering.groep.max),
    t.cost[offering.cost.type] +
      (offering.cost.amountEur != null
        ? ` (${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(offering.cost.amountEur)})`
        : ''),
  ].filter((fact) => fact !== '');
  return <p className="offering__facts">{facts.join(' · ')}</p>;
}

export function PartnerDetails({ organisation }: { organisation: OrganisationNode }) {
  const t = useT();
  const { lang } = useLanguage();
  const { offerings, error } = usePartnerOfferings(organisation.id);

  return (
    <div className="partner-details">
      {!organisation.location && <p>{t.partners.noLocation}</p>}
      <h4>{t.partners.offerings}</h4>
      {offerings === undefined ? (
        <p role="status">{error ? t.partners.offeringsFailed : t.partners.offeringsLoading}</p>
      ) : offerings.length === 0 ? (
        <p>{t.partners.noOfferings}</p>
      ) : (
        <ul className="offerings">
          {offerings.map((offering) => (
            <li key={offering.id} className="offering">
              <p className="offering__title" lang="nl">
                {offering.title}
              </p>
              <p className="offering__types">
                {offering.interventionTypes.map((type) => interventionLabel(type, lang)).join(', ')}
              </p>
              <OfferingFacts offering={offering} />
              <p className="offering__coverage-label">{t.partners.coverage}:</p>
              {offering.coverage.length === 0 ? (
                <p>{t.partners.noCoverage}</p>
              ) : (
                <ul className="coverage-list">
                  {offering.coverage.map((area) => (
                    <li key={area.id}>
                      <CoverageAreaLabel area={area} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
