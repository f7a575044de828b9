import type { PlacedNote, PlacedText, PlacedTheme, TreeLayout } from './treeLayout.ts';
import { SMALL_TEXT, VIEW_HEIGHT, VIEW_WIDTH } from './treeLayout.ts';

interface TreeDrawingProps {
  layout: TreeLayout;
  title: string;
  description: string;
  /** Words in the roots before the reveal, instead of the notes. */
  rootsMessage: string | null;
}

const LINE = 1.2;

/** Lines of text centred in a box, above `reserved` (the room kept at its foot for a smaller line). */
function Lines({ box, lines, reserved = 0 }: { box: PlacedText; lines: readonly string[]; reserved?: number }) {
  const x = box.x + box.width / 2;
  const blockHeight = box.fontSize * (LINE * (lines.length - 1) + 1.15);
  const top = box.y + (box.height - reserved - blockHeight) / 2;
  return lines.map((line, index) => (
    <text key={index} x={x} y={top + box.fontSize * (0.95 + index * LINE)} fontSize={box.fontSize} textAnchor="middle" className="tree-text">
      {line}
    </text>
  ));
}

/** The room a smaller line takes at the foot of a box. */
const footRoom = (fontSize: number) => fontSize * (SMALL_TEXT * LINE + 0.3);

function RootNote({ note }: { note: PlacedNote }) {
  return (
    <g className="tree-note">
      <rect x={note.x} y={note.y} width={note.width} height={note.height} rx={note.fontSize * 0.4} />
      <Lines box={note} lines={note.lines} reserved={note.name ? footRoom(note.fontSize) : 0} />
      {note.name ? (
        <text x={note.x + note.width / 2} y={note.y + note.height - note.fontSize * 0.35} fontSize={note.fontSize * SMALL_TEXT} textAnchor="middle" className="tree-name">
          {note.name}
        </text>
      ) : null}
    </g>
  );
}

function Branch({ theme }: { theme: PlacedTheme }) {
  const { x1, y1, x2, y2 } = theme.branch;
  return <path className="tree-branch" d={`M${x1} ${y1 + 30} Q ${(x1 + x2) / 2} ${y1 + 20} ${x2} ${y2}`} />;
}

function ThemeBox({ theme }: { theme: PlacedTheme }) {
  return (
    <g className="tree-theme">
      <rect x={theme.x} y={theme.y} width={theme.width} height={theme.height} rx={theme.fontSize * 0.5} />
      <Lines box={theme} lines={theme.lines} reserved={footRoom(theme.fontSize)} />
      <text x={theme.x + theme.width / 2} y={theme.y + theme.height - theme.fontSize * 0.4} fontSize={theme.fontSize * SMALL_TEXT} textAnchor="middle" className="tree-detail">
        {theme.detail}
      </text>
    </g>
  );
}

function LeafShape({ leaf }: { leaf: PlacedText }) {
  return (
    <g className="tree-leaf">
      <rect x={leaf.x} y={leaf.y} width={leaf.width} height={leaf.height} rx={leaf.height / 2.5} />
      <Lines box={leaf} lines={leaf.lines} />
    </g>
  );
}

/** The values tree as a picture: notes at the roots, themes on the trunk's branches, shared values in the crown. */
export function TreeDrawing({ layout, title, description, rootsMessage }: TreeDrawingProps) {
  const { trunk, canopy, groundY, roots } = layout;
  const base = trunk ? { x: trunk.x + trunk.width / 2, y: groundY } : { x: VIEW_WIDTH / 2, y: groundY };
  return (
    <svg className="tree-drawing" viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`} role="img" aria-labelledby="values-tree-title values-tree-desc">
      <title id="values-tree-title">{title}</title>
      <desc id="values-tree-desc">{description}</desc>
      {canopy ? <ellipse className="tree-canopy" cx={canopy.x + canopy.width / 2} cy={canopy.y + canopy.height / 2} rx={canopy.width / 2 + 10} ry={canopy.height / 2 + 10} /> : null}
      {trunk ? <path className="tree-trunk" d={`M${trunk.x} ${groundY} L${trunk.x + 20} ${trunk.y} L${trunk.x + trunk.width - 20} ${trunk.y} L${trunk.x + trunk.width} ${groundY} Z`} /> : null}
      {layout.themes.map((theme) => (
        <Branch key={theme.id} theme={theme} />
      ))}
      <line className="tree-ground" x1={0} y1={groundY} x2={VIEW_WIDTH} y2={groundY} />
      {[-0.4, -0.15, 0.15, 0.4].map((spread) => (
        <path key={spread} className="tree-root" d={`M${base.x} ${base.y} Q ${base.x + spread * 300} ${base.y + 60} ${base.x + spread * 1400} ${roots.y + roots.height - 20}`} />
      ))}
      {rootsMessage ? (
        <text x={VIEW_WIDTH / 2} y={roots.y + roots.height / 2} fontSize={56} textAnchor="middle" className="tree-message">
          {rootsMessage}
        </text>
      ) : null}
      {layout.notes.map((note) => (
        <RootNote key={note.id} note={note} />
      ))}
      {layout.themes.map((theme) => (
        <ThemeBox key={theme.id} theme={theme} />
      ))}
      {layout.leaves.map((leaf) => (
        <LeafShape key={leaf.id} leaf={leaf} />
      ))}
    </svg>
  );
}
