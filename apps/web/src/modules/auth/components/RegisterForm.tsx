import { useState, type FormEvent } from 'react';

import { useT } from '../../../app/i18n/use-t';
import type { Messages } from '../../../app/i18n/nl';
import { emailProblems, newPasswordProblems } from '../../../shared/forms/account-rules';
import { FormActions } from '../../../shared/forms/FormActions';
import { PASSWORD_MIN } from '../../../shared/forms/server-errors';
import { TextField } from '../../../shared/forms/TextField';
import { ProblemSummary } from '../../../shared/forms/use-form-problems';
import { useTextForm } from '../../../shared/forms/use-text-form';

export interface RegistrationValues {
  organisationName: string;
  kvkNumber: string;
  city: string;
  phone: string;
  email: string;
  password: string;
}

type Field = keyof RegistrationValues | 'passwordRepeat';
const FIELDS: readonly Field[] = [
  'organisationName',
  'kvkNumber',
  'city',
  'phone',
  'email',
  'password',
  'passwordRepeat',
];

interface RegisterFormProps {
  /** Registers; rejects with the server's error (BAD_USER_INPUT naming the fields). */
  onSubmit: (values: RegistrationValues) => Promise<unknown>;
}

type Values = Record<Field, string>;
const EMPTY: Values = {
  organisationName: '',
  kvkNumber: '',
  city: '',
  phone: '',
  email: '',
  password: '',
  passwordRepeat: '',
};

// The API's limits (RegisterPartnerInput), shown as counters before anyone submits.
const MAX_LENGTH: Partial<Record<Field, number>> = {
  organisationName: 200,
  kvkNumber: 20,
  city: 100,
  phone: 40,
  email: 254,
};

function validate(v: Values, t: Messages): Partial<Record<Field, string>> {
  const e: Partial<Record<Field, string>> = {};
  if (v.organisationName.trim().length === 0) e.organisationName = t.auth.form.required;
  const kvk = v.kvkNumber.replace(/\s/g, '');
  if (!kvk) e.kvkNumber = t.auth.form.required;
  else if (!/^[0-9]{8}$/.test(kvk)) e.kvkNumber = t.auth.register.kvkInvalid;
  Object.assign(e, emailProblems(v.email, t.auth.form));
  const { password, repeat } = newPasswordProblems(v.password, v.passwordRepeat, t.auth.form);
  if (password) e.password = password;
  if (repeat) e.passwordRepeat = repeat;
  return e;
}

/** Partner sign-up: the organisation (name, KvK, town, phone) and the first account. */
export function RegisterForm({ onSubmit }: RegisterFormProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const r = t.auth.register;
  const labels: Record<Field, string> = {
    organisationName: r.organisationName,
    kvkNumber: r.kvkNumber,
    city: r.city,
    phone: r.phone,
    email: r.email,
    password: r.password,
    passwordRepeat: r.passwordRepeat,
  };
  const { problems, values, bind } = useTextForm(FIELDS, labels, EMPTY);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (problems.refuse(validate(values, t))) return;
    setBusy(true);
    try {
      await onSubmit({
        organisationName: values.organisationName.trim(),
        kvkNumber: values.kvkNumber.replace(/\s/g, ''),
        city: values.city.trim(),
        phone: values.phone.trim(),
        email: values.email.trim(),
        password: values.password,
      });
    } catch (error) {
      problems.failed(error, (info, own) => {
        // The two refusals people meet most, in the visitor's language.
        if (info.reason === 'DUPLICATE' && own.kvkNumber) own.kvkNumber = r.duplicateKvk;
        if (info.reason === 'DUPLICATE' && own.email) own.email = t.auth.form.emailTaken;
      });
    } finally {
      setBusy(false);
    }
  }

  const field = (
    f: Field,
    props: {
      type?: string;
      autoComplete?: string;
      hint?: string;
      optional?: boolean;
      inputMode?: 'numeric' | 'tel' | 'email';
    } = {},
  ) => (
    <TextField
      {...bind(f)}
      name={f}
      type={props.type ?? 'text'}
      autoComplete={props.autoComplete}
      inputMode={props.inputMode}
      required={!props.optional}
      optionalLabel={props.optional ? t.auth.form.optional : undefined}
      hint={props.hint}
      maxLength={MAX_LENGTH[f]}
    />
  );

  return (
    <form className="account-form" noValidate onSubmit={submit} data-testid="register-form">
      <ProblemSummary problems={problems} />
      <fieldset>
        <legend>{r.organisationSection}</legend>
        {field('organisationName', { autoComplete: 'organization' })}
        {field('kvkNumber', { hint: r.kvkHint, inputMode: 'numeric', autoComplete: 'off' })}
        {field('city', { optional: true, autoComplete: 'address-level2' })}
        {field('phone', {
          type: 'tel',
          optional: true,
          hint: r.phoneHint,
          autoComplete: 'tel',
          inputMode: 'tel',
        })}
      </fieldset>
      <fieldset>
        <legend>{r.accountSection}</legend>
        {field('email', { type: 'email', hint: r.emailHint, autoComplete: 'email' })}
        {field('password', {
          type: 'password',
          hint: r.passwordHint(PASSWORD_MIN),
          autoComplete: 'new-password',
        })}
        {field('passwordRepeat', { type: 'password', autoComplete: 'new-password' })}
      </fieldset>
      <FormActions busy={busy} submit={r.submit} submitting={r.submitting} />
    </form>
  );
}
