export { exitWhenStopped } from './exit-when-stopped';
export { forkUntilReady, type ForkOptions, type ReadyChild } from './fork-until-ready';
export { stopChild } from './stop-child';
