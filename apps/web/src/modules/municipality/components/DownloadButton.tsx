import type { FileDownloads } from '../../../shared/downloads/use-file-download';
import { BusyButton } from '../../../shared/forms/BusyButton';

interface DownloadButtonProps<T> {
  downloads: FileDownloads<T>;
  request: T;
  label: string;
  /** Shown instead of the label while this file is being fetched. */
  busyLabel?: string;
  /** Off for another reason than a download running (e.g. no data yet). */
  disabled?: boolean;
}

/** A button that fetches one file; all of a section's buttons wait while one of them runs. */
export function DownloadButton<T>({
  downloads,
  request,
  label,
  busyLabel,
  disabled = false,
}: DownloadButtonProps<T>) {
  return (
    <BusyButton
      type="button"
      className="button"
      disabled={disabled}
      busy={downloads.busy !== null}
      onClick={() => void downloads.download(request)}
    >
      {busyLabel && downloads.isBusy(request) ? busyLabel : label}
    </BusyButton>
  );
}
