/** One theme of the framework page: its priorities, local voices and local priorities, then its outcomes and indicators. */
import type { Framework, Indicator } from '../../framework';
import { indicatorAnchor } from './links';
import type { OutlineTheme } from './outline';

function IndicatorEntry({ framework, indicator }: { framework: Framework; indicator: Indicator }) {
  const marmot = framework.marmotPriorities.filter((priority) => indicator.marmotPriorities.includes(priority.id));
  return (
    <article className="fw-indicator" id={indicatorAnchor(indicator.id)} tabIndex={-1} aria-labelledby={`${indicatorAnchor(indicator.id)}-title`}>
      <h4 id={`${indicatorAnchor(indicator.id)}-title`} className="fw-indicator-text">
        {indicator.text}
      </h4>
      {indicator.subMeasures && indicator.subMeasures.length > 0 && (
        <ul className="fw-submeasures">
          {indicator.subMeasures.map((measure) => (
            <li key={measure}>{measure}</li>
          ))}
        </ul>
      )}
      <dl className="fw-facts">
        <div>
          <dt>Measured as</dt>
          <dd>
            {indicator.measureType} ({indicator.unit})
          </dd>
        </div>
        {marmot.length > 0 && (
          <div>
            <dt>Marmot priorities</dt>
            <dd>{marmot.map((priority) => priority.name).join('; ')}</dd>
          </div>
        )}
      </dl>
      {indicator.notes?.map((note) => (
        <p key={note} className="fw-note">
          {note}
        </p>
      ))}
      <p className="fw-permalink no-print">
        <a href={`#${indicatorAnchor(indicator.id)}`}>Link to this indicator</a>
      </p>
    </article>
  );
}

export function ThemeSection({ framework, item }: { framework: Framework; item: OutlineTheme }) {
  const { theme } = item;
  const headingId = `theme-${theme.id}`;
  return (
    <section className="fw-theme" aria-labelledby={headingId} data-theme={theme.id}>
      <h2 id={headingId}>{theme.title}</h2>
      {theme.marmotPriorities.length > 0 && (
        <>
          <h3>Marmot priorities</h3>
          <ul>
            {theme.marmotPriorities.map((priority) => (
              <li key={priority.id}>{priority.text}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{theme.localVoices.heading}</h3>
      {theme.localVoices.quotes.map((quote) => (
        <blockquote key={quote}>{quote}</blockquote>
      ))}
      <p>{theme.localVoices.note}</p>
      {theme.localVoices.url && (
        <p>
          <a href={theme.localVoices.url}>More local voices</a>
        </p>
      )}
      <h3>{theme.localPriorities.heading}</h3>
      {theme.localPriorities.introduction && <p>{theme.localPriorities.introduction}</p>}
      {theme.localPriorities.sources.map((source) => (
        <div key={source.title} className="fw-source">
          <h4>{source.url ? <a href={source.url}>{source.title}</a> : source.title}</h4>
          {source.description && <p>{source.description}</p>}
          {source.groups.map((group, index) => (
            <div key={group.heading ?? index}>
              {group.heading && <h5>{group.heading}</h5>}
              <ul>
                {group.items.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
      <h3>Outcomes and indicators</h3>
      {item.outcomes.map((group) => (
        <section key={group.outcome?.id ?? 'other'} className="fw-outcome" aria-label={group.outcome?.text ?? 'Other indicators'}>
          <h3 className="fw-outcome-title">
            <span className="fw-label">Outcome: </span>
            {group.outcome?.text ?? 'Other indicators'}
          </h3>
          {group.entries.map(({ indicator, primary }) =>
            primary ? (
              <IndicatorEntry key={indicator.id} framework={framework} indicator={indicator} />
            ) : (
              <p key={indicator.id} className="fw-see">
                Also: <a href={`#${indicatorAnchor(indicator.id)}`}>{indicator.text}</a>
              </p>
            ),
          )}
        </section>
      ))}
    </section>
  );
}
