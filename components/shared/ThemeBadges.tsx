import type { Framework } from '../../framework/schema';

/** The indicator's themes as small coloured labels (colour is never the only cue: the name is shown). */
export function ThemeBadges({ framework, themes }: { framework: Framework; themes: readonly string[] }) {
  return (
    <span className="badges">
      {themes.map((id) => (
        <span key={id} className="badge" data-theme={id}>
          {framework.themes.find((t) => t.id === id)?.name ?? id}
        </span>
      ))}
    </span>
  );
}
