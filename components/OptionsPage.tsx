/** The options page: the officer's defaults, the framework in use, and the sites allowed for insertion. */
import { FrameworkSettings } from './options/FrameworkSettings';
import { GrantedSites } from './options/GrantedSites';
import { SettingsSection } from './options/SettingsSection';
import './options/options.css';

export function OptionsPage() {
  return (
    <main className="options">
      <h1>Social Value Assistant options</h1>
      <SettingsSection />
      <FrameworkSettings />
      <GrantedSites />
    </main>
  );
}
