/** The framework's own guidance: introduction, the commissioning cycle, guidance notes and references. */
import type { Framework } from '../../framework';

export function GuidanceSection({ framework }: { framework: Framework }) {
  const { guidance } = framework;
  return (
    <section className="fw-guidance" aria-labelledby="guidance">
      <h2 id="guidance">Guidance</h2>
      {guidance.introduction.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <h3>The commissioning cycle</h3>
      <dl>
        {guidance.commissioningCycle.map((stage) => (
          <div key={stage.stage}>
            <dt>
              {stage.name} ({stage.alias})
            </dt>
            <dd>
              {stage.description}
              {stage.examples && stage.examples.length > 0 && (
                <ul>
                  {stage.examples.map((example) => (
                    <li key={example}>{example}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {guidance.paragraphs.map((paragraph) => (
        <div key={paragraph.id}>
          <h3>{paragraph.title}</h3>
          <p>{paragraph.text}</p>
        </div>
      ))}
      {guidance.carbonKeyMeasures.length > 0 && (
        <>
          <h3>Carbon neutral: key measures</h3>
          <ul>
            {guidance.carbonKeyMeasures.map((measure) => (
              <li key={measure}>{measure}</li>
            ))}
          </ul>
        </>
      )}
      {guidance.notes.map((note) => (
        <div key={note.id} className="fw-note">
          <h3>{note.title}</h3>
          <p>{note.text}</p>
        </div>
      ))}
      <h3>References</h3>
      <ul>
        {guidance.references.map((reference) => (
          <li key={reference.id}>
            <a href={reference.url}>{reference.title}</a>
            {reference.note && ` – ${reference.note}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
