/** The side panel (Firefox: sidebar): search the framework and use its wording. */
export function SidePanel() {
  return (
    <main className="panel">
      <h1 className="panel-title">Social Value Assistant</h1>
      <p>Search the Cheshire East Social Value Framework and insert its wording where you are working.</p>
    </main>
  );
}
