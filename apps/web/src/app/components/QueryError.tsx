import { useT } from '../i18n/use-t';

interface QueryErrorProps {
  error: { message: string };
  onRetry?: () => void;
}

/** A written error state with a way to try again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const t = useT();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t.common.errorPrefix}</p>
      <p className="notice__detail">{error.message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t.common.retry}
        </button>
      )}
    </div>
  );
}
