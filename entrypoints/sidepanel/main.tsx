import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanel } from '../../components/SidePanel';
import '../../components/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('Side panel root element is missing');
createRoot(root).render(
  <StrictMode>
    <SidePanel />
  </StrictMode>,
);
