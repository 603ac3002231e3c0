import { useDocumentTitle } from '../hooks/use-document-title';
import { useT } from '../i18n/use-t';
import { AppLink } from '../routing/AppLink';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(`${t.notFound.title} — ${t.appName}`);
  return (
    <div className="page">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <p>
        <AppLink href="/">{t.notFound.back}</AppLink>
      </p>
    </div>
  );
}
