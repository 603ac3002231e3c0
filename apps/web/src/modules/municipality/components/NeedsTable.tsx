import type { ComponentProps } from 'react';

import { CaptionedTable } from '../../../shared/table/CaptionedTable';

type NeedsTableProps = Omit<ComponentProps<typeof CaptionedTable>, 'className'> & {
  /** The caption's id: the scrolling region is labelled by it. */
  captionId: string;
};

/**
 * A table of the needs and scenarios sections in a region that scrolls sideways on a narrow
 * screen (focusable, so a keyboard can scroll it, and named by the caption).
 */
export function NeedsTable(props: NeedsTableProps) {
  return (
    <div className="needs__scroll" tabIndex={0} role="region" aria-labelledby={props.captionId}>
      <CaptionedTable className="needs__table" {...props} />
    </div>
  );
}
