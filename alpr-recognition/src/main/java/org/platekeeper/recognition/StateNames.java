package org.platekeeper.recognition;

import java.util.Locale;
import java.util.Map;

/** Finds a US state's name in the text printed on a plate, forgiving a misread letter in longer names. */
final class StateNames {

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

    private StateNames() {
    }

    /** The two-letter code of the state named in the text, or null. The longest name found wins (WEST VIRGINIA). */
    static String find(String text) {
        String letters = text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        String found = null;
        for (Map.Entry<String, String> state : CODES.entrySet()) {
            String name = state.getKey();
            int allowed = name.length() >= 7 ? 1 : 0;
            if (contains(letters, name, allowed) && (found == null || name.length() > found.length())) {
                found = name;
            }
        }
        return found == null ? null : CODES.get(found);
    }

    /** Whether some window of the text is the name with at most the allowed number of letters misread. */
    private static boolean contains(String text, String name, int allowed) {
        for (int start = 0; start + name.length() <= text.length(); start++) {
            int misread = 0;
            for (int i = 0; i < name.length() && misread <= allowed; i++) {
                if (text.charAt(start + i) != name.charAt(i)) {
                    misread++;
                }
            }
            if (misread <= allowed) {
                return true;
            }
        }
        return false;
    }
}
