package org.platekeeper.sharing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.platekeeper.policy.domain.PolicyProfile;
import org.platekeeper.search.domain.PurposeCode;
import org.platekeeper.shared.domain.RequiredText;
import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * An information-sharing agreement with a partner agency (OD-R3): what the partner may do, for which purposes, how
 * far back, until when. Proposed by an administrator and approved by a supervisor who is not the same person;
 * suspended at once when need be; out of force on its own after its last day. Only law-enforcement and
 * prosecutorial agencies can hold one (PC-D1).
 */
@Entity
@Table(name = "sharing_agreement")
public class SharingAgreement {

    public static final int DOCUMENT_REFERENCE_MAX_LENGTH = 200;
    public static final int NOTE_MAX_LENGTH = 500;
    public static final int MAX_RESULTS_LIMIT = 1000;
    public static final int MAX_QUERIES_PER_DAY_LIMIT = 100_000;
    public static final int CALLBACK_URL_MAX_LENGTH = 500;

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private PartnerAgency partner;

    /** Comma-separated {@link SharingScope} names. */
    @Column(name = "scopes", nullable = false)
    private String scopes;

    /** Comma-separated {@link PurposeCode} names. */
    @Column(name = "purposes", nullable = false)
    private String purposes;

    @Column(name = "max_age_days", nullable = false)
    private int maxAgeDays;

    @Column(name = "images_included", nullable = false)
    private boolean imagesIncluded;

    @Column(name = "max_results", nullable = false)
    private int maxResults;

