/** The options page: organisation settings, defaults and frameworks. */
export function OptionsPage() {
  return (
    <main className="options">
      <h1>Social Value Assistant options</h1>
      <p>Settings for your organisation will appear here.</p>
    </main>
  );
}
