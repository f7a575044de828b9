import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { useRoomView } from '../../sync/optimistic.ts';
import { fromMeeting, outcomeText, raisedBy } from './itemWords.ts';
import { useSortedItems } from './useSortedItems.ts';

/** As many cards as stay readable from the back of a room on one 1080p screen. */
const SCREEN_MAX_ITEMS = 9;

/** The car park on the projector: big cards, no controls. */
export function ScreenCarPark() {
  const items = useSortedItems();
  const thisMeeting = useRoomView((view) => view?.meeting.number ?? 1);
  // Nothing scrolls on a projector, so the newest items are the ones shown.
  const shown = items.slice(-SCREEN_MAX_ITEMS);

  return (
    <section className="screen-car-park" aria-labelledby="screen-car-park-heading">
      <h2 id="screen-car-park-heading">Car park</h2>
      {items.length === 0 ? (
        <p className="screen-empty">Nothing in the car park yet. Add something from your phone.</p>
      ) : (
        <ul className="screen-items">
          {shown.map((item) => (
            <li key={item.id} className="screen-item">
              <h3 className="screen-item-text">
                <GlossaryText text={item.text} interactive={false} />
              </h3>
              <p className="screen-item-meta">
                {raisedBy(item, null)}
                {fromMeeting(item, thisMeeting) ? `, ${fromMeeting(item, thisMeeting)}` : ''}
              </p>
              <p className={item.outcome ? 'screen-item-outcome has-outcome' : 'screen-item-outcome'}>{outcomeText(item.outcome)}</p>
            </li>
          ))}
        </ul>
      )}
      {items.length > shown.length ? (
        <p className="screen-more">{`Showing the newest ${shown.length} of ${items.length} items.`}</p>
      ) : null}
    </section>
  );
}
