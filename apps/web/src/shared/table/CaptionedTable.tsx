import type { ReactNode } from 'react';

/**
 * A data table with its caption (its accessible name) and one header row of column headers;
 * the rows, with their own row headers where they have them, are the children.
 */
export function CaptionedTable({
  className,
  testId,
  caption,
  captionId,
  captionHidden,
  columns,
  children,
}: {
  className?: string;
  testId?: string;
  caption: ReactNode;
  /** For what the caption labels outside the table (a scrolling region). */
  captionId?: string;
  /** For a table whose heading above already says what the caption says: read, not shown. */
  captionHidden?: boolean;
  columns: readonly ReactNode[];
  children: ReactNode;
}) {
  return (
    <table className={className} data-testid={testId}>
      <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
        {caption}
      </caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
