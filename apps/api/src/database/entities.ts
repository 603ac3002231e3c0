import { ContactRequestEntity } from '../modules/contact-requests/entities/contact-request.entity.js';
import { CoverageAreaEntity } from '../modules/organisations/entities/coverage-area.entity.js';
import { OfferingEntity } from '../modules/organisations/entities/offering.entity.js';
import { OrganisationEntity } from '../modules/organisations/entities/organisation.entity.js';
import { MunicipalityEntity } from '../modules/regions/entities/municipality.entity.js';
import { ProvinceEntity } from '../modules/regions/entities/province.entity.js';
import { SchoolEntity } from '../modules/schools/entities/school.entity.js';
import { InterventionTypeEntity } from '../modules/taxonomy/entities/intervention-type.entity.js';

export const ENTITIES = [
  ProvinceEntity,
  MunicipalityEntity,
  SchoolEntity,
  InterventionTypeEntity,
  OrganisationEntity,
  OfferingEntity,
  CoverageAreaEntity,
  ContactRequestEntity,
];
