import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SECTORS,
  SIGN_ON_STATES,
  type Campaign,
  type Partner,
  type Sector,
  type SignOnState,
} from '../../../../shared/campaign/campaign-data';
import { EntryButtons, EntryForm, useEntryEditor } from './EditableEntries';
import { newEntryId } from './entry-id';
import { ChoiceField, TextField } from './fields';
import { SECTOR_LABEL, SIGN_ON_LABEL } from './labels';
import type { CampaignSave } from './use-campaign';
import { DOT_SEPARATOR } from '../../ui/dot-separated';

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
  const entries = useEntryEditor({
    entries: campaign.partners,
    empty: () => ({
      name: '',
      sector: 'service-provider' as Sector,
      contactRole: '',
      signOn: 'not-asked' as SignOnState,
    }),
    draftOf: (p: Partner) => ({ name: p.name, sector: p.sector, contactRole: p.contactRole, signOn: p.signOn }),
    saveAll: (partners) => save({ partners }),
  });
  const { status, draft, setDraft, editing } = entries;

  const update = (partner: Partner, patch: Partial<Partner>) => {
    const next = { ...partner, ...patch };
    if (patch.signOn === 'signed' && next.signOrder === null) next.signOrder = nextOrder(campaign.partners);
    if (patch.signOn && patch.signOn !== 'signed') next.signOrder = null;
    void status.run(() => save({ partners: campaign.partners.map((p) => (p.id === partner.id ? next : p)) }));
  };

  const saveDraft = () => {
    const others = editing ? campaign.partners.filter((p) => p.id !== editing.id) : campaign.partners;
    void entries.commit({
      ...(editing ?? { id: newEntryId(), contact: '' }),
      ...draft,
      name: draft.name.trim(),
      signOrder: draft.signOn !== 'signed' ? null : (editing?.signOrder ?? nextOrder(others)),
    });
  };

  const ordered = [...campaign.partners].sort(
    (a, b) => (a.signOrder ?? Infinity) - (b.signOrder ?? Infinity) || a.name.localeCompare(b.name),
  );
  const sectorWord = t('campaigns.coalition.sector');
  const signOnWord = t('campaigns.coalition.signOn');
  const orderWord = t('campaigns.coalition.order');
  const sectors = SECTORS.map((s) => ({ value: s, label: t(SECTOR_LABEL[s]) }));
  const signOnStates = SIGN_ON_STATES.map((s) => ({ value: s, label: t(SIGN_ON_LABEL[s]) }));

  return (
    <section className="campaign-section" aria-labelledby={id}>
      <h2 id={id}>{t('campaigns.coalition.title')}</h2>
      {ordered.length === 0 ? (
        <p>{t('campaigns.coalition.empty')}</p>
      ) : (
        <div className="coalition-table">
          <table className="campaign-table">
            <caption className="visually-hidden">{t('campaigns.coalition.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('campaigns.coalition.name')}</th>
                <th scope="col">{sectorWord}</th>
                <th scope="col">{signOnWord}</th>
                <th scope="col">{orderWord}</th>
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
                    {p.contactRole && (
                      <span className="hint">
                        {DOT_SEPARATOR}
                        {p.contactRole}
                      </span>
                    )}
                  </th>
                  <td>
                    <CellLabel text={sectorWord} />
                    {t(SECTOR_LABEL[p.sector])}
                  </td>
                  <td>
                    <CellLabel text={signOnWord} />
                    <select
                      aria-label={t('campaigns.coalition.signOnOf', { name: p.name })}
                      value={p.signOn}
                      onChange={(e) => update(p, { signOn: e.target.value as SignOnState })}
                    >
                      {signOnStates.map((s) => (
                        <option key={s.value} value={s.value}>
                          {s.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {p.signOn === 'signed' && <CellLabel text={orderWord} />}
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
                    <EntryButtons
                      editLabel={t('campaigns.coalition.editOf', { name: p.name })}
                      removeLabel={t('campaigns.coalition.removeOf', { name: p.name })}
                      busy={status.busy}
                      onEdit={() => entries.edit(p)}
                      onRemove={() => entries.remove(p)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <EntryForm
        id={`${id}-add`}
        title={editing ? t('campaigns.coalition.editTitle', { name: editing.name }) : t('campaigns.coalition.add')}
        addLabel={t('campaigns.coalition.addButton')}
        editing={editing !== null}
        status={status}
        canSave={draft.name.trim() !== ''}
        onSave={saveDraft}
        onCancel={entries.stopEditing}
      >
        <TextField
          label={t('campaigns.coalition.name')}
          value={draft.name}
          maxLength={500}
          required
          onChange={(name) => setDraft({ ...draft, name })}
        />
        <div className="campaign-form__row">
          <ChoiceField
            label={t('campaigns.coalition.sector')}
            value={draft.sector}
            choices={sectors}
            onChange={(sector) => setDraft({ ...draft, sector: sector as Sector })}
          />
          <ChoiceField
            label={t('campaigns.coalition.signOn')}
            value={draft.signOn}
            choices={signOnStates}
            onChange={(signOn) => setDraft({ ...draft, signOn: signOn as SignOnState })}
          />
        </div>
        <TextField
          label={t('campaigns.coalition.contactRole')}
          hint={t('campaigns.coalition.contactRoleHint')}
          value={draft.contactRole}
          maxLength={500}
          onChange={(contactRole) => setDraft({ ...draft, contactRole })}
        />
      </EntryForm>
    </section>
  );
}

/**
 * A column's name shown inside its cell only when the table is stacked into one card per partner
 * (a narrow page or large text, campaigns.css); screen readers already hear the column header.
 */
function CellLabel({ text }: { text: string }) {
  return (
    <span className="campaign-table__label" aria-hidden="true">
      {text}
    </span>
  );
}
