package pl.synergia.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The TERYT dictionary in the database is exactly the register copied to data/teryt/. */
@QuarkusTest
class TerritoryMigrationTest {

    private static final Path DATA = Path.of("..", "data", "teryt");

    @Inject
    EntityManager em;

    @Test
    void voivodeshipsMatchTheRegister() throws IOException {
        Set<String> expected = firstColumn("wojewodztwa.csv");
        assertEquals(16, expected.size());
        assertEquals(expected, codes("select v.code from Voivodeship v"));
    }

    @Test
    void powiatsMatchTheRegister() throws IOException {
        Set<String> expected = firstColumn("powiaty.csv");
        assertEquals(380, expected.size());
        assertEquals(expected, codes("select p.code from Powiat p"));
    }

    @Test
    void gminasMatchTheRegisterWithNamesAndParents() throws IOException {
        List<String> lines = Files.readAllLines(DATA.resolve("gminy.csv"), StandardCharsets.UTF_8);
        Set<String> expected = lines.stream().skip(1)
                .map(l -> l.split(",")[0] + "|" + l.split(",")[1] + "|" + l.split(",")[0].substring(0, 4))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(2479, expected.size());
        Set<String> actual = em.createQuery("select g.teryt, g.name, g.powiat.code from Gmina g", Object[].class)
                .getResultStream().map(r -> r[0] + "|" + r[1] + "|" + r[2])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
    }

    private Set<String> codes(String query) {
        return em.createQuery(query, String.class).getResultStream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> firstColumn(String file) throws IOException {
        return Files.readAllLines(DATA.resolve(file), StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> l.split(",")[0]).collect(Collectors.toCollection(TreeSet::new));
    }
}
