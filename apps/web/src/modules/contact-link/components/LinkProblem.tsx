import { useLanguage, useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { QueryError } from '../../../app/components/QueryError';
import { serverError } from '../../../shared/forms/server-errors';

/** Why a mailed link does not work, in the reader's language; other failures as usual. */
export function LinkProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const { lang } = useLanguage();
  const info = serverError(error, lang);
  const text = info.reason ? t.contactLink.problem[info.reason] : undefined;
  if (!text) return <QueryError error={{ message: info.message }} onRetry={onRetry} />;
  return (
    <div className="notice notice--error" role="alert" data-testid="link-problem">
      <h2>{t.contactLink.problemHeading}</h2>
      <p>{text}</p>
      <p>
        <AppLink href="/">{t.contactLink.toHome}</AppLink>
      </p>
    </div>
  );
}

interface LinkStateProps {
  /** The link's token; empty when the address has none. */
  token: string;
  /** Loading with nothing to show yet. */
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** What a link page says before its request is there: no token, loading, or the link's problem. */
export function LinkState({ token, loading, error, onRetry }: LinkStateProps) {
  const c = useT().contactLink;
  return (
    <>
      {!token && (
        <p className="notice notice--error" role="alert">
          {c.noToken}
        </p>
      )}
      {loading && <p role="status">{c.loading}</p>}
      {error ? <LinkProblem error={error} onRetry={onRetry} /> : null}
    </>
  );
}
