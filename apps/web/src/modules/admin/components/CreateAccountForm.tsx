import { normaliseCodeList } from '@partnerwijzer/domain/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';

import { useDebouncedValue } from '../../../app/hooks/use-debounced-value';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { Role } from '../../../generated/graphql';
import { ErrorSummary, type SummaryItem } from '../../../shared/forms/ErrorSummary';
import { TextField } from '../../../shared/forms/TextField';
import {
  EMAIL_PATTERN,
  serverError,
  splitFieldProblems,
} from '../../../shared/forms/server-errors';
import { ACCOUNTS_QUERY } from '../graphql/accounts.query';
import { CREATE_ACCOUNT_MUTATION } from '../graphql/create-account.mutation';
import { MAIL_STATUS_QUERY } from '../graphql/mail-status.query';
import { ORGANISATION_OPTIONS_QUERY } from '../graphql/organisation-options.query';

const ROLES: Role[] = ['SCHOOL_STAFF', 'PARTNER_EDITOR', 'MUNICIPALITY_OFFICER', 'ADMIN'];
type Field = 'email' | 'role' | 'organisationId' | 'schoolCodes' | 'municipalityCodes';
const FIELDS: readonly Field[] = [
  'email',
  'role',
  'organisationId',
  'schoolCodes',
  'municipalityCodes',
];

/** "zz0100, ZZ0101 zz0102" → ["ZZ0100", "ZZ0101", "ZZ0102"]. */
export function parseCodes(value: string): string[] {
  return normaliseCodeList(value.split(/[\s,;]+/));
}

/** An admin creates an account with a role and its link; the API mails an invitation. */
export function CreateAccountForm() {
  const t = useT();
  const { lang } = useLanguage();
  const c = t.admin.create;
  const id = useId();
  const headingId = `${id}-heading`;
  const fieldId = (f: Field) => `${id}-${f}`;
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('SCHOOL_STAFF');
  const [orgSearch, setOrgSearch] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [schoolCodes, setSchoolCodes] = useState('');
  const [municipalityCodes, setMunicipalityCodes] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
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

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    setFormError(null);
    const found: Partial<Record<Field, string>> = {};
    if (!email.trim()) found.email = t.auth.form.required;
    else if (!EMAIL_PATTERN.test(email.trim())) found.email = t.auth.form.invalidEmail;
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
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
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
      setEmail('');
      setSchoolCodes('');
      setMunicipalityCodes('');
      setOrganisationId('');
      setOrgSearch('');
    } catch (error) {
      const info = serverError(error, lang);
      const { own, other } = splitFieldProblems(info.fields, FIELDS);
      if (info.reason === 'DUPLICATE' && own.email) own.email = t.auth.form.emailTaken;
      setErrors(own);
      if (other.length > 0 || Object.keys(own).length === 0) {
        setFormError(`${t.auth.form.failed} ${other.join(' ') || info.message}`);
      }
      setAttempt((n) => n + 1);
    }
  }

  const items: SummaryItem[] = FIELDS.filter((f) => errors[f]).map((f) => ({
    fieldId: fieldId(f),
    text: `${labels[f]}: ${errors[f]}`,
  }));
  const options = organisations.data?.organisations;

  return (
    <section className="account-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{c.heading}</h2>
      <p>{c.intro}</p>
      <p className="visually-hidden" role="status">
        {created ?? ''}
      </p>
      {created && (
        <p className="notice notice--success" aria-hidden="true" data-testid="account-created">
          {created}
        </p>
      )}
      <form
        className="account-form"
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby={headingId}
        data-testid="create-account-form"
      >
        <ErrorSummary
          heading={t.auth.form.summaryHeading}
          message={formError}
          items={items}
          attempt={attempt}
        />
        <TextField
          id={fieldId('email')}
          name="email"
          type="email"
          autoComplete="off"
          required
          label={c.email}
          value={email}
          onValueChange={setEmail}
          error={errors.email}
        />
        <div className="form-field">
          <label htmlFor={fieldId('role')}>{c.role}</label>
          <p id={`${fieldId('role')}-hint`} className="field-hint">
            {role === 'ADMIN' ? c.adminWarning : c.roleHint}
          </p>
          {errors.role && (
            <p id={`${fieldId('role')}-error`} className="field-error">
              {errors.role}
            </p>
          )}
          <select
            id={fieldId('role')}
            value={role}
            aria-describedby={`${fieldId('role')}-hint${errors.role ? ` ${fieldId('role')}-error` : ''}`}
            aria-invalid={errors.role ? true : undefined}
            onChange={(e) => setRole(e.target.value as Role)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t.auth.roles[r]}
              </option>
            ))}
          </select>
        </div>
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
            <div className="form-field">
              <label htmlFor={fieldId('organisationId')}>{c.organisation}</label>
              {errors.organisationId && (
                <p id={`${fieldId('organisationId')}-error`} className="field-error">
                  {errors.organisationId}
                </p>
              )}
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
              <select
                id={fieldId('organisationId')}
                value={organisationId}
                aria-invalid={errors.organisationId ? true : undefined}
                aria-describedby={
                  errors.organisationId ? `${fieldId('organisationId')}-error` : undefined
                }
                onChange={(e) => setOrganisationId(e.target.value)}
              >
                <option value="">{c.organisationChoose}</option>
                {options?.nodes.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                    {o.city ? `, ${o.city}` : ''} ({t.auth.organisationStatus[o.status]})
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        {role === 'SCHOOL_STAFF' && (
          <TextField
            id={fieldId('schoolCodes')}
            name="schoolCodes"
            autoComplete="off"
            required
            label={c.schoolCodes}
            hint={c.schoolCodesHint}
            value={schoolCodes}
            onValueChange={setSchoolCodes}
            error={errors.schoolCodes}
          />
        )}
        {role === 'MUNICIPALITY_OFFICER' && (
          <TextField
            id={fieldId('municipalityCodes')}
            name="municipalityCodes"
            autoComplete="off"
            required
            label={c.municipalityCodes}
            hint={c.municipalityCodesHint}
            value={municipalityCodes}
            onValueChange={setMunicipalityCodes}
            error={errors.municipalityCodes}
          />
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? c.submitting : c.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
