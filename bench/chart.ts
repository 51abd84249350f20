/**
 * The bench's chart as a plain SVG: for each line of the /me table, a bar of req/s and a bar of
 * server CPU per request, the yardsticks first. No chart library: rectangles and text.
 */
import type { MeResults } from './report.ts';

const ROW = 34;
const LABEL_WIDTH = 420;
const BAR_WIDTH = 300;
const GAP = 40;

export function drawChart(me: MeResults): string {
  const rows = [
    ...me.yardsticks.map((row) => ({
      label: row.label,
      rps: row.requestsPerSecond,
      cpu: row.cpuUsPerRequest,
      yardstick: true,
    })),
    ...me.engines.flatMap((engine) =>
      engine.endpoints.map((row) => ({
        label: `${engine.engine === 'postgres' ? 'PG' : 'SQLite'} ${shorten(row.path)}`,
        rps: row.requestsPerSecond,
        cpu: row.cpuUsPerRequest,
        yardstick: false,
      })),
    ),
  ];
  const maxRps = Math.max(1, ...rows.map((row) => row.rps));
  const maxCpu = Math.max(1, ...rows.map((row) => row.cpu ?? 0));
  const width = LABEL_WIDTH + 2 * BAR_WIDTH + GAP + 120;
  const height = 60 + rows.length * ROW + 20;
  const cpuX = LABEL_WIDTH + BAR_WIDTH + GAP + 60;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      'font-family="system-ui, sans-serif" font-size="12">',
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${LABEL_WIDTH}" y="24" font-weight="bold">requests per second (higher is better)</text>`,
    `<text x="${cpuX}" y="24" font-weight="bold">server CPU µs per request (lower is better)</text>`,
  ];
  rows.forEach((row, index) => {
    const y = 44 + index * ROW;
    const fill = row.yardstick ? '#888' : '#2a6fdb';
    const rpsWidth = (row.rps / maxRps) * BAR_WIDTH;
    const cpuWidth = row.cpu === null ? 0 : (row.cpu / maxCpu) * BAR_WIDTH;
    parts.push(
      `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${escapeXml(row.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${rpsWidth.toFixed(1)}" height="22" fill="${fill}"/>`,
      `<text x="${(LABEL_WIDTH + rpsWidth + 4).toFixed(1)}" y="${y + 15}">${row.rps}</text>`,
      `<rect x="${cpuX}" y="${y}" width="${cpuWidth.toFixed(1)}" height="22" ` +
        `fill="${row.yardstick ? '#aaa' : '#d9822b'}"/>`,
      `<text x="${(cpuX + cpuWidth + 4).toFixed(1)}" y="${y + 15}">${row.cpu ?? '—'}</text>`,
    );
  });
  parts.push(
    `<text x="8" y="${height - 8}" fill="#555">${escapeXml(
      `npm run bench, ${me.at}; grey: yardsticks; ` +
        `${me.options.connections} connections, median of ${me.options.repetitions}`,
    )}</text>`,
    '</svg>',
    '',
  );
  return parts.join('\n');
}

function shorten(path: string): string {
  return path.replace('memberships.organization,memberships.roles.permissions,roles.permissions', '…(3 includes)');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
