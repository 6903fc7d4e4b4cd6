import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SECTORS,
  SIGN_ON_STATES,
  type Campaign,
  type Partner,
  type Sector,
  type SignOnState,
} from '../../../../shared/campaign/campaign-data';
import { newEntryId } from './entry-id';
import { SECTOR_LABEL, SIGN_ON_LABEL } from './labels';
import { SaveError } from './SaveError';
import type { CampaignSave } from './use-campaign';
import { useSaveStatus } from './use-save-status';

/** The next free place in the sign-on letter's list. */
const nextOrder = (partners: readonly Partner[]) => Math.max(0, ...partners.map((p) => p.signOrder ?? 0)) + 1;

/**
 * The coalition: partner organizations by sector, a contact role (not a person's private data),
 * and where each stands on the coalition letter; a partner that signs takes the next place in the
 * letter's list unless given another.
 */
export function CoalitionSection({ campaign, save }: { campaign: Campaign; save: CampaignSave }) {
  const { t } = useTranslation();
  const id = useId();
  const status = useSaveStatus();
  const empty = { name: '', sector: 'service-provider' as Sector, contactRole: '', signOn: 'not-asked' as SignOnState };
  const [draft, setDraft] = useState(empty);
  // The partner whose details the form is changing; null adds a new one.
  const [editing, setEditing] = useState<Partner | null>(null);

  const update = (partner: Partner, patch: Partial<Partner>) => {
    const next = { ...partner, ...patch };
    if (patch.signOn === 'signed' && next.signOrder === null) next.signOrder = nextOrder(campaign.partners);
    if (patch.signOn && patch.signOn !== 'signed') next.signOrder = null;
    void status.run(() => save({ partners: campaign.partners.map((p) => (p.id === partner.id ? next : p)) }));
  };

  const edit = (p: Partner) => {
    setEditing(p);
    setDraft({ name: p.name, sector: p.sector, contactRole: p.contactRole, signOn: p.signOn });
  };
  const stopEditing = () => {
    setEditing(null);
    setDraft(empty);
  };
  const remove = (p: Partner) => {
    if (editing?.id === p.id) stopEditing();
    void status.run(() => save({ partners: campaign.partners.filter((q) => q.id !== p.id) }));
  };

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (editing) {
      const changed: Partner = {
        ...editing,
        ...draft,
        name: draft.name.trim(),
        signOrder:
          draft.signOn !== 'signed'
            ? null
            : (editing.signOrder ?? nextOrder(campaign.partners.filter((p) => p.id !== editing.id))),
      };
      const partners = campaign.partners.map((p) => (p.id === editing.id ? changed : p));
      if (await status.run(() => save({ partners }))) stopEditing();
      return;
    }
    const partner: Partner = {
      id: newEntryId(),
      ...draft,
      name: draft.name.trim(),
      contact: '',
      signOrder: draft.signOn === 'signed' ? nextOrder(campaign.partners) : null,
    };
    if (await status.run(() => save({ partners: [...campaign.partners, partner] }))) setDraft(empty);
  };

  const ordered = [...campaign.partners].sort(
    (a, b) => (a.signOrder ?? Infinity) - (b.signOrder ?? Infinity) || a.name.localeCompare(b.name),
  );

  return (
    <section className="campaign-section" aria-labelledby={id}>
      <h2 id={id}>{t('campaigns.coalition.title')}</h2>
      {ordered.length === 0 ? (
        <p>{t('campaigns.coalition.empty')}</p>
      ) : (
        <div className="chart-table-scroll">
          <table className="campaign-table">
            <caption className="visually-hidden">{t('campaigns.coalition.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('campaigns.coalition.name')}</th>
                <th scope="col">{t('campaigns.coalition.sector')}</th>
                <th scope="col">{t('campaigns.coalition.signOn')}</th>
                <th scope="col">{t('campaigns.coalition.order')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('campaigns.entry.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.name}
                    {p.contactRole && <span className="hint"> · {p.contactRole}</span>}
                  </th>
                  <td>{t(SECTOR_LABEL[p.sector])}</td>
                  <td>
                    <select
                      aria-label={t('campaigns.coalition.signOnOf', { name: p.name })}
                      value={p.signOn}
                      onChange={(e) => update(p, { signOn: e.target.value as SignOnState })}
                    >
                      {SIGN_ON_STATES.map((s) => (
                        <option key={s} value={s}>
                          {t(SIGN_ON_LABEL[s])}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {p.signOn === 'signed' && (
                      <input
                        type="number"
                        min={1}
                        className="campaign-table__order"
                        aria-label={t('campaigns.coalition.orderOf', { name: p.name })}
                        defaultValue={p.signOrder ?? ''}
                        onBlur={(e) => {
                          const n = Number(e.target.value);
                          if (Number.isInteger(n) && n >= 1 && n !== p.signOrder) update(p, { signOrder: n });
                        }}
                      />
                    )}
                  </td>
                  <td className="campaign-table__actions">
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-label={t('campaigns.coalition.editOf', { name: p.name })}
                      onClick={() => edit(p)}
                    >
                      {t('campaigns.entry.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-label={t('campaigns.coalition.removeOf', { name: p.name })}
                      disabled={status.busy}
                      onClick={() => remove(p)}
                    >
                      {t('campaigns.entry.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="campaign-form campaign-form--inline" onSubmit={(e) => void add(e)} aria-labelledby={`${id}-add`}>
        <h3 id={`${id}-add`}>
          {editing ? t('campaigns.coalition.editTitle', { name: editing.name }) : t('campaigns.coalition.add')}
        </h3>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('campaigns.coalition.name')}</label>
          <input
            id={`${id}-name`}
            value={draft.name}
            maxLength={500}
            required
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        </div>
        <div className="campaign-form__row">
          <div className="field">
            <label htmlFor={`${id}-sector`}>{t('campaigns.coalition.sector')}</label>
            <select
              id={`${id}-sector`}
              value={draft.sector}
              onChange={(e) => setDraft({ ...draft, sector: e.target.value as Sector })}
            >
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {t(SECTOR_LABEL[s])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-signon`}>{t('campaigns.coalition.signOn')}</label>
            <select
              id={`${id}-signon`}
              value={draft.signOn}
              onChange={(e) => setDraft({ ...draft, signOn: e.target.value as SignOnState })}
            >
              {SIGN_ON_STATES.map((s) => (
                <option key={s} value={s}>
                  {t(SIGN_ON_LABEL[s])}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('campaigns.coalition.contactRole')}</label>
          <p id={`${id}-role-hint`} className="hint">
            {t('campaigns.coalition.contactRoleHint')}
          </p>
          <input
            id={`${id}-role`}
            aria-describedby={`${id}-role-hint`}
            value={draft.contactRole}
            maxLength={500}
            onChange={(e) => setDraft({ ...draft, contactRole: e.target.value })}
          />
        </div>
        <SaveError error={status.error} />
        <button type="submit" className="button" disabled={status.busy || draft.name.trim() === ''}>
          {editing ? t('campaigns.entry.saveChanges') : t('campaigns.coalition.addButton')}
        </button>
        {editing && (
          <button type="button" className="button button--quiet" onClick={stopEditing}>
            {t('campaigns.cancel')}
          </button>
        )}
      </form>
    </section>
  );
}
