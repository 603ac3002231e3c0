// A self-intersecting "bow tie" near Schiedam: valid GeoJSON, refused by the server's geometry
// check. Shared by the suites that check that a drawn or uploaded area is refused.
export const BOW_TIE_POLYGON = {
  type: 'Polygon',
  coordinates: [
    [
      [4.3, 51.9],
      [4.35, 51.95],
      [4.35, 51.9],
      [4.3, 51.95],
      [4.3, 51.9],
    ],
  ],
};
