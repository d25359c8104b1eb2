package pl.synergia.directory.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Name-based UUIDs (version 5) against values computed independently (Python's uuid.uuid5). */
class HsdsIdsTest {

    @Test
    void matchesTheRfcAlgorithm() {
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertEquals(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"), HsdsIds.v5(dns, "www.example.com"));
    }

    @Test
    void synergiaIdsAreFixed() {
        assertEquals(UUID.fromString("d3dfbb80-689d-5a1a-91e0-e3c2d4e80d0d"), HsdsIds.NAMESPACE);
        assertEquals(UUID.fromString("8ce935b3-fe1f-5373-a94f-bc0d26fff16d"), HsdsIds.named("taxonomy/institution-type"));
        UUID ops = UUID.fromString("a1000000-0000-4000-8000-000000000001");
        assertEquals(UUID.fromString("12f08eb8-8c3d-543d-903e-beb1aa674ba4"), HsdsIds.derived(ops, "location"));
        assertEquals(UUID.fromString("41f3600f-260a-5e0a-b204-1b1dd84b4483"), HsdsIds.derived(ops, "zażółć"));
    }

    @Test
    void differentOwnersOrRolesGiveDifferentIds() {
        UUID a = UUID.fromString("a1000000-0000-4000-8000-000000000001");
        UUID b = UUID.fromString("a1000000-0000-4000-8000-000000000002");
        assertNotEquals(HsdsIds.derived(a, "location"), HsdsIds.derived(b, "location"));
        assertNotEquals(HsdsIds.derived(a, "location"), HsdsIds.derived(a, "address"));
        assertEquals(5, HsdsIds.derived(a, "phone").version());
    }
}
