import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * Who and what a contact request is about: the school, the offering and its partner. Shared by
 * the request itself and by the collaboration the municipality view derives from it.
 */
@ObjectType({ isAbstract: true })
export abstract class ContactRequestPartiesModel {
  vestigingscode!: string;

  schoolName!: string;

  @Field(() => ID)
  offeringId!: string;

  offeringTitle!: string;

  @Field(() => ID)
  organisationId!: string;
}
