package org.platekeeper.sharing.application;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.platekeeper.alerts.application.AlertRaised;
import org.platekeeper.alerts.application.AlertView;
import org.platekeeper.audit.domain.AuditOutcome;
import org.platekeeper.audit.domain.AuditableAction;
import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.sharing.domain.Dissemination;
import org.platekeeper.sharing.domain.DisseminationKind;
import org.platekeeper.sharing.domain.PartnerDelivery;
import org.platekeeper.sharing.domain.SharingAgreement;
import org.platekeeper.sharing.domain.SharingRefusal;
import org.platekeeper.sharing.domain.SharingRepository;
import org.platekeeper.sharing.domain.SharingScope;

/**
 * Pushes hits on a partner agency's own entries to the one callback URL of its agreement (RECEIVE_ALERTS, OD-R3).
 * A hit is written to an outbox in the transaction that raises its alert (so a crash cannot keep the one without the
 * other), sent from another thread as soon as that commits, and retried with a doubling back-off until the callback answers 2xx or the attempts are spent. Each
 * delivery is a dissemination and an audit event; a hit the agreement no longer allows is refused and logged.
 * Each body is signed with HMAC-SHA-256 keyed by the SHA-256 of the partner's credential.
 */
@Stateless
@PermitAll
public class PartnerPushes {

    static final String SIGNATURE_HEADER = "X-Platekeeper-Signature";
    static final String AGREEMENT_HEADER = "X-Platekeeper-Agreement";
    private static final Logger LOG = Logger.getLogger(PartnerPushes.class.getName());
    private static final int DUE_BATCH = 50;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    SharingRepository sharing;

    @Inject
    DisseminationLog log;

    @Inject
    PolicyProfile policy;

    @Inject
    Event<AuditableAction> audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ALPR_PARTNER_PUSH_RETRY_SECONDS", defaultValue = "30")
    long firstRetrySeconds;

    @Resource
    SessionContext session;

    @Inject
    Event<Queued> queued;

    /** A delivery written to the outbox, announced so that it goes out once its transaction has committed. */
    record Queued(UUID deliveryId) {
    }

    /** In the alert's transaction: a hit on a partner's entry goes to the outbox with the alert. */
    public void onRaised(@Observes(during = TransactionPhase.IN_PROGRESS) AlertRaised raised) {
        if (raised.alert().listId() == null) {
            return;
        }
        enqueue(raised.alert()).ifPresent(id -> queued.fire(new Queued(id)));
    }

