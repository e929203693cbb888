package org.platekeeper.recognition.vote;

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

    @Test
    @DisplayName("forgives a letter in four misread, inserted or dropped in a long name, none in a short one")
    void forgivesMisreadLongNames() {
        assertThat(StateNames.find("NORTH AROLIAA")).isEqualTo("NC");
        assertThat(StateNames.find("MISNSSIPPI")).isEqualTo("MS");
        assertThat(StateNames.find("ermont")).isEqualTo("VT");
        assertThat(StateNames.find("Ohi0")).isNull();
        assertThat(StateNames.find("TAXES")).isNull();
    }

    @Test
    @DisplayName("knows a state by the words only its plates print, and Washington DC from Washington state")
    void findsSlogans() {
        assertThat(StateNames.find("Je HAMPSHIRE")).isEqualTo("NH");
        assertThat(StateNames.find("ALOHA STATE")).isEqualTo("HI");
        assertThat(StateNames.find("Land of Lincoln")).isEqualTo("IL");
        assertThat(StateNames.find("TAXATION WITHOUT REPRESENZATION")).isEqualTo("DC");
        assertThat(StateNames.find("WASHINGTON DC")).isEqualTo("DC");
        assertThat(StateNames.find("WASHINGTON")).isEqualTo("WA");
        assertThat(StateNames.find("Green Mountain State")).isEqualTo("VT");
    }
}
