package org.platekeeper.access.application;

/**
 * What an authenticator app needs to enrol (IA-2): the shared secret in Base32, to type in, and the otpauth URI,
 * which the console shows as a QR code.
 */
public record SecondFactorEnrolment(String secret, String uri) {
}
