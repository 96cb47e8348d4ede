import type { Framework, Indicator, Theme } from '../../framework/schema';

/** Outcomes, Marmot priorities, and each theme's local priorities and local voices. */
export function FrameworkContext({ framework, indicator }: { framework: Framework; indicator: Indicator }) {
  const outcomes = indicator.outcomes.flatMap((id) => framework.outcomes.filter((o) => o.id === id));
  const marmot = indicator.marmotPriorities.flatMap((id) => framework.marmotPriorities.filter((m) => m.id === id));
  const themes = indicator.themes.flatMap((id) => framework.themes.filter((t) => t.id === id));

  return (
    <section className="detail-section" aria-labelledby="context-title">
      <h3 id="context-title">Framework context</h3>
      <h4>Outcomes</h4>
      <ul className="plain-list">
        {outcomes.map((o) => (
          <li key={o.id}>{o.text}</li>
        ))}
      </ul>
      <h4>Marmot priorities</h4>
      {marmot.length > 0 ? (
        <ul className="plain-list">
          {marmot.map((m) => (
            <li key={m.id}>{m.name}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">The framework lists no Marmot priorities for this theme.</p>
      )}
      {themes.map((theme) => (
        <ThemeBoxes key={theme.id} theme={theme} />
      ))}
    </section>
  );
}

/** The theme's two boxes, folded away: they are long and the same for every indicator of the theme. */
function ThemeBoxes({ theme }: { theme: Theme }) {
  const { localPriorities, localVoices } = theme;
  return (
    <>
      <details className="disclosure">
        <summary>{theme.name}: local priorities</summary>
        <div className="disclosure-body">
          {localPriorities.introduction && <p>{localPriorities.introduction}</p>}
          {localPriorities.sources.map((source) => (
            <div key={source.title} className="source">
              <p className="source-title">
                {source.url ? (
                  <a href={source.url} target="_blank" rel="noreferrer">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
              </p>
              {source.description && <p>{source.description}</p>}
              {source.groups.map((group, i) => (
                <div key={group.heading ?? i}>
                  {group.heading && <p className="group-heading">{group.heading}</p>}
                  <ul>
                    {group.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          ))}
        </div>
      </details>
      <details className="disclosure">
        <summary>{theme.name}: what local people say</summary>
        <div className="disclosure-body">
          <p>{localVoices.heading}</p>
          {localVoices.quotes.length > 0 && (
            <ul className="quotes">
              {localVoices.quotes.map((quote) => (
                <li key={quote}>{quote}</li>
              ))}
            </ul>
          )}
          <p className="muted">{localVoices.note}</p>
        </div>
      </details>
    </>
  );
}
