import { Route, Switch } from 'wouter';
import { FacilitatorPage } from './pages/FacilitatorPage.tsx';
import { JoinPage } from './pages/JoinPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ParticipantPage } from './pages/ParticipantPage.tsx';
import { ScreenPage } from './pages/ScreenPage.tsx';
import { StartPage } from './pages/StartPage.tsx';

export function App() {
  return (
    <Switch>
      <Route path="/" component={StartPage} />
      <Route path="/join" component={JoinPage} />
      <Route path="/f/:roomId">{(params) => <FacilitatorPage key={params.roomId} roomId={params.roomId} />}</Route>
      <Route path="/s/:token">{(params) => <ScreenPage key={params.token} token={params.token} />}</Route>
      <Route path="/j/:token">{(params) => <ParticipantPage key={params.token} token={params.token} />}</Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
