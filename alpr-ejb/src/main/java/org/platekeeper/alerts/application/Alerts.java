package org.platekeeper.alerts.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.platekeeper.alerts.domain.Alert;
import org.platekeeper.alerts.domain.AlertRepository;
import org.platekeeper.alerts.domain.AlertStepException;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.cameras.domain.Camera;
import org.platekeeper.cameras.domain.CameraRepository;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.reads.domain.ReadImage;
import org.platekeeper.reads.domain.ReadStore;
import org.platekeeper.shared.application.ConflictException;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.application.UnknownItemException;
import org.platekeeper.shared.domain.Role;

/**
 * The officer's side of alerts: the queue, the alert with its images, and each step of the verification flow
 * (OD-V1..V4). Every look and every step is an audit event; a step out of order is refused (409).
 */
@Stateless
@RolesAllowed({Role.Names.OFFICER, Role.Names.SUPERVISOR})
public class Alerts {

    private static final int LIMIT = 200;

    @Inject
    AlertRepository alerts;

    @Inject
    CameraRepository cameras;

    @Inject
    ReadStore reads;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Inject
    PolicyProfile policy;

    @Resource
    SessionContext session;

    /** Open alerts, most urgent first. */
    public List<AlertView> open() {
        return listed("open", alerts.open(LIMIT).stream().map(this::view).toList());
    }

    public List<AlertView> recent() {
        return listed("recent", alerts.recent(LIMIT).stream().map(this::view).toList());
    }

    /** AU-2: a look at the queue shows plates, so it is recorded, with how many. */
    private List<AlertView> listed(String which, List<AlertView> shown) {
        audit.fire(AuditableAction.of("ALERTS_LISTED", "alert queue", which, AuditOutcome.SUCCESS,
                shown.size() + " alerts shown"));
        return shown;
    }

    public AlertView alert(UUID id) {
        Alert alert = existing(id);
        record("ALERT_VIEWED", alert, alert.status().name());
        return view(alert);
    }

    /** The plate crop (or the vehicle image) of the read, to verify the alert by eye. */
    public Optional<byte[]> image(UUID id, ReadImage.Kind kind) {
        Alert alert = existing(id);
        record("ALERT_IMAGE_VIEWED", alert, kind.name());
        return reads.image(alert.readId(), alert.readCapturedAt(), kind);
    }

    public AlertView acknowledge(UUID id) {
        return step(id, "ALERT_ACKNOWLEDGED", a -> a.acknowledge(caller(), now()), null);
    }

    public AlertView checkVisually(UUID id, @NotNull @Valid VisualCheck check) {
        return step(id, "ALERT_VISUALLY_CHECKED",
                a -> a.checkVisually(check.charactersMatch(), check.stateMatch(), caller(), now()),
                "characters " + (check.charactersMatch() ? "match" : "do not match") + ", state "
                        + (check.stateMatch() ? "matches" : "does not match"));
    }

    public AlertView verifyWithSource(UUID id, @NotNull @Valid SourceCheck check) {
        Instant at = check.verifiedAt() == null ? null : check.verifiedAt().toInstant();
        return step(id, "ALERT_SOURCE_VERIFIED",
                a -> a.verifyWithSource(check.source(), at, check.stillValid(), check.note(), caller(), now()),
                check.source() + (check.stillValid() ? ": hit confirmed" : ": hit not confirmed"));
    }

    public AlertView dispose(UUID id, @NotNull @Valid DispositionReport report) {
        return step(id, "ALERT_CLOSED", a -> a.dispose(report.disposition(), report.narrative(), caller(), now(),
                        policy.thresholds().dispositionNarrativeMin()),
                report.disposition().name());
    }

    private AlertView step(UUID id, String action, Consumer<Alert> change, String details) {
        Alert alert = existing(id);
        try {
            change.accept(alert);
        } catch (AlertStepException refused) {
            if (refused.outOfOrder()) {
                throw new ConflictException(refused.getMessage());
            }
            throw new InvalidRequestException(refused.getMessage());
        }
        record(action, alert, details == null ? alert.status().name() : details);
        return view(alert);
    }

    private Alert existing(UUID id) {
        return alerts.find(id).orElseThrow(() -> new UnknownItemException("alert", String.valueOf(id)));
    }

    private AlertView view(Alert alert) {
        return AlertView.of(alert, cameras.find(alert.cameraId()).map(Camera::name).orElse(null));
    }

    private void record(String action, Alert alert, String details) {
        audit.fire(AuditableAction.of(action, "alert", alert.id() + " (" + alert.plate() + ")",
                AuditOutcome.SUCCESS, details));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
