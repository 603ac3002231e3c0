import { useState } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import { evidenceLabel, formatCost, formatDate } from '../../../shared/format/format-offering';
import type { FinderSchool } from '../hooks/use-finder-schools';
import type { FinderMatch } from '../hooks/use-matches';
import { placeName, type FinderPlace } from '../../../shared/finder-state/finder-state';
import { languageName } from '../../../shared/format/language-name';
import { ReasonList } from './ReasonList';
import { useFocusAfterRemoval } from '../../../shared/focus/focus-key';

interface ShortlistProps {
  /** The starred offerings found among the current matches, in starring order. */
  chosen: readonly FinderMatch[];
  /** How many starred ids are not among the current matches. */
  missing: number;
  onRemove: (offeringId: string) => void;
  onClear: () => void;
}

/** The `data-focus-key` of a starred offering's button in the list. */
const starKey = (offeringId: string) => `shortlist-star-${offeringId}`;
const offeringIdOf = (m: { offeringId: string }) => m.offeringId;
const starKeyOf = (m: { offeringId: string }) => starKey(m.offeringId);

/** "Mijn lijst": the starred offerings, compared side by side, printed or shared by link. */
export function Shortlist({ chosen, missing, onRemove, onClear }: ShortlistProps) {
  const t = useT();
  const { lang } = useLanguage();
  const [comparing, setComparing] = useState(false);
  const [shareNote, setShareNote] = useState('');
  // The removed star's button goes with it: the keyboard goes to the next starred offering (or
  // the one before when the last goes); none left: the finder's fallback.
  const focusAfterRemoval = useFocusAfterRemoval(chosen, offeringIdOf, starKeyOf);
  const remove = (index: number) => {
    focusAfterRemoval(chosen[index]!.offeringId, index);
    onRemove(chosen[index]!.offeringId);
  };

  async function share() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setShareNote(t.finder.shared);
    } catch {
      setShareNote(t.finder.shareFailed);
    }
  }

  const rows: { label: string; value: (m: FinderMatch) => string }[] = [
    {
      label: t.finder.organisation,
      value: (m) => `${m.organisation.name}, ${m.organisation.city}`,
    },
    {
      label: t.finder.distance,
      value: (m) =>
        m.distanceKm != null ? t.finder.distanceKm(m.distanceKm) : t.finder.noDistance,
    },
    { label: t.finder.cost, value: (m) => formatCost(m.offering.cost, t, lang) },
    {
      label: t.finder.delivery,
      value: (m) => m.offering.deliveryModes.map((d) => t.deliveryMode[d]).join(', '),
    },
    {
      label: t.finder.languages,
      value: (m) => m.offering.languages.map((c) => languageName(c, lang)).join(', '),
    },
    { label: t.finder.evidence, value: (m) => evidenceLabel(m.offering.evidence, t) },
    {
      label: t.finder.lastConfirmed,
      value: (m) =>
        formatDate(m.offering.lastConfirmedAt ?? m.organisation.lastConfirmedAt, lang) ??
        t.finder.neverConfirmed,
    },
  ];

  return (
    <section className="shortlist" aria-labelledby="mijn-lijst-kop" data-testid="shortlist">
      <h3 id="mijn-lijst-kop">{t.finder.shortlistHeading(chosen.length + missing)}</h3>
      <p className="field-hint">{t.finder.shortlistIntro}</p>
      {missing > 0 && <p className="notice">{t.finder.shortlistMissing(missing)}</p>}
      <ul className="shortlist__items">
        {chosen.map((m, index) => (
          <li key={m.offeringId}>
            <span lang="nl">{m.offering.title}</span>
            <button
              type="button"
              className="star star--on"
              aria-pressed="true"
              data-focus-key={starKey(m.offeringId)}
              onClick={() => remove(index)}
            >
              <span aria-hidden="true">★</span>
              <span className="visually-hidden">{t.finder.star(m.offering.title)}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="shortlist__actions">
        {chosen.length > 1 && (
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={comparing}
            data-testid="compare"
            onClick={() => setComparing((on) => !on)}
          >
            {comparing ? t.finder.compareClose : t.finder.compare}
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          data-testid="print"
          onClick={() => window.print()}
        >
          {t.finder.print}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void share()}>
          {t.finder.share}
        </button>
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t.finder.clearShortlist}
        </button>
      </div>
      <p role="status" className="field-hint">
        {shareNote}
      </p>
      {comparing && chosen.length > 1 && (
        <div className="compare" tabIndex={0} aria-labelledby="vergelijking-kop">
          <table data-testid="compare-table">
            <caption id="vergelijking-kop">{t.finder.compareHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{t.finder.compareAspect}</th>
                {chosen.map((m) => (
                  <th key={m.offeringId} scope="col" lang="nl">
                    {m.offering.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {chosen.map((m) => (
                    <td key={m.offeringId}>{row.value(m)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** `school=…` or `punt=…`: where the link to an offering starts. */
const offeringUrl = (origin: string, offeringId: string) =>
  `${window.location.origin}/?${origin}&aanbod=${offeringId}`;

interface PrintSummaryProps {
  school: FinderSchool | undefined;
  /** The point searched from, when there is no school. */
  place?: FinderPlace | null;
  needs: readonly string[];
  needLabel: (code: string) => string;
  chosen: readonly FinderMatch[];
}

/** One printed page: school, needs, the chosen offerings with reasons and contacts, the link. */
export function PrintSummary({ school, place, needs, needLabel, chosen }: PrintSummaryProps) {
  const t = useT();
  const origin = school
    ? `school=${encodeURIComponent(school.vestigingscode)}`
    : place
      ? `punt=${place.lat},${place.lng}`
      : '';
  const { lang } = useLanguage();
  const today = formatDate(new Date().toISOString(), lang) ?? '';
  return (
    <div className="print-summary" data-testid="print-summary">
      <h2>{t.finder.printTitle}</h2>
      <dl className="print-summary__facts">
        <dt>{school ? t.finder.printSchool : t.finderPlace.chosen}</dt>
        <dd>
          {school
            ? `${school.name}, ${school.address}, ${school.postcode} ${school.city} (${school.vestigingscode})`
            : place && placeName(place, t.finderPlace.point)}
        </dd>
        <dt>{t.finder.printNeeds}</dt>
        <dd>{needs.length > 0 ? needs.map(needLabel).join(', ') : t.finder.printNoNeeds}</dd>
      </dl>
      <h3>{t.finder.printChosen}</h3>
      <ol className="print-summary__list">
        {chosen.map((m) => {
          const contact = [m.organisation.website, m.organisation.email, m.organisation.phone]
            .filter(Boolean)
            .join(' · ');
          return (
            <li key={m.offeringId} data-testid="print-offering">
              <h4>
                {/* A link, so the PDF and the paper's reader can open the offering itself. */}
                <a href={offeringUrl(origin, m.offeringId)} lang="nl">
                  {m.offering.title}
                </a>{' '}
                — {m.organisation.name}, {m.organisation.city}
              </h4>
              <p>
                {m.distanceKm != null
                  ? `${t.finder.distance}: ${t.finder.distanceKm(m.distanceKm)} · `
                  : ''}
                {t.finder.cost}: {formatCost(m.offering.cost, t, lang)}
              </p>
              <ReasonList reasons={m.reasons} />
              {contact && (
                <p>
                  {t.finder.printContact}: {contact}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <p className="print-summary__link">
        {t.finder.printLink}: {window.location.href}
      </p>
      <p className="print-summary__date">{t.finder.printDate(today)}</p>
    </div>
  );
}
