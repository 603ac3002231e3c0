import type { Role } from '../../../generated/graphql';
import type { Messages } from '../../../app/i18n/nl';

interface ViewerLike {
  role: Role;
  municipalityCodes: string[];
}

export interface RoleLink {
  href: string;
  label: string;
}

/** Where each role works: the header links to it and login goes there. */
export function roleLinks(viewer: ViewerLike, t: Messages): RoleLink[] {
  const collaborations = { href: '/samenwerkingen', label: t.collaborations.nav };
  return [...ownLinks(viewer, t), collaborations];
}

function ownLinks(viewer: ViewerLike, t: Messages): RoleLink[] {
  switch (viewer.role) {
    case 'PARTNER_EDITOR':
      return [
        { href: '/portaal', label: t.auth.menu.portal },
        { href: '/portaal/inbox', label: t.inbox.nav },
      ];
    case 'ADMIN':
      return [{ href: '/beheer', label: t.auth.menu.admin }];
    case 'SCHOOL_STAFF':
      return [
        { href: '/mijn-school', label: t.auth.menu.mySchool },
        { href: '/mijn-zoekopdrachten', label: t.savedSearches.listLink },
      ];
    case 'MUNICIPALITY_OFFICER': {
      const code = viewer.municipalityCodes[0];
      return [
        {
          href: code ? `/gemeente?code=${encodeURIComponent(code)}` : '/gemeente',
          label: t.auth.menu.municipality,
        },
        ...(code
          ? [
              {
                href: `/gemeente/afspraken?code=${encodeURIComponent(code)}`,
                label: t.collaborations.navAgreements,
              },
            ]
          : []),
      ];
    }
  }
}

export function homeOf(viewer: ViewerLike): string {
  switch (viewer.role) {
    case 'PARTNER_EDITOR':
      return '/portaal';
    case 'ADMIN':
      return '/beheer';
    case 'SCHOOL_STAFF':
      return '/mijn-school';
    case 'MUNICIPALITY_OFFICER': {
      const code = viewer.municipalityCodes[0];
      return code ? `/gemeente?code=${encodeURIComponent(code)}` : '/gemeente';
    }
  }
}
