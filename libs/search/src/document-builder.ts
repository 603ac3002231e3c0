import {
  getInterventionType,
  isInterventionCode,
  normaliseLanguages,
  type MatchableOffering,
} from '@partnerwijzer/domain';
import type { OfferingDocument } from './offering-document.js';

/** Text the matching engine does not need but search does. */
export interface OfferingText {
  description: string;
  organisationType: OfferingDocument['organisationType'];
  organisationDescription: string;
  city: string;
  updatedAt: Date;
}

/** One pipeline for every engine: matchable offering + text → search document. */
export function toOfferingDocument(o: MatchableOffering, text: OfferingText): OfferingDocument {
  const areas = o.coverage.map((c) => c.area);
  return {
    id: o.id,
    organisationId: o.organisationId,
    organisationName: o.organisationName,
    organisationType: text.organisationType,
    organisationDescription: text.organisationDescription,
    title: o.title,
    description: text.description,
    interventionTypes: [...o.interventionCodes],
    interventionLabels: o.interventionCodes
      .filter(isInterventionCode)
      .map((c) => getInterventionType(c).labelNl),
    sectors: [...o.sectors],
    targetGroups: [...o.targetGroups],
    deliveryModes: [...o.deliveryModes],
    costType: o.costType,
    costAmountEur: o.costAmountEur,
    fundingRoutes: [...(o.fundingRouteCodes ?? [])],
    languages: normaliseLanguages(o.languages ?? []),
    verified: o.organisationStatus === 'VERIFIED',
    national: areas.some((a) => a.kind === 'NATIONAL'),
    provinceCodes: [
      ...new Set(areas.flatMap((a) => (a.kind === 'PROVINCE' ? [a.provinceCode] : []))),
    ],
    municipalityCodes: [
      ...new Set(areas.flatMap((a) => (a.kind === 'MUNICIPALITY' ? [a.municipalityCode] : []))),
    ],
    spatial: areas.some((a) => a.kind === 'RADIUS' || a.kind === 'POLYGON'),
    city: text.city,
    location: o.partnerLocation,
    updatedAt: text.updatedAt.getTime(),
    lastConfirmedAt: o.lastConfirmedAt?.getTime() ?? null,
  };
}

/** Whether an offering belongs in search at all: active, from an organisation that is listed. */
export function isSearchable(o: MatchableOffering): boolean {
  return (
    o.status === 'ACTIVE' &&
    o.organisationStatus !== 'SUSPENDED' &&
    o.organisationStatus !== 'DRAFT'
  );
}
