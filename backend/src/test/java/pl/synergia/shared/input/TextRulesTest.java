package pl.synergia.shared.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void textKeepsTabsAndLineBreaksAndRefusesOtherControls() {
        assertEquals(TextRules.ALLOWED, TextRules.firstForbiddenInText("Łódź\tżółć\r\nlinia"));
        assertEquals(1, TextRules.firstForbiddenInText("a\u0000b"));
        assertEquals(0, TextRules.firstForbiddenInText("\u001b[31m"));
        assertEquals(TextRules.ALLOWED, TextRules.firstForbiddenInText("emoji \uD83D\uDE00 ok"));
        assertEquals(1, TextRules.firstForbiddenInText("a\uD83D"), "an unpaired high surrogate");
        assertEquals(0, TextRules.firstForbiddenInText("\uDE00a"), "an unpaired low surrogate");
    }

    @Test
    void parametersRefuseEveryControlIncludingLineBreaksAndDel() {
        assertEquals(TextRules.ALLOWED, TextRules.firstForbiddenInParameter("Łódź żółć"));
        assertEquals(3, TextRules.firstForbiddenInParameter("abc\ndef"));
        assertEquals(0, TextRules.firstForbiddenInParameter("\tx"));
        assertEquals(1, TextRules.firstForbiddenInParameter("a\u007f"));
    }

    @Test
    void headersKeepTabsOnly() {
        assertEquals(TextRules.ALLOWED, TextRules.firstForbiddenInHeader("pl-PL,\tpl;q=0.9"));
        assertEquals(2, TextRules.firstForbiddenInHeader("pl\r\n"));
        assertEquals(1, TextRules.firstForbiddenInHeader("a\u007f"));
    }

    @Test
    void describesWithoutEchoing() {
        assertEquals("U+0000", TextRules.describe("a\u0000", 1));
        assertEquals("U+001B", TextRules.describe("\u001b", 0));
    }
}
