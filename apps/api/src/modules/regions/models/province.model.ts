import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Province', { description: 'Provincie (CBS-code PVxx)' })
export class ProvinceModel {
  @Field(() => ID)
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'Of de grens (GeoJSON) beschikbaar is' })
  hasBoundary!: boolean;
}
