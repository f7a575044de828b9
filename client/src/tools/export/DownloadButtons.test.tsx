import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DownloadButtons } from './DownloadButtons.tsx';

const fetchMock = vi.fn<typeof fetch>();
const clicked: { href: string; download: string }[] = [];

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  URL.createObjectURL = vi.fn(() => 'blob:report');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  fetchMock.mockReset();
  clicked.length = 0;
});

async function press(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('DownloadButtons', () => {
  it('asks for the file with the facilitator key, names left out, and saves it under the server’s file name', async () => {
    fetchMock.mockResolvedValueOnce(new Response('# Report', { headers: { 'content-disposition': 'attachment; filename="bus-routes-meeting-1-2026-03-14.md"' } }));
    render(<DownloadButtons roomId="room-0001" facilitatorKey="the-facilitator-key" />);
    expect(screen.getByRole('checkbox', { name: 'Leave out all names' })).toHaveProperty('checked', true);

    await press('Save as Plain text (Markdown)');

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/rooms/room-0001/export?format=md');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer the-facilitator-key');
    expect(clicked).toEqual([{ href: 'blob:report', download: 'bus-routes-meeting-1-2026-03-14.md' }]);
    expect(screen.getByRole('status').textContent).toBe('Plain text (Markdown) saved as bus-routes-meeting-1-2026-03-14.md.');
  });

  it('includes names only when the facilitator unticks the box', async () => {
    fetchMock.mockResolvedValueOnce(new Response('PK', { headers: { 'content-disposition': 'attachment; filename="report.docx"' } }));
    render(<DownloadButtons roomId="room-0001" facilitatorKey="key" />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Leave out all names' }));
    expect(screen.getByText(/shows the names people chose to give/)).toBeTruthy();

    await press('Save as Word document');

    expect(fetchMock.mock.calls[0]![0]).toBe('/api/rooms/room-0001/export?format=docx&names=include');
  });

  it('shows the server’s refusal in plain words and saves nothing', async () => {
    fetchMock.mockResolvedValueOnce(Response.json({ code: 'UNAUTHORIZED', message: 'Only the facilitator can save this workshop.' }, { status: 401 }));
    render(<DownloadButtons roomId="room-0001" facilitatorKey="wrong" />);

    await press('Save as PDF');

    expect(screen.getByRole('alert').textContent).toBe('Only the facilitator can save this workshop.');
    expect(clicked).toEqual([]);
  });
});
