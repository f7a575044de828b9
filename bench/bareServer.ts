// The baseline: a bare Socket.IO 4 server with nothing of Roundtable in it. No schema, no room
// state, no store. On `send` it acknowledges and broadcasts a change of the same JSON shape and
// length as a real carPark.itemSaved change to every other socket in its one room. Roundtable's
// latency divided by this one's is what our code adds on top of Socket.IO itself.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { newId } from '@roundtable/shared';
import { Server } from 'socket.io';

const ROOM = 'bench';

const httpServer = createServer((request, response) => {
  response.writeHead(request.url === '/healthz' ? 200 : 404, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ ok: request.url === '/healthz' }));
});
const io = new Server(httpServer, { serveClient: false });
let version = 0;

io.on('connection', (socket) => {
  void socket.join(ROOM);
  // Stands in for the member id Roundtable puts in `authorId`: the same length.
  const authorId = newId();
  socket.on('session:sync', (_request: unknown, ack: unknown) => {
    if (typeof ack === 'function') ack({ ok: true, mode: 'changes', changes: [], version });
  });
  socket.on('send', (payload: { id?: unknown; text?: unknown }, ack: unknown) => {
    if (typeof ack !== 'function' || typeof payload?.id !== 'string' || typeof payload.text !== 'string') return;
    version += 1;
    const item = {
      id: payload.id,
      text: payload.text,
      authorId,
      authorName: null,
      anonymous: false,
      createdAt: Date.now(),
      editedAt: null,
      outcome: null,
      outcomeAt: null,
      meeting: 1,
    };
    ack({ ok: true, version });
    socket.to(ROOM).emit('room:change', { v: version, deltas: [{ type: 'carPark.itemSaved', item }] });
  });
});

httpServer.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`Bare Socket.IO server listening on ${(httpServer.address() as AddressInfo).port}`);
});
process.once('SIGTERM', () => {
  void io.close();
  process.exit(0);
});
