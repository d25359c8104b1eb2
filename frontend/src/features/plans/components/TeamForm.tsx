import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, Fieldset } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useClientSharing } from '../api/listSharing';
import { useRecordSharing } from '../api/recordSharing';
import { useSetPlanTeam } from '../api/setPlanTeam';
import { InstitutionPicker } from '@/shared/directory/InstitutionPicker';
import { basisRequest, BASIS_FIELDS, SharingBasisFields, useBasisFields, validateBasis } from './SharingBasisFields';
import type { Plan, PlanStep } from '../model';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useCloseOnEscape } from './onDemand';

const TEAM_FIELDS = ['institutionIds'] as const;
const OPEN_STEP: ReadonlySet<PlanStep['status']> = new Set(['PLANNED', 'IN_PROGRESS', 'STANDBY']);
const choiceId = (institutionId: string) => `team-member-${institutionId}`;

/** Institutions that own a step still open: the API refuses to leave them out (`owns-open-steps`). */
function ownersOfOpenSteps(plan: Plan): Set<string> {
  return new Set(plan.steps.filter((step) => OPEN_STEP.has(step.status)).flatMap((step) => (step.owner ? [step.owner.id] : [])));
}

interface TeamFormProps {
  plan: Plan;
  onDone: (message: string) => void;
  onCancel: () => void;
  /** fetches the plan again (after a 412) */
  onReload: () => Promise<Plan | undefined>;
}

/**
 * The plan's team (a coordinator of the lead institution; PUT …/team with If-Match). The lead
 * always stays; an institution joins only with an active legal basis of sharing, and one that owns
 * open steps cannot leave. Checkboxes, no dragging. A 412 keeps the choices and shows the current team.
 */
