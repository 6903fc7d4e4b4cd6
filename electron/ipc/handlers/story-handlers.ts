import type { StorySummaryView } from '../../../shared/ipc/contract';
import type { HandlerTable } from '../handler-table';
import type { MainServices } from '../main-services';
import { optional } from '../../../shared/core/optional';

type StoryChannels = Extract<keyof HandlerTable, `story:${string}`>;

export function storyHandlers(services: MainServices): Pick<HandlerTable, StoryChannels> {
  const stories = () => services.open().stories;
  return {
    'story:list': (req) => stories().list({ includeTrashed: req?.includeTrashed ?? false }),
    'story:get': ({ id }) => stories().get(id),
    'story:create': ({ title, doc }) => stories().create({ title: title ?? '', ...optional('doc', doc) }),
    'story:save': async ({ id, title, doc, blocks, tags, keep, sitting }) => {
      const saved = await stories().update(
        id,
        {
          ...optional('title', title),
          ...optional('doc', doc),
          ...optional('blocks', blocks),
          ...optional('tags', tags),
        },
        { autosave: keep !== true, ...optional('sitting', sitting) },
      );
      const { doc: _doc, createdAt: _c, ...summary } = saved;
      return summary satisfies StorySummaryView;
    },
    'story:clear-candidates': async ({ id, texts }) => ({ cleared: await stories().clear(id, texts) }),
    'story:trash': ({ id }) => stories().trash(id),
    'story:restore': ({ id }) => stories().restore(id),
    'story:empty-trash': async () => {
      const trashed = (await stories().list({ includeTrashed: true })).filter((s) => s.trashedAt);
      for (const s of trashed) await stories().destroy(s.id);
      return { removed: trashed.length };
    },
    'story:revisions': ({ id }) => stories().revisions(id),
    'story:revision': ({ id, revision }) => stories().getRevision(id, revision),
    'story:name-revision': ({ id, revision, name }) => stories().nameRevision(id, revision, name),
    'story:restore-revision': async ({ id, revision }) => {
      const old = await stories().getRevision(id, revision);
      return stories().update(id, { title: old.title, doc: old.doc, tags: old.tags });
    },
    'story:search': ({ query }) => {
      services.session.require();
      return services.search.search(query).map(({ score: _s, ...hit }) => hit);
    },
    'story:details': ({ id }) => stories().details(id),
    'story:set-details': ({ id, details }) => stories().setDetails(id, details),
    'story:import': async ({ fileName, base64 }) => {
      // importStory refuses a file over the import limit before reading it.
      const { notices, ...imported } = await services.importStory(Buffer.from(base64, 'base64'), fileName);
      const created = await stories().create(imported);
      return notices ? { ...created, notices } : created;
    },
  };
}
