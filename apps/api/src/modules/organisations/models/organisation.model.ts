import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganisationStatus, OrganisationType } from '@partnerwijzer/domain';
import { OrganisationStatusEnum, OrganisationTypeEnum } from '../../../common/graphql/enums.js';
import { GeoPointModel } from '../../../common/graphql/geo-point.model.js';

@ObjectType('Organisation', { description: 'Partnerorganisatie' })
export class OrganisationModel {
  @Field(() => ID)
  id!: string;

  name!: string;

  @Field(() => OrganisationTypeEnum)
  type!: OrganisationType;

  /** KvK-nummer (8 cijfers) */
  kvkNumber!: string | null;

  description!: string;

  website!: string | null;

  email!: string | null;

  phone!: string | null;

  address!: string | null;

  city!: string;

  /** Vestigingsplaats van de partner (nabijheid, niet dekking) */
  location!: GeoPointModel | null;

  @Field(() => OrganisationStatusEnum)
  status!: OrganisationStatus;

  verifiedAt!: Date | null;

  lastConfirmedAt!: Date | null;

  /** Voorbeelddata (demo) */
  isDemo!: boolean;

  updatedAt!: Date;
}
