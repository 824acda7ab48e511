// Helpers for code and test suites, on top of the public tracer API (browser-safe).
export { traceCall, formatTraceCall, type TraceCallOptions, type TraceCallResult } from './trace-call';
export { expectNoLeaks, LeakError, type ExpectNoLeaksOptions, type LeakAllowance } from './expect-no-leaks';
export { chainHead, formatChain } from './chain';
