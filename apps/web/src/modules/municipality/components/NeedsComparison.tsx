import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { MunicipalityNeedsQuery } from '../../../generated/graphql';
import { NeedsTable } from './NeedsTable';

type Comparison = MunicipalityNeedsQuery['municipalityNeeds']['comparison'];

/**
 * The covered share of the need beside the province's, the country's and similar
 * municipalities'. Each row says what kind of area it is: a municipality can share its name
 * with its province (Groningen, Utrecht), and two rows both headed "Groningen" with different
 * shares would not say which is which.
 */
export function NeedsComparison({ comparison }: { comparison: Comparison }) {
  const t = useT();
  const m = t.municipality;
  const n = m.needs;
  const { lang } = useLanguage();
  const rows = [
    { key: 'own', label: m.comparisonThis(comparison.own.label), share: comparison.own.share },
    {
      key: 'province',
      label: m.comparisonProvince(comparison.province.label),
      share: comparison.province.share,
    },
    // The API names the country in Dutch; the page names it in the reader's language.
    { key: 'national', label: m.comparisonNational, share: comparison.national.share },
  ];
  return (
    <>
      <h3>{n.comparisonHeading}</h3>
      <NeedsTable
        captionId="needs-comparison-caption"
        caption={n.comparisonCaption}
        columns={[n.colArea, n.colShare]}
        testId="needs-comparison"
      >
        {rows.map((a) => (
          <tr key={a.key}>
            <th scope="row">{a.label}</th>
            <td>{n.percent(a.share)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">
            {n.similarLabel}: {comparison.similarMunicipalities.map((s) => s.name).join(', ')}
          </th>
          <td>{n.percent(comparison.similar.share)}</td>
        </tr>
      </NeedsTable>
      <details className="needs__how">
        <summary>{n.similarHow}</summary>
        <p>{lang === 'en' ? comparison.similarRuleEn : comparison.similarRuleNl}</p>
      </details>
    </>
  );
}
