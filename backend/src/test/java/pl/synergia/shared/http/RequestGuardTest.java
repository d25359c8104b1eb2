package pl.synergia.shared.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.request.RequestIds;

class RequestGuardTest {

    @Test
    void decodesPercentEncodedUtf8Strictly() {
        assertEquals("Łódź", RequestGuard.decode("%C5%81%C3%B3d%C5%BA", false));
        assertEquals("a b", RequestGuard.decode("a+b", true));
        assertEquals("a+b", RequestGuard.decode("a+b", false));
        assertNull(RequestGuard.decode("%C3", true), "a cut UTF-8 sequence");
        assertNull(RequestGuard.decode("%zz", true));
        assertNull(RequestGuard.decode("abc%4", true));
    }

    @Test
    void namesTheQueryParameterThatCarriesAControlCharacter() {
        List<FieldError> errors = new ArrayList<>();
        RequestGuard.checkQuery("page=1&q=ab%0Acd&sort=name", errors);
        assertEquals(1, errors.size());
        assertEquals("q", errors.get(0).field());
        assertEquals("control-character", errors.get(0).code());
    }

    @Test
    void aControlCharacterInAParameterNameIsNamedAsTheQuery() {
        List<FieldError> errors = new ArrayList<>();
        RequestGuard.checkQuery("a%00=1", errors);
        assertEquals("query", errors.get(0).field());
    }

    @Test
    void cleanPathsAndQueriesPass() {
        List<FieldError> errors = new ArrayList<>();
        RequestGuard.checkPath("/api/v1/institutions/%C5%81", errors);
        RequestGuard.checkQuery("q=%C5%BC%C3%B3%C5%82%C4%87&page=0", errors);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void requestIdsOfAProxyAreKeptOnlyWhenPlain() {
        assertEquals("abc-1234_XY", RequestIds.accept("abc-1234_XY"));
        assertEquals(36, RequestIds.accept("short").length());
        assertEquals(36, RequestIds.accept("a b c d e f g h").length());
        assertEquals(36, RequestIds.accept(null).length());
    }
}
