package org.platekeeper.web.api.policy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.policy.domain.PolicyThresholds;

/** The policy profile this deployment enforces (PC-F1). */
@Path("/v1/policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policy")
public class PolicyResource {

    @Inject
    PolicyProfile profile;

    @GET
    @Operation(summary = "The active policy profile: retention, review interval, records statute, the rules' lengths "
            + "and distances")
    public PolicyView policy() {
        return PolicyView.of(profile);
    }

    /** The profile as JSON; the time zone as its id. */
    public record PolicyView(String name, String agency, String policyTitle, int readRetentionDays,
                             int auditRetentionDays, int hotListReviewDays, String recordsStatute, String timeZone,
                             String agencyState, boolean sharingWithinStateOnly, int recordsResponseBusinessDays,
                             String caseNumberPattern, int holdDecisionDays, PolicyThresholds thresholds) {

        static PolicyView of(PolicyProfile p) {
            return new PolicyView(p.name(), p.agency(), p.policyTitle(), p.readRetentionDays(),
                    p.auditRetentionDays(), p.hotListReviewDays(), p.recordsStatute(), p.timeZone().getId(),
                    p.agencyState(), p.sharingWithinStateOnly(), p.recordsResponseBusinessDays(),
                    p.caseNumberPattern(), p.holdDecisionDays(), p.thresholds());
        }
    }
}
