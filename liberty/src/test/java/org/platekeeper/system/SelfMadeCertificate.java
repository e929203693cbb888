package org.platekeeper.system;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Trusts the system-test server's self-made certificate: what the tests check is what the server offers. */
final class SelfMadeCertificate {

    static final int HTTPS_PORT = Integer.getInteger("platekeeper.https.port", 9444);

    private SelfMadeCertificate() {
    }

    static SSLContext trustingContext(String protocol) throws Exception {
        SSLContext context = SSLContext.getInstance(protocol);
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        return context;
    }

    static String httpsUrl(String path) {
        return "https://localhost:" + HTTPS_PORT + path;
    }
}
