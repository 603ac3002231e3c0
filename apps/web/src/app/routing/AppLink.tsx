import type { AnchorHTMLAttributes, MouseEvent } from 'react';

import { useRouter } from './use-router';

type AppLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An ordinary link that navigates within the app; modified clicks (new tab) stay native. */
export function AppLink({ href, onClick, ...rest }: AppLinkProps) {
  const { path, navigate } = useRouter();

  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  }

  return (
    <a
      href={href}
      aria-current={path === href ? 'page' : undefined}
      onClick={handleClick}
      {...rest}
    />
  );
}
