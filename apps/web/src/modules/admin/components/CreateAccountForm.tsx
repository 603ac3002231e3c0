import { normaliseCodeList } from '@partnerwijzer/domain/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';

import { useDebouncedValue } from '../../../app/hooks/use-debounced-value';
import { useT } from '../../../app/i18n/use-t';
import type { Role } from '../../../generated/graphql';
import { SelectField } from '../../../shared/forms/SelectField';
import { TextField } from '../../../shared/forms/TextField';
import { emailProblems } from '../../../shared/forms/account-rules';
import { ACCOUNTS_QUERY } from '../graphql/accounts.query';
import { CREATE_ACCOUNT_MUTATION } from '../graphql/create-account.mutation';
import { MAIL_STATUS_QUERY } from '../graphql/mail-status.query';
import { ORGANISATION_OPTIONS_QUERY } from '../graphql/organisation-options.query';
import { useTextForm } from '../../../shared/forms/use-text-form';
import { AdminForm } from './AdminForm';

const ROLES: Role[] = ['SCHOOL_STAFF', 'PARTNER_EDITOR', 'MUNICIPALITY_OFFICER', 'ADMIN'];
type Field = 'email' | 'role' | 'organisationId' | 'schoolCodes' | 'municipalityCodes';
const FIELDS: readonly Field[] = [
  'email',
  'role',
  'organisationId',
  'schoolCodes',
  'municipalityCodes',
];

// The fields typed in; the role and the organisation are chosen from lists.
const TYPED_EMPTY = { email: '', schoolCodes: '', municipalityCodes: '' };

/** "zz0100, ZZ0101 zz0102" → ["ZZ0100", "ZZ0101", "ZZ0102"]. */
export function parseCodes(value: string): string[] {
  return normaliseCodeList(value.split(/[\s,;]+/));
}

/** An admin creates an account with a role and its link; the API mails an invitation. */
export function CreateAccountForm() {
  const t = useT();
  const c = t.admin.create;
  const [role, setRole] = useState<Role>('SCHOOL_STAFF');
  const [orgSearch, setOrgSearch] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const debouncedSearch = useDebouncedValue(orgSearch.trim(), 250);
  const organisations = useQuery(ORGANISATION_OPTIONS_QUERY, {
    variables: { search: debouncedSearch || null },
    skip: role !== 'PARTNER_EDITOR',
  });
  const [createAccount, { loading }] = useMutation(CREATE_ACCOUNT_MUTATION, {
    refetchQueries: [ACCOUNTS_QUERY, MAIL_STATUS_QUERY],
  });
  const labels: Record<Field, string> = {
    email: c.email,
    role: c.role,
    organisationId: c.organisation,
    schoolCodes: c.schoolCodes,
    municipalityCodes: c.municipalityCodes,
  };
  const form = useTextForm(FIELDS, labels, TYPED_EMPTY);
  const { problems, bind } = form;
  const { id, fieldId, errors } = problems;
  const { email, schoolCodes, municipalityCodes } = form.values;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const found: Partial<Record<Field, string>> = emailProblems(email, t.auth.form);
    const schools = parseCodes(schoolCodes);
    const municipalities = parseCodes(municipalityCodes);
    if (role === 'PARTNER_EDITOR' && !organisationId) found.organisationId = c.organisationChoose;
    if (role === 'SCHOOL_STAFF') {
      if (schools.length === 0) found.schoolCodes = t.auth.form.required;
      else if (schools.some((s) => !/^[0-9A-Z]{4}[0-9]{2}$/.test(s)))
        found.schoolCodes = c.codesInvalid;
    }
    if (role === 'MUNICIPALITY_OFFICER') {
      if (municipalities.length === 0) found.municipalityCodes = t.auth.form.required;
      else if (municipalities.some((m) => !/^GM[0-9]{4}$/.test(m)))
        found.municipalityCodes = c.codesInvalid;
    }
    if (problems.refuse(found)) return;
    try {
      const result = await createAccount({
        variables: {
          input: {
            email: email.trim(),
            role,
            organisationId: role === 'PARTNER_EDITOR' ? organisationId : null,
            schoolCodes: role === 'SCHOOL_STAFF' ? schools : null,
            municipalityCodes: role === 'MUNICIPALITY_OFFICER' ? municipalities : null,
          },
        },
      });
      setCreated(c.created(result.data?.createAccount.email ?? email.trim()));
      form.setValues(TYPED_EMPTY);
      setOrganisationId('');
      setOrgSearch('');
    } catch (error) {
      problems.failed(error, (info, own) => {
        if (info.reason === 'DUPLICATE' && own.email) own.email = t.auth.form.emailTaken;
      });
    }
  }

  const options = organisations.data?.organisations;
  const organisationLabels = new Map(
    options?.nodes.map((o) => [
      o.id,
      `${o.name}${o.city ? `, ${o.city}` : ''} (${t.auth.organisationStatus[o.status]})`,
    ]),
  );

  return (
    <AdminForm
      problems={problems}
      heading={c.heading}
      intro={c.intro}
      done={created}
      doneTestId="account-created"
      formTestId="create-account-form"
      onSubmit={submit}
      busy={loading}
      submit={c.submit}
      submitting={c.submitting}
    >
      <TextField {...bind('email')} name="email" type="email" autoComplete="off" required />
      <SelectField
        id={fieldId('role')}
        label={c.role}
        hint={role === 'ADMIN' ? c.adminWarning : c.roleHint}
        error={errors.role}
        value={role}
        onValueChange={(value) => setRole(value as Role)}
        options={ROLES}
        optionLabel={(r) => t.auth.roles[r]}
      />
      {role === 'PARTNER_EDITOR' && (
        <>
          <TextField
            id={`${id}-org-search`}
            type="search"
            label={c.organisationSearch}
            hint={c.organisationSearchHint}
            value={orgSearch}
            onValueChange={setOrgSearch}
          />
          <SelectField
            id={fieldId('organisationId')}
            label={c.organisation}
            error={errors.organisationId}
            notes={
              <>
                {options && options.nodes.length === 0 && (
                  <p className="field-hint" role="status">
                    {c.organisationNone}
                  </p>
                )}
                {options && options.totalCount > options.nodes.length && (
                  <p className="field-hint">
                    {c.organisationMore(options.nodes.length, options.totalCount)}
                  </p>
                )}
              </>
            }
            value={organisationId}
            onValueChange={setOrganisationId}
            empty={c.organisationChoose}
            options={options?.nodes.map((o) => o.id) ?? []}
            optionLabel={(orgId) => organisationLabels.get(orgId) ?? orgId}
          />
        </>
      )}
      {role === 'SCHOOL_STAFF' && (
        <TextField
          {...bind('schoolCodes')}
          name="schoolCodes"
          autoComplete="off"
          required
          hint={c.schoolCodesHint}
        />
      )}
      {role === 'MUNICIPALITY_OFFICER' && (
        <TextField
          {...bind('municipalityCodes')}
          name="municipalityCodes"
          autoComplete="off"
          required
          hint={c.municipalityCodesHint}
        />
      )}
    </AdminForm>
  );
}
