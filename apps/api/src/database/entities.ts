import {
  LoginBackoffEntity,
  PasswordResetTokenEntity,
  PendingRegistrationEntity,
  SessionEntity,
  UserAccountEntity,
} from '../modules/accounts/index.js';
import { ContactRequestEntity } from '../modules/contact-requests/index.js';
import {
  CoverageAreaEntity,
  OfferingEntity,
  OrganisationEntity,
} from '../modules/organisations/index.js';
import { MunicipalityEntity, ProvinceEntity } from '../modules/regions/index.js';
import { SchoolEntity } from '../modules/schools/index.js';
import { InterventionTypeEntity } from '../modules/taxonomy/index.js';

export const ENTITIES = [
  ProvinceEntity,
  MunicipalityEntity,
  SchoolEntity,
  InterventionTypeEntity,
  OrganisationEntity,
  OfferingEntity,
  CoverageAreaEntity,
  ContactRequestEntity,
  UserAccountEntity,
  SessionEntity,
  PasswordResetTokenEntity,
  PendingRegistrationEntity,
  LoginBackoffEntity,
];
