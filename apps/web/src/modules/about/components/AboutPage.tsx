import { QueryError } from '../../../app/components/QueryError';
import { useDocumentTitle } from '../../../app/hooks/use-document-title';
import { useT } from '../../../app/i18n/use-t';
import { useAppInfo } from '../../../shared/app-info/hooks/use-app-info';

export function AboutPage() {
  const t = useT();
  useDocumentTitle(`${t.about.title} — ${t.appName}`);
  const { appInfo, loading, error, refetch } = useAppInfo();

  return (
    <div className="page about-page">
      <h1>{t.about.title}</h1>
      <p>{t.about.intro}</p>

      <h2>{t.about.sourcesHeading}</h2>
      {loading && !appInfo && <p role="status">{t.common.loading}</p>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {appInfo && appInfo.sources.length === 0 && <p>{t.about.sourcesEmpty}</p>}
      {appInfo && appInfo.sources.length > 0 && (
        <ul className="sources">
          {appInfo.sources.map((source) => (
            <li key={source.name} className="source">
              <h3>{source.name}</h3>
              {/* Source descriptions and licences come from the API in Dutch only. */}
              <p lang="nl">{source.description}</p>
              <p>
                {t.about.licence}: <span lang="nl">{source.licence}</span>
              </p>
              {source.url && (
                <p>
                  <a href={source.url} rel="noopener noreferrer">
                    {t.about.visitSource(source.name)}
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}

      {appInfo && (
        <>
          <h2>{t.about.mapHeading}</h2>
          {appInfo.map.tileUrl ? (
            <p>
              {t.about.mapAttribution}: {appInfo.map.attribution}
            </p>
          ) : (
            <p>{t.about.noTiles}</p>
          )}
          <p className="version">
            {t.about.version}: {appInfo.version}
          </p>
        </>
      )}
    </div>
  );
}
