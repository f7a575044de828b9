/**
 * Shown while the code for a page arrives. It stays invisible for a moment (see .page-loading),
 * so a fast connection shows no flash; a slow one gets a calm line that screen readers hear once.
 */
export function PageLoading() {
  return (
    <div className="page page-plain">
      <main id="main" tabIndex={-1} className="page-main">
        <p role="status" className="lead page-loading">
          Loading…
        </p>
      </main>
    </div>
  );
}
