package pl.synergia.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The section diff on its own: matching, order, and heading changes that a reader must see. */
class VersionDiffsTest {

    private static PartnershipVersion version(int number, Section... sections) {
        PartnershipVersion v = new PartnershipVersion();
        v.number = number;
        v.sections = List.of(sections);
        return v;
    }

    @Test
    void removedSectionsStayWhereTheyStoodAndHeadingChangesAreReported() {
        PartnershipVersion older = version(1,
                new Section(0, null, "Preambuła", "Mając na uwadze"),
                new Section(1, "§ 1.", "Cel", "Cel Paktu."),
                new Section(2, "§ 2.", "Zadania", "Zadania stron."),
                new Section(3, "§ 3.", null, "Czas trwania."));
        PartnershipVersion newer = version(2,
                new Section(0, null, "Preambuła", "Mając na uwadze"),
                new Section(1, "§ 1", "Cel i zakres", "Cel Paktu."),
                new Section(2, "§ 3.", null, "Czas nieokreślony."),
                new Section(3, "§ 4.", null, "Nowy paragraf."));

        VersionDiff diff = VersionDiffs.diff(older, newer);

        assertEquals(List.of("UNCHANGED", "CHANGED", "REMOVED", "CHANGED", "ADDED"),
                diff.sections().stream().map(s -> s.change().name()).toList());
        VersionDiff.SectionChange heading = diff.sections().get(1);
        assertEquals("Cel", heading.headingBefore());
        assertEquals("Cel i zakres", heading.heading());
        assertEquals(heading.before(), heading.after());
        VersionDiff.SectionChange removed = diff.sections().get(2);
        assertEquals("§ 2.", removed.number());
        assertEquals("Zadania stron.", removed.before());
        assertNull(removed.after());
        assertNull(diff.sections().get(4).headingBefore());
        assertEquals(1, diff.from());
        assertEquals(2, diff.to());
    }

    @Test
    void sectionsRemovedAtTheEndComeLast() {
        PartnershipVersion older = version(1, new Section(0, "§ 1.", null, "A"), new Section(1, "§ 2.", null, "B"));
        PartnershipVersion newer = version(2, new Section(0, "§ 1.", null, "A"));

        assertEquals(List.of("UNCHANGED", "REMOVED"),
                VersionDiffs.diff(older, newer).sections().stream().map(s -> s.change().name()).toList());
    }
}
