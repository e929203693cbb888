package org.platekeeper.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {

    @Test
    @DisplayName("AU-9 text a spreadsheet would run as a formula is defused; numbers and plain text are left alone")
    void formulas() {
        assertThat(SpreadsheetSafe.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetSafe.cell("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetSafe.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafe.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetSafe.cell(-95.31)).isEqualTo(-95.31);
        assertThat(SpreadsheetSafe.cell("ABC123")).isEqualTo("ABC123");
        assertThat(SpreadsheetSafe.cell(null)).isNull();
    }
}
