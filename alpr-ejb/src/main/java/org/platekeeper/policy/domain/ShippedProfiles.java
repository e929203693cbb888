package org.platekeeper.policy.domain;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The policy profiles that ship with Platekeeper, one per policy in the project's policy folder. */
public enum ShippedProfiles {

    PRYOR_CREEK(new PolicyProfile("pryor-creek", "Pryor Creek Police Department",
            "City of Pryor Creek Code 5-11-1, Use of Automated License Plate Readers (Ord. 2023-8)",
            10, 365, 90, "Oklahoma Open Records Act", ZoneId.of("America/Chicago"), "OK", false, 5, null, 7,
            PolicyThresholds.DEFAULT)),

    ODESSA(new PolicyProfile("odessa", "Odessa Police Department",
            "Odessa Police Department General Order, License Plate Recognition (LPR/ALPR) Systems",
            30, 365, 90, "Missouri Sunshine Law", ZoneId.of("America/Chicago"), "MO", false, 3, null, 7,
            PolicyThresholds.DEFAULT));

    public static final String DEFAULT = "odessa";

    private final PolicyProfile profile;

    ShippedProfiles(PolicyProfile profile) {
        this.profile = profile;
    }

    public PolicyProfile profile() {
        return profile;
    }

    public static Optional<PolicyProfile> named(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).map(ShippedProfiles::profile).filter(p -> p.name().equals(key)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(p -> p.profile().name()).toList();
    }
}
