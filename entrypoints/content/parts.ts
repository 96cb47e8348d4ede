/**
 * The parts the panel injects after the core (/insertion.js) when a frame
 * needs them: an editor's techniques (entrypoints/editor-*.ts, once the core
 * has found that editor) and the draft check's page reading
 * (entrypoints/page-text.ts). Each is a file of its own, run in the same
 * isolated world as the core, so it registers itself on a property of that
 * world's global object: the page's own scripts cannot see it, and no file is
 * web-accessible for a page to probe for.
 */
import type { Technique } from './adapters/types';
import type {
  EditorPart,
  PageTextRequest,
  PageTextResponse,
  ShowEvidenceRequest,
  ShowEvidenceResponse,
} from './contract/protocol';

export interface PageTextPart {
  pageText(request: PageTextRequest): PageTextResponse;
  showEvidence(request: ShowEvidenceRequest): ShowEvidenceResponse;
}

interface Parts {
  editors: Map<EditorPart, readonly Technique[]>;
  pageText?: PageTextPart;
}

/** Kept on the isolated world's global (invisible to the page), shared by the core and the parts injected after it. */
interface PartsGlobal {
  __svaParts?: Parts;
}

function parts(): Parts {
  const scope = globalThis as PartsGlobal;
  scope.__svaParts ??= { editors: new Map() };
  return scope.__svaParts;
}

/** Called by an editor's part when it arrives. */
export function registerEditor(part: EditorPart, techniques: readonly Technique[]): void {
  parts().editors.set(part, techniques);
}

/** An editor's techniques, or `undefined` before its part has arrived. */
export function editorTechniques(part: EditorPart): readonly Technique[] | undefined {
  return parts().editors.get(part);
}

/** Called by the page-text part when it arrives. */
export function registerPageText(part: PageTextPart): void {
  parts().pageText = part;
}

/** The page-text part; throws before it has arrived (the request then goes unanswered, as from a frame without a script). */
export function pageTextPart(): PageTextPart {
  const part = parts().pageText;
  if (!part) throw new Error('The page-text part was not injected into this frame');
  return part;
}
