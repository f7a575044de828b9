import type { ReportTreeFigure } from '@roundtable/shared';
import { useId } from 'react';
import { FIGURE_TEXT, FIGURE_WIDTH } from './figureLayout.ts';
import { layoutTree, TRUNK_WIDTH, type TreeBox } from './treeFigureLayout.ts';

const INK = '#1a1a1a';
const LEAF_FILL = '#dcefd6';
const LEAF_LINE = '#2d6a2f';
const BARK = '#6b4a2b';
const ROOT_SPREADS = [-70, -35, 0, 35, 70];

function Box({ box, leaf }: { box: TreeBox; leaf: boolean }) {
  return (
    <g>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={leaf ? 12 : 0} fill={leaf ? LEAF_FILL : '#ffffff'} stroke={leaf ? LEAF_LINE : BARK} strokeWidth={leaf ? 1.5 : 2} />
      {box.lines.map((line) => (
        // A line's place in the picture is its identity: the picture is drawn once from a fixed report.
        <text key={line.y} x={box.x + 8} y={line.y} fontWeight={line.bold ? 700 : undefined}>
          {line.text}
        </text>
      ))}
    </g>
  );
}

/**
 * The values tree drawn as a picture: the shared values as leaves at the top, the themes on their
 * branch, the trunk and the roots. A screen reader reads it as one image named by the whole tree
 * in words; the caption below says what it is.
 */
export function ReportTreeFigureView({ figure }: { figure: ReportTreeFigure }) {
  const captionId = useId();
  const layout = layoutTree(figure);
  const { branch, trunk } = layout;
  const middle = FIGURE_WIDTH / 2;
  const rootsTop = trunk.y + trunk.height;
  return (
    <figure className="report-figure" aria-labelledby={captionId}>
      <svg role="img" aria-label={figure.alt} viewBox={`0 0 ${FIGURE_WIDTH} ${layout.height}`} fontSize={FIGURE_TEXT} fill={INK} fontFamily="inherit">
        {layout.labels.map((label) => (
          <text key={label.y} x={0} y={label.y} fontWeight={label.bold ? 700 : undefined}>
            {label.text}
          </text>
        ))}
        {layout.leaves.map((box) => (
          <Box key={box.y} box={box} leaf />
        ))}
        {layout.themes.map((box) => (
          <Box key={`${box.x},${box.y}`} box={box} leaf={false} />
        ))}
        <line x1={branch.from} y1={branch.y} x2={branch.to} y2={branch.y} stroke={BARK} strokeWidth={4} />
        {branch.joins.map((x) => (
          <line key={x} x1={x} y1={branch.y} x2={x} y2={branch.y - 10} stroke={BARK} strokeWidth={3} />
        ))}
        <rect x={trunk.x} y={trunk.y} width={TRUNK_WIDTH} height={trunk.height} fill={BARK} />
        {ROOT_SPREADS.map((spread) => (
          <path key={spread} d={`M ${middle} ${rootsTop} Q ${middle + spread / 3} ${rootsTop + 10} ${middle + spread} ${rootsTop + 14}`} fill="none" stroke={BARK} strokeWidth={3} />
        ))}
        {layout.roots.map((line) => (
          <text key={line.y} x={middle} y={line.y} fontWeight={700} textAnchor="middle">
            {line.text}
          </text>
        ))}
      </svg>
      <figcaption id={captionId}>{figure.caption}</figcaption>
    </figure>
  );
}
