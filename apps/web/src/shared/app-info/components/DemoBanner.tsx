import { useT } from '../../../app/i18n/use-t';
import { useAppInfo } from '../hooks/use-app-info';

export function DemoBanner() {
  const t = useT();
  const { appInfo } = useAppInfo();
  if (!appInfo?.demoData) return null;
  return (
    <p className="demo-banner" data-testid="demo-banner">
      <strong>{t.demoBanner}</strong>
    </p>
  );
}
