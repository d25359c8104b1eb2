package pl.synergia.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import pl.synergia.shared.events.EventType;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Preconditions;

/**
 * Webhook subscriptions of the calling system: each belongs to the OAuth client that created it
 * (another client, even of the same institution, is answered 404), and receives the events its
 * institution may learn of.
 */
@ApplicationScoped
public class WebhookService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    WebhookSender sender;

    @Inject
    WebhooksConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional
    public WebhookCreated create(WebhookRequest request) {
        String client = client();
        UUID institution = user.institutionId().orElseThrow(() -> ProblemException.forbidden(
                "This system belongs to no institution, so it has no events to receive."));
        long existing = em.createQuery("select count(s) from WebhookSubscription s where s.clientId = :client", Long.class)
                .setParameter("client", client).getSingleResult();
        List<FieldError> errors = new ArrayList<>();
        if (existing >= config.maxSubscriptionsPerClient()) {
            errors.add(new FieldError("url", "too-many", "this system already has " + existing
                    + " subscriptions, the most it may have; remove one first",
                    java.util.Map.of("max", config.maxSubscriptionsPerClient())));
        }
        List<String> types = check(request, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        Instant now = now();
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.clientId = client;
        s.institutionId = institution;
        s.url = request.url().strip();
        s.eventTypes = new ArrayList<>(types);
        s.description = blankToNull(request.description());
        s.secret = WebhookSignature.newSecret();
        s.createdAt = now;
        s.updatedAt = now;
        em.persist(s);
        em.flush();
        return new WebhookCreated(WebhookResponse.of(s), s.secret);
    }

    @Transactional
    public List<WebhookResponse> list() {
        return em.createQuery("select s from WebhookSubscription s where s.clientId = :client order by s.createdAt, s.id",
                WebhookSubscription.class).setParameter("client", client()).getResultStream().map(WebhookResponse::of).toList();
    }

    @Transactional
    public WebhookResponse get(UUID id) {
        return WebhookResponse.of(own(id));
    }

    @Transactional
    public WebhookResponse update(UUID id, long expectedVersion, WebhookRequest request) {
        WebhookSubscription s = own(id);
        Preconditions.requireCurrent(expectedVersion, s.version);
        List<FieldError> errors = new ArrayList<>();
        List<String> types = check(request, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        s.url = request.url().strip();
        s.eventTypes = new ArrayList<>(types);
        s.description = blankToNull(request.description());
        s.updatedAt = now();
        em.flush();
        return WebhookResponse.of(s);
    }

    @Transactional
    public void delete(UUID id) {
        em.remove(own(id));
    }

    /** Disables the subscription (no new deliveries; pending ones fail) or, with {@code enabled}, enables it again and forgets its failures. */
    @Transactional
    public WebhookResponse setEnabled(UUID id, boolean enabled) {
        WebhookSubscription s = own(id);
        Instant now = now();
        if (enabled && !s.enabled) {
            s.enabled = true;
            s.disabledReason = null;
            s.disabledAt = null;
            s.failingSince = null;
            s.updatedAt = now;
        } else if (!enabled && s.enabled) {
            s.enabled = false;
            s.disabledReason = WebhookSubscription.DisabledReason.MANUAL;
            s.disabledAt = now;
            s.updatedAt = now;
            em.createQuery("update WebhookDelivery d set d.status = pl.synergia.integration.WebhookDelivery.Status.FAILED, "
                    + "d.nextAttemptAt = null where d.subscriptionId = :id "
                    + "and d.status = pl.synergia.integration.WebhookDelivery.Status.PENDING")
                    .setParameter("id", s.id).executeUpdate();
        }
        em.flush();
        return WebhookResponse.of(s);
    }

    @Transactional
    public WebhookDeliveryPage deliveries(UUID id, WebhookDelivery.Status status, PageParams page) {
        WebhookSubscription s = own(id);
        String where = " where d.subscriptionId = :id" + (status == null ? "" : " and d.status = :status");
        var query = em.createQuery("select d from WebhookDelivery d" + where + " order by d.createdAt desc, d.id desc",
                WebhookDelivery.class).setParameter("id", s.id);
        var count = em.createQuery("select count(d) from WebhookDelivery d" + where, Long.class).setParameter("id", s.id);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        long total = count.getSingleResult();
        List<WebhookDeliveryResponse> items = query.setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                .getResultStream().map(WebhookDeliveryResponse::of).toList();
        return new WebhookDeliveryPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    @Transactional
    public WebhookDeliveryDetail delivery(UUID id, UUID deliveryId) {
        WebhookDelivery d = ownDelivery(own(id), deliveryId);
        List<WebhookDeliveryDetail.Attempt> attempts = em.createQuery(
                "select a from WebhookAttempt a where a.deliveryId = :id order by a.attempt, a.id", WebhookAttempt.class)
                .setParameter("id", d.id).getResultStream().map(WebhookDeliveryDetail.Attempt::of).toList();
        return new WebhookDeliveryDetail(WebhookDeliveryResponse.of(d), event(d.payload), attempts);
    }

    /** Makes a delivery pending again, due now: the worker sends it once more (same webhook-id). */
    @Transactional
    public WebhookDeliveryResponse redeliver(UUID id, UUID deliveryId) {
        WebhookSubscription s = own(id);
        if (!s.enabled) {
            throw new ProblemException(409, ProblemType.INVALID_TRANSITION, "Subscription disabled",
                    "Enable the subscription again (DELETE its deactivation) before redelivering.", List.of());
        }
        WebhookDelivery d = ownDelivery(s, deliveryId);
        d.status = WebhookDelivery.Status.PENDING;
        d.nextAttemptAt = now();
        em.flush();
        return WebhookDeliveryResponse.of(d);
    }

    /** Now, to the microsecond the database keeps, so an answer shows what a later read shows. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private WebhookSubscription own(UUID id) {
        String client = client();
        WebhookSubscription s = em.find(WebhookSubscription.class, id);
        if (s == null || !s.clientId.equals(client)) {
            throw ProblemException.notFound("This system has no webhook subscription with this id.");
        }
        return s;
    }

    private WebhookDelivery ownDelivery(WebhookSubscription s, UUID deliveryId) {
        WebhookDelivery d = em.find(WebhookDelivery.class, deliveryId);
        if (d == null || !d.subscriptionId.equals(s.id)) {
            throw ProblemException.notFound("This subscription has no delivery with this id.");
        }
        return d;
    }

    private String client() {
        return user.clientId().orElseThrow(() -> ProblemException.forbidden("Webhooks belong to an OAuth client; this token names none."));
    }

    /** The event types asked for, known and without repeats; what is wrong goes to {@code errors}. */
    private List<String> check(WebhookRequest request, List<FieldError> errors) {
        sender.check(request.url()).refusalIfAny()
                .ifPresent(refusal -> errors.add(new FieldError("url", refusal.code(), refusal.message())));
        Set<String> known = new LinkedHashSet<>();
        for (EventType type : EventType.values()) {
            known.add(type.cloudEventType());
        }
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < request.eventTypes().size(); i++) {
            String type = request.eventTypes().get(i).strip();
            if (!known.contains(type)) {
                errors.add(new FieldError("eventTypes[" + i + "]", "unknown-value", "is not an event type of Synergia, e.g. "
                        + EventType.REFERRAL_SENT.cloudEventType()));
            } else {
                types.add(type);
            }
        }
        return List.copyOf(types);
    }

    private CloudEvent event(String payload) {
        try {
            return json.readValue(payload, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored webhook payload unreadable", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
