import type { ReactNode } from 'react';

interface NeedsTableProps {
  /** The caption's id: the scrolling region is labelled by it. */
  captionId: string;
  caption: string;
  /** The column headings, left to right. */
  columns: string[];
  testId?: string;
  /** The body's rows. */
  children: ReactNode;
}

/**
 * A table of the needs and scenarios sections in a region that scrolls sideways on a narrow
 * screen (focusable, so a keyboard can scroll it, and named by the caption).
 */
export function NeedsTable({ captionId, caption, columns, testId, children }: NeedsTableProps) {
  return (
    <div className="needs__scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="needs__table" data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
