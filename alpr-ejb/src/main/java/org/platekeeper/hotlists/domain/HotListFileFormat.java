package org.platekeeper.hotlists.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.platekeeper.reads.domain.Jurisdiction;

/**
 * The hot-list files the system reads. Each reads a file line by line, streaming, so a million-line file needs no
 * more memory than one line; a malformed line is rejected with its reason and the file goes on.
 */
public enum HotListFileFormat {

    /**
     * An NCIC hot-file extract: a header line, then one fixed-width record per line. Columns (0-based, end
     * exclusive): file code 0, record number 1-19, incident date 19-27, plate 27-37, state 37-39, tag year
     * 39-43, vehicle year 45-49, make 49-53, model 53-56, colour from 58.
     */
    NCIC_FIXED {
        @Override
        void parse(Reader file, HotListKind listKind, LocalDate today, Consumer<ParsedLine> lines)
                throws IOException {
            BufferedReader reader = new BufferedReader(file, 1 << 16);
            String line = reader.readLine(); // the header
            long number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                lines.accept(ncicFixed(number, line));
            }
        }
    },

    /**
     * NCIC records as some states send them in CSV: NCIC number, ORI, date, plate, state, tag year, plate type,
     * vehicle year, make, model, body style, colour. A first line naming the columns is skipped.
     */
    NCIC_CSV {
        @Override
        void parse(Reader file, HotListKind listKind, LocalDate today, Consumer<ParsedLine> lines)
                throws IOException {
            try (CSVParser csv = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get()
                    .parse(file)) {
                for (CSVRecord record : csv) {
                    long number = csv.getCurrentLineNumber();
                    if (record.getRecordNumber() == 1 && looksLikeHeader(record)) {
                        continue;
                    }
                    lines.accept(ncicCsv(number, record, listKind));
                }
            }
        }
    },

    /**
     * The agency's own CSV with a header line naming its columns: {@code plate} (required), {@code state},
     * {@code kind}, {@code reason}, {@code case_number}, {@code expires} (yyyy-MM-dd). Partial plates with
     * {@code ?} and {@code *} are allowed.
     */
    GENERIC_CSV {
        @Override
        void parse(Reader file, HotListKind listKind, LocalDate today, Consumer<ParsedLine> lines)
                throws IOException {
            try (CSVParser csv = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true)
                    .setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get().parse(file)) {
                Map<String, String> columns = new HashMap<>();
                csv.getHeaderNames().forEach(h -> columns.put(h.toLowerCase(Locale.ROOT).replace(' ', '_'), h));
                if (!columns.containsKey("plate")) {
                    throw new IllegalArgumentException("the header line names no 'plate' column");
                }
                Iterator<CSVRecord> records = csv.iterator();
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    lines.accept(generic(csv.getCurrentLineNumber(), record, columns, listKind, today));
                }
            }
        }
    };

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    abstract void parse(Reader file, HotListKind listKind, LocalDate today, Consumer<ParsedLine> lines)
            throws IOException;

    /**
     * Reads the whole file, handing every line's outcome to {@code lines}.
     *
     * @param listKind the list's kind, for lines that do not carry their own
     * @param today    the agency's date: entries that expired before it are rejected
     * @throws IllegalArgumentException if the file as a whole cannot be read in this format
     */
    public void read(Reader file, HotListKind listKind, LocalDate today, Consumer<ParsedLine> lines)
            throws IOException {
        try {
            parse(file, listKind, today, lines);
        } catch (java.io.UncheckedIOException | IllegalStateException unreadable) {
            throw new IllegalArgumentException("the file is not " + this + ": " + unreadable.getMessage());
        }
    }

    static ParsedLine ncicFixed(long number, String line) {
        if (line.length() < 39) {
            return ParsedLine.rejected(number, "the line is " + line.length()
                    + " characters long; an NCIC record reaches at least column 39");
        }
        var kind = HotListKind.ofNcicCode(line.charAt(0));
        if (kind.isEmpty()) {
            return ParsedLine.rejected(number, "unknown NCIC file code '" + line.charAt(0) + "'");
        }
        String state = column(line, 37, 39).replace('0', 'O');
        String reference = line.charAt(0) + column(line, 1, 19);
        String vehicle = String.join(" ", column(line, 45, 49), column(line, 49, 53), column(line, 53, 56),
                column(line, 58, line.length())).trim().replaceAll("\\s+", " ");
        return entry(number, column(line, 27, 37), state, kind.get(), "NCIC " + kind.get().label(), null,
                reference, vehicle, column(line, 19, 27), null, false);
    }

    static ParsedLine ncicCsv(long number, CSVRecord record, HotListKind listKind) {
        if (record.size() < 5) {
            return ParsedLine.rejected(number, "the line has " + record.size()
                    + " fields; NCIC CSV needs at least NCIC number, ORI, date, plate and state");
        }
        String ncicNumber = record.get(0);
        HotListKind kind = ncicNumber.isEmpty() ? listKind
                : HotListKind.ofNcicCode(ncicNumber.charAt(0)).orElse(listKind);
        String vehicle = String.join(" ", field(record, 7), field(record, 8), field(record, 9), field(record, 10),
                field(record, 11)).trim().replaceAll("\\s+", " ");
        String reference = (ncicNumber + " " + field(record, 1)).trim();
        return entry(number, record.get(3), record.get(4).replace('0', 'O'), kind, "NCIC " + kind.label(), null,
                reference, vehicle, record.get(2), null, false);
    }

    static ParsedLine generic(long number, CSVRecord record, Map<String, String> columns, HotListKind listKind,
                              LocalDate today) {
        String kindText = value(record, columns, "kind");
        var kind = kindText == null ? java.util.Optional.of(listKind) : HotListKind.parse(kindText);
        if (kind.isEmpty()) {
            return ParsedLine.rejected(number, "unknown kind '" + kindText + "'");
        }
        String expires = value(record, columns, "expires");
        LocalDate expiresOn = null;
        if (expires != null) {
            try {
                expiresOn = LocalDate.parse(expires);
            } catch (DateTimeParseException notADate) {
                return ParsedLine.rejected(number, "expires must be a date as yyyy-MM-dd");
            }
            if (expiresOn.isBefore(today)) {
                return ParsedLine.rejected(number, "the entry expired on " + expiresOn);
            }
        }
        String plate = value(record, columns, "plate");
        return entry(number, plate == null ? "" : plate, value(record, columns, "state"), kind.get(),
                value(record, columns, "reason"), value(record, columns, "case_number"), null, null, null,
                expiresOn, true);
    }

    private static ParsedLine entry(long number, String plateText, String stateText, HotListKind kind, String reason,
                                    String caseNumber, String reference, String vehicle, String incidentText,
                                    LocalDate expiresOn, boolean partialAllowed) {
        PlatePattern plate;
        String state;
        try {
            plate = PlatePattern.of(plateText);
            state = Jurisdiction.normalise(stateText);
        } catch (IllegalArgumentException invalid) {
            return ParsedLine.rejected(number, invalid.getMessage().replaceAll("'[^']*'", "").replace("  ", " "));
        }
        if (plate.wildcard() && !partialAllowed) {
            return ParsedLine.rejected(number, "an NCIC plate cannot be partial");
        }
        LocalDate incident = null;
        if (incidentText != null && !incidentText.isBlank()) {
            incident = date(incidentText);
            if (incident == null) {
                return ParsedLine.rejected(number, "the date is not yyyyMMdd, yyyy-MM-dd or MM/dd/yyyy");
            }
        }
        return ParsedLine.accepted(number, new ImportedEntry(plate, state, kind, limit(reason, 500),
                limit(caseNumber, 64), limit(reference, 64), limit(vehicle, 120), incident, expiresOn));
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {BASIC, DateTimeFormatter.ISO_LOCAL_DATE, US}) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException tryNext) {
                // the next format may fit
            }
        }
        return null;
    }

    private static boolean looksLikeHeader(CSVRecord record) {
        String first = String.join(",", record).toLowerCase(Locale.ROOT);
        return (first.contains("plate") || first.contains("ncic") || first.contains("lic"))
                && (record.size() < 3 || date(record.get(2)) == null);
    }

    private static String column(String line, int from, int to) {
        return from >= line.length() ? "" : line.substring(from, Math.min(to, line.length())).trim();
    }

    private static String field(CSVRecord record, int index) {
        return index < record.size() ? record.get(index) : "";
    }

    private static String value(CSVRecord record, Map<String, String> columns, String name) {
        String header = columns.get(name);
        if (header == null || !record.isMapped(header) || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String limit(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() > max ? text.substring(0, max) : text;
    }
}
