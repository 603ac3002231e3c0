import { ObjectType } from '@nestjs/graphql';

@ObjectType('MapSettings')
export class MapSettingsModel {
  /** Tegel-URL met {z}/{x}/{y}; leeg = kaart zonder achtergrond */
  tileUrl!: string | null;

  attribution!: string;
}

@ObjectType('DataSourceCredit', { description: 'Bron van gegevens, met licentie' })
export class DataSourceCreditModel {
  name!: string;

  description!: string;

  licence!: string;

  url!: string | null;
}

@ObjectType('AppInfo')
export class AppInfoModel {
  version!: string;

  /** Of er voorbeelddata in de database staan */
  demoData!: boolean;

  map!: MapSettingsModel;

  sources!: DataSourceCreditModel[];
}
