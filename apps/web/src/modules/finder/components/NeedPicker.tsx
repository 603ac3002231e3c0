import { useId } from 'react';

import { useLanguage, useT } from '../../../app/i18n/use-t';
import type { InterventionCode } from '../../../generated/graphql';
import type { InterventionTypeNode } from '../../../shared/intervention-types/use-intervention-types';
import type { CheckboxSelection } from '../../../shared/forms/CheckboxFieldset';
import { toggled } from '../../../shared/forms/toggled';

interface NeedPickerProps extends CheckboxSelection<InterventionCode> {
  types: readonly InterventionTypeNode[];
}

/** The taxonomy as checkboxes: label, a one-line explanation, and the evidence on request. */
export function NeedPicker({ types, selected, onChange }: NeedPickerProps) {
  const t = useT();
  const { lang } = useLanguage();
  const id = useId();
  const chosen = new Set(selected);
  const ordered = [...types].sort((a, b) => a.sortOrder - b.sortOrder);

  // Keep the taxonomy's order, so the URL does not depend on the order of clicks.
  const order = ordered.map((type) => type.code);
  const toggle = (code: InterventionCode) => onChange(toggled(order, selected, code));

  return (
    <fieldset className="need-picker" aria-describedby={`${id}-hint`}>
      <legend>{t.finder.step2}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t.finder.needsHint}
      </p>
      <ul className="need-list">
        {ordered.map((type) => {
          const inputId = `${id}-${type.code}`;
          return (
            <li key={type.code} className="need" data-testid="need-option">
              <div className="need__choice">
                <input
                  id={inputId}
                  type="checkbox"
                  value={type.code}
                  checked={chosen.has(type.code)}
                  aria-describedby={`${inputId}-desc`}
                  onChange={() => toggle(type.code)}
                />
                <label htmlFor={inputId} className="need__label">
                  {lang === 'en' ? type.labelEn : type.labelNl}
                </label>
              </div>
              {/* Folded by default, so the eleven needs fit a phone's screen; the explanation
                  stays the checkbox's description for screen readers either way. */}
              <details className="need__more" data-testid="need-more">
                <summary>{t.finder.needMore}</summary>
                <p id={`${inputId}-desc`} className="need__description">
                  {lang === 'en' ? type.descriptionEn : type.descriptionNl}
                </p>
                <p className="need__evidence">
                  <strong>{t.finder.evidenceToggle}</strong>{' '}
                  {lang === 'en' ? type.evidenceNoteEn : type.evidenceNoteNl}
                </p>
              </details>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
