import { PageShell } from '../components/PageShell.tsx';

/** The accessibility statement: what Roundtable does, what it does not do yet, and who to tell. */
export function AccessibilityPage() {
  return (
    <PageShell pageTitle="Accessibility">
      <article className="narrow stack accessibility-statement">
        <h1>Accessibility</h1>
        <p className="lead">
          Everyone in the room should be able to take part. This page says what Roundtable does to help, what it cannot do
          yet, and what to do if something gets in your way.
        </p>

        <section className="stack" aria-labelledby="a11y-aim">
          <h2 id="a11y-aim">What we aim for</h2>
          <p>
            We build Roundtable to meet a standard called the Web Content Accessibility Guidelines, version 2.2, level
            AA. It sets out how websites should work for disabled people, and public bodies in the UK must meet it. Each
            time Roundtable changes, an automatic tool checks every page, and we check that each page can be used with a
            keyboard alone.
          </p>
        </section>

        <section className="stack" aria-labelledby="a11y-does">
          <h2 id="a11y-does">What Roundtable does</h2>
          <ul className="link-list">
            <li>You can do everything with a keyboard alone. You never need a mouse.</li>
            <li>Every page is made to work with screen readers, and to tell you when something changes.</li>
            <li>
              You never have to drag anything. Wherever you can drag, there is also a button that does the same thing.
            </li>
            <li>Buttons are big, so they are easy to tap.</li>
            <li>
              The <strong>Display</strong> button at the top of every page lets you make the text bigger (up to twice
              as big), turn on high contrast, stop things moving, and add more space between letters, words and lines.
              Your device remembers your choices.
            </li>
            <li>
              On a phone, the <strong>Read aloud</strong> button reads a card, an item or an agreement out loud. It uses
              your phone’s own voice.
            </li>
            <li>
              Roundtable does not use other websites or services. It does not load fonts, voices or anything else from
              anywhere else, and reading aloud happens on your own device.
            </li>
            <li>You do not need an account, and you do not have to give your name.</li>
            <li>If your connection drops, what you typed is kept on your device and sent when you are back.</li>
          </ul>
        </section>

        <section className="stack" aria-labelledby="a11y-limits">
          <h2 id="a11y-limits">What does not work yet</h2>
          <ul className="link-list">
            <li>There is no Easy Read version yet, with pictures beside the words.</li>
            <li>Roundtable is only in English. Other languages, and British Sign Language, are not there yet.</li>
            <li>Read aloud only works if your browser has a voice. Some browsers do not.</li>
            <li>The big screen at the front of the room is made to be read, not touched.</li>
          </ul>
        </section>

        <section className="stack" aria-labelledby="a11y-tell">
          <h2 id="a11y-tell">If something gets in your way</h2>
          <p>
            Please tell the person running the workshop (the host). You can tell them out loud, or put it in the car park
            so they see it. They can help you take part another way, and pass the problem on so it gets fixed.
          </p>
          <p>You can also ask the host if you can take part on paper, or with someone to help you.</p>
        </section>

        <section className="stack" aria-labelledby="a11y-checked">
          <h2 id="a11y-checked">When we last checked</h2>
          <p>
            We last checked this page, and how Roundtable works for people, on <time dateTime="2026-11-22">22 November 2026</time>.
          </p>
          <p>To go back to your workshop, use your browser’s back button.</p>
        </section>
      </article>
    </PageShell>
  );
}
