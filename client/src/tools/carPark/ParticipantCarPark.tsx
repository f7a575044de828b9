import { CarParkTool } from './CarParkTool.tsx';

/** The car park as a phone's tool: no outcomes or removing, those are the host's. */
export function ParticipantCarPark() {
  return <CarParkTool moderate={false} />;
}
