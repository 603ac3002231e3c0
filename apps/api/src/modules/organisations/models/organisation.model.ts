import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganisationStatus, OrganisationType } from '@partnerwijzer/domain';
import { OrganisationStatusEnum, OrganisationTypeEnum } from '../../../common/graphql/enums.js';
import { GeoPointModel } from '../../../common/graphql/geo-point.model.js';

@ObjectType('Organisation', { description: 'Partnerorganisatie' })
export class OrganisationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganisationTypeEnum)
  type!: OrganisationType;

  @Field(() => String, { nullable: true, description: 'KvK-nummer (8 cijfers)' })
  kvkNumber!: string | null;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field()
  city!: string;

  @Field(() => GeoPointModel, {
    nullable: true,
    description: 'Vestigingsplaats van de partner (nabijheid, niet dekking)',
  })
  location!: GeoPointModel | null;

  @Field(() => OrganisationStatusEnum)
  status!: OrganisationStatus;

  @Field(() => Date, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastConfirmedAt!: Date | null;

  @Field({ description: 'Voorbeelddata (demo)' })
  isDemo!: boolean;

  @Field(() => Date)
  updatedAt!: Date;
}
