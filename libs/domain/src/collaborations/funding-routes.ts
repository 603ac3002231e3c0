// Funding routes: how a partner's offer or a collaboration is paid for (issue 15, part 3). A
// small catalogue with validity dates, so a route that has ended can be shown as ended.
//
// Facts only from the domain brief: NPO money was a one-off investment (the NPO menukaart is
// "for the one-off NPO investment"); the brief gives no end date for it, so none is invented
// here — a collaboration records the dates of its own grant, and the warning compares those.

import { FUNDING_ROUTE_CODES, type FundingRouteCode } from './funding-route-codes.js';

export { FUNDING_ROUTE_CODES, type FundingRouteCode };

export interface FundingRoute {
  code: FundingRouteCode;
  nl: string;
  en: string;
  /** First day the route can pay (ISO date), null when not known from our sources. */
  validFrom: string | null;
  /** Last day the route can pay (ISO date), null when open-ended or not known. */
  validUntil: string | null;
  /** A one-off investment: money that will not come back next year. */
  oneOff: boolean;
  /** The line must name the fund or body (a named fund). */
  needsName: boolean;
}

export const FUNDING_ROUTES: readonly FundingRoute[] = [
  {
    code: 'NPO',
    nl: 'Nationaal Programma Onderwijs (NPO), eenmalig',
    en: 'National Education Programme (NPO), one-off',
    validFrom: null,
    validUntil: null,
    oneOff: true,
    needsName: false,
  },
  {
    code: 'OAB_SCHOOL',
    nl: 'Onderwijsachterstandenmiddelen van de school',
    en: "The school's educational-disadvantage funding",
    validFrom: null,
    validUntil: null,
    oneOff: false,
    needsName: false,
  },
  {
    code: 'OAB_GEMEENTE',
    nl: 'Onderwijsachterstandenmiddelen van de gemeente',
    en: "The municipality's educational-disadvantage funding",
    validFrom: null,
    validUntil: null,
    oneOff: false,
    needsName: false,
  },
  {
    code: 'GEMEENTELIJKE_SUBSIDIE',
    nl: 'Gemeentelijke subsidie',
    en: 'Municipal subsidy',
    validFrom: null,
    validUntil: null,
    oneOff: false,
    needsName: false,
  },
  {
    code: 'FONDS',
    nl: 'Fonds (met naam)',
    en: 'A named fund',
    validFrom: null,
    validUntil: null,
    oneOff: false,
    needsName: true,
  },
  {
    code: 'SAMENWERKINGSVERBAND',
    nl: 'Samenwerkingsverband passend onderwijs',
    en: 'Regional special-needs partnership (samenwerkingsverband)',
    validFrom: null,
    validUntil: null,
    oneOff: false,
    needsName: false,
  },
  {
    code: 'EIGEN_BIJDRAGE',
    nl: 'Eigen bijdrage',
    en: 'Own contribution',
    validFrom: null,
    validUntil: null,
    oneOff: false,
    needsName: false,
  },
];

const BY_CODE = new Map<string, FundingRoute>(FUNDING_ROUTES.map((r) => [r.code, r]));

export function isFundingRouteCode(v: string): v is FundingRouteCode {
  return BY_CODE.has(v);
}

export function fundingRoute(code: FundingRouteCode): FundingRoute {
  return BY_CODE.get(code)!;
}

/**
 * The old free-text labels on offerings (demo data and the portal before issue 15) → codes.
 * "Onderwijsachterstandenmiddelen (OAB)" did not say whose money, so it maps to both; an
 * unknown label maps to nothing (the text stays on the offering).
 */
export function fundingCodesOfLabel(label: string): FundingRouteCode[] {
  const l = label.trim().toLowerCase();
  if (l.startsWith('npo')) return ['NPO'];
  if (l.startsWith('onderwijsachterstand')) return ['OAB_SCHOOL', 'OAB_GEMEENTE'];
  if (l.startsWith('gemeentelijke subsidie')) return ['GEMEENTELIJKE_SUBSIDIE'];
  if (l === 'fonds' || l.startsWith('fonds ')) return ['FONDS'];
  if (l.startsWith('samenwerkingsverband')) return ['SAMENWERKINGSVERBAND'];
  if (l.startsWith('eigen bijdrage')) return ['EIGEN_BIJDRAGE'];
  return [];
}

/** One funding line of a collaboration: a route, optionally the fund's name, amount and dates. */
export interface FundingLine {
  routeCode: FundingRouteCode;
  fundName: string | null;
  amountEur: number | null;
  validFrom: string | null;
  validUntil: string | null;
}

export const FUNDING_WARNINGS = ['ENDED', 'ENDS_BEFORE_PERIOD', 'ONE_OFF'] as const;
export type FundingWarningKind = (typeof FUNDING_WARNINGS)[number];

export interface FundingWarning {
  kind: FundingWarningKind;
  routeCode: FundingRouteCode;
  /** The date the warning is about (ISO), when there is one. */
  date: string | null;
  nl: string;
  en: string;
}

/**
 * What a reader should know about these funding lines today: a route or grant that has ended
 * (its own end date, or the catalogue's), one that ends before the collaboration does, and
 * one-off money (NPO) that will not come back. Dates are ISO `YYYY-MM-DD`; `today` too.
 */
export function fundingWarnings(
  lines: readonly FundingLine[],
  periodEnd: string | null,
  today: string,
  catalogue: readonly FundingRoute[] = FUNDING_ROUTES,
): FundingWarning[] {
  const routes = new Map(catalogue.map((r) => [r.code, r]));
  const out: FundingWarning[] = [];
  for (const line of lines) {
    const route = routes.get(line.routeCode);
    if (!route) continue;
    const label = line.fundName ? `${route.nl}: ${line.fundName}` : route.nl;
    const labelEn = line.fundName ? `${route.en}: ${line.fundName}` : route.en;
    const ends = earliest(line.validUntil, route.validUntil);
    if (ends !== null && ends < today) {
      out.push({
        kind: 'ENDED',
        routeCode: line.routeCode,
        date: ends,
        nl: `${label} is beëindigd op ${dayText(ends, 'nl')}`,
        en: `${labelEn} ended on ${dayText(ends, 'en')}`,
      });
    } else if (ends !== null && periodEnd !== null && ends < periodEnd) {
      out.push({
        kind: 'ENDS_BEFORE_PERIOD',
        routeCode: line.routeCode,
        date: ends,
        nl: `${label} loopt af op ${dayText(ends, 'nl')}, vóór het einde van de samenwerking (${dayText(periodEnd, 'nl')})`,
        en: `${labelEn} ends on ${dayText(ends, 'en')}, before the collaboration does (${dayText(periodEnd, 'en')})`,
      });
    }
    if (route.oneOff) {
      out.push({
        kind: 'ONE_OFF',
        routeCode: line.routeCode,
        date: null,
        nl: `${route.nl}: eenmalig geld; reken er niet op voor volgende jaren`,
        en: `${route.en}: one-off money; do not count on it for later years`,
      });
    }
  }
  return out;
}

/** An ISO day in a sentence as its reader writes it ("31 juli 2025", "31 July 2025"); UTC, so never the day before. */
function dayText(isoDay: string, lang: 'nl' | 'en'): string {
  const day = new Date(`${isoDay}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay) || Number.isNaN(day.getTime())) return isoDay;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(day);
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
