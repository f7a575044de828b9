import { StartCheckIn } from './StartCheckIn.tsx';

/** The first thing a follow-on meeting offers: checking the group's agreements still work for everyone. */
export function FollowOnOffer({ meeting }: { meeting: number }) {
  return (
    <div className="follow-on-offer panel stack">
      <p className="follow-on-lead">{`This is meeting ${meeting}. Start by checking the agreements still work for everyone.`}</p>
      <p className="hint">Each person goes through the agreements on their phone. Nobody sees who wants to talk about which.</p>
      <StartCheckIn primary />
    </div>
  );
}
