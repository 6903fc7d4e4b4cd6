import { useEffect, useState } from 'react';
import type { SharedQuoteSource, SharedQuoteSources } from '../../../../../shared/testimony/shared-quotes';
import { quotedSharedStoryIds, type Testimony } from '../../../../../shared/testimony/testimony-data';
import { harbor } from '../../../platform/bridge';
import { useIpcEffect } from '../../../platform/use-ipc';

const EMPTY: SharedQuoteSources = new Map();

/**
 * The shared stories a testimony quotes, as this vault holds them now: the builder shows, counts
 * and previews their words from here (the testimony keeps only which paragraphs it quotes).
 * A story no longer in the vault is simply absent.
 */
export function useSharedSources(testimony: Testimony | null): SharedQuoteSources {
  const ids = testimony ? quotedSharedStoryIds(testimony) : [];
  const key = ids.join(',');
  const [sources, setSources] = useState<SharedQuoteSources>(EMPTY);
  useEffect(() => {
    if (!key) setSources(EMPTY);
  }, [key]);
  useIpcEffect(
    key ? () => Promise.all(key.split(',').map((id) => harbor.share.get({ id }))) : null,
    (results) => {
      const next = new Map<string, SharedQuoteSource>();
      for (const r of results) if (r.ok) next.set(r.value.id, r.value);
      setSources(next);
    },
    [key],
  );
  return sources;
}
