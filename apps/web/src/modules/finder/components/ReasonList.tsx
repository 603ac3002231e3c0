import { useLanguage, useT } from '../../../app/i18n/use-t';
import { reasonText, type ReasonLike } from '../utils/reason-text';

interface ReasonListProps {
  reasons: readonly ReasonLike[];
}

// Reasons the engine gives for a match, most decisive first; the distance is shown separately.
const SHOWN_ELSEWHERE = new Set(['DISTANCE']);

export function ReasonList({ reasons }: ReasonListProps) {
  const t = useT();
  const { lang } = useLanguage();
  const shown = reasons.filter((reason) => !SHOWN_ELSEWHERE.has(reason.code));
  if (shown.length === 0) return null;
  return (
    <ul className="reasons" aria-label={t.finder.why} data-testid="reasons">
      {shown.map((reason, index) => {
        const { text, lang: textLang } = reasonText(reason, lang);
        return (
          <li
            key={`${reason.code}-${index}`}
            className={`reason reason--${reason.code.toLowerCase().replaceAll('_', '-')}`}
            lang={textLang === lang ? undefined : textLang}
          >
            {text}
          </li>
        );
      })}
    </ul>
  );
}
