import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsPage } from '../../components/OptionsPage';
import '../../components/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('Options root element is missing');
createRoot(root).render(
  <StrictMode>
    <OptionsPage />
  </StrictMode>,
);
