import type { ToolProps } from '../participantTools.ts';

/** What a phone shows before the host starts a tool: a calm "you're in". */
export function WelcomeTool({ openTool }: ToolProps) {
  return (
    <section className="welcome stack" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">You’re in</h2>
      <p className="lead">The host will start soon. You do not need to do anything yet.</p>
      <div className="card stack">
        <p>Want to raise something to come back to later? You can add it to the car park at any time.</p>
        <button type="button" className="button" onClick={() => openTool('carPark')}>
          Open the car park
        </button>
      </div>
      <div className="card stack">
        <p>Want to say something? Raise your hand and the host will ask you to speak.</p>
        <button type="button" className="button" onClick={() => openTool('queue')}>
          Raise my hand
        </button>
      </div>
    </section>
  );
}
