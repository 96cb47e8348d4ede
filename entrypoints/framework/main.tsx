import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FrameworkPage } from '../../components/framework-page/FrameworkPage';
import '../../components/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('Framework page root element is missing');
createRoot(root).render(
  <StrictMode>
    <FrameworkPage />
  </StrictMode>,
);
