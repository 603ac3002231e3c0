import { retryAfterOf } from '../apollo/rate-limited';
import { errorMessage } from '../../shared/forms/server-errors';
import { useLanguage, useT } from '../i18n/use-t';

interface QueryErrorProps {
  error: { message: string };
  onRetry?: () => void;
}

/** A written error state with a way to try again, its detail in the user's language. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const t = useT();
  const { lang } = useLanguage();
  const wait = retryAfterOf(error);
  return (
    <div className="notice notice--error" role="alert">
      <p>{wait === null ? t.common.errorPrefix : t.rateLimit.queries(wait)}</p>
      {wait === null && <p className="notice__detail">{errorMessage(error, lang)}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t.common.retry}
        </button>
      )}
    </div>
  );
}
