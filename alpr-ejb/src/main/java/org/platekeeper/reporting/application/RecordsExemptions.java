package org.platekeeper.reporting.application;

import java.util.List;
import java.util.Map;

import org.platekeeper.reports.RecordsResponseReport.Withheld;

/**
 * What a records-request response withholds under each shipped profile's statute (OD-T2), and the provision cited.
 * The agency's counsel has the last word; an unknown profile cites the general grounds.
 */
final class RecordsExemptions {

    private static final Map<String, List<Withheld>> BY_PROFILE = Map.of(
            "odessa", List.of(
                    new Withheld("Plate reads, vehicle and plate images, hot-list entries",
                            "RSMo 610.100 (criminal-justice information); 28 CFR Part 20 and the CJIS Security "
                                    + "Policy for NCIC data"),
                    new Withheld("Investigative records of open investigations, including the searches run for them",
                            "RSMo 610.100.2 (investigative reports are closed while the investigation is active)"),
                    new Withheld("Names of officers and of persons sought, places below the type of camera, in the "
                            + "audit trail", "RSMo 610.100 (criminal-justice information)"),
                    new Withheld("Camera locations and the security configuration of the system",
                            "RSMo 610.021(18) and (21) (security and operational guidelines of public safety "
                                    + "systems)")),
            "pryor-creek", List.of(
                    new Withheld("Plate reads, vehicle and plate images, hot-list entries",
                            "51 O.S. § 24A.8 (law-enforcement records beyond those the Act lists); Pryor Creek "
                                    + "ordinance 5-11-1 (no ALPR data to third parties unless required by law)"),
                    new Withheld("Investigative records, including the searches run for them",
                            "51 O.S. § 24A.8(B) (investigatory files)"),
                    new Withheld("Names of officers and of persons sought, places below the type of camera, in the "
                            + "audit trail", "51 O.S. § 24A.8"),
                    new Withheld("Camera locations and the security configuration of the system",
                            "51 O.S. § 24A.28(A)(2) (security of critical infrastructure)")));

    private static final List<Withheld> GENERAL = List.of(
            new Withheld("Plate reads, vehicle and plate images, hot-list entries", "criminal-justice information"),
            new Withheld("Investigative records", "investigative records of the agency"),
            new Withheld("Names and places below the type of camera in the audit trail",
                    "criminal-justice information"));

    private RecordsExemptions() {
    }

    static List<Withheld> forProfile(String profile) {
        return BY_PROFILE.getOrDefault(profile, GENERAL);
    }
}
