import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { SchoolPageIndicatorFragment } from '../../../generated/graphql';

/** One need indicator of a school: its value, period, spread, join and source. */
export function IndicatorCard(props: {
  indicator: SchoolPageIndicatorFragment;
  label: string;
  explain: string;
}) {
  const s = useT().schoolPage;
  const { lang } = useLanguage();
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const i = props.indicator;
  const details = [
    s.period(i.period, i.isAverage),
    i.spread !== null && i.spread !== undefined ? s.spread(locale, i.spread) : null,
    i.unreliable ? s.unreliable : null,
    // The CBS score with threshold (the funding basis) is 0 for most schools; the need estimate
    // uses the score without threshold, so the page shows both.
    i.valueWithoutThreshold !== null && i.valueWithoutThreshold !== undefined
      ? s.withoutThreshold(locale, i.valueWithoutThreshold)
      : null,
    s.joinMethod[i.joinMethod],
  ].filter((d): d is string => d !== null);
  return (
    <>
      <h3>
        {props.label}: <strong>{s.value(locale, i.value)}</strong>
      </h3>
      <p>{details.join(' · ')}</p>
      <p className="field-hint">{props.explain}</p>
      <p className="field-hint">{s.source(i.sourcePublisher, i.sourceFile)}</p>
    </>
  );
}
