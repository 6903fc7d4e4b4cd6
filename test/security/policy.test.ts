import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  decidePermission,
  isAppUrl,
  isTrustedSender,
  PRINT_PARTITION,
  SESSION_PARTITION,
  shouldBlockNavigation,
  shouldBlockPrintRequest,
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

describe('where the app lives', () => {
  it('loads its one page from its own origin', () => {
    expect(APP_ENTRY_URL).toBe('app://harbor/index.html');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });

  it('keeps the app and the print window in two named in-memory sessions, never the default one', () => {
    // '' would be Electron's default session (shared, on disk); persist: would write to disk.
    for (const partition of [SESSION_PARTITION, PRINT_PARTITION]) {
      expect(partition).not.toBe('');
      expect(partition.startsWith('persist:')).toBe(false);
    }
    expect(SESSION_PARTITION).not.toBe(PRINT_PARTITION);
  });

  it('never navigates away from the loaded app', () => {
    for (const url of ['app://harbor/index.html', 'https://example.org/', 'file:///etc/passwd', '']) {
      expect(shouldBlockNavigation(url)).toBe(true);
    }
  });

  it('lets the print window load only its own HTML data: page', () => {
    expect(shouldBlockPrintRequest('data:text/html;charset=utf-8,%3Cp%3Ehi')).toBe(false);
    for (const url of [
      'https://example.org/',
      'app://harbor/index.html',
      'file:///tmp/x.html',
      'data:image/svg+xml,<svg/>',
      'x-data:text/html;,',
      'https://example.org/?data:text/html;',
    ]) {
      expect(shouldBlockPrintRequest(url), url).toBe(true);
    }
  });
});

describe('content security policy', () => {
  it('is exactly this policy, every directive pinned, frame-ancestors included', () => {
    // A deleted or loosened directive changes this string; update it only with a security review.
    expect(CONTENT_SECURITY_POLICY).toBe(
      [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'none'",
        "media-src 'none'",
        "object-src 'none'",
        "frame-src 'none'",
        "worker-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
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
  it('accepts the app window main frame, on any page of the app', () => {
    expect(isTrustedSender(own, 7)).toBe(true);
    expect(isTrustedSender({ ...own, frameUrl: 'app://harbor/' }, 7)).toBe(true);
    expect(isTrustedSender({ ...own, frameUrl: 'app://harbor/index.html#/story/1' }, 7)).toBe(true);
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
  it.each([
    'app://harbor.evil',
    'app://harbor.evil/',
    'app://harbor.evil/index.html',
    'app://harborevil/index.html',
    'app://harbor-evil/index.html',
    'app://u@harbor/index.html',
    'app://u:p@harbor/index.html',
    'app://:p@harbor/index.html',
    'app://harbor:1/index.html',
    'app://harbor:443/index.html',
    'app://harbor%2eevil/index.html',
    'app://evil/app://harbor/index.html',
    'https://harbor/index.html',
    'apps://harbor/index.html',
    'app:harbor/index.html',
    'app://evil.example/?app://harbor',
    '',
    'not a url',
  ])('refuses the lookalike %s', (frameUrl) => {
    expect(isTrustedSender({ ...own, frameUrl }, 7)).toBe(false);
  });
  it.each(['APP://HARBOR/index.html', 'App://Harbor/index.html', 'APP://HARBOR.EVIL/', 'APP://U@HARBOR/'])(
    'refuses the upper-case spelling %s (Chromium reports the own frame in lower case)',
    (frameUrl) => {
      expect(isTrustedSender({ ...own, frameUrl }, 7)).toBe(false);
    },
  );
  it('refuses everything before the window exists', () => {
    expect(isTrustedSender(own, null)).toBe(false);
  });
});
