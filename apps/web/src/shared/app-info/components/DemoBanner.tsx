import { useT } from '../../../app/i18n/use-t';
import { useAppInfo } from '../hooks/use-app-info';

/** The notice that the data are examples; a landmark of its own (between the header and the
 * main content), so that no text of the page lies outside every landmark. */
export function DemoBanner() {
  const t = useT();
  const { appInfo } = useAppInfo();
  if (!appInfo?.demoData) return null;
  return (
    <aside className="demo-banner" aria-label={t.demoBannerLabel} data-testid="demo-banner">
      <strong>{t.demoBanner}</strong>
    </aside>
  );
}
