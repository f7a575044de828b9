import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { startDisplayChoices } from './display/useDisplayChoices.ts';
import './styles.css';

// Before the first render, so bigger text or high contrast never flashes in after the page.
startDisplayChoices();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
