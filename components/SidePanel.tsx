/**
 * The side panel (Firefox: sidebar). Its first paint needs only React and
 * this file: a search box the officer can type in at once. Everything else
 * (the framework, the search engine, zod, the views) loads just after, in
 * PanelBody, which picks up whatever was typed in the meantime.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import type { Framework } from '../framework';
import { PanelTop } from './PanelTop';
import { SearchBox } from './search/SearchBox';
import './panel.css';

const PanelBody = lazy(() => import('./PanelBody'));

export function SidePanel({ framework }: { framework?: Framework }) {
  const typedEarly = useRef('');
  const inputRef = useRef<HTMLInputElement>(null);
  const [early, setEarly] = useState('');

  const firstPaint = (
    <>
      <PanelTop />
      <div className="panel-header">
        <SearchBox
          value={early}
          onChange={(value) => {
            typedEarly.current = value;
            setEarly(value);
          }}
          onKeyDown={() => undefined}
          inputRef={inputRef}
        />
      </div>
    </>
  );

  return (
    <div className="panel">
      <Suspense fallback={firstPaint}>
        <PanelBody framework={framework} typedEarly={typedEarly} />
      </Suspense>
    </div>
  );
}
