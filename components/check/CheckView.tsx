/**
 * "Check a draft": check a selection, the whole page, pasted text or a file
 * against the framework; see what it covers by theme, the evidence (shown in
 * the page when it came from there), the gaps with wording to add, vague
 * commitments in bids; export or copy the report.
 */
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { checkDraft, type DraftCheck, type Evidence, type Framework, type Indicator } from '../../framework';
import { STAGE_WORDING } from '../../framework/pack/question-versions';
import { WORDING_NAMES } from '../../framework/render-wording';
import type { PanelViewProps } from '../panel-views';
import { AddToPackButton } from '../pack/AddToPackButton';
import { watchSiteAccess } from '../insert/site-access';
import { watchTargetTab } from '../insert/target-tab';
import { copyRich } from '../shared/clipboard';
import { downloadText } from '../shared/download';
import { prepareWording, type WordingSources } from '../shared/prepare-wording';
import { useWordingSources } from '../shared/use-wording-sources';
import { gateFor } from '../shared/wording-gate';
import { WordingActions } from '../shared/WordingActions';
import { allowFrameThenRead, readPage, showInPage, type PageRead, type PageSource } from './page-source';
import { FRAME_NOT_KEPT, UnreadFrames } from './UnreadFrames';
import { readDraftFile } from './read-file';
import { reportCsv, reportMarkdown } from './report';
import './check.css';

type Scope = 'selection' | 'page';

interface Checked {
  /** What was checked, for the heading and report title. */
  label: string;
  text: string;
  result: DraftCheck;
  /** Set when the text came from the page: evidence can be shown there. */
  page?: PageSource;
}

const PAGE_MESSAGES: Record<Exclude<PageRead['state'], 'ok' | 'empty'>, string> = {
  canvas:
    'This looks like Google Docs, which draws its text where extensions cannot read it. In the document press Ctrl+A then Ctrl+C (⌘A, ⌘C on a Mac), and paste into “Paste text” below; or download it as .docx and choose the file.',
  restricted: 'Extensions may not read this page (a browser page, extension gallery or the PDF viewer). Paste the text, or choose the file, instead.',
  denied: 'The check needs your permission to read this site. Press the button again and allow it, or paste the text instead.',
  'no-target': 'There is no web page to read. Open the document in a tab, or paste the text.',
};

