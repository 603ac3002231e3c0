import { useState } from 'react';
import { TileLayer } from 'react-leaflet';

interface TileBackgroundProps {
  url: string;
  attribution: string;
  failed: boolean;
  onFailure: () => void;
}

// Tiles come from outside and may be unreachable (offline, blocked). On an error we report it;
// if not a single tile ever loaded we drop the layer, so it stops retrying and the markers sit
// on the plain background.
export function TileBackground({ url, attribution, failed, onFailure }: TileBackgroundProps) {
  const [loadedAny, setLoadedAny] = useState(false);
  if (failed && !loadedAny) return null;
  return (
    <TileLayer
      url={url}
      attribution={attribution}
      eventHandlers={{
        tileload: () => {
          if (!loadedAny) setLoadedAny(true);
        },
        tileerror: onFailure,
      }}
    />
  );
}
