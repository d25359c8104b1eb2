package pl.synergia.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import pl.synergia.shared.problem.FieldError;

/**
 * A position in a list read "changed since" in the order (updated_at, id): the next page holds the
 * rows strictly after it. Clients see it as an opaque string ({@code nextCursor} of a page, given
 * back as {@code after}); {@code updatedSince=T} is the position just before the first row changed
 * at T. Timestamps are kept to the microsecond, as the database keeps them, so rows that share a
 * timestamp are told apart by their id and a page boundary between them loses none and repeats none.
 */
public record SyncCursor(Instant updatedAt, UUID id) {

    /** Below every id in the database's uuid order (bytewise), so (T, NIL) sorts before every row changed at T. */
    public static final UUID NIL = new UUID(0L, 0L);

    /** The order of the database: time, then id compared bytewise (as PostgreSQL orders uuid), not as UUID.compareTo does. */
    public static final Comparator<SyncCursor> ORDER = Comparator.comparing(SyncCursor::updatedAt)
            .thenComparing(SyncCursor::id, (a, b) -> {
                int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
                return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
            });

    private static final String VERSION = "c1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public SyncCursor {
        updatedAt = updatedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** Everything changed at or after {@code since}. */
    public static SyncCursor since(Instant since) {
        return new SyncCursor(since, NIL);
    }

    /** The cursor just after a row. */
    public static SyncCursor after(Instant updatedAt, UUID id) {
        return new SyncCursor(updatedAt, id);
    }

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, updatedAt);
        return ENCODER.encodeToString((VERSION + ":" + micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    static SyncCursor decode(String raw) {
        String text = new String(DECODER.decode(raw), StandardCharsets.US_ASCII);
        String[] parts = text.split(":", -1);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a cursor");
        }
        return new SyncCursor(Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS), UUID.fromString(parts[2]));
    }

    /** Whether either sync parameter was given (even if malformed). */
    public static boolean asked(String updatedSince, String after) {
        return (updatedSince != null && !updatedSince.isBlank()) || (after != null && !after.isBlank());
    }

    /** Adds the error of a parameter that has no meaning when reading changes, if it was given. */
    public static void refuse(String name, boolean given, List<FieldError> errors) {
        if (given) {
            errors.add(new FieldError(name, "exclusive", "is not used when reading changes (updatedSince or after): "
                    + "they come oldest first, and nextCursor leads to the next page"));
        }
    }

    /**
     * The sync position asked for by the parameters {@code updatedSinceName} (an ISO-8601 date-time
     * with offset) and {@code after} (a cursor from an earlier page); null when neither is given.
     * Both at once, or a malformed value, adds an error.
     */
    public static SyncCursor parse(String updatedSinceName, String updatedSince, String after, List<FieldError> errors) {
        boolean hasSince = updatedSince != null && !updatedSince.isBlank();
        boolean hasAfter = after != null && !after.isBlank();
        if (hasSince && hasAfter) {
            errors.add(new FieldError("after", "exclusive", "cannot be combined with " + updatedSinceName
                    + "; a cursor already says where to continue"));
            return null;
        }
        if (hasAfter) {
            if (after.length() > 200) {
                errors.add(new FieldError("after", "not-a-cursor", "is not a cursor returned as nextCursor"));
                return null;
            }
            try {
                return decode(after.strip());
            } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
                errors.add(new FieldError("after", "not-a-cursor", "is not a cursor returned as nextCursor"));
                return null;
            }
        }
        if (hasSince) {
            Instant since = Params.dateTime(updatedSinceName, updatedSince, errors);
            return since == null ? null : since(since);
        }
        return null;
    }
}
