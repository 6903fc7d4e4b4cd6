import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  decidePermission,
  isTrustedSender,
  shouldBlockRequest,
} from '../../electron/app/security-policy';

describe('network policy: only the app protocol is ever fetched', () => {
  it.each([
    'http://example.org/',
    'https://example.org/track.gif',
    'ws://127.0.0.1:9/socket',
    'wss://example.org/',
    'file:///etc/passwd',
    'ftp://example.org/',
    'data:text/html,<script>1</script>',
    'blob:app://harbor/123',
    'app://evil/index.html',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
  ])('cancels %s', (url) => {
    expect(shouldBlockRequest(url)).toBe(true);
  });

  it('lets the app load its own files', () => {
    expect(shouldBlockRequest('app://harbor/index.html')).toBe(false);
    expect(shouldBlockRequest('app://harbor/assets/index.js')).toBe(false);
  });
});

describe('content security policy', () => {
  const directives = Object.fromEntries(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
  it('denies by default and allows scripts only from the app itself', () => {
    expect(directives['default-src']).toBe("'none'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['connect-src']).toBe("'none'");
    expect(directives['object-src']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('permissions', () => {
  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'refuses %s',
    (permission) => {
      expect(decidePermission(permission)).toBe(false);
    },
  );
});

describe('IPC sender check', () => {
  const own = { frameUrl: 'app://harbor/index.html', isMainFrame: true, webContentsId: 7 };
  it('accepts the app window main frame', () => {
    expect(isTrustedSender(own, 7)).toBe(true);
  });
  it.each([
    ['a sub-frame', { ...own, isMainFrame: false }],
    ['another origin', { ...own, frameUrl: 'https://evil.example/' }],
    ['a file:// page', { ...own, frameUrl: 'file:///tmp/x.html' }],
    ['another webContents', { ...own, webContentsId: 8 }],
    ['a frame Electron no longer knows', { ...own, frameUrl: null }],
  ])('refuses %s', (_label, sender) => {
    expect(isTrustedSender(sender, 7)).toBe(false);
  });
  it('refuses everything before the window exists', () => {
    expect(isTrustedSender(own, null)).toBe(false);
  });
});