export function TeamForm({ plan, onDone, onCancel, onReload }: TeamFormProps) {
  const { t } = useTranslation();
  const sharing = useClientSharing(plan.client.id);
  const save = useSetPlanTeam(plan.id);
  const formRef = useRef<HTMLFormElement>(null);
  useCloseOnEscape(formRef, onCancel);
  const [chosen, setChosen] = useState<string[]>(() => plan.team.map((member) => member.institution.id).filter((id) => id !== plan.lead.id));
  const { version, conflict, reload: reloadVersion } = useVersionConflict(plan.version);
  const [current, setCurrent] = useState<Plan | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  // the members (with or without a basis now), then every other institution with an active basis
  const candidates = new Map<string, { name: string; member: boolean; basis: boolean }>();
  for (const member of plan.team) {
    if (member.institution.id !== plan.lead.id) candidates.set(member.institution.id, { name: member.institution.name, member: true, basis: member.sharingActive });
  }
  for (const item of sharing.data ?? []) {
    if (item.active && item.institution.id !== plan.lead.id && !candidates.has(item.institution.id)) {
      candidates.set(item.institution.id, { name: item.institution.name, member: false, basis: true });
    }
  }
  const openOwners = ownersOfOpenSteps(current ?? plan);
  const firstCandidate = [...candidates.keys()][0];
  const form = useFormErrors('team', TEAM_FIELDS, () => (firstCandidate ? choiceId(firstCandidate) : 'team-heading'), 'team.label');

  // an institution from the whole directory; without a basis, the basis is recorded first (same POST …/sharing)
  const [added, setAdded] = useState('');
  const basis = useBasisFields('team-basis');
  const record = useRecordSharing(plan.client.id);
  const withBasis = new Set((sharing.data ?? []).filter((item) => item.active).map((item) => item.institution.id));
  const addedNeedsBasis = added !== '' && sharing.data !== undefined && !withBasis.has(added);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const leaving = plan.team.filter((member) => member.institution.id !== plan.lead.id && !chosen.includes(member.institution.id));
    const blocked = leaving.filter((member) => openOwners.has(member.institution.id)).map((member) => member.institution.name);
    const errors: FormError[] = blocked.length > 0 ? [{ field: 'institutionIds', code: 'owns-open-steps-named', values: { names: blocked.join(', ') } }] : [];
    const basisErrors = addedNeedsBasis ? validateBasis(basis.values) : [];
    form.show(errors);
    basis.form.show(basisErrors);
    if (errors.length > 0 || basisErrors.length > 0) return;
    if (addedNeedsBasis) {
      try {
        await record.mutateAsync(basisRequest(added, basis.values));
      } catch (error) {
        basis.form.show(submissionErrors(error, ['institutionId', ...BASIS_FIELDS], t));
        return;
      }
    }
    const joining = added && !chosen.includes(added) ? [added] : [];
    save.mutate(
      { version, institutionIds: [plan.lead.id, ...chosen, ...joining] },
      {
        onSuccess: () => onDone(t('team.saved')),
        onError: (error) => {
          if (isApiError(error, 412)) {
            conflict.stale();
            return;
          }
          conflict.clear();
          form.show(submissionErrors(error, TEAM_FIELDS, t));
        },
      },
    );
  };

  const reload = () =>
    reloadVersion(async () => {
      const fresh = await onReload();
      if (fresh) setCurrent(fresh);
      return fresh;
    });

  const hint = (id: string, candidate: { member: boolean; basis: boolean }): string | undefined => {
    if (!candidate.basis) return t('team.noBasis');
    if (candidate.member && openOwners.has(id)) return t('team.ownsOpenSteps');
    return candidate.member ? undefined : t('team.canJoin');
  };

  return (
    <form className="form step-editor" onSubmit={(event) => void submit(event)} noValidate aria-busy={save.isPending || record.isPending} aria-labelledby="team-edit-heading" ref={formRef}>
      <h3 id="team-edit-heading" ref={headingRef} className="heading-s" tabIndex={-1}>
        {t('team.heading')}
      </h3>
      <ErrorSummary key={`${form.focusKey}-${basis.form.focusKey}`} items={[...form.summary, ...basis.form.summary]} />
      <ConflictNotice state={conflict.state} reloading={conflict.reloading} onReload={() => void reload()} level={4} />
      {conflict.state === 'reloaded' && current && (
        <div className="current-version">
          <h4 className="heading-s">{t('team.currentHeading')}</h4>
          <ul className="list list--bullet">
            {current.team.map((member) => (
              <li key={member.institution.id}>{member.institution.name}</li>
            ))}
          </ul>
        </div>
      )}
      <p>{t('team.leadStays', { name: plan.lead.name })}</p>
      {sharing.isError && <ApiErrorMessage error={sharing.error} onRetry={() => void sharing.refetch()} />}
      <Fieldset id="team-institutionIds" legend={form.label('institutionIds')} hint={t('team.hint')} error={form.errorText('institutionIds')}>
        {candidates.size === 0 ? (
          <p>{sharing.isPending ? t('area.loading') : t('startPlan.noCandidates')}</p>
        ) : (
          [...candidates].map(([id, candidate]) => (
            <Choice
              key={id}
              id={choiceId(id)}
              name="team"
              type="checkbox"
              value={id}
              label={candidate.name}
              hint={hint(id, candidate)}
              checked={chosen.includes(id)}
              onChange={(checked) => setChosen((list) => (checked ? [...list, id] : list.filter((member) => member !== id)))}
            />
          ))
        )}
      </Fieldset>
      <InstitutionPicker
        id={basis.fieldId('institutionId')}
        label={t('planPage.teamAdd')}
        hint={t('planPage.teamAddHint')}
        error={basis.form.errorText('institutionId')}
        value={added}
        onChange={setAdded}
        exclude={[plan.lead.id, ...candidates.keys()]}
        filterLabel={t('planPage.teamAddFilter')}
        emptyLabel={t('planPage.teamAddNone')}
      />
      {addedNeedsBasis && <SharingBasisFields state={basis} legend={t('planPage.basisLegend')} hint={t('planPage.basisHint')} />}
      <div className="button-group">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending || record.isPending ? t('common.saving') : addedNeedsBasis ? t('planPage.recordAndSaveTeam') : t('team.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
