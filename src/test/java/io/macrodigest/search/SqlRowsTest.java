package io.macrodigest.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SqlRowsTest {

    @Test
    void namedParametersBecomePositionalInOrderOfUse() {
        List<String> names = new ArrayList<>();
        assertEquals("select ? + ?, ? from t where x = ?",
                SqlRows.positional("select :a + :b, :a from t where x = :limit2", names));
        assertEquals(List.of("a", "b", "a", "limit2"), names, "a name used twice is bound twice");
    }

    @Test
    void literalsAndCastsAreLeftAlone() {
        List<String> names = new ArrayList<>();
        assertEquals("select 'a:b', x::text, ' … ', ? from t where y = 'it''s :not'",
                SqlRows.positional("select 'a:b', x::text, ' … ', :q from t where y = 'it''s :not'", names));
        assertEquals(List.of("q"), names);
    }
}
