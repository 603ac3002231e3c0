import { QueryError } from '../../app/components/QueryError';
import { useLanguage } from '../../app/i18n/use-t';
import { AppLink } from '../../app/routing/AppLink';
import { serverError } from '../forms/server-errors';

/** The texts of a page opened from a mailed link, from its feature's catalogue. */
export interface MailLinkTexts {
  noToken: string;
  loading: string;
  /** Why the link does not work, by the API's reason (LINK_EXPIRED, …). */
  problem: Record<string, string>;
  problemHeading?: string;
  /** Where to go instead when the link does not work. */
  away: { href: string; label: string };
}

interface MailLinkProblemProps {
  error: unknown;
  onRetry?: () => void;
  texts: MailLinkTexts;
}

/** Why a mailed link does not work, in the reader's language; other failures as usual. */
export function MailLinkProblem({ error, onRetry, texts }: MailLinkProblemProps) {
  const { lang } = useLanguage();
  const info = serverError(error, lang);
  const text = info.reason ? texts.problem[info.reason] : undefined;
  if (!text) return <QueryError error={{ message: info.message }} onRetry={onRetry} />;
  return (
    <div className="notice notice--error" role="alert" data-testid="link-problem">
      {texts.problemHeading && <h2>{texts.problemHeading}</h2>}
      <p>{text}</p>
      <p>
        <AppLink href={texts.away.href}>{texts.away.label}</AppLink>
      </p>
    </div>
  );
}

interface MailLinkStateProps {
  /** The page's useMailLinkQuery. */
  link: {
    token: string;
    data?: unknown;
    loading: boolean;
    error?: unknown;
    refetch: () => unknown;
  };
  /** A failure of its own that the page shows in place of the query's (an action's). */
  error?: unknown;
  texts: MailLinkTexts;
}

/** What a link page says before its answer is there: no token, loading, or the link's problem. */
export function MailLinkState({ link, error = link.error, texts }: MailLinkStateProps) {
  return (
    <>
      {!link.token && (
        <p className="notice notice--error" role="alert">
          {texts.noToken}
        </p>
      )}
      {link.loading && !link.data && <p role="status">{texts.loading}</p>}
      {error ? (
        <MailLinkProblem error={error} onRetry={() => void link.refetch()} texts={texts} />
      ) : null}
    </>
  );
}
