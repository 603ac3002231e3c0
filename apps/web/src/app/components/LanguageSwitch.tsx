import { useLanguage, useT } from '../i18n/use-t';

/** One button that toggles NL ⇄ EN; its visible text stays part of its accessible name. */
export function LanguageSwitch() {
  const t = useT();
  const { lang, setLang } = useLanguage();
  const next = lang === 'nl' ? 'en' : 'nl';

  return (
    <button
      type="button"
      className="lang-switch"
      data-testid="lang-switch"
      onClick={() => setLang(next)}
    >
      <span className={lang === 'nl' ? 'lang-switch__current' : undefined}>NL</span>
      <span aria-hidden="true"> | </span>
      <span className={lang === 'en' ? 'lang-switch__current' : undefined}>EN</span>
      <span className="visually-hidden" lang={t.language.switchLang}>
        {' '}
        — {t.language.switchLabel}
      </span>
    </button>
  );
}
