import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyIndicator } from '../ui/BusyIndicator';

/** A screen whose code is loaded on demand, and can be asked for early (prefetch) so no one waits. */
export type LazyScreen<P extends object> = ComponentType<P> & { preload(): Promise<unknown> };

/**
 * `load` resolves to the component (a dynamic import, so the bundler puts it in its own chunk).
 * Once loaded, the screen renders straight away, without a loading moment; before that, it
 * suspends to the nearest <ScreenSuspense>. A failed load is tried again the next time.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  function Screen(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Suspending {...props} />;
  }
  return Object.assign(Screen, { preload });
}

/** Starts loading screens in the background, after what is on screen now has been drawn. */
export function prefetch(...screens: { preload(): Promise<unknown> }[]): void {
  for (const screen of screens) void screen.preload().catch(() => undefined);
}

/**
 * Where a lazy screen shows while its code loads: a polite "Opening…" in the screen's place. Only
 * what is inside the boundary waits, so focus stays where it was (on the rail button pressed, or
 * wherever the person is), and nothing is moved to the loading text.
 */
export function ScreenSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<ScreenLoading />}>{children}</Suspense>;
}

export function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <div className="screen-loading">
      <BusyIndicator busy label={t('safety.loading')} />
    </div>
  );
}
