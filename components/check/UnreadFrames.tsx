/**
 * Parts of the page in frames from other sites the check could not read
 * (the officer has not allowed those sites): said beside the results, each
 * with "Allow access to …", as insertion asks for a field in such a frame.
 */
import { hasSiteAccess } from '../insert/site-access';

export const FRAME_NOT_KEPT = (origin: string) =>
  `No part of the page came from ${origin}, as the page’s address for it said, so access to that site has been given back.`;

export function UnreadFrames({ origins, busy, onAllow }: { origins: readonly string[]; busy: boolean; onAllow: (origin: string) => void }) {
  if (!origins.length) return null;
  return (
    <div className="check-unread" role="note">
      <p>
        {origins.length === 1
          ? `Part of this page is in a frame from another site (${origins[0] ?? ''}) that Social Value Assistant may not read yet, so its text was not checked.`
          : `Parts of this page are in frames from other sites (${origins.join(', ')}) that Social Value Assistant may not read yet, so their text was not checked.`}
      </p>
      <div className="check-sources">
        {origins
          .filter((origin) => !hasSiteAccess(`${origin}/`))
          .map((origin) => (
            <button
              key={origin}
              type="button"
              disabled={busy}
              onClick={() => {
                onAllow(origin);
              }}
            >
              Allow access to {origin}
            </button>
          ))}
      </div>
    </div>
  );
}
