import type { InputHTMLAttributes, ReactNode } from 'react';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type' | 'checked' | 'onChange'
>;

interface CheckboxProps extends InputProps {
  id: string;
  /** After the box, tied to it with htmlFor. */
  label: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}

/** A checkbox with its label after it (the `.checkbox` row). */
export function Checkbox({ id, label, checked, onCheckedChange, ...rest }: CheckboxProps) {
  return (
    <div className="checkbox">
      <input
        {...rest}
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onCheckedChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
