import type { BrowserContext, WebSocketRoute } from '@playwright/test';

/**
 * Lets a test cut a browser context's connection to the server and restore it. Playwright's
 * offline mode leaves open WebSockets alone, so the socket goes through a route that can close it
 * and refuse new ones, as a dropped wi-fi would.
 */
export async function cuttableNetwork(context: BrowserContext): Promise<{ cut(): void; restore(): void }> {
  let down = false;
  const open = new Set<WebSocketRoute>();
  const drop = (socket: WebSocketRoute) => void socket.close({ code: 4000, reason: 'network cut by the test' });
  await context.routeWebSocket(/\/socket\.io\//, (socket) => {
    if (down) return drop(socket);
    socket.connectToServer();
    open.add(socket);
  });
  return {
    cut() {
      down = true;
      for (const socket of open) drop(socket);
      open.clear();
    },
    restore() {
      down = false;
    },
  };
}
