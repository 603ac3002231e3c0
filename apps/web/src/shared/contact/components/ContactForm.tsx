import { useMutation } from '../../../app/graphql/use-query';
import { useId, useState, type FormEvent } from 'react';

import { retryAfterOf } from '../../../app/apollo/rate-limited';
import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { Messages } from '../../../app/i18n/nl';
import { Confirmation } from '../../forms/Confirmation';
import { FieldNotes, noteIds } from '../../forms/FieldNotes';
import { useFocusOnOpenAndClose } from '../../focus/focus-key';
import { FormActions } from '../../forms/FormActions';
import { errorMessage, fieldProblems, serverError } from '../../forms/server-errors';
import { REQUEST_CONTACT_MUTATION } from '../graphql/request-contact.mutation';

interface ContactFormProps {
  school: { vestigingscode: string; name: string };
  offeringId: string;
  offeringTitle: string;
  organisationName: string;
}

type Field = 'senderName' | 'senderEmail' | 'message';
type FieldErrors = Partial<Record<Field, string>>;

// The limits the API enforces; checked here first so the school leader hears it at once.
const LIMITS: Record<Field, number> = { senderName: 120, senderEmail: 254, message: 2000 };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validate(values: Record<Field, string>, t: Messages): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of Object.keys(LIMITS) as Field[]) {
    const value = values[field].trim();
    if (value === '') errors[field] = t.contact.required;
    else if (value.length > LIMITS[field]) errors[field] = t.contact.tooLong(LIMITS[field]);
  }
  if (!errors.senderEmail && !EMAIL.test(values.senderEmail.trim())) {
    errors.senderEmail = t.contact.invalidEmail;
  }
  return errors;
}

/** The form's field a problem names: `senderName` from the service, `$input.message` from the
 * check every string gets before anything runs; null for a field the form does not have. */
function formField(path: string): Field | null {
  const name = path.replace(/^\$?input\./, '');
  return name in LIMITS ? (name as Field) : null;
}

export function ContactForm({
  school,
  offeringId,
  offeringTitle,
  organisationName,
}: ContactFormProps) {
  const t = useT();
  const { lang } = useLanguage();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<Field, string>>({
    senderName: '',
    senderEmail: '',
    message: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [request, { data, loading }] = useMutation(REQUEST_CONTACT_MUTATION);
  const sent = data?.requestContact;

  // Opening moves the keyboard to the first field; cancelling, which removes the form and its
  // button, hands it back to the button that opens it (not to the top of the page).
  const focus = useFocusOnOpenAndClose<HTMLInputElement, HTMLButtonElement>(open);

  if (sent) {
    return (
      <Confirmation testId="contact-confirmation">
        <h3>{t.contact.sentHeading}</h3>
        <p data-testid="contact-outcome">
          {!sent.mailEnabled
            ? t.contact.sentNoMail(organisationName)
            : sent.partnerMailed
              ? t.contact.sentMailed(organisationName, values.senderEmail.trim())
              : t.contact.sentNoAddress(organisationName, values.senderEmail.trim())}
        </p>
        <p>
          {t.contact.reference}: <span data-testid="contact-reference">{sent.reference}</span>
        </p>
      </Confirmation>
    );
  }

  if (!open) {
    return (
      <button
        type="button"
        ref={focus.opener}
        className="button button--primary"
        data-testid="contact-open"
        onClick={() => setOpen(true)}
      >
        {t.contact.open}
      </button>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const found = validate(values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(t.contact.errorSummary);
      return;
    }
    try {
      await request({
        variables: {
          input: {
            vestigingscode: school.vestigingscode,
            offeringId,
            senderName: values.senderName.trim(),
            senderEmail: values.senderEmail.trim(),
            message: values.message.trim(),
          },
        },
      });
    } catch (error) {
      const wait = retryAfterOf(error);
      if (wait !== null) {
        setErrors({});
        setFormError(t.rateLimit.contact(wait));
        return;
      }
      // Each problem in the reader's language, next to its field when the form has it.
      const problems = fieldProblems(error, lang);
      const { reason } = serverError(error, lang);
      const own: FieldErrors = {};
      const other: string[] = [];
      for (const p of problems) {
        const name = formField(p.field);
        if (name) own[name] ??= p.message;
        // The offering went while the form was open (archived, paused, its partner hidden, its
        // area no longer reaching the school): the server names it by field ("offeringId:
        // onbekend"), which says nothing once the field is left out. A second request for the
        // same thing keeps the server's own words.
        else if (p.field === 'offeringId' && reason !== 'DUPLICATE') {
          if (!other.includes(t.contact.offeringUnavailable))
            other.push(t.contact.offeringUnavailable);
        } else other.push(p.message);
      }
      setErrors(own);
      setFormError(
        other.length > 0
          ? `${t.contact.failed} ${other.join(' ')}`
          : problems.length > 0
            ? t.contact.errorSummary
            : `${t.contact.failed} ${errorMessage(error, lang)}`,
      );
    }
  }

  const field = (
    name: Field,
    label: string,
    type: 'text' | 'email' | 'textarea',
    hint?: string,
  ) => {
    const fieldId = `${id}-${name}`;
    const describedBy = noteIds(fieldId, hint, errors[name]).join(' ');
    const common = {
      id: fieldId,
      name,
      value: values[name],
      required: true,
      'aria-invalid': errors[name] ? true : undefined,
      'aria-describedby': describedBy || undefined,
      onChange: (event: { target: { value: string } }) =>
        setValues((v) => ({ ...v, [name]: event.target.value })),
    };
    return (
      <div className="form-field">
        <label htmlFor={fieldId}>{label}</label>
        <FieldNotes id={fieldId} hint={hint} error={errors[name]} />
        {type === 'textarea' ? (
          <textarea {...common} rows={5} />
        ) : (
          <input
            {...common}
            ref={name === 'senderName' ? focus.opened : undefined}
            type={type}
            autoComplete={type === 'email' ? 'email' : 'name'}
          />
        )}
      </div>
    );
  };

  return (
    <form
      className="contact-form"
      noValidate
      onSubmit={submit}
      aria-labelledby={`${id}-kop`}
      data-testid="contact-form"
    >
      <h3 id={`${id}-kop`}>{t.contact.heading}</h3>
      <p>{t.contact.intro}</p>
      <dl className="facts">
        <dt>{t.contact.school}</dt>
        <dd>{school.name}</dd>
        <dt>{t.contact.offering}</dt>
        <dd>
          <span lang="nl">{offeringTitle}</span> ({organisationName})
        </dd>
      </dl>
      {formError && (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      )}
      {field('senderName', t.contact.name, 'text')}
      {field('senderEmail', t.contact.email, 'email')}
      {field('message', t.contact.message, 'textarea', t.contact.messageHint)}
      <FormActions busy={loading} submit={t.contact.send} submitting={t.contact.sending}>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t.contact.cancel}
        </button>
      </FormActions>
    </form>
  );
}
