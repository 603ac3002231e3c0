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
  /** The row's element: 'li' when the boxes are a list. */
  as?: 'div' | 'li';
}

/** A checkbox with its label after it (the `.checkbox` row). */
export function Checkbox({
  id,
  label,
  checked,
  onCheckedChange,
  as: Row = 'div',
  ...rest
}: CheckboxProps) {
  return (
    <Row className="checkbox">
      <input
        {...rest}
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onCheckedChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </Row>
  );
}
