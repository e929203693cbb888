package org.platekeeper.recognition.vote;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds a US state's name in the text printed on a plate, forgiving a misread letter in longer names. */
public final class StateNames {

    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("ALABAMA", "AL"),
            Map.entry("ALASKA", "AK"), Map.entry("ARIZONA", "AZ"), Map.entry("ARKANSAS", "AR"),
            Map.entry("CALIFORNIA", "CA"), Map.entry("COLORADO", "CO"), Map.entry("CONNECTICUT", "CT"),
            Map.entry("DELAWARE", "DE"), Map.entry("FLORIDA", "FL"), Map.entry("GEORGIA", "GA"),
            Map.entry("HAWAII", "HI"), Map.entry("IDAHO", "ID"), Map.entry("ILLINOIS", "IL"),
            Map.entry("INDIANA", "IN"), Map.entry("IOWA", "IA"), Map.entry("KANSAS", "KS"),
            Map.entry("KENTUCKY", "KY"), Map.entry("LOUISIANA", "LA"), Map.entry("MAINE", "ME"),
            Map.entry("MARYLAND", "MD"), Map.entry("MASSACHUSETTS", "MA"), Map.entry("MICHIGAN", "MI"),
            Map.entry("MINNESOTA", "MN"), Map.entry("MISSISSIPPI", "MS"), Map.entry("MISSOURI", "MO"),
            Map.entry("MONTANA", "MT"), Map.entry("NEBRASKA", "NE"), Map.entry("NEVADA", "NV"),
            Map.entry("NEWHAMPSHIRE", "NH"), Map.entry("NEWJERSEY", "NJ"), Map.entry("NEWMEXICO", "NM"),
            Map.entry("NEWYORK", "NY"), Map.entry("NORTHCAROLINA", "NC"), Map.entry("NORTHDAKOTA", "ND"),
            Map.entry("OHIO", "OH"), Map.entry("OKLAHOMA", "OK"), Map.entry("OREGON", "OR"),
            Map.entry("PENNSYLVANIA", "PA"), Map.entry("RHODEISLAND", "RI"), Map.entry("SOUTHCAROLINA", "SC"),
            Map.entry("SOUTHDAKOTA", "SD"), Map.entry("TENNESSEE", "TN"), Map.entry("TEXAS", "TX"),
            Map.entry("UTAH", "UT"), Map.entry("VERMONT", "VT"), Map.entry("VIRGINIA", "VA"),
            Map.entry("WASHINGTON", "WA"), Map.entry("WESTVIRGINIA", "WV"), Map.entry("WISCONSIN", "WI"),
            Map.entry("WYOMING", "WY"));

    /**
     * Words only one state prints on its standard plates: Tesseract often reads these when the state's own name is
     * set in a script it garbles (Illinois, California) or is missing (New Hampshire prints only HAMPSHIRE in full).
     */
    private static final Map<String, String> SLOGANS = Map.ofEntries(Map.entry("WASHINGTONDC", "DC"),
            Map.entry("TAXATIONWITHOUTREPRESENTATION", "DC"), Map.entry("HAMPSHIRE", "NH"),
            Map.entry("LIVEFREEORDIE", "NH"), Map.entry("ALOHASTATE", "HI"), Map.entry("FAMOUSPOTATOES", "ID"),
            Map.entry("EVERGREENSTATE", "WA"), Map.entry("GREENMOUNTAINSTATE", "VT"),
            Map.entry("LANDOFENCHANTMENT", "NM"), Map.entry("GREATFACESGREATPLACES", "SD"),
            Map.entry("GRANDCANYONSTATE", "AZ"), Map.entry("SPORTSMANSPARADISE", "LA"),
            Map.entry("FIRSTINFLIGHT", "NC"), Map.entry("LANDOFLINCOLN", "IL"), Map.entry("DISCOVERTHESPIRIT", "ND"),
            Map.entry("LONESTARSTATE", "TX"), Map.entry("SUNSHINESTATE", "FL"), Map.entry("EMPIRESTATE", "NY"),
            Map.entry("GARDENSTATE", "NJ"), Map.entry("OCEANSTATE", "RI"), Map.entry("CONSTITUTIONSTATE", "CT"),
            Map.entry("FIRSTSTATE", "DE"), Map.entry("PEACHSTATE", "GA"), Map.entry("VACATIONLAND", "ME"),
            Map.entry("SHOWMESTATE", "MO"), Map.entry("BIGSKYCOUNTRY", "MT"), Map.entry("SILVERSTATE", "NV"),
            Map.entry("AMERICASDAIRYLAND", "WI"), Map.entry("COLORFULCOLORADO", "CO"),
            Map.entry("CROSSROADSOFAMERICA", "IN"), Map.entry("NATURALSTATE", "AR"),
            Map.entry("SPIRITOFAMERICA", "MA"), Map.entry("NATIVEAMERICA", "OK"), Map.entry("LIFEELEVATED", "UT"));

    private StateNames() {
    }

    /**
     * The two-letter code of the state named in the text, or null. A name of six letters or more may be misread, a
     * letter in four inserted, dropped or replaced (Tesseract garbles the script some states print their name in).
     * The name found with the fewest misread letters for its length wins (WEST VIRGINIA over VIRGINIA, WASHINGTON
     * DC over WASHINGTON).
     */
    public static String find(String text) {
        String letters = text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        String found = null;
        int best = 0;
        String bestName = "";
        for (Map<String, String> names : List.of(CODES, SLOGANS)) {
            for (Map.Entry<String, String> state : names.entrySet()) {
                String name = state.getKey();
                int allowed = name.length() >= 6 ? name.length() / 4 : 0;
                int misread = Edits.toFind(name, letters);
                int score = name.length() - 2 * misread;
                // equally good finds go to the longer name, then the first in the alphabet, whatever the maps' order
                boolean better = score > best || score == best && (name.length() > bestName.length()
                        || name.length() == bestName.length() && name.compareTo(bestName) < 0);
                if (misread <= allowed && score > 0 && better) {
                    found = state.getValue();
                    best = score;
                    bestName = name;
                }
            }
        }
        return found;
    }
}
