// Which part of the extension may import which: the house's arrows point
// down (entrypoints -> components -> framework; components reach the
// content script only through its contract). Used by eslint.config.js and
// checked by tests/unit/boundaries.test.ts.

const BROWSER_OR_UI = {
  regex: '^(wxt|@wxt-dev|webextension-polyfill|react|react-dom)(/|$)',
  message: 'framework/ is the domain and knows no browser and no UI: pass what it needs in from components/ or entrypoints/.',
};

export const boundaries = [
  {
    files: ['framework/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            BROWSER_OR_UI,
            { regex: '(^|/)(components|entrypoints)(/|$)', message: 'framework/ imports nothing from components/ or entrypoints/.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'framework/ knows no browser APIs.' },
        { name: 'chrome', message: 'framework/ knows no browser APIs.' },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)entrypoints/(?!content/contract/)',
              message: 'components/ reaches the content script only through its contract (entrypoints/content/contract/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)components(/|$)', message: 'The content script runs in web pages: it imports no panel components.' },
            { regex: '^(react|react-dom)(/|$)', message: 'The content script runs in web pages: no React.' },
          ],
        },
      ],
    },
  },
];
