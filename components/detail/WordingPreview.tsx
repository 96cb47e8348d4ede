import type { WordingBlock } from '../../framework/render-wording';

/** Shows wording blocks on screen as they will look when inserted into a rich editor. */
export function WordingPreview({ blocks }: { blocks: readonly WordingBlock[] }) {
  return (
    <div className="wording">
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'paragraph':
            return <p key={i}>{block.text}</p>;
          case 'list':
            return (
              <ul key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            );
          case 'labelled':
            return (
              <p key={i}>
                <strong>{block.label}:</strong> {block.text}
              </p>
            );
          case 'heading':
            return (
              <p key={i}>
                <strong>{block.label}:</strong>
              </p>
            );
        }
      })}
    </div>
  );
}
