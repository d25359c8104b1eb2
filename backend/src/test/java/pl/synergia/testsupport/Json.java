package pl.synergia.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for tests, built as maps so a test can leave out or break any field. */
public final class Json {
    private Json() {
    }

    /** A valid institution request in Legionowo; tests override what they are about. */
    public static Map<String, Object> institution(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "KIS");
        body.put("name", name);
        body.put("gminaTeryt", "1408011");
        body.put("address", Map.of("street", "ul. Próbna 2", "postalCode", "05-120", "city", "Legionowo"));
        body.put("legalForm", "jednostka organizacyjna stowarzyszenia");
        body.put("phone", "+48 22 123 45 67");
        body.put("email", "kis@example.org");
        body.put("website", "https://kis.example.org");
        body.put("nip", "5260250274");
        body.put("regon", "123456785");
        body.put("places", 20);
        body.put("cooperationAreas", List.of("reintegracja społeczna", "praca socjalna"));
        body.put("officialStatus", Map.of("kind", "KIS_REGISTER", "grantedBy", "Wojewoda Mazowiecki",
                "validFrom", "2024-01-01"));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
