import { lazy, Suspense, useState } from 'react';

import { useT } from '../../../app/i18n/use-t';
import { placeName, type FinderPlace } from '../../../shared/finder-state/finder-state';
import { ChosenCard, type ChosenActions } from './ChosenCard';

// The search and "my location" are a chunk of their own, loaded when the entry is opened: the
// first screen stays within its budget (bench:web). Without the chunk (offline) the message
// points to the school search, which needs none of it.
const PlaceSearchPanel = lazy(() =>
  import('./PlaceSearchPanel').then(
    (module) => ({ default: module.PlaceSearchPanel }),
    () => ({ default: LoadFailed }),
  ),
);

function LoadFailed() {
  const t = useT();
  return (
    <p className="notice notice--help" role="alert" data-testid="place-problem">
      {t.finderPlace.loadFailed}
    </p>
  );
}

/** "Zoek vanaf een adres of mijn locatie": folded below the school search until asked for. */
export function PlacePicker({ onChoose }: { onChoose: (place: FinderPlace) => void }) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="place-picker"
      data-testid="place-picker"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{t.finderPlace.open}</summary>
      {opened && (
        <Suspense fallback={<p role="status">{t.finderPlace.loading}</p>}>
          <PlaceSearchPanel onChoose={onChoose} />
        </Suspense>
      )}
    </details>
  );
}

interface ChosenPlaceProps extends ChosenActions {
  place: FinderPlace;
}

/** The point the results are measured from, and the way back to choosing. */
export function ChosenPlace({ place, ...actions }: ChosenPlaceProps) {
  const t = useT();
  return (
    <ChosenCard
      testId="chosen-place"
      label={t.finderPlace.chosen}
      name={placeName(place, t.finderPlace.point)}
      changeLabel={t.finderPlace.change}
      {...actions}
    />
  );
}
