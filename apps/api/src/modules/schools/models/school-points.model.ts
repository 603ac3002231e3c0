import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SchoolSectorEnum } from '../../../common/graphql/enums.js';
import type { SchoolSector } from '@partnerwijzer/domain';

// Every active school, just enough to draw and name it on a map, as parallel lists rather
// than one object per school: for all 8,622 real schools that is about half the bytes (no
// keys or __typename repeated 8,622 times), and both the API and Apollo's cache handle a few
// long lists of scalars far faster than thousands of small objects (see bench:web).
@ObjectType('SchoolPoints', {
  description:
    'Alle actieve schoolvestigingen als punten voor de kaart, als parallelle lijsten: punt i is vestigingscodes[i], names[i], sectors[i] op coordinates[2i] (lat), coordinates[2i+1] (lng)',
})
export class SchoolPointsModel {
  @Field(() => Int)
  count!: number;

  /** DUO-vestigingscodes, oplopend gesorteerd */
  vestigingscodes!: string[];

  names!: string[];

  @Field(() => [SchoolSectorEnum])
  sectors!: SchoolSector[];

  /** lat0, lng0, lat1, lng1, … in WGS84, afgerond op 5 decimalen (ongeveer 1 m) */
  coordinates!: number[];
}
