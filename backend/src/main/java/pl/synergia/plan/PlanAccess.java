package pl.synergia.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.security.Roles;

/**
 * Who may see a client and their plans. The institution that registered the person holds their
 * data under its own statutory task. Any other institution sees them only while it is on the team
 * of one of their plans (or has accepted a referral for it) AND has an active (not withdrawn) legal
 * basis of sharing; special-category
 * data needs a sharing record that includes it. Anyone else is answered 404, as if the record did
 * not exist, and the attempt is audited.
 */
@ApplicationScoped
public class PlanAccess {

    @Inject
    CurrentUser user;

    @Inject
    PlanRepository repository;

    @Inject
    AuditLog audit;

    /** The caller's institution; personal data is only ever seen on behalf of one. */
    public UUID institution() {
        return user.institutionId().orElseThrow(() -> ProblemException.forbidden(
                "Your account belongs to no institution, so it cannot see clients or plans."));
    }

    public boolean coordinator() {
        return user.hasRole(Roles.COORDINATOR);
    }

    public boolean seesClient(Client client, UUID institution) {
        if (client.registeredBy.equals(institution)) {
            return true;
        }
        boolean onTeam = repository.plansOfClient(client.id).stream().anyMatch(p -> p.hasMember(institution))
                || repository.hasOpenReferral(client.id, null, institution);
        return onTeam && !repository.activeSharing(client.id, institution).isEmpty();
    }

    public boolean seesSensitive(Client client, UUID institution) {
        return client.registeredBy.equals(institution)
                || repository.activeSharing(client.id, institution).stream().anyMatch(s -> s.includesSensitive);
    }

    public boolean seesPlan(ActionPlan plan, Client client, UUID institution) {
        return client.registeredBy.equals(institution)
                || ((plan.hasMember(institution) || repository.hasOpenReferral(client.id, plan.id, institution))
                        && !repository.activeSharing(client.id, institution).isEmpty());
    }

    /** Whether the institution may record or withdraw sharing: it registered the person or leads one of their plans. */
    public boolean managesSharing(Client client, UUID institution) {
        return client.registeredBy.equals(institution)
                || repository.plansOfClient(client.id).stream().anyMatch(p -> p.leadInstitutionId.equals(institution));
    }

    public Client requireClient(UUID id, Action action, String purpose) {
        UUID institution = institution();
        Client client = repository.client(id).orElse(null);
        if (client == null || !seesClient(client, institution)) {
            audit.denied("CLIENT", id, client == null ? null : client.id, action, purpose);
            throw ProblemException.notFound("No client with this id is visible to your institution.");
        }
        return client;
    }

    public record VisiblePlan(ActionPlan plan, Client client) {
    }

    public VisiblePlan requirePlan(UUID id, boolean forUpdate, Action action, String purpose) {
        UUID institution = institution();
        ActionPlan plan = (forUpdate ? repository.planForUpdate(id) : repository.plan(id)).orElse(null);
        Client client = plan == null ? null : repository.client(plan.clientId).orElse(null);
        if (plan == null || client == null || !seesPlan(plan, client, institution)) {
            audit.denied("PLAN", id, client == null ? null : client.id, action, purpose);
            throw ProblemException.notFound("No plan with this id is visible to your institution.");
        }
        return new VisiblePlan(plan, client);
    }

    /**
     * Every write of a person's data passes here: while a restriction of processing (GDPR art. 18) is
     * in force, the record is read-only for everyone but the data-protection officer (409).
     */
    public void requireWritable(Client client) {
        if (!user.hasRole(Roles.DPO) && repository.restricted(client.id)) {
            throw restricted();
        }
    }

    static ProblemException restricted() {
        return new ProblemException(409, ProblemType.RESTRICTED, "Processing restricted",
                "The person asked to restrict the processing of their data and the restriction is in force: the record can be "
                        + "read but not changed until the data-protection officer lifts it.",
                List.of());
    }

    public List<DataSharing> activeSharing(UUID clientId, UUID institution) {
        return repository.activeSharing(clientId, institution);
    }
}
