package org.platekeeper.search.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.platekeeper.policy.domain.CaseReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JustificationTest {

    @Test
    @DisplayName("OD-U3 a case number, CAD event or intelligence file alone justifies a search")
    void tiedToCase() {
        assertThat(Justification.of("26-0001", null, null, null, null).summary()).isEqualTo("case 26-0001");
        assertThat(Justification.of(null, "CAD-2609", null, null, "").summary()).isEqualTo("CAD CAD-2609");
        assertThat(Justification.of(null, null, "IF-2603", null, null).hasCaseNumber()).isFalse();
    }

    @Test
    @DisplayName("OD-U3 PC-B1 a purpose code needs a narrative of 20 characters that is not vague")
    void purposeNeedsNarrative() {
        assertThat(Justification.of(null, null, null, "stolen vehicle",
                "Red pickup taken from the co-op lot overnight").purposeCode()).isEqualTo(PurposeCode.STOLEN_VEHICLE);
        assertThatThrownBy(() -> Justification.of(null, null, null, "STOLEN_VEHICLE", "too short"))
                .hasMessageContaining("20 characters");
        assertThatThrownBy(() -> Justification.of(null, null, null, "STOLEN_VEHICLE", "Investigation."))
                .hasMessageContaining("does not say");
        assertThatThrownBy(() -> Justification.of(null, null, null, "STOLEN_VEHICLE", "investigative purposes"))
                .hasMessageContaining("does not say");
        assertThatThrownBy(() -> Justification.of(null, null, null, null, "A long narrative without any case"))
                .hasMessageContaining("OD-U3");
        assertThatThrownBy(() -> Justification.of(null, null, null, "FISHING", "A long narrative of the purpose"))
                .hasMessageContaining("not one of the policy's purposes");
    }

    @ParameterizedTest(name = "PC-B4 OD-P2 OD-X1 ''{0}'' is refused under {1}")
    @CsvSource(delimiter = '|', value = {
        "Cars parked outside the mosque on Fridays|PC-B4",
        "Who drove to the protest at city hall|PC-B4",
        "People who signed the recall petition|PC-B4",
        "Drivers of a particular race downtown|OD-P2",
        "Check immigration status of the driver|OD-P2",
        "Members of the Republican club|OD-P2",
        "Where my ex-girlfriend parks at night|OD-X1"})
    void prohibited(String narrative, String clause) {
        assertThatThrownBy(() -> Justification.of("26-0001", null, null, null, narrative))
                .isInstanceOfSatisfying(Justification.Refused.class, r -> assertThat(r.clause()).isEqualTo(clause));
    }

    @ParameterizedTest(name = "PC-B1 OD-U3 the case number ''{0}'' is a placeholder and justifies nothing")
    @CsvSource(delimiter = '|', value = {"n/a", "none", "0", "123", "1111", "AAAA-AA", "12345", "9876", "TBD",
        "x-1"})
    void placeholders(String caseNumber) {
        assertThatThrownBy(() -> Justification.of(caseNumber, null, null, null, null))
                .isInstanceOfSatisfying(Justification.Refused.class, r -> assertThat(r.clause()).isNull())
                .hasMessageContaining("placeholder").hasMessageContaining("PC-B1");
        assertThatThrownBy(() -> Justification.of(null, caseNumber, null, null, null))
                .as("as a CAD event too").hasMessageContaining("placeholder");
    }

    @Test
    @DisplayName("PC-B1 where the agency gives its case-number format, a case number in another is refused")
    void agencyFormat() {
        CaseReference format = new CaseReference(java.util.regex.Pattern.compile("\\d{4}-\\d{6}"));
        assertThat(Justification.of("2026-004512", null, null, null, null, format, 20).caseNumber())
                .isEqualTo("2026-004512");
        assertThatThrownBy(() -> Justification.of("26-4512", null, null, null, null, format, 20))
                .hasMessageContaining("not in the agency's format");
        assertThat(Justification.of(null, "CAD 26-4512", null, null, null, format, 20).cadEvent())
                .as("the format binds case numbers, not CAD events").isEqualTo("CAD 26-4512");
    }

    @Test
    @DisplayName("OD-U3 a profile that asks for a longer narrative gets it")
    void profileNarrativeLength() {
        String narrative = "Red pickup taken from the co-op lot";
        assertThat(Justification.of(null, null, null, "STOLEN_VEHICLE", narrative).narrative()).isEqualTo(narrative);
        assertThatThrownBy(() -> Justification.of(null, null, null, "STOLEN_VEHICLE", narrative,
                new CaseReference(null), 40)).hasMessageContaining("at least 40 characters");
    }

    @Test
    @DisplayName("PC-B4 a purpose code naming protected activity is refused under its clause, not as unknown")
    void prohibitedCode() {
        assertThatThrownBy(() -> Justification.of(null, null, null, "PROTEST_MONITORING",
                "Looking at the crowd at the square")).isInstanceOfSatisfying(Justification.Refused.class,
                r -> assertThat(r.clause()).isEqualTo("PC-B4"));
    }

    @Test
    @DisplayName("ordinary police words are not mistaken for protected activity")
    void noFalseAlarms() {
        assertThat(Justification.of("26-0001", null, null, null,
                "Stolen on March 3 near Temple Ave; trace the plate through the race track lot")).isNotNull();
    }
}
