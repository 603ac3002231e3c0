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

// The roles linked by codes: the field that holds them, its hint and the form of one code.
interface CodesField {
  field: 'schoolCodes' | 'municipalityCodes';
  hint: 'schoolCodesHint' | 'municipalityCodesHint';
  pattern: RegExp;
}
const CODES_BY_ROLE: Partial<Record<Role, CodesField>> = {
  SCHOOL_STAFF: { field: 'schoolCodes', hint: 'schoolCodesHint', pattern: /^[0-9A-Z]{4}[0-9]{2}$/ },
  MUNICIPALITY_OFFICER: {
    field: 'municipalityCodes',
    hint: 'municipalityCodesHint',
    pattern: /^GM[0-9]{4}$/,
  },
};

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
  const codes = CODES_BY_ROLE[role];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const found: Partial<Record<Field, string>> = emailProblems(email, t.auth.form);
    const schools = parseCodes(schoolCodes);
    const municipalities = parseCodes(municipalityCodes);
    if (role === 'PARTNER_EDITOR' && !organisationId) found.organisationId = c.organisationChoose;
    if (codes) {
      const list = parseCodes(form.values[codes.field]);
      if (list.length === 0) found[codes.field] = t.auth.form.required;
      else if (list.some((code) => !codes.pattern.test(code))) found[codes.field] = c.codesInvalid;
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
      texts={c}
      done={created}
      doneTestId="account-created"
      formTestId="create-account-form"
      onSubmit={submit}
      busy={loading}
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
      {codes && (
        <TextField
          key={codes.field}
          {...bind(codes.field)}
          name={codes.field}
          autoComplete="off"
          required
          hint={c[codes.hint]}
        />
      )}
    </AdminForm>
  );
}
