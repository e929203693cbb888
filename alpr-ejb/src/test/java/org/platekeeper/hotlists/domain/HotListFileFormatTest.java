package org.platekeeper.hotlists.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HotListFileFormatTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** Lays out an NCIC fixed-width record at the columns the extract uses. */
    static String ncicLine(char code, String number, String date, String plate, String state, String tagYear,
                           String vehicleYear, String make, String model, String colour) {
        StringBuilder line = new StringBuilder(" ".repeat(58));
        put(line, 0, String.valueOf(code));
        put(line, 1, number);
        put(line, 19, date);
        put(line, 27, plate);
        put(line, 37, state);
        put(line, 39, tagYear);
        put(line, 45, vehicleYear);
        put(line, 49, make);
        put(line, 53, model);
        return line + colour;
    }

    private static void put(StringBuilder line, int at, String value) {
        line.replace(at, at + value.length(), value);
    }

    private static List<ParsedLine> read(HotListFileFormat format, String text) throws IOException {
        List<ParsedLine> lines = new ArrayList<>();
        format.read(new StringReader(text), HotListKind.STOLEN_VEHICLE, TODAY, lines::add);
        return lines;
    }

    @Test
    @DisplayName("NCIC fixed-width: fields come from their columns, the file code sets the kind, 0 in a state is O")
    void ncicFixed() throws IOException {
        String file = "NCIC HOT FILE EXTRACT 20261123\n"
                + ncicLine('V', "V123456789", "20261101", "ABC1234", "MO", "2026", "2019", "FORD", "F15", "BLK")
                + "\n" + ncicLine('A', "A000000001", "20261120", "XYZ 987", "0K", "2025", "2021", "TOYT", "CAM",
                "WHI")
                + "\n" + ncicLine('Q', "Q1", "20261120", "XYZ988", "MO", "", "", "", "", "") + "\n"
                + ncicLine('P', "P1", "20261120", "AB#12", "MO", "", "", "", "", "") + "\n"
                + "short line\n"
                + ncicLine('W', "W1", "2026-13-45", "KLM555", "KS", "", "", "", "", "") + "\n"
                + ncicLine('W', "W2", "20261120", "KLM556", "ZZ", "", "", "", "", "") + "\n";

        List<ParsedLine> lines = read(HotListFileFormat.NCIC_FIXED, file);

        assertThat(lines).hasSize(7);
        ImportedEntry stolen = lines.get(0).entry();
        assertThat(stolen.plate().text()).isEqualTo("ABC1234");
        assertThat(stolen.state()).isEqualTo("MO");
        assertThat(stolen.kind()).isEqualTo(HotListKind.STOLEN_VEHICLE);
        assertThat(stolen.incidentDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(stolen.vehicle()).isEqualTo("2019 FORD F15 BLK");
        assertThat(stolen.reference()).isEqualTo("VV123456789");
        ImportedEntry amber = lines.get(1).entry();
        assertThat(amber.plate().text()).isEqualTo("XYZ987");
        assertThat(amber.state()).isEqualTo("OK");
        assertThat(amber.kind()).isEqualTo(HotListKind.AMBER_ALERT);
        assertThat(lines.get(2).rejection()).contains("file code 'Q'");
        assertThat(lines.get(3).rejection()).contains("letters and digits");
        assertThat(lines.get(4).rejection()).contains("column 39");
        assertThat(lines.get(5).rejection()).contains("date");
        assertThat(lines.get(6).rejection()).contains("state");
        assertThat(lines).extracting(ParsedLine::lineNumber).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    @DisplayName("NCIC CSV: quoted fields, header skipped, kind from the NCIC number's letter")
    void ncicCsv() throws IOException {
        String file = """
                NCIC Number,ORI,Date,Plate,State,Tag Year,Plate Type,Vehicle Year,Make,Model,Body,Color
                W123456789,MO0950000,2026-11-02,"KLM 555",MO,2026,PC,2018,CHEV,"MAL, LT",4D,RED
                ,MO0950000,11/02/2026,TUV111,KS,2026,PC,2018,CHEV,MAL,4D,RED
                V1,MO0950000,20261102,TUV112
                V2,MO0950000,20261102,TUV113,XX
                """;

        List<ParsedLine> lines = read(HotListFileFormat.NCIC_CSV, file);

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).entry().plate().text()).isEqualTo("KLM555");
        assertThat(lines.get(0).entry().kind()).isEqualTo(HotListKind.WANTED_PERSON);
        assertThat(lines.get(0).entry().vehicle()).isEqualTo("2018 CHEV MAL, LT 4D RED");
        assertThat(lines.get(1).entry().kind()).isEqualTo(HotListKind.STOLEN_VEHICLE);
        assertThat(lines.get(1).entry().incidentDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(lines.get(2).rejection()).contains("fields");
        assertThat(lines.get(3).rejection()).contains("state");
    }

    @Test
    @DisplayName("generic CSV: columns by header name, partial plates, kinds in words, expired lines rejected")
    void generic() throws IOException {
        String file = """
                State,Plate,Kind,Reason,Case_Number,Expires
                MO,ABC123,stolen plate,Plate taken from a parked car,26-001,2026-12-31
                ,KX?12*,investigation,Witness saw part of the plate,26-002,
                MO,ABC124,parking,Unpaid tickets,26-003,
                MO,ABC125,,Old,26-004,2026-01-01
                MO,ABC126,,Bad date,26-005,31/12/2026
                """;

        List<ParsedLine> lines = read(HotListFileFormat.GENERIC_CSV, file);

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).entry().kind()).isEqualTo(HotListKind.STOLEN_PLATE);
        assertThat(lines.get(0).entry().caseNumber()).isEqualTo("26-001");
        assertThat(lines.get(0).entry().expiresOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(lines.get(1).entry().plate().wildcard()).isTrue();
        assertThat(lines.get(1).entry().state()).isNull();
        assertThat(lines.get(2).rejection()).contains("unknown kind");
        assertThat(lines.get(3).rejection()).contains("expired");
        assertThat(lines.get(4).rejection()).contains("yyyy-MM-dd");
        assertThatThrownBy(() -> read(HotListFileFormat.GENERIC_CSV, "state,tag\nMO,ABC\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plate");
    }
}
