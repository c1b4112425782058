import type { Profile } from 'shared/compliance';
import { loadRuleSettings } from 'shared/db/ruleSettingsRepo';
import { loadProfile, saveProfile } from 'shared/db/settingsRepo';
import { type ProfileField, type ProfileProblem, type ReminderProfile, USER_ROLES, type UserRole } from 'shared/reminders';
import { useEffect, useState } from 'preact/hooks';
import { localized } from '../i18n';
import { db } from './db';
import './profile.css';
import { tpr } from './profileMessages';

type TextField = Exclude<ProfileField, 'userRole'>;

const GROUPS: { legend: 'paymentGroup' | 'contactGroup' | 'userGroup'; fields: TextField[] }[] = [
  { legend: 'paymentGroup', fields: ['company', 'bankName', 'bankAccount', 'paymentReference'] },
  { legend: 'contactGroup', fields: ['contactName', 'contactPhone', 'contactEmail', 'disputeInstructions', 'optOutLine'] },
  { legend: 'userGroup', fields: ['userName'] },
];
const LONG: ReadonlySet<TextField> = new Set(['disputeInstructions', 'optOutLine']);
const REQUIRED: ReadonlySet<ProfileField> = new Set(['company', 'bankName', 'bankAccount', 'contactName', 'contactPhone', 'disputeInstructions', 'userName']);

/** The creditor profile and the user's own name and role, which every reminder and audit entry uses. */
export function CreditorProfileCard() {
  const [profile, setProfile] = useState<ReminderProfile | null>(null);
  const [compliance, setCompliance] = useState<Profile>('CN');
  const [problems, setProblems] = useState<ProfileProblem[]>([]);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    loadProfile(db).then(setProfile);
    loadRuleSettings(db).then((s) => setCompliance(s.profile));
  }, []);
  if (!profile) return <p class="muted">{tpr('loading')}</p>;

  const problemOf = (field: ProfileField) => problems.find((p) => p.field === field);
  const set = (field: ProfileField, value: string) => setProfile({ ...profile, [field]: value });
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await saveProfile(db, profile, Date.now());
    if (result.ok) {
      setProfile(result.profile);
      setProblems([]);
      setStatus({ tone: 'ok', text: tpr('saved', { version: result.version }) });
    } else {
      setProblems(result.problems);
      setStatus({ tone: 'error', text: tpr('problems') });
    }
  };

  const input = (field: TextField) => {
    const problem = problemOf(field);
    const common = {
      id: `profile-${field}`,
      name: field,
      value: profile[field],
      maxLength: 500,
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? `profile-${field}-error` : undefined,
      required: REQUIRED.has(field),
    };
    return (
      <div class="pfield" key={field}>
        <label for={`profile-${field}`}>
          {tpr(field)}
          {REQUIRED.has(field) ? ' *' : ''}
        </label>
        {LONG.has(field) ? (
          <textarea rows={2} {...common} onInput={(e) => set(field, e.currentTarget.value)} />
        ) : (
          <input type="text" inputMode={field === 'contactEmail' ? 'email' : field === 'contactPhone' ? 'tel' : 'text'} {...common} onInput={(e) => set(field, e.currentTarget.value)} />
        )}
        {problem ? (
          <span class="error" id={`profile-${field}-error`}>
            {localized(problem.message)}
          </span>
        ) : null}
      </div>
    );
  };

  return (
    <form class="card profile-card" onSubmit={submit} noValidate data-testid="creditor-profile">
      <h2>{tpr('heading')}</h2>
      <p class="muted">{tpr('help')}</p>
      {GROUPS.map((g) => (
        <fieldset key={g.legend} class="profile-group">
          <legend>{tpr(g.legend)}</legend>
          {g.fields.map(input)}
          {g.legend === 'userGroup' ? (
            <div class="pfield">
              <label for="profile-userRole">{tpr('userRole')}</label>
              <select id="profile-userRole" name="userRole" value={profile.userRole} onChange={(e) => set('userRole', e.currentTarget.value as UserRole)}>
                {USER_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {tpr(`role_${r}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </fieldset>
      ))}
      <p class="muted">
        {tpr('complianceProfile', { profile: compliance })} <a href="#rules">{tpr('changeProfile')}</a>
      </p>
      <button type="submit" id="profile-save">
        {tpr('save')}
      </button>{' '}
      {status ? (
        <span class={status.tone} role={status.tone === 'ok' ? 'status' : 'alert'} data-testid="profile-status">
          {status.text}
        </span>
      ) : null}
    </form>
  );
}
