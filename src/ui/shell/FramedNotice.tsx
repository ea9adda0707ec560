/** Shown instead of the app when another site frames it (see frameGuard.ts). */
export function FramedNotice({ href }: { href: string }) {
  return (
    <main className="tc-framed" role="alert">
      <h1>ThreatCanvas does not run inside another site</h1>
      <p>
        This page was opened in a frame of another website, which could overlay or read what you do.
        Your models stay untouched.
      </p>
      <p>
        <a href={href} target="_blank" rel="noopener noreferrer">
          Open ThreatCanvas in its own tab
        </a>
      </p>
    </main>
  );
}
