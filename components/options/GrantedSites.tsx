/**
 * Options: the sites the officer has allowed Social Value Assistant to
 * insert into (granted from a click on Insert), each with a Revoke button.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { grantedOrigins, onSiteAccessChange, revokeSiteAccess } from '../insert/site-access';

interface Site {
  pattern: string;
  /** Shown to the officer: "https://portal.example.gov.uk". */
  name: string;
  /** Declared in the manifest (the end-to-end build's test server): cannot be revoked here. */
  required: boolean;
}

function siteName(pattern: string): string {
  return pattern.replace(/\/\*$/, '').replace(/^\*:\/\//, '');
}

async function loadSites(): Promise<Site[]> {
  const granted = await grantedOrigins();
  // The manifest type differs between MV2 and MV3; only this key is read.
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[] };
  const required = new Set(manifest.host_permissions ?? []);
  return granted
    .map((pattern) => ({ pattern, name: siteName(pattern), required: required.has(pattern) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export function GrantedSites() {
  const [sites, setSites] = useState<Site[] | null>(null);
  const [message, setMessage] = useState('');

  const refresh = useCallback(() => {
    loadSites().then(setSites, () => {
      setSites([]);
    });
  }, []);

  useEffect(() => {
    refresh();
    // Access granted from the panel while this page is open shows up at once.
    return onSiteAccessChange(refresh);
  }, [refresh]);

  const revoke = (site: Site) => {
    revokeSiteAccess(site.pattern).then(
      (removed) => {
        setMessage(removed ? `Access to ${site.name} removed.` : `Access to ${site.name} could not be removed.`);
        refresh();
      },
      () => {
        setMessage(`Access to ${site.name} could not be removed.`);
      },
    );
  };

  return (
    <section aria-labelledby="granted-sites-heading">
      <h2 id="granted-sites-heading">Sites you have allowed</h2>
      <p>
        Social Value Assistant can insert wording only on sites you allow. Your browser asks the first time you press Insert on a
        site. Revoke a site to take that access back; copying still works everywhere.
      </p>
      {sites === null ? (
        <p>Loading…</p>
      ) : sites.length === 0 ? (
        <p>You have not allowed any sites yet.</p>
      ) : (
        <ul className="granted-sites">
          {sites.map((site) => (
            <li key={site.pattern}>
              <span>{site.name}</span>{' '}
              {site.required ? (
                <span>(always allowed in this build)</span>
              ) : (
                <button
                  type="button"
                  aria-label={`Revoke access to ${site.name}`}
                  onClick={() => {
                    revoke(site);
                  }}
                >
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
