/**
 * Content-Security-Policy headers. Custom UI pages get exactly what Forge serves, built by
 * `@forge/csp`'s own CSPInjectionService (our manifest adds no content or external permissions, so the
 * processed details are empty); the dashboard page that frames them gets a strict policy of its own.
 */
import csp from '@forge/csp';

const { CSPInjectionService } = csp;

const NO_EXTRA: import('@forge/csp').CSPDetails = {
  'img-src': [],
  'media-src': [],
  'script-src': [],
  'style-src': [],
  'connect-src': [],
  'font-src': [],
  'frame-src': [],
};

export interface ForgeCspOptions {
  /**
   * When set, the policy is the one `forge tunnel` serves: violations are reported to this URL (our
   * server) instead of Atlassian's collector (and connect-src also allows localhost). Default: production.
   */
  reportUri?: string;
}

/** The production Forge Custom UI policy (or the tunnel variant), as one header value. */
export function forgeCsp(options: ForgeCspOptions = {}): string {
  const directives = new CSPInjectionService().getInjectableCSP({
    existingCSPDetails: NO_EXTRA,
    microsEnv: 'prod',
    tunnelCSPReporterUri: options.reportUri,
  });
  return directives.join('; ');
}

/** The preview dashboard's own policy: everything from this origin only, nothing inline. */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "frame-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
