import type { RenderedWording } from '../../framework/render-wording';
import { InsertButton } from '../insert/InsertButton';
import { CopyButton } from './CopyButton';

export interface WordingActionsProps {
  /** What the wording is, as in the button names: "tender question". */
  what: string;
  content: RenderedWording;
  /** Added to the accessible names where several sets share a page, e.g. the indicator's wording. */
  context?: string;
}

/** The Insert and Copy pair for one piece of wording. */
export function WordingActions({ what, content, context }: WordingActionsProps) {
  const suffix = context ? `: ${context}` : '';
  return (
    <div className="actions">
      <InsertButton label={`Insert ${what}${suffix}`} content={content}>
        Insert
      </InsertButton>
      <CopyButton label={`Copy ${what}${suffix}`} content={content} what={what} />
    </div>
  );
}
