import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContactRequestPartiesModel } from '../../contact-requests/index.js';

@ObjectType('Collaboration', {
  description: 'Een samenwerking uit een contactaanvraag (geaccepteerd, in gesprek of gestart)',
})
export class CollaborationModel extends ContactRequestPartiesModel {
  @Field(() => ID, { description: 'Id van de contactaanvraag' })
  id!: string;

  @Field()
  organisationName!: string;

  @Field({ description: 'ACCEPTED, IN_CONVERSATION of STARTED' })
  status!: string;

  @Field()
  since!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('SchoolCoalitions')
export class SchoolCoalitionsModel {
  @Field()
  vestigingscode!: string;

  @Field()
  schoolName!: string;

  @Field(() => Int, { description: 'Verschillende partners' })
  partners!: number;

  @Field(() => [CollaborationModel])
  collaborations!: CollaborationModel[];
}

@ObjectType('PartnerCoalitions')
export class PartnerCoalitionsModel {
  @Field(() => ID)
  organisationId!: string;

  @Field()
  organisationName!: string;

  @Field(() => Int, { description: 'Verschillende scholen' })
  schools!: number;

  @Field(() => [CollaborationModel])
  collaborations!: CollaborationModel[];
}

@ObjectType('MunicipalityCoalitions')
export class MunicipalityCoalitionsModel {
  @Field()
  municipalityCode!: string;

  @Field(() => [CollaborationModel])
  collaborations!: CollaborationModel[];

  @Field(() => [SchoolCoalitionsModel])
  bySchool!: SchoolCoalitionsModel[];

  @Field(() => [PartnerCoalitionsModel])
  byPartner!: PartnerCoalitionsModel[];
}
