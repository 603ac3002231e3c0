import type { SchoolEntity } from './entities/school.entity.js';
import type { SchoolModel } from './models/school.model.js';
import type { SchoolSector } from '@partnerwijzer/domain';

export function toSchoolModel(e: SchoolEntity): SchoolModel {
  return {
    vestigingscode: e.vestigingscode,
    instellingscode: e.instellingscode,
    name: e.name,
    sector: e.sector as SchoolSector,
    schoolType: e.schoolType,
    denomination: e.denomination,
    address: e.address,
    postcode: e.postcode,
    city: e.city,
    municipalityCode: e.municipalityCode,
    provinceCode: e.provinceCode,
    location: { lat: e.lat, lng: e.lng },
    pupils: e.pupils,
    website: e.website,
    active: e.active,
    isDemo: e.isDemo,
  };
}