    /** After the commit, the first attempt at once; the timer retries it if this server stops first. */
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued delivery) {
        session.getBusinessObject(PartnerPushes.class).deliverSoon(delivery.deliveryId());
    }

    /** The outbox row for the hit, if the list is a partner's and its agreement allows the push. */
    Optional<UUID> enqueue(AlertView alert) {
        Optional<SharingAgreement> found = sharing.agreementOfHotList(alert.listId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SharingAgreement agreement = found.get();
        Dissemination.Request request = new Dissemination.Request(DisseminationKind.ALERT_PUSH, agreement,
                alert.plate(), alert.kind().name(), alert.entryCaseNumber(), null);
        Optional<SharingRefusal> refusal = agreement.refusal(SharingScope.RECEIVE_ALERTS, null, policy,
                policy.today(clock));
        if (refusal.isEmpty() && (agreement.callbackUrl().isEmpty() || agreement.pushSigningKey().isEmpty())) {
            refusal = Optional.of(new SharingRefusal("OD-R3", "the agreement has no callback URL or no credential "
                    + "to sign pushes with"));
        }
        if (refusal.isPresent()) {
            log.refusedWithTheCaller(request, refusal.get());
            return Optional.empty();
        }
        PartnerDelivery delivery = new PartnerDelivery(agreement.id(), alert.id(), alert.plate(),
                alert.entryCaseNumber(), payload(agreement, alert), Instant.now(clock));
        sharing.add(delivery);
        return Optional.of(delivery.id());
    }

    @Asynchronous
    public void deliverSoon(UUID deliveryId) {
        session.getBusinessObject(PartnerPushes.class).attempt(deliveryId);
    }

    /**
     * Retries every delivery that is due; several servers may run this at once, each takes other rows. It never fails
     * (and runs outside a transaction, each attempt in its own): the container retries a failed non-persistent timer
     * only every five minutes and skips its schedule meanwhile, so one tick during a database outage would hold every
     * retry back that long. The next tick, ten seconds later, tries again.
     */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "partner pushes")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retryDue() {
        List<UUID> due;
        try {
            due = sharing.dueDeliveries(Instant.now(clock), DUE_BATCH);
        } catch (RuntimeException unavailable) {
            LOG.warning(() -> "Partner pushes not retried this time: " + unavailable);
            return;
        }
        for (UUID id : due) {
            try {
                session.getBusinessObject(PartnerPushes.class).attempt(id);
            } catch (RuntimeException failed) {
                LOG.warning(() -> "Partner push " + id + " not attempted this time: " + failed);
            }
        }
    }

    /** One attempt, in a transaction that holds the delivery's row so no other server sends it at the same time. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attempt(UUID deliveryId) {
        Optional<PartnerDelivery> locked = sharing.lockDelivery(deliveryId)
                .filter(d -> d.status() == PartnerDelivery.Status.PENDING);
        if (locked.isEmpty()) {
            return;
        }
        PartnerDelivery delivery = locked.get();
        Instant now = Instant.now(clock);
        Optional<SharingAgreement> agreement = sharing.agreement(delivery.agreementId());
        Optional<SharingRefusal> refusal = agreement.flatMap(a -> a.refusal(SharingScope.RECEIVE_ALERTS, null,
                policy, policy.today(clock)));
        if (agreement.isEmpty() || refusal.isPresent() || agreement.get().callbackUrl().isEmpty()
                || agreement.get().pushSigningKey().isEmpty()) {
            SharingRefusal why = refusal.orElse(new SharingRefusal("OD-R3", "the agreement no longer has a callback "
                    + "URL or a credential"));
            delivery.abandon(why.reason());
            log.refused(new Dissemination.Request(DisseminationKind.ALERT_PUSH, agreement.orElse(null),
                    delivery.plate(), null, delivery.caseNumber(), null), why);
            return;
        }
        SharingAgreement a = agreement.get();
        String error = send(a, delivery.payload());
        if (error == null) {
            delivery.delivered(now);
            Dissemination pushed = Dissemination.disclosed(new Dissemination.Request(DisseminationKind.ALERT_PUSH, a,
                    delivery.plate(), null, delivery.caseNumber(), null), 1, false, now);
            sharing.add(pushed);
            audit.fire(new AuditableAction("PARTNER_ALERT_PUSHED", "alert", delivery.alertId() + " ("
                    + delivery.plate() + ")", AuditOutcome.SUCCESS, "to " + a.partner().name() + " at "
                    + a.callbackUrl().get() + " on attempt " + delivery.attempts() + "; dissemination " + pushed.id(),
                    "system", "case " + delivery.caseNumber()));
        } else {
            delivery.failed(error, Duration.ofSeconds(firstRetrySeconds), now);
            audit.fire(new AuditableAction("PARTNER_ALERT_PUSH_FAILED", "alert", delivery.alertId() + " ("
                    + delivery.plate() + ")", AuditOutcome.FAILURE, "attempt " + delivery.attempts() + " to "
                    + a.partner().name() + ": " + error + (delivery.status() == PartnerDelivery.Status.FAILED
                    ? "; given up" : "; next at " + delivery.nextAttemptAt()), "system", null));
        }
    }

    /** Posts the hit; answers null when the callback took it, else what went wrong. */
    private static String send(SharingAgreement agreement, String payload) {
        try {
            HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(agreement.callbackUrl().get()))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .header(AGREEMENT_HEADER, agreement.id().toString())
                    .header(SIGNATURE_HEADER, "sha256=" + sign(agreement.pushSigningKey().get(), payload))
                    .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() / 100 == 2 ? null : "the callback answered " + answer.statusCode();
        } catch (java.io.IOException e) {
            return "the callback could not be reached: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Agreement " + agreement.id() + " has a callback URL that cannot be called");
            return "the callback URL cannot be called: " + e.getMessage();
        }
    }

    static String sign(String key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }

    /** What the partner learns of the hit: the read, its place and the partner's own entry; no image. */
    private String payload(SharingAgreement agreement, AlertView alert) {
        JsonObjectBuilder entry = Json.createObjectBuilder().add("plate", alert.entryPlate())
                .add("kind", alert.kind().name());
        if (alert.entryState() != null) {
            entry.add("state", alert.entryState());
        }
        if (alert.entryCaseNumber() != null) {
            entry.add("caseNumber", alert.entryCaseNumber());
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("agency", policy.agency())
                .add("agreementId", agreement.id().toString()).add("alertId", alert.id().toString())
                .add("raisedAt", alert.raisedAt().toString()).add("plate", alert.plate())
                .add("capturedAt", alert.capturedAt().toString()).add("matchType", alert.matchType().name())
                .add("entry", entry).add("notice", alert.notice());
        if (alert.state() != null) {
            body.add("state", alert.state());
        }
        if (alert.latitude() != null) {
            body.add("latitude", alert.latitude()).add("longitude", alert.longitude());
        }
        if (alert.cameraName() != null) {
            body.add("camera", alert.cameraName());
        }
        return body.build().toString();
    }
}
