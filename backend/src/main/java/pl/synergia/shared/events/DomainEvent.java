package pl.synergia.shared.events;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An event to be written to the outbox: its type, the id of the record it is about, ids and codes
 * that a reader needs (never a name, PESEL or free text about a person), the institutions that may
 * learn of it, the territorial unit it concerns and, for time-based events, a key that makes a
 * repeated publication a no-op.
 */
public record DomainEvent(EventType type, UUID aggregateId, Map<String, String> data, Set<UUID> audience,
        String areaTeryt, String dedupKey) {

    /** Values are ids, codes, numbers or ISO dates: letters, digits and - _ : . only. */
    private static final Pattern SAFE_VALUE = Pattern.compile("[A-Za-z0-9_.:+-]{0,100}");
    private static final Pattern TERYT = Pattern.compile("\\d{2}|\\d{4}|\\d{7}");

    public DomainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        data = Map.copyOf(data == null ? Map.of() : data);
        audience = Set.copyOf(audience == null ? Set.of() : audience);
        data.forEach((key, value) -> {
            if (!SAFE_VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("event data '" + key + "' must be an id or a code, not free text");
            }
        });
        if (areaTeryt != null && !TERYT.matcher(areaTeryt).matches()) {
            throw new IllegalArgumentException("areaTeryt must be a TERYT code of 2, 4 or 7 digits");
        }
        if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > 200)) {
            throw new IllegalArgumentException("dedupKey must be 1 to 200 characters");
        }
    }

    public static Builder of(EventType type, UUID aggregateId) {
        return new Builder(type, aggregateId);
    }

    /** Fluent construction: {@code DomainEvent.of(REFERRAL_SENT, id).with("toInstitutionId", to).to(from, to).build()}. */
    public static final class Builder {
        private final EventType type;
        private final UUID aggregateId;
        private final Map<String, String> data = new LinkedHashMap<>();
        private final Set<UUID> audience = new LinkedHashSet<>();
        private String areaTeryt;
        private String dedupKey;

        private Builder(EventType type, UUID aggregateId) {
            this.type = type;
            this.aggregateId = aggregateId;
        }

        public Builder with(String key, Object value) {
            if (value != null) {
                data.put(key, value.toString());
            }
            return this;
        }

        public Builder to(UUID... institutions) {
            for (UUID institution : institutions) {
                if (institution != null) {
                    audience.add(institution);
                }
            }
            return this;
        }

        public Builder to(Iterable<UUID> institutions) {
            institutions.forEach(institution -> {
                if (institution != null) {
                    audience.add(institution);
                }
            });
            return this;
        }

        public Builder area(String teryt) {
            this.areaTeryt = teryt;
            return this;
        }

        public Builder once(String key) {
            this.dedupKey = key;
            return this;
        }

        public DomainEvent build() {
            return new DomainEvent(type, aggregateId, data, audience, areaTeryt, dedupKey);
        }
    }
}
