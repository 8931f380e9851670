package dev.slant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The claim check's number tests agree with the regular expressions they replace. */
class ClaimCheckTest {

    private static final Pattern ORDINAL = Pattern.compile(".*\\d(st|nd|rd|th)");
    private static final Pattern YEAR = Pattern.compile("(18|19|20)\\d\\d");

    @ParameterizedTest
    @ValueSource(strings = {"1st", "22nd", "3rd", "4th", "11th", "st", "1s", "1ST", "x1st", "1,000th", "a\n1st",
        "1\n1st", "1\u20281st", "١st", "1sth", "1900", "1800", "2099", "2100", "1799", "190", "19000", "19a0",
        "20\u0661\u0662", "$1900", "", "7", "1990s"})
    void agreesWithTheRegularExpressions(String raw) {
        assertEquals(ORDINAL.matcher(raw).matches(), ClaimCheck.isOrdinal(raw), "ordinal " + raw);
        assertEquals(YEAR.matcher(raw).matches(), ClaimCheck.isYear(raw), "year " + raw);
    }
}
