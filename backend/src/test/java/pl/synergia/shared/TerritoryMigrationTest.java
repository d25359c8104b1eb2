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

    @Test
    void populationMatchesTheFileAndAddsUpAtEveryLevel() throws IOException {
        List<String> lines = Files.readAllLines(DATA.resolve("population.csv"), StandardCharsets.UTF_8);
        Set<String> expected = lines.stream().skip(1).map(l -> l.split(","))
                .map(f -> f[0] + "|" + f[3] + "|" + f[4] + "|" + f[5].equals("1"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(16 + 380 + 2479, expected.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select teryt, year, population, derived from territory_population")
                .getResultList();
        Set<String> actual = rows.stream().map(r -> r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
        // every gmina and powiat of the register has a figure, and the levels add up to the same nation
        Object[] totals = (Object[]) em.createNativeQuery("select "
                + "(select sum(population) from territory_population where level = 'GMINA'), "
                + "(select sum(population) from territory_population where level = 'POWIAT'), "
                + "(select sum(population) from territory_population where level = 'VOIVODESHIP'), "
                + "(select count(*) from gmina g join territory_population p on p.teryt = g.teryt), "
                + "(select count(*) from powiat w join territory_population p on p.teryt = w.code)").getSingleResult();
        assertEquals(37_332_510L, ((Number) totals[0]).longValue());
        assertEquals(37_332_510L, ((Number) totals[1]).longValue());
        assertEquals(37_332_510L, ((Number) totals[2]).longValue());
        assertEquals(2479L, ((Number) totals[3]).longValue());
        assertEquals(380L, ((Number) totals[4]).longValue());
    }

    private Set<String> codes(String query) {
        return em.createQuery(query, String.class).getResultStream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> firstColumn(String file) throws IOException {
        return Files.readAllLines(DATA.resolve(file), StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> l.split(",")[0]).collect(Collectors.toCollection(TreeSet::new));
    }
}
