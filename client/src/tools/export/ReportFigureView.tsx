import type { ReportFigure } from '@roundtable/shared';
import { useId } from 'react';
import { FIGURE_PADDING, FIGURE_TEXT, FIGURE_WIDTH, layoutFigure, MARKER_ROOM, type AreaLayout } from './figureLayout.ts';

const INK = '#1a1a1a';
const LINE = '#444444';
const STRESSED_FILL = '#fff1bf';

/** A filled dot, or a ring for a marked entry: the difference is in the shape, not only the colour. */
function Marker({ x, y, marked }: { x: number; y: number; marked: boolean }) {
  return <circle cx={x + 5} cy={y - 5} r={4.5} fill={marked ? 'none' : INK} stroke={INK} strokeWidth={1.6} />;
}

function Area({ area }: { area: AreaLayout }) {
  return (
    <g>
      <rect x={area.x} y={area.y} width={area.width} height={area.height} fill={area.stressed ? STRESSED_FILL : '#ffffff'} stroke={LINE} strokeWidth={area.stressed ? 3 : 1} />
      {area.lines.map((line) => (
        // A line's place in the picture is its identity: the picture is drawn once from a fixed report.
        <g key={line.y}>
          {line.marker !== null && <Marker x={area.x + FIGURE_PADDING} y={line.y} marked={line.marker} />}
          <text x={area.x + FIGURE_PADDING + (line.indented ? MARKER_ROOM : 0)} y={line.y} fontWeight={line.label ? 700 : undefined}>
            {line.text}
          </text>
        </g>
      ))}
    </g>
  );
}

function Arrow({ from, to }: { from: [number, number]; to: [number, number] }) {
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const head = (turn: number) => `${to[0] - 9 * Math.cos(angle + turn)},${to[1] - 9 * Math.sin(angle + turn)}`;
  return (
    <g>
      <line x1={from[0]} y1={from[1]} x2={to[0]} y2={to[1]} stroke={INK} strokeWidth={2} />
      <polygon points={`${to[0]},${to[1]} ${head(0.45)} ${head(-0.45)}`} fill={INK} />
    </g>
  );
}

/**
 * A report figure (the influence map) drawn as a picture: four areas, each with its stakeholders,
 * a ring for those not yet involved. A screen reader reads it as one image named by the whole
 * picture in words; the caption below says what it is.
 */
export function ReportFigureView({ figure }: { figure: ReportFigure }) {
  const captionId = useId();
  const layout = layoutFigure(figure);
  const { square } = layout;
  return (
    <figure className="report-figure" aria-labelledby={captionId}>
      <svg role="img" aria-label={figure.alt} viewBox={`0 0 ${FIGURE_WIDTH} ${layout.height}`} fontSize={FIGURE_TEXT} fill={INK} fontFamily="inherit">
        <text x={layout.top.x} y={layout.top.y} fontWeight={700}>
          {layout.top.text}
        </text>
        {layout.areas.map((area, index) => (
          <Area key={index} area={area} />
        ))}
        <Arrow from={[6, square.bottom]} to={[6, square.top]} />
        <text x={0} y={layout.bottom.y} fontWeight={700}>
          {layout.bottom.text}
        </text>
        <Arrow from={[square.x, layout.arrowY]} to={[square.right, layout.arrowY]} />
        <text x={square.x} y={layout.sidesY} fontWeight={700}>
          {layout.left}
        </text>
        <text x={square.right} y={layout.sidesY} fontWeight={700} textAnchor="end">
          {layout.right}
        </text>
        <Marker x={square.x} y={layout.keyY} marked />
        <text x={square.x + MARKER_ROOM} y={layout.keyY}>
          A ring: {figure.markedMeans}
        </text>
      </svg>
      <figcaption id={captionId}>{figure.caption}</figcaption>
    </figure>
  );
}