    @Column(name = "max_queries_per_day", nullable = false)
    private int maxQueriesPerDay;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "document_reference", nullable = false, length = DOCUMENT_REFERENCE_MAX_LENGTH)
    private String documentReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AgreementStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = NOTE_MAX_LENGTH)
    private String decisionNote;

    @Column(name = "suspended_by")
    private String suspendedBy;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "suspension_reason", length = NOTE_MAX_LENGTH)
    private String suspensionReason;

    @Column(name = "token_hash", unique = true, length = 64)
    private String tokenHash;

    @Column(name = "token_issued_at")
    private Instant tokenIssuedAt;

    /** The one address this agreement's pushes may go to (RECEIVE_ALERTS). */
    @Column(name = "callback_url", length = CALLBACK_URL_MAX_LENGTH)
    private String callbackUrl;

    /** The list the partner's own entries are kept on (SEND_HOT_LIST_ENTRIES), once it has sent one. */
    @Column(name = "hot_list_id")
    private UUID hotListId;

    protected SharingAgreement() {
    }

    /** The terms an administrator proposes; checked against the partner and the policy on proposal. */
    public record Terms(Set<SharingScope> scopes, Set<PurposeCode> purposes, int maxAgeDays, boolean imagesIncluded,
                        int maxResults, int maxQueriesPerDay, LocalDate validFrom, LocalDate validUntil,
                        String documentReference, String callbackUrl) {
    }

    /**
     * Proposes an agreement. PC-D1: refused for an agency that is neither law enforcement nor prosecution; the
     * oldest data it may see is never beyond our own retention (PC-C1, OD-R5).
     */
    public static SharingAgreement propose(PartnerAgency partner, Terms terms, int readRetentionDays, String by,
                                           Instant now) {
        Objects.requireNonNull(partner, "partner");
        if (!partner.mayHoldAgreement()) {
            throw new SharingRuleException("PC-D1", "data is shared only with law-enforcement or prosecutorial "
                    + "agencies; " + partner.name() + " is " + describe(partner.type()));
        }
        if (terms.scopes() == null || terms.scopes().isEmpty()) {
            throw new IllegalArgumentException("an agreement needs at least one scope");
        }
        if (terms.purposes() == null || terms.purposes().isEmpty()) {
            throw new IllegalArgumentException("an agreement names the purposes it permits (OD-P1)");
        }
        if (terms.maxAgeDays() < 1) {
            throw new IllegalArgumentException("maxAgeDays must be at least 1");
        }
        if (terms.maxAgeDays() > readRetentionDays) {
            throw new SharingRuleException("OD-R5", "an agreement cannot reach data older than our retention of "
                    + readRetentionDays + " days");
        }
        if (terms.maxResults() < 1 || terms.maxResults() > MAX_RESULTS_LIMIT) {
            throw new IllegalArgumentException("maxResults must be between 1 and " + MAX_RESULTS_LIMIT);
        }
        if (terms.maxQueriesPerDay() < 1 || terms.maxQueriesPerDay() > MAX_QUERIES_PER_DAY_LIMIT) {
            throw new IllegalArgumentException("maxQueriesPerDay must be between 1 and " + MAX_QUERIES_PER_DAY_LIMIT);
        }
        if (terms.validFrom() == null || terms.validUntil() == null || terms.validFrom().isAfter(terms.validUntil())) {
            throw new IllegalArgumentException("give validFrom and validUntil, validFrom not after validUntil");
        }
        String callback = terms.callbackUrl() == null || terms.callbackUrl().isBlank() ? null
                : callbackUrl(terms.callbackUrl().strip());
        if (terms.scopes().contains(SharingScope.RECEIVE_ALERTS) && callback == null) {
            throw new IllegalArgumentException("an agreement that pushes alerts names the partner's callback URL");
        }
        SharingAgreement agreement = new SharingAgreement();
        agreement.id = TimeOrderedId.at(now);
        agreement.callbackUrl = callback;
        agreement.partner = partner;
        agreement.scopes = names(terms.scopes());
        agreement.purposes = names(terms.purposes());
        agreement.maxAgeDays = terms.maxAgeDays();
        agreement.imagesIncluded = terms.imagesIncluded();
        agreement.maxResults = terms.maxResults();
        agreement.maxQueriesPerDay = terms.maxQueriesPerDay();
        agreement.validFrom = terms.validFrom();
        agreement.validUntil = terms.validUntil();
        agreement.documentReference = RequiredText.of(terms.documentReference(),
                "reference of the signed agreement", DOCUMENT_REFERENCE_MAX_LENGTH);
        agreement.status = AgreementStatus.PROPOSED;
        agreement.createdBy = by;
        agreement.createdAt = now;
        return agreement;
    }

    /** An absolute http(s) address with a host and no credentials in it: the only place pushes may go. */
    private static String callbackUrl(String text) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("the callback URL is not a URL: " + e.getMessage());
        }
        if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null
                || text.length() > CALLBACK_URL_MAX_LENGTH) {
            throw new IllegalArgumentException("the callback URL must be an absolute http or https URL with a host, "
                    + "no user name or password and no fragment, of at most " + CALLBACK_URL_MAX_LENGTH
                    + " characters");
        }
        return text;
    }

    private static String describe(AgencyType type) {
        return switch (type) {
            case COURT -> "a court";
            case OTHER_PUBLIC_AGENCY -> "another public agency";
            case PRIVATE_COMPANY -> "a private company";
            default -> type.name();
        };
    }

    /** PC-D1, OD-R3: a supervisor other than the administrator who proposed it puts it in force. */
    public void approve(String supervisor, String note, Instant now) {
        decide(supervisor, note, now);
        status = AgreementStatus.ACTIVE;
    }

    public void reject(String supervisor, String note, Instant now) {
        decide(supervisor, note, now);
        status = AgreementStatus.REJECTED;
    }

    private void decide(String supervisor, String note, Instant now) {
        if (status != AgreementStatus.PROPOSED) {
            throw new IllegalStateException("the agreement is " + status + ", not awaiting a decision");
        }
        if (supervisor.equals(createdBy)) {
            throw new SharingRuleException("PC-D1", "the administrator who proposed an agreement cannot decide it; "
                    + "another supervisor must");
        }
        decidedBy = supervisor;
        decidedAt = now;
        decisionNote = note == null || note.isBlank() ? null : RequiredText.of(note, "note",
                NOTE_MAX_LENGTH);
    }

    /** Stops every use of the agreement at once; its credential stops working with it. */
    public void suspend(String by, String reason, Instant now) {
        if (status != AgreementStatus.ACTIVE && status != AgreementStatus.PROPOSED) {
            throw new IllegalStateException("the agreement is " + status + " and cannot be suspended");
        }
        suspensionReason = RequiredText.of(reason, "reason for the suspension", NOTE_MAX_LENGTH);
        status = AgreementStatus.SUSPENDED;
        suspendedBy = by;
        suspendedAt = now;
    }

    /** Issues the partner's credential (or a new one; the old one stops working at once). */
    public PartnerToken issueToken(Instant now) {
        if (status != AgreementStatus.ACTIVE) {
            throw new IllegalStateException("credentials are issued for an approved agreement only; this one is "
                    + status);
        }
        PartnerToken token = PartnerToken.issue();
        tokenHash = token.hash();
        tokenIssuedAt = now;
        return token;
    }

    /** The partner's entries are kept on this list from now on. */
    public void keepEntriesOn(UUID listId) {
        if (hotListId != null) {
            throw new IllegalStateException("the partner's entries already have their list");
        }
        hotListId = Objects.requireNonNull(listId, "listId");
    }

    /**
     * The key a push is signed with: the SHA-256 of the partner's credential, which the partner can compute and
     * nobody else holds. Empty when the agreement has no credential.
     */
    public Optional<String> pushSigningKey() {
        return Optional.ofNullable(tokenHash);
    }

    public void revokeToken() {
        tokenHash = null;
        tokenIssuedAt = null;
    }

    /**
     * Why the agreement does not allow this use today, if it does not: not in force (OD-R3), a scope it lacks, a
     * purpose it does not permit, or a partner the profile bars.
     */
    public Optional<SharingRefusal> refusal(SharingScope scope, PurposeCode purpose, LocalDate today,
                                            boolean withinStateOnly, String agencyState) {
        if (status != AgreementStatus.ACTIVE) {
            return Optional.of(new SharingRefusal("OD-R3", "the agreement is " + status.name().toLowerCase()));
        }
        if (today.isBefore(validFrom)) {
            return Optional.of(new SharingRefusal("OD-R3", "the agreement is not in force before " + validFrom));
        }
        if (today.isAfter(validUntil)) {
            return Optional.of(new SharingRefusal("OD-R3", "the agreement expired on " + validUntil));
        }
        if (!partner.mayHoldAgreement()) {
            return Optional.of(new SharingRefusal("PC-D1", "the partner is not a law-enforcement or prosecutorial "
                    + "agency"));
        }
        if (withinStateOnly && partner.isOutside(agencyState)) {
            return Optional.of(new SharingRefusal("OD-R3", "the policy profile shares only with agencies of "
                    + agencyState + ", not federal or out-of-state ones"));
        }
        if (!scopes().contains(scope)) {
            return Optional.of(new SharingRefusal("OD-R3", "the agreement does not include " + scope));
        }
        if (purpose != null && !purposes().contains(purpose)) {
            return Optional.of(new SharingRefusal("OD-X1", "the agreement does not permit the purpose " + purpose));
        }
        return Optional.empty();
    }

    /** As above, with the profile's rule on out-of-state and federal partners. */
    public Optional<SharingRefusal> refusal(SharingScope scope, PurposeCode purpose, PolicyProfile policy,
                                            LocalDate today) {
        return refusal(scope, purpose, today, policy.sharingWithinStateOnly(), policy.agencyState());
    }

    /** The oldest capture time the partner may see today. */
    public Instant oldestVisible(Instant now) {
        return now.minus(java.time.Duration.ofDays(maxAgeDays));
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String names, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        Arrays.stream(names.split(",")).filter(n -> !n.isBlank()).forEach(n -> set.add(Enum.valueOf(type, n)));
        return set;
    }

    public Set<SharingScope> scopes() {
        return parse(scopes, SharingScope.class);
    }

    public Set<PurposeCode> purposes() {
        return parse(purposes, PurposeCode.class);
    }

    public UUID id() {
        return id;
    }

    public PartnerAgency partner() {
        return partner;
    }

    public int maxAgeDays() {
        return maxAgeDays;
    }

    public boolean imagesIncluded() {
        return imagesIncluded;
    }

    public int maxResults() {
        return maxResults;
    }

    public int maxQueriesPerDay() {
        return maxQueriesPerDay;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String documentReference() {
        return documentReference;
    }

    public AgreementStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public String suspendedBy() {
        return suspendedBy;
    }

    public String suspensionReason() {
        return suspensionReason;
    }

    public Optional<String> callbackUrl() {
        return Optional.ofNullable(callbackUrl);
    }

    public Optional<UUID> hotListId() {
        return Optional.ofNullable(hotListId);
    }

    public boolean hasCredential() {
        return tokenHash != null;
    }

    public Instant tokenIssuedAt() {
        return tokenIssuedAt;
    }
}
