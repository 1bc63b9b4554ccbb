// SPDX-License-Identifier: GPL-3.0-or-later
import java.io.FileInputStream;
import java.io.InputStream;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Enumeration;

/** The key and chain of a PKCS#12 file of the test PKI (signer first, then issuing CA, then root). */
final class SigningIdentity {
    final PrivateKey key;
    final Certificate[] chain;

    SigningIdentity(String path, String password) throws Exception {
        final KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(path)) {
            store.load(in, password.toCharArray());
        }
        final Enumeration<String> aliases = store.aliases();
        while (aliases.hasMoreElements()) {
            final String alias = aliases.nextElement();
            if (store.isKeyEntry(alias)) {
                key = (PrivateKey) store.getKey(alias, password.toCharArray());
                chain = store.getCertificateChain(alias);
                return;
            }
        }
        throw new IllegalArgumentException(path + " holds no private key");
    }

    X509Certificate signer() {
        return (X509Certificate) chain[0];
    }

    /** The issuer of chain[index] within the chain, or null for the last one. */
    X509Certificate issuerOf(int index) {
        return index + 1 < chain.length ? (X509Certificate) chain[index + 1] : null;
    }
}
