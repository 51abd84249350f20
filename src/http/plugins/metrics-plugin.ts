import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { routeOf } from '../route-of.ts';

/**
 * Counts requests and times them by method, route pattern and status in a registry of this
 * app's own (two apps in one process never share counters), served at GET /metrics. Returns the
 * registry, for other parts of the app to add their metrics to.
 */
export function registerMetrics(app: FastifyInstance): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'roster_' });
  const labelNames = ['method', 'route', 'status_code'] as const;
  const requests = new Counter({
    name: 'roster_http_requests_total',
    help: 'HTTP requests answered',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'roster_http_request_duration_seconds',
    help: 'Time to answer an HTTP request',
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });

  // One pair of children per (method, route pattern, status): looked up by a plain string key
  // instead of prom-client hashing a label object on every request. Bounded by the routes.
  const children = new Map<string, { count: () => void; time: (seconds: number) => void }>();
  const childrenOf = (method: string, route: string, status: number) => {
    const key = `${method} ${route} ${status}`;
    let child = children.get(key);
    if (child === undefined) {
      const labels = { method, route, status_code: String(status) };
      const counter = requests.labels(labels);
      const histogram = duration.labels(labels);
      child = { count: () => counter.inc(), time: (seconds) => histogram.observe(seconds) };
      children.set(key, child);
    }
    return child;
  };
  app.addHook('onResponse', (request, reply, done) => {
    const child = childrenOf(request.method, routeOf(request).url ?? 'unmatched', reply.statusCode);
    child.count();
    child.time(reply.elapsedTime / 1000);
    done();
  });
  app.get(
    '/metrics',
    { schema: { tags: ['operations'], summary: 'Prometheus metrics (text exposition format)' } },
    async (_request, reply) => {
      reply.type(registry.contentType);
      return registry.metrics();
    },
  );
  return registry;
}
