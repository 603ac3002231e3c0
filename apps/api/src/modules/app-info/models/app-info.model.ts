import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('MapSettings')
export class MapSettingsModel {
  @Field(() => String, {
    nullable: true,
    description: 'Tegel-URL met {z}/{x}/{y}; leeg = kaart zonder achtergrond',
  })
  tileUrl!: string | null;

  @Field()
  attribution!: string;
}

@ObjectType('DataSourceCredit', { description: 'Bron van gegevens, met licentie' })
export class DataSourceCreditModel {
  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field()
  licence!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType('AppInfo')
export class AppInfoModel {
  @Field()
  version!: string;

  @Field({ description: 'Of er voorbeelddata in de database staan' })
  demoData!: boolean;

  @Field(() => MapSettingsModel)
  map!: MapSettingsModel;

  @Field(() => [DataSourceCreditModel])
  sources!: DataSourceCreditModel[];
}
