#!/usr/bin/env python3
"""A PostgreSQL socket proxy that adds network latency and counts round trips.

    tools/pg-latency-proxy.py LISTEN_DIR SERVER_SOCKET DELAY_MS LOG

Listens on LISTEN_DIR/.s.PGSQL.5432 (a client connects with host=LISTEN_DIR) and forwards every
connection to the server's Unix socket SERVER_SOCKET (e.g. /tmp/pg/sock/.s.PGSQL.5432), holding
back every chunk DELAY_MS milliseconds in each direction (a server 2 x DELAY_MS away; order and
bytes unchanged). For the machines where `tc qdisc … netem` is not available (a container
without the sch_netem module). When a connection closes, one line is appended to LOG:

    <round trips> <bytes to server> <bytes to client> <seconds open>

A round trip is counted each time the client sends after the server last spoke (or first):
the number of times the client waits for the server, which is what latency multiplies.
"""
import asyncio
import os
import sys
import time


class Turns:
    def __init__(self):
        self.round_trips = 0
        self.server_spoke = True
        self.up = 0
        self.down = 0
        self.opened = time.monotonic()


async def pump(reader, writer, delay, turns, upstream):
    queue = asyncio.Queue()

    async def deliver():
        while True:
            due, data = await queue.get()
            if data is None:
                break
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()
        try:
            writer.close()
        except Exception:
            pass

    sender = asyncio.ensure_future(deliver())
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            if upstream:
                if turns.server_spoke:
                    turns.round_trips += 1
                    turns.server_spoke = False
                turns.up += len(data)
            else:
                turns.server_spoke = True
                turns.down += len(data)
            queue.put_nowait((time.monotonic() + delay, data))
    except (ConnectionResetError, BrokenPipeError):
        pass
    queue.put_nowait((0, None))
    await sender


async def main():
    listen_dir, server_socket, delay_ms, log = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    delay = delay_ms / 1000.0
    path = os.path.join(listen_dir, '.s.PGSQL.5432')
    if os.path.exists(path):
        os.unlink(path)

    async def handle(client_reader, client_writer):
        turns = Turns()
        try:
            server_reader, server_writer = await asyncio.open_unix_connection(server_socket)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pump(client_reader, server_writer, delay, turns, True),
                             pump(server_reader, client_writer, delay, turns, False))
        with open(log, 'a') as f:
            f.write('%d %d %d %.3f\n' % (turns.round_trips, turns.up, turns.down, time.monotonic() - turns.opened))

    server = await asyncio.start_unix_server(handle, path=path)
    os.chmod(path, 0o777)
    async with server:
        await server.serve_forever()


if __name__ == '__main__':
    asyncio.run(main())
