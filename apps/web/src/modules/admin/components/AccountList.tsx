import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';

import { QueryError } from '../../../app/components/QueryError';
import { useDebouncedValue } from '../../../app/hooks/use-debounced-value';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import { AppLink } from '../../../app/routing/AppLink';
import type { Role } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format/format-date';
import { ACCOUNTS_QUERY } from '../graphql/accounts.query';
import { SelectField } from '../../../shared/forms/SelectField';
import { CaptionedTable } from '../../../shared/table/CaptionedTable';
import { AccountSection } from '../../../shared/account-section/AccountSection';

const ROLES: Role[] = ['ADMIN', 'PARTNER_EDITOR', 'SCHOOL_STAFF', 'MUNICIPALITY_OFFICER'];

/** Every account with its role and what it is linked to; filter by role or search. */
export function AccountList() {
  const t = useT();
  const { lang } = useLanguage();
  const a = t.admin.accounts;
  const id = useId();
  const [role, setRole] = useState<Role | ''>('');
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const { data, loading, error, refetch } = useQuery(ACCOUNTS_QUERY, {
    variables: { role: role || null, search: debounced || null },
    fetchPolicy: 'cache-and-network',
  });
  const accounts = data?.accounts ?? [];

  return (
    <AccountSection heading={a.heading} testId="account-list">
      <div className="account-filters">
        <SelectField
          id={`${id}-role`}
          label={a.filterRole}
          value={role}
          onValueChange={(value) => setRole(value as Role | '')}
          empty={a.filterAll}
          options={ROLES}
          optionLabel={(r) => t.auth.roles[r]}
        />
        <div className="form-field">
          <label htmlFor={`${id}-search`}>{a.filterSearch}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            maxLength={100}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
      </div>
      {loading && !data && <p role="status">{a.loading}</p>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && (
        <p className="result-count" role="status">
          {accounts.length === 0 ? a.empty : a.count(accounts.length)}
        </p>
      )}
      {accounts.length > 0 && (
        // A region with a name and a tab stop: at 390 px the table scrolls sideways by keyboard.
        <div className="table-scroll" role="region" aria-label={a.caption} tabIndex={0}>
          <CaptionedTable
            className="data-table"
            caption={a.caption}
            columns={[a.email, a.role, a.links, a.created]}
          >
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.email}</th>
                <td>{t.auth.roles[account.role]}</td>
                <td>
                  {account.role === 'PARTNER_EDITOR' && account.organisationId ? (
                    <>
                      {account.organisationName ?? account.organisationId} (
                      <AppLink
                        href={`/portaal/inbox?organisatie=${account.organisationId}`}
                        aria-label={a.inboxOf(account.organisationName ?? account.organisationId)}
                      >
                        {a.inbox}
                      </AppLink>
                      )
                    </>
                  ) : account.schoolCodes.length > 0 ? (
                    account.schoolCodes.join(', ')
                  ) : account.municipalityCodes.length > 0 ? (
                    account.municipalityCodes.join(', ')
                  ) : (
                    a.noLinks
                  )}
                </td>
                <td>{formatDateTime(account.createdAt, lang)}</td>
              </tr>
            ))}
          </CaptionedTable>
        </div>
      )}
    </AccountSection>
  );
}
