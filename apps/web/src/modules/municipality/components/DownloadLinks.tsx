import { useT } from '../../../app/i18n/use-t';

export interface DownloadLink {
  label: string;
  href: string;
}

/**
 * The plain links of a download (GET /downloads/…, same authorization as the buttons' GraphQL
 * fields: the session cookie): to open in Excel, to bookmark or to fetch with curl.
 */
export function DownloadLinks({ links }: { links: DownloadLink[] }) {
  const m = useT().municipality;
  return (
    <p className="municipality-page__links" data-testid="download-links">
      {m.directLinks}:{' '}
      {links.map((l, i) => (
        <span key={l.href}>
          {i > 0 && ' · '}
          <a href={l.href} download>
            {l.label}
          </a>
        </span>
      ))}
    </p>
  );
}

/** The query string of a sector (or none). */
export function sectorQuery(sector: string | null): string {
  return sector ? `?sector=${encodeURIComponent(sector)}` : '';
}

/** The CSV and the XLSX of one of a municipality's downloads (`name`: "needs", …), per sector. */
export function spreadsheetLinks(
  code: string,
  name: string,
  sector: string | null = null,
): DownloadLink[] {
  return ['CSV', 'XLSX'].map((label) => ({
    label,
    href: municipalityDownloadPath(code, `${name}.${label.toLowerCase()}`) + sectorQuery(sector),
  }));
}

export function municipalityDownloadPath(code: string, file: string): string {
  return `/downloads/municipality/${encodeURIComponent(code)}/${file}`;
}
