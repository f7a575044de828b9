import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'wouter';
import { DisplayChoices } from '../display/DisplayChoices.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';

interface PageShellProps {
  /** The browser tab's title, before " – Roundtable". */
  pageTitle: string;
  /** Room pages show where the connection stands. */
  showConnection?: boolean;
  /** Extra class on the page, for the layouts of the console, screen and phone. */
  variant?: 'plain' | 'console' | 'screen' | 'phone';
  /** Comes after <main>: the phone's tool bar. */
  after?: ReactNode;
  children: ReactNode;
}

/**
 * Moves focus without touching the address: on the console the part after # is the
 * facilitator's key, and following "#main" would replace it.
 */
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/**
 * The frame of every page: a skip link, a header with the display choices and the accessibility
 * statement, the connection banner and one <main>.
 */
export function PageShell({ pageTitle, showConnection = false, variant = 'plain', after, children }: PageShellProps) {
  return (
    <div className={`page page-${variant}`}>
      {/* React 19 moves this into <head>. */}
      <title>{`${pageTitle} – Roundtable`}</title>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="page-header">
        <div className="page-header-row">
          <p className="brand">Roundtable</p>
          <nav className="page-header-tools" aria-label="This device">
            <Link href="/accessibility" className="accessibility-link">
              Accessibility
            </Link>
            <DisplayChoices onScreen={variant === 'screen'} />
          </nav>
        </div>
        {showConnection ? <ConnectionBanner onConsole={variant === 'console'} /> : null}
      </header>
      <main id="main" tabIndex={-1} className="page-main">
        {children}
      </main>
      {after}
    </div>
  );
}
