package org.platekeeper.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StateNamesTest {

    @Test
    @DisplayName("finds a state's name among other words, forgiving one misread letter in a long name only")
    void findsStateNames() {
        assertThat(StateNames.find("www. GEORGIA .gov")).isEqualTo("GA");
        assertThat(StateNames.find("Calitornia")).isEqualTo("CA");
        assertThat(StateNames.find("Wild, Wonderful WEST VIRGINIA")).isEqualTo("WV");
        assertThat(StateNames.find("IOWA")).isEqualTo("IA");
        assertThat(StateNames.find("I0WA")).isNull();
        assertThat(StateNames.find("IDWA")).isNull();
        assertThat(StateNames.find("Sunshine")).isNull();
        assertThat(StateNames.find(null)).isNull();
    }
}
