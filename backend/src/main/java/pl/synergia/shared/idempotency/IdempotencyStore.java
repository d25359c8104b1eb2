package pl.synergia.shared.idempotency;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;

/**
 * Makes a create request idempotent under an {@code Idempotency-Key} header: the first request
 * with a key claims it for the resource it creates (in the same transaction); a repeat with the
 * same key and the same request gets that resource again instead of a second one; the same key
 * with a different request is refused. Two concurrent requests with one key are serialised by the
 * primary key: the second waits for the first to commit, then replays its result.
 */
@ApplicationScoped
public class IdempotencyStore {

    public static final String HEADER = "Idempotency-Key";

    /** The longest key accepted (printable ASCII). */
    public static final int MAX_KEY_LENGTH = 100;

    /** Answered {@code true} when a create was replayed: the record is the one the first request created. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    /** Empty: go on and create {@code newId}. Present: the id an earlier identical request created. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> claim(String key, String operation, Object request, UUID newId) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.matches("^[\\x21-\\x7E]+$")) {
            throw new ProblemException(400, ProblemType.VALIDATION, "Invalid request parameters",
                    "Idempotency-Key must be 1 to 100 visible ASCII characters, e.g. a UUID.",
                    List.of(new FieldError(HEADER, "Pattern", "must be 1 to 100 visible ASCII characters")));
        }
        String hash = hash(operation, request);
        int inserted = em.createNativeQuery("insert into idempotency_record (subject, key, operation, request_hash, "
                + "resource_id, created_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .unwrap(NativeQuery.class)
                .setParameter(1, user.subject()).setParameter(2, key).setParameter(3, operation).setParameter(4, hash)
                .setParameter(5, newId, UUID.class).setParameter(6, clock.instant(), Instant.class)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        Object[] earlier = (Object[]) em.createNativeQuery("select operation, request_hash, resource_id from "
                + "idempotency_record where subject = ?1 and key = ?2")
                .setParameter(1, user.subject()).setParameter(2, key).getSingleResult();
        if (!operation.equals(earlier[0]) || !hash.equals(earlier[1])) {
            throw new ProblemException(422, ProblemType.UNPROCESSABLE, "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request; use a new key for a new request.",
                    List.of(new FieldError(HEADER, "reused", "was used for a different request")));
        }
        return Optional.of((UUID) earlier[2]);
    }

    private String hash(String operation, Object request) {
        try {
            byte[] body = json.writeValueAsBytes(request);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the request", e);
        }
    }
}
