import type { CollaborationStatus } from '@partnerwijzer/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContactRequestPartiesModel } from '../../contact-requests/index.js';

@ObjectType('Collaboration', {
  description: 'Een samenwerking uit een contactaanvraag (geaccepteerd, in gesprek of gestart)',
})
export class CollaborationModel extends ContactRequestPartiesModel {
  @Field(() => ID, { description: 'Id van de contactaanvraag' })
  id!: string;

  organisationName!: string;

  /** ACCEPTED, IN_CONVERSATION of STARTED */
  status!: string;

  since!: Date;

  updatedAt!: Date;
}

@ObjectType('SchoolCoalitions')
export class SchoolCoalitionsModel {
  vestigingscode!: string;

  schoolName!: string;

  @Field(() => Int, { description: 'Verschillende partners' })
  partners!: number;

  collaborations!: CollaborationModel[];
}

@ObjectType('PartnerCoalitions')
export class PartnerCoalitionsModel {
  @Field(() => ID)
  organisationId!: string;

  organisationName!: string;

  @Field(() => Int, { description: 'Verschillende scholen' })
  schools!: number;

  collaborations!: CollaborationModel[];
}

@ObjectType('MunicipalityCoalitions')
export class MunicipalityCoalitionsModel {
  municipalityCode!: string;

  collaborations!: CollaborationModel[];

  bySchool!: SchoolCoalitionsModel[];

  byPartner!: PartnerCoalitionsModel[];
}

/** A collaboration record as one line of the coalition downloads (not a GraphQL type). */
export interface CoalitionRecordLine {
  vestigingscodes: string[];
  schoolNames: string[];
  /** The record's schools that lie in the municipality (the "Per school" sheet's rows). */
  schoolsHere: string[];
  organisationIds: string[];
  partnerNames: string[];
  title: string;
  status: CollaborationStatus;
  startsOn: string;
  updatedAt: Date;
}
