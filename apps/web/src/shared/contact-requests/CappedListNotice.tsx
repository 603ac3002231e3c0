import { useT } from '../../app/i18n/use-t';

/**
 * A list of contact requests holds the newest `shown` (the API's cap, 500) of `total`: says
 * that more exist, and the page's way to the older ones (`olderHint`), so nobody reads the list
 * as all there is. Nothing when the list holds them all.
 */
export function CappedListNotice({
  shown,
  total,
  olderHint,
  testId,
}: {
  shown: number;
  total: number;
  olderHint: string;
  testId: string;
}) {
  const t = useT();
  if (total <= shown) return null;
  return (
    <p className="notice" data-testid={testId}>
      {t.inbox.newestOf(shown, total)} {olderHint}
    </p>
  );
}
