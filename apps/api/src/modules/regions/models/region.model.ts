import { Field, ID, ObjectType } from '@nestjs/graphql';

/** What a province and a municipality both are: a CBS region with a code, a name and a boundary. */
@ObjectType({ isAbstract: true })
export abstract class RegionModel {
  @Field(() => ID)
  code!: string;

  name!: string;

  /** Of de grens (GeoJSON) beschikbaar is */
  hasBoundary!: boolean;
}
