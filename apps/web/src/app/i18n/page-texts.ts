import { adminEn, adminNl } from '../../modules/admin/admin.messages';
import { contactLinkEn, contactLinkNl } from '../../modules/contact-link/contact-link.messages';
import { overviewMapEn, overviewMapNl } from '../../modules/map/map.messages';
import { municipalityEn, municipalityNl } from '../../modules/municipality/municipality.messages';
import {
  schoolAccountEn,
  schoolAccountNl,
} from '../../modules/school-account/school-account.messages';
import { schoolPageEn, schoolPageNl } from '../../modules/school/school.messages';
import type { PageMessages } from './page-messages';

// The texts of the lazily loaded pages, both languages (see page-messages.ts).
export const pageTextsNl: PageMessages = {
  municipality: municipalityNl,
  overviewMap: overviewMapNl,
  admin: adminNl,
  contactLink: contactLinkNl,
  schoolAccount: schoolAccountNl,
  schoolPage: schoolPageNl,
};

export const pageTextsEn: PageMessages = {
  municipality: municipalityEn,
  overviewMap: overviewMapEn,
  admin: adminEn,
  contactLink: contactLinkEn,
  schoolAccount: schoolAccountEn,
  schoolPage: schoolPageEn,
};
