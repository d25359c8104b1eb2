package pl.synergia.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import pl.synergia.shared.problem.FieldError;

/** The sync cursor: opaque, exact to the microsecond, ordered as the database orders rows. */
class SyncCursorTest {

    @Test
    void aCursorComesBackAsItWasToTheMicrosecond() {
        SyncCursor cursor = SyncCursor.after(Instant.parse("2026-12-07T10:15:30.123456789Z"), UUID.randomUUID());
        List<FieldError> errors = new ArrayList<>();
        SyncCursor parsed = SyncCursor.parse("updatedSince", null, cursor.encode(), errors);
        assertTrue(errors.isEmpty());
        assertEquals(Instant.parse("2026-12-07T10:15:30.123456Z"), parsed.updatedAt());
        assertEquals(cursor, parsed);
    }

    @Test
    void updatedSinceIsThePositionBeforeEveryRowChangedThen() {
        List<FieldError> errors = new ArrayList<>();
        SyncCursor since = SyncCursor.parse("updatedSince", "2026-12-07T11:15:30+01:00", null, errors);
        assertEquals(Instant.parse("2026-12-07T10:15:30Z"), since.updatedAt());
        assertEquals(SyncCursor.NIL, since.id());
        assertNull(SyncCursor.parse("updatedSince", null, null, errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void badValuesAreNamed() {
        List<FieldError> errors = new ArrayList<>();
        SyncCursor.parse("updatedSince", "2026-12-07", null, errors);
        SyncCursor.parse("updatedSince", null, "%%%", errors);
        SyncCursor.parse("updatedSince", null, java.util.Base64.getUrlEncoder().encodeToString("c1:x:y".getBytes()), errors);
        SyncCursor.parse("updatedSince", "2026-12-07T10:00:00Z", "abc", errors);
        assertEquals(List.of("not-a-date-time", "not-a-cursor", "not-a-cursor", "exclusive"),
                errors.stream().map(FieldError::code).toList());
    }

    @Test
    void theOrderIsTimeThenIdAsPostgresqlComparesUuids() {
        Instant t = Instant.parse("2026-12-07T10:00:00Z");
        UUID low = UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff");
        UUID high = UUID.fromString("80000000-0000-0000-0000-000000000000"); // negative as a Java long
        assertTrue(SyncCursor.ORDER.compare(SyncCursor.after(t, low), SyncCursor.after(t, high)) < 0);
        assertTrue(SyncCursor.ORDER.compare(SyncCursor.since(t), SyncCursor.after(t, low)) < 0);
        assertTrue(SyncCursor.ORDER.compare(SyncCursor.after(t, high), SyncCursor.since(t.plusNanos(1000))) < 0);
    }
}
