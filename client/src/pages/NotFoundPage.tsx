import { Link } from 'wouter';
import { PageShell } from '../components/PageShell.tsx';

/** Any address the app does not know. */
export function NotFoundPage() {
  return (
    <PageShell pageTitle="Page not found">
      <div className="narrow stack">
        <h1>We could not find that page</h1>
        <p className="lead">The link may be old, or a letter may be missing from it.</p>
        <ul className="link-list">
          <li>
            <Link href="/join">Join a workshop with a code</Link>
          </li>
          <li>
            <Link href="/">Go to the home page</Link>
          </li>
        </ul>
      </div>
    </PageShell>
  );
}
