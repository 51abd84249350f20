import type { FastifyBaseLogger } from 'fastify';
import type { Bindings, ChildLoggerOptions, LevelWithSilentOrString } from 'pino';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
type LogArguments = Parameters<FastifyBaseLogger['info']>;

/**
 * A request's logger that becomes a real pino child (its request id bound) only when something
 * is logged at an enabled level. Fastify makes one child per request, and pino serializes the
 * bindings of a child as it makes it; on a warm `/me` request that nobody logs (the request
 * lines are at `info`, production logs often at `warn`) that was a few percent of the CPU.
 */
class LazyChildLogger {
  readonly #parent: FastifyBaseLogger;
  readonly #bindings: Bindings;
  readonly #options: ChildLoggerOptions;
  #child: FastifyBaseLogger | undefined;

  constructor(parent: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions) {
    this.#parent = parent;
    this.#bindings = bindings;
    this.#options = options;
  }

  get #real(): FastifyBaseLogger {
    this.#child ??= this.#parent.child(this.#bindings, this.#options);
    return this.#child;
  }

  get level(): LevelWithSilentOrString {
    return this.#child?.level ?? this.#parent.level;
  }

  set level(level: LevelWithSilentOrString) {
    this.#real.level = level;
  }

  #log(level: Level, args: LogArguments): void {
    if (this.#child === undefined && !isEnabled(this.#parent, level)) return;
    (this.#real[level] as (...args: LogArguments) => void)(...args);
  }

  fatal(...args: LogArguments): void {
    this.#log('fatal', args);
  }
  error(...args: LogArguments): void {
    this.#log('error', args);
  }
  warn(...args: LogArguments): void {
    this.#log('warn', args);
  }
  info(...args: LogArguments): void {
    this.#log('info', args);
  }
  debug(...args: LogArguments): void {
    this.#log('debug', args);
  }
  trace(...args: LogArguments): void {
    this.#log('trace', args);
  }
  silent(): void {}

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.#real.child(bindings, options);
  }
}

function isEnabled(logger: FastifyBaseLogger, level: Level): boolean {
  const withCheck = logger as FastifyBaseLogger & { isLevelEnabled?: (level: string) => boolean };
  return typeof withCheck.isLevelEnabled === 'function' ? withCheck.isLevelEnabled(level) : true;
}

/**
 * Fastify's `childLoggerFactory`: a lazy child (see {@link LazyChildLogger}), or pino's own child
 * at once when the route asks for its own level or serializers.
 */
export function lazyChildLoggerFactory(
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger {
  if (options.level !== undefined || options.serializers !== undefined) return logger.child(bindings, options);
  return new LazyChildLogger(logger, bindings, options) as unknown as FastifyBaseLogger;
}