export function CheckView({ framework, intent }: PanelViewProps) {
  const [pasted, setPasted] = useState('');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const run = (label: string, text: string, page?: PageSource) => {
    if (!page) setUnread((now) => (now.origins.length ? { ...now, origins: [] } : now));
    const result = checkDraft(framework, text);
    setChecked({ label, text, result, page });
    setMessage(`Checked ${label}: ${result.covered.length} ${result.covered.length === 1 ? 'indicator' : 'indicators'} addressed, ${result.gaps.length} ${result.gaps.length === 1 ? 'gap' : 'gaps'}.`);
  };
  useEffect(() => {
    // Cached so a click can ask for the site (or a frame's site) at once, inside the click, as Insert does.
    watchTargetTab();
    watchSiteAccess();
  }, []);
  // Each new report takes the focus, so the keyboard is where the results are.
  useEffect(() => {
    if (checked) resultsHeading.current?.focus();
  }, [checked]);

  // A selection sent from the context menu ("Check this selection against the framework").
  const [seenIntent, setSeenIntent] = useState(intent);
  if (intent !== seenIntent) {
    setSeenIntent(intent);
    if (intent?.intent.kind === 'check') run('the selected text', intent.intent.text);
  }

  const [unread, setUnread] = useState<{ origins: string[]; scope: Scope }>({ origins: [], scope: 'page' });

  const show = (read: PageRead, scope: Scope) => {
    setUnread({ origins: read.state === 'ok' ? read.source.unreadFrames : read.state === 'empty' ? read.unreadFrames : [], scope });
    if (read.state === 'ok') run(scope === 'page' ? 'the whole page' : 'the selected text', read.source.text, read.source);
    else if (read.state === 'empty')
      setMessage(scope === 'selection' ? 'Nothing is selected on the page. Select the text to check, then press the button again.' : 'The page has no text to check.');
    else setMessage(PAGE_MESSAGES[read.state]);
  };

  const fromPage = (scope: Scope, reading: Promise<PageRead>, after?: () => void) => {
    setBusy(true);
    setMessage(scope === 'page' ? 'Reading the page…' : 'Reading the selection…');
    reading.then(
      (read) => {
        setBusy(false);
        show(read, scope);
        after?.();
      },
      () => {
        setBusy(false);
        setMessage('The page could not be read. Paste the text instead.');
      },
    );
  };

  const allowFrame = (origin: string) => {
    const scope = unread.scope;
    let kept = true;
    const reading = allowFrameThenRead(origin, scope).then((result) => {
      kept = result.kept;
      return result.read;
    });
    fromPage(scope, reading, () => {
      if (!kept) setMessage(FRAME_NOT_KEPT(origin));
    });
  };

  const fromFile = (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setMessage(`Reading “${file.name}”…`);
    void readDraftFile(file).then((read) => {
      setBusy(false);
      if (!read.ok) setMessage(read.message);
      else if (!read.text.trim()) setMessage(`“${file.name}” has no text to check (a scanned document has only pictures of text).`);
      else run(`“${file.name}”${read.truncated ? ' (first part only)' : ''}`, read.text);
    });
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    fromFile(event.dataTransfer.files[0]);
  };

  return (
    // Dropping a file is a shortcut; "Choose a file" is the keyboard's way to the same thing.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className={`panel-check${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => {
        setDragging(false);
      }}
      onDrop={onDrop}
    >
      <main className="panel-body">
        <h2 className="check-title">Check a draft</h2>
        <p className="muted">See which framework indicators a specification, tender or bid already addresses, and what is missing.</p>
        <div className="check-sources">
          <button type="button" disabled={busy} onClick={() => { fromPage('selection', readPage('selection')); }}>
            Check selection
          </button>
          <button type="button" disabled={busy} onClick={() => { fromPage('page', readPage('page')); }}>
            Check whole page
          </button>
        </div>
        <label className="check-label" htmlFor="check-paste">
          Paste text
        </label>
        <textarea
          id="check-paste"
          className="check-paste"
          rows={5}
          value={pasted}
          onChange={(event) => {
            setPasted(event.target.value);
          }}
        />
        <div className="check-sources">
          <button type="button" disabled={busy || !pasted.trim()} onClick={() => { run('the pasted text', pasted); }}>
            Check pasted text
          </button>
          <label className="file-button">
            Choose a file (.docx, .pdf, .txt, .md)
            <input
              type="file"
              accept=".docx,.pdf,.txt,.md,.markdown"
              onChange={(event) => {
                fromFile(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
          </label>
        </div>
        <p className="muted">Or drop a file on the panel.</p>
        <p role="status" className="check-status">
          {message}
        </p>
        <UnreadFrames origins={unread.origins} busy={busy} onAllow={allowFrame} />
        {checked && <CheckReport framework={framework} checked={checked} headingRef={resultsHeading} />}
      </main>
    </div>
  );
}

/** Insert and Copy of a suggested indicator's outcome statement, with the pack's values and the officer's own wording; missing values asked first. */
function OutcomeActions({ indicator, sources, context }: { indicator: Indicator; sources: WordingSources; context: string }) {
  const prepared = prepareWording(sources, indicator, STAGE_WORDING.planning);
  return <WordingActions what={WORDING_NAMES.outcome} content={prepared.content} gate={gateFor(prepared, sources, indicator)} context={context} />;
}

function CheckReport({ framework, checked, headingRef }: { framework: Framework; checked: Checked; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const { result } = checked;
  const indicators = useMemo(() => new Map(framework.indicators.map((i) => [i.id, i])), [framework]);
  const themes = useMemo(() => new Map(framework.themes.map((t) => [t.id, t])), [framework]);
  const [shown, setShown] = useState('');
  const sources = useWordingSources();
  const title = `Social value check of ${checked.label}`;

  const show = (evidence: Evidence) => {
    if (!checked.page) return;
    void showInPage(checked.page, evidence).then((found) => {
      setShown(found ? 'Shown in the page.' : 'That sentence is no longer on the page.');
    });
  };

  return (
    <section aria-labelledby="check-results" className="check-report">
      <h2 id="check-results" tabIndex={-1} ref={headingRef}>
        Results for {checked.label}
      </h2>
      <div className="check-sources">
        <button
          type="button"
          onClick={() => {
            const text = reportMarkdown(framework, result, title);
            void copyRich({ text, html: '' }).then(() => { setShown('Report copied.'); }, () => { setShown('The report could not be copied.'); });
          }}
        >
          Copy report
        </button>
        <button type="button" onClick={() => { downloadText('social-value-check.md', reportMarkdown(framework, result, title), 'text/markdown'); }}>
          Export Markdown
        </button>
        <button type="button" onClick={() => { downloadText('social-value-check.csv', reportCsv(framework, result), 'text/csv'); }}>
          Export CSV
        </button>
      </div>
      <p role="status" className="muted">{shown}</p>

      <h3>Summary by theme</h3>
      <table className="check-summary">
        <thead>
          <tr>
            <th scope="col">Theme</th>
            <th scope="col">Status</th>
            <th scope="col">Indicators</th>
          </tr>
        </thead>
        <tbody>
          {result.summary.map((t) => (
            <tr key={t.themeId}>
              <th scope="row">{themes.get(t.themeId)?.name ?? t.themeId}</th>
              <td className={`status-${t.status}`}>{t.status === 'covered' ? 'Covered' : t.status === 'partly' ? 'Partly' : 'Missing'}</td>
              <td>
                {t.clear} clear, {t.partial} partly
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Indicators addressed ({result.covered.length})</h3>
      {result.covered.length === 0 ? (
        <p>The text addresses none of the framework’s indicators.</p>
      ) : (
        <ul className="check-covered">
          {result.covered.map((c) => (
            <li key={c.indicatorId} data-indicator={c.indicatorId}>
              <p className="check-indicator">
                <strong>{indicators.get(c.indicatorId)?.text ?? c.indicatorId}</strong>{' '}
                <span className={`strength strength-${c.strength}`}>{c.strength === 'clear' ? 'clearly' : 'partly'}</span>
              </p>
              <ul className="check-evidence">
                {c.evidence.map((e) => (
                  <li key={e.start}>
                    <blockquote>{e.quote}</blockquote>
                    {checked.page && (
                      <button type="button" className="link-button" onClick={() => { show(e); }} aria-label={`Show in page: ${e.quote.slice(0, 60)}`}>
                        Show in page
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}

      <h3>Gaps ({result.gaps.length})</h3>
      {result.gaps.length === 0 ? (
        <p>No gaps found.</p>
      ) : (
        <ul className="check-gaps">
          {result.gaps.map((g) => (
            <li key={`${g.kind}-${g.themeId}-${g.outcomeId ?? ''}`}>
              <p>
                <strong>{g.title}</strong>: {g.why}
              </p>
              <ul>
                {g.indicatorIds.map((id) => {
                  const indicator = indicators.get(id);
                  if (!indicator) return null;
                  const context = `${g.title}: ${indicator.text.slice(0, 50)}`;
                  return (
                    <li key={id} className="check-suggestion" data-indicator={id}>
                      <p>{indicator.text}</p>
                      <div className="check-actions">
                        <OutcomeActions indicator={indicator} sources={sources} context={context} />
                        <AddToPackButton indicatorId={id} context={context} />
                      </div>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}

      {result.kind === 'bid' && (
        <>
          <h3>Vague commitments ({result.vague.length})</h3>
          {result.vague.length === 0 ? (
            <p>Every commitment gives a number, unit, date or evidence.</p>
          ) : (
            <ul className="check-vague">
              {result.vague.map((v) => (
                <li key={v.start}>
                  <blockquote>{v.quote}</blockquote>
                  <p className="muted">No number, unit, date or evidence to hold the supplier to.</p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
