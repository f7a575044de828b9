import type { ToolId } from '@roundtable/shared';
import type { ComponentType } from 'react';
import { ParticipantAgreements } from './agreements/ParticipantAgreements.tsx';
import { ParticipantCarPark } from './carPark/ParticipantCarPark.tsx';
import { ParticipantDefinitions } from './definitions/ParticipantDefinitions.tsx';
import { ParticipantGlossary } from './glossary/ParticipantGlossary.tsx';
import { ParticipantQueue } from './queue/ParticipantQueue.tsx';
import { ParticipantStakeholders } from './stakeholders/ParticipantStakeholders.tsx';
import { ParticipantValuesTree } from './valuesTree/ParticipantValuesTree.tsx';
import { WelcomeTool } from './welcome/WelcomeTool.tsx';

/** What every tool on a phone is given. */
export interface ToolProps {
  /** Opens another tool, as a tap on the tool bar would. */
  openTool: (tool: ToolId) => void;
}

export interface ParticipantTool {
  /** The tool bar's words for it. */
  label: string;
  /**
   * A picture beside the label, as SVG path data on a 24 by 24 grid drawn with a 2px line. Drawn,
   * not an emoji, so it looks the same on every phone. Screen readers read the label instead.
   */
  icon: string;
  /** Kept on the tool bar whatever the facilitator shows; otherwise only while in focus. */
  alwaysAvailable: boolean;
  Component: ComponentType<ToolProps>;
}

/**
 * Every tool a phone can open. A `Record` over `ToolId`, so a tool added to the shared contract
 * does not compile until it has a phone view here. The room's `focus` decides which opens first.
 */
export const PARTICIPANT_TOOLS: Record<ToolId, ParticipantTool> = {
  welcome: {
    label: 'Welcome',
    icon: 'M3 11l9-7 9 7M5 9.5V20h5v-6h4v6h5V9.5', // a house
    alwaysAvailable: false,
    Component: WelcomeTool,
  },
  agreements: {
    label: 'Agreements',
    icon: 'M9 11l3 3 8-8M20 12v7a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h9', // a ticked box
    alwaysAvailable: false,
    Component: ParticipantAgreements,
  },
  carPark: {
    label: 'Car park',
    icon: 'M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM9.5 17V7H13a3 3 0 0 1 0 6H9.5', // a parking sign
    alwaysAvailable: true,
    Component: ParticipantCarPark,
  },
  queue: {
    label: 'Hands up',
    icon: 'M7 12V6.5a1.5 1.5 0 0 1 3 0V11M10 10V4.5a1.5 1.5 0 0 1 3 0V10M13 10V5.5a1.5 1.5 0 0 1 3 0V11M16 11V8.5a1.5 1.5 0 0 1 3 0V14a7 7 0 0 1-7 7h-.5a6 6 0 0 1-4.8-2.4L3.6 14.4a1.5 1.5 0 0 1 2.4-1.8L7 14', // a raised hand
    alwaysAvailable: true,
    Component: ParticipantQueue,
  },
  definitions: {
    label: 'Cards',
    icon: 'M4 6h12v14H4zM8 6V3h12v14h-4', // two cards, one behind the other
    alwaysAvailable: false,
    Component: ParticipantDefinitions,
  },
  stakeholders: {
    label: 'Who to involve',
    icon: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20a6 6 0 0 1 12 0M17 11a2.5 2.5 0 1 0 0-5M21 20a5 5 0 0 0-4-4.9', // two people
    alwaysAvailable: false,
    Component: ParticipantStakeholders,
  },
  valuesTree: {
    label: 'Values',
    icon: 'M12 21v-7M12 14l-4-3M12 14l4-4M12 8a4 4 0 1 0-4-4 4 4 0 0 0-3 6.5A4 4 0 0 0 8 17h8a4 4 0 0 0 3-6.5A4 4 0 0 0 16 4a4 4 0 0 0-4 4', // a tree
    alwaysAvailable: false,
    Component: ParticipantValuesTree,
  },
  glossary: {
    label: 'Words',
    icon: 'M4 4h6a3 3 0 0 1 2 1 3 3 0 0 1 2-1h6v15h-6a2 2 0 0 0-2 2 2 2 0 0 0-2-2H4zM12 5v16', // an open book
    alwaysAvailable: true,
    Component: ParticipantGlossary,
  },
};

/** The tools on the bar: those always available, the one in focus, and the one open now. */
export function toolBarTools(focus: ToolId, open: ToolId): ToolId[] {
  return (Object.keys(PARTICIPANT_TOOLS) as ToolId[]).filter(
    (tool) => PARTICIPANT_TOOLS[tool].alwaysAvailable || tool === focus || tool === open,
  );
}
