import { accessListings } from '@roundtable/shared';
import { useEffect, useMemo, useRef } from 'react';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { useAnnouncement } from '../../components/useAnnouncement.ts';
import { whenSaid } from '../../components/format.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { ACCESS_NEED_WORDS, NO_NAME } from './accessWords.ts';

/**
 * The console's private list of what each person told the host they need, newest first. Only
 * facilitators ever receive these answers; this panel is never part of the big screen.
 */
export function AccessNeedsPanel() {
  const access = useRoomView((view) => view?.access);
  const members = useRoomView((view) => view?.members);
  const listings = useMemo(() => (access && members ? accessListings(access, members) : []), [access, members]);
  const [said, say] = useAnnouncement();
  const latest = listings[0]?.entry.updatedAt ?? 0;
  const heard = useRef(latest);

  // Said when an answer newer than any seen arrives; answers already there on opening are not news.
  useEffect(() => {
    if (latest > heard.current) say('Someone told you what they need.');
    heard.current = Math.max(heard.current, latest);
  }, [latest, say]);

  return (
    <section className="panel stack access-panel" aria-labelledby="access-heading">
      <h2 id="access-heading">What people need</h2>
      <p className="hint">Only you can see this. It is never shown on the big screen or on anyone else’s phone.</p>
      <LiveMessage text={said.text} serial={said.serial} className="visually-hidden" />
      {listings.length ? (
        <ul className="access-list stack">
          {listings.map(({ memberId, name, entry }) => (
            <li key={memberId} className="access-person">
              <p>
                <strong>{name ?? NO_NAME}</strong> <span className="hint">{whenSaid(entry.updatedAt)}</span>
              </p>
              {entry.needs.length ? (
                <ul className="access-needs">
                  {entry.needs.map((need) => (
                    <li key={need}>{ACCESS_NEED_WORDS[need]}</li>
                  ))}
                </ul>
              ) : null}
              {entry.other ? <p className="access-other">Anything else: “{entry.other}”</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nobody has told you what they need yet.</p>
      )}
    </section>
  );
}
