import { loadConfig, readEnvironment } from '../../config/config.ts';
import { serve } from '../../server.ts';
import type { Command } from '../command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Migrate the database and serve the API',
  usage: 'roster serve\n\nListens on HOST:PORT (127.0.0.1:3000 by default); stops gracefully on SIGTERM/SIGINT.',
  options: {},
  async run() {
    await serve(loadConfig(readEnvironment()));
    return 0;
  },
};
