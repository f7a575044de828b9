import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { PageLoading } from './components/PageLoading.tsx';
import { JoinPage } from './pages/JoinPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ParticipantPage } from './pages/ParticipantPage.tsx';

// Phones are the slowest devices on the worst connections, so only their pages are in the first
// download; the console, the screen and the start page (and the QR encoder) come when opened.
const StartPage = lazy(() => import('./pages/StartPage.tsx').then((module) => ({ default: module.StartPage })));
const FacilitatorPage = lazy(() => import('./pages/FacilitatorPage.tsx').then((module) => ({ default: module.FacilitatorPage })));
const ScreenPage = lazy(() => import('./pages/ScreenPage.tsx').then((module) => ({ default: module.ScreenPage })));
const AccessibilityPage = lazy(() => import('./pages/AccessibilityPage.tsx').then((module) => ({ default: module.AccessibilityPage })));
const SummaryPage = lazy(() => import('./pages/SummaryPage.tsx').then((module) => ({ default: module.SummaryPage })));

export function App() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Switch>
        <Route path="/" component={StartPage} />
        <Route path="/join" component={JoinPage} />
        <Route path="/accessibility" component={AccessibilityPage} />
        <Route path="/f/:roomId">{(params) => <FacilitatorPage key={params.roomId} roomId={params.roomId} />}</Route>
        <Route path="/s/:token">{(params) => <ScreenPage key={params.token} token={params.token} />}</Route>
        <Route path="/j/:token">{(params) => <ParticipantPage key={params.token} token={params.token} />}</Route>
        <Route path="/r/:roomId/:token">{(params) => <SummaryPage key={params.token} roomId={params.roomId} token={params.token} />}</Route>
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}
