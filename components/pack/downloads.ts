/**
 * Outputs of the Pack view: the builder and `docx` are loaded here with
 * dynamic imports, only when the officer uses the Pack view or downloads,
 * so the panel's first JavaScript does not carry them.
 */
import type { Section } from '../../framework/pack';

export type PackBuilder = typeof import('../../framework/pack');

let builder: Promise<PackBuilder> | undefined;
export function loadBuilder(): Promise<PackBuilder> {
  builder ??= import('../../framework/pack');
  return builder;
}

/** A file name from the pack's name: "Highways 2027" → "highways-2027-kpi-schedule.csv". */
export function fileName(packName: string, what: string, extension: string): string {
  const base = packName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'tender-pack';
  return `${base}-${what}.${extension}`;
}

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

export async function downloadDocx(section: Section, packName: string): Promise<void> {
  const { sectionToDocxBlob } = await import('../../framework/pack/docx');
  downloadBlob(await sectionToDocxBlob(section), fileName(packName, section.version === 'evaluator' ? 'evaluation-guide' : 'social-value', 'docx'));
}

export function downloadText(text: string, type: string, name: string): void {
  downloadBlob(new Blob([text], { type }), name);
}
