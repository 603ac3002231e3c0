import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';

import { useDebouncedValue } from '../../../app/hooks/use-debounced-value';
import { useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import { PORTAL_ORGANISATIONS_QUERY } from '../graphql/portal-organisations.query';
import { OrganisationStatusBadge } from './StatusBadges';

/** For an admin: find an organisation and open its portal (?organisatie=<id>). */
export function AdminOrganisationChooser() {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim());
  const { data, loading } = useQuery(PORTAL_ORGANISATIONS_QUERY, {
    variables: { search: search || null },
  });
  const nodes = data?.organisations.nodes ?? [];
  return (
    <section className="portal-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.portal.adminChoose}</h2>
      <div className="form-field">
        <label htmlFor={`${id}-search`}>{t.portal.adminSearch}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={text}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {!loading && nodes.length === 0 ? (
        <p className="empty">{t.portal.adminNone}</p>
      ) : (
        <ul className="portal-chooser">
          {nodes.map((o) => (
            <li key={o.id}>
              <AppLink href={`/portaal?organisatie=${o.id}`}>{o.name}</AppLink>
              {o.city ? ` · ${o.city} ` : ' '}
              <OrganisationStatusBadge status={o.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
