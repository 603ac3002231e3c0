import { useT } from '../../app/i18n/use-t';

/**
 * A list of contact requests holds the newest `shown` (the API's cap, 500) of `total`: says
 * that more exist, and the page's way to the older ones (`olderHint`), so nobody reads the list
 * as all there is. Nothing when the list holds them all. `lead` replaces the first sentence
 * ("U ziet de nieuwste … van …") where the page words the counts its own way.
 */
export function CappedListNotice({
  shown,
  total,
  olderHint,
  testId,
  lead,
}: {
  shown: number;
  total: number;
  olderHint: string;
  testId: string;
  lead?: string;
}) {
  const t = useT();
  if (total <= shown) return null;
  return (
    <p className="notice" data-testid={testId}>
      {lead ?? t.inbox.newestOf(shown, total)} {olderHint}
    </p>
  );
}
