import type { ComponentProps } from 'react';

type BusyButtonProps = ComponentProps<'button'> & {
  /** While its action runs: unavailable (aria-disabled), activation ignored, focus kept. */
  busy: boolean;
};

/**
 * A button that is unavailable while its action runs without losing the keyboard. A focused
 * button that becomes `disabled` sends focus to the page (Chromium does, and it does not come
 * back), so a keyboard or screen-reader user lands at the top after every save. While busy this
 * one is only aria-disabled and ignores clicks, and with them the Enter that submits a form.
 */
export function BusyButton({ busy, onClick, type = 'button', ...rest }: BusyButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) event.preventDefault();
        else onClick?.(event);
      }}
    />
  );
}
