import {
  adoptedAgreements,
  openCheckIn,
  proposedAgreements,
  type Agreement,
  type AgreementsState,
  type CheckIn,
  type CheckInMark,
  type RoundAnswerRecord,
} from '@roundtable/shared';
import { useRoomStore } from '../../store/roomStore.ts';
import { useRoomView } from '../../sync/optimistic.ts';

const NONE: Agreement[] = [];
const NO_MARKS: Record<string, CheckInMark> = {};
/** One sort per version of the agreements, shared by every component that lists them. */
const adoptedOnce = new WeakMap<AgreementsState['agreements'], Agreement[]>();
const proposedOnce = new WeakMap<AgreementsState['agreements'], Agreement[]>();

function sortOnce(cache: WeakMap<AgreementsState['agreements'], Agreement[]>, sort: typeof adoptedAgreements, agreements: AgreementsState['agreements'] | undefined): Agreement[] {
  if (!agreements) return NONE;
  let list = cache.get(agreements);
  if (!list) {
    list = sort({ agreements });
    cache.set(agreements, list);
  }
  return list;
}

/** The adopted agreements in the group's order: the same array until they change. */
export function useAdopted(): Agreement[] {
  return useRoomView((view) => sortOnce(adoptedOnce, adoptedAgreements, view?.agreements.agreements));
}

/** Proposals waiting for a round, oldest first. */
export function useProposed(): Agreement[] {
  return useRoomView((view) => sortOnce(proposedOnce, proposedAgreements, view?.agreements.agreements));
}

/** The check-in under way, or null. */
export function useOpenCheckIn(): CheckIn | null {
  return useRoomView((view) => (view ? openCheckIn(view.agreements) : null));
}

/** This device's member id, or null on the screen and the console. */
export function useMyMemberId(): string | null {
  return useRoomStore((state) => state.me?.memberId ?? null);
}

/** This person's answer in the open round, as the phone shows it. */
export function useMyAnswer(): RoundAnswerRecord | undefined {
  const memberId = useMyMemberId();
  return useRoomView((view) => (memberId === null ? undefined : view?.agreements.roundAnswers[memberId]));
}

/** This person's marks in the open check-in. */
export function useMyMarks(): Record<string, CheckInMark> {
  const memberId = useMyMemberId();
  return useRoomView((view) => (memberId === null ? NO_MARKS : (view?.agreements.checkInMarks[memberId] ?? NO_MARKS)));
}

/** Phones connected now, or null before the first count arrives. */
export function usePeopleOnPhones(): number | null {
  return useRoomStore((state) => state.presence?.participants ?? null);
}
