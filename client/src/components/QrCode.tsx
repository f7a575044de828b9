import { useMemo } from 'react';
import { encode } from 'uqr';

/** The white margin scanners need around a QR code, in modules (the standard asks for 4). */
const QUIET_ZONE_MODULES = 4;

interface QrCodeProps {
  /** Exactly what the code encodes. */
  value: string;
  /** Sets the size through CSS: 'large' for the projector, 'small' for corners and the console. */
  size: 'large' | 'small';
  /** Only one QR code per page carries the test id. */
  testId?: string;
}

interface Run {
  x: number;
  y: number;
  length: number;
}

/** Dark modules merged into one rect per horizontal run: far fewer elements than one per module. */
function darkRuns(data: boolean[][]): Run[] {
  const runs: Run[] = [];
  data.forEach((row, y) => {
    let start = -1;
    row.forEach((dark, x) => {
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start, y, length: x - start });
        start = -1;
      }
    });
    if (start >= 0) runs.push({ x: start, y, length: row.length - start });
  });
  return runs;
}

/** A QR code drawn as SVG: black on white with its quiet zone, crisp at any size. */
export function QrCode({ value, size, testId }: QrCodeProps) {
  const { runs, side } = useMemo(() => {
    // Level M survives a glare spot on a projector better than the default L.
    const qr = encode(value, { ecc: 'M', border: 0 });
    return { runs: darkRuns(qr.data), side: qr.size + QUIET_ZONE_MODULES * 2 };
  }, [value]);

  return (
    <div className={`qr qr-${size}`} data-testid={testId}>
      <svg
        role="img"
        aria-label="QR code to join"
        viewBox={`0 0 ${side} ${side}`}
        shapeRendering="crispEdges"
        xmlns="http://www.w3.org/2000/svg"
      >
        <rect width={side} height={side} fill="#ffffff" />
        {runs.map((run) => (
          <rect
            key={`${run.x}:${run.y}`}
            x={run.x + QUIET_ZONE_MODULES}
            y={run.y + QUIET_ZONE_MODULES}
            width={run.length}
            height={1}
            fill="#000000"
          />
        ))}
      </svg>
    </div>
  );
}
