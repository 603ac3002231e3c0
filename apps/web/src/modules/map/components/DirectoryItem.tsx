import { useId, type ReactNode } from 'react';

import { useScrollIntoView } from '../../../app/hooks/use-scroll-into-view';

/** Whether an entry is open, and how to open or close it (DirectorySection tells each). */
export interface ItemSelection {
  selected: boolean;
  onToggle: () => void;
}

interface DirectoryItemProps extends ItemSelection {
  kind: 'partner' | 'school';
  title: string;
  /** One line under the title (place, kind). */
  meta: ReactNode;
  /** More under the summary, such as tags. */
  extra?: ReactNode;
  /** Rendered only while selected. */
  details: () => ReactNode;
}

/** One entry of an overview list: a title button that opens its details, scrolled into view. */
export function DirectoryItem({
  kind,
  title,
  meta,
  extra,
  selected,
  onToggle,
  details,
}: DirectoryItemProps) {
  const detailsId = useId();
  const ref = useScrollIntoView<HTMLLIElement>(selected);
  return (
    <li
      ref={ref}
      className={selected ? `item item--${kind} item--selected` : `item item--${kind}`}
      data-testid={`${kind}-item`}
    >
      <div className="item__summary">
        <h3 className="item__title">
          <button
            type="button"
            className="item__button"
            aria-expanded={selected}
            aria-controls={detailsId}
            onClick={onToggle}
          >
            {title}
          </button>
        </h3>
        <p className="item__meta">{meta}</p>
        {extra}
      </div>
      <div id={detailsId} className="item__details" hidden={!selected}>
        {selected && details()}
      </div>
    </li>
  );
}
