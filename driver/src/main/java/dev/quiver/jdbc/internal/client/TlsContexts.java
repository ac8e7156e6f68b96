package dev.quiver.jdbc.internal.client;

import dev.quiver.jdbc.ConnectionProperty;
import dev.quiver.jdbc.internal.config.ConnectionConfig;
import dev.quiver.jdbc.internal.error.SqlState;
import io.grpc.netty.GrpcSslContexts;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Builds the client TLS context of a connection from its trust and client-certificate options.
 * Trust sources add up: {@code tlsRootCerts}, the certificates of {@code trustStore}, and (with
 * {@code useSystemTrustStore}, the default) the JVM's default trust store. With none of the first
 * two, the JVM's default trust applies as is. Built here rather than by Arrow's client builder,
 * which refuses a client certificate when verification is off and takes no trust manager.
 */
final class TlsContexts {

  private TlsContexts() {}

  static SslContext clientContext(ConnectionConfig config) throws SQLException {
    SslContextBuilder builder = GrpcSslContexts.forClient();
    if (config.disableCertificateVerification()) {
      builder.trustManager(InsecureTrustManagerFactory.INSTANCE);
    } else if (config.tlsRootCerts().isPresent() || config.trustStore().isPresent()) {
      builder.trustManager(trustManagers(config));
    }
    if (config.clientCertificate().isPresent() && config.clientKey().isPresent()) {
      List<X509Certificate> chain =
          PemFiles.certificates(
              config.clientCertificate().get(), ConnectionProperty.CLIENT_CERTIFICATE.key());
      PrivateKey key =
          PemFiles.privateKey(config.clientKey().get(), ConnectionProperty.CLIENT_KEY.key());
      builder.keyManager(key, chain.toArray(new X509Certificate[0]));
    }
    try {
      return builder.build();
    } catch (IOException | RuntimeException failure) {
      throw SqlState.UNABLE_TO_CONNECT.exception(
          "Cannot set up TLS: " + failure.getMessage(), failure);
    }
  }

  private static TrustManagerFactory trustManagers(ConnectionConfig config) throws SQLException {
    try {
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      int[] count = {0};
      if (config.tlsRootCerts().isPresent()) {
        for (X509Certificate certificate :
            PemFiles.certificates(
                config.tlsRootCerts().get(), ConnectionProperty.TLS_ROOT_CERTS.key())) {
          trusted.setCertificateEntry("root-" + count[0]++, certificate);
        }
      }
      if (config.trustStore().isPresent()) {
        KeyStore store = loadTrustStore(config.trustStore().get(), config);
        for (String alias : Collections.list(store.aliases())) {
          Certificate certificate = store.getCertificate(alias);
          if (certificate != null) {
            trusted.setCertificateEntry("store-" + count[0]++, certificate);
          }
        }
      }
      if (config.useSystemTrustStore()) {
        for (X509Certificate certificate : systemTrustAnchors()) {
          trusted.setCertificateEntry("system-" + count[0]++, certificate);
        }
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trusted);
      return factory;
    } catch (GeneralSecurityException | IOException failure) {
      throw SqlState.UNABLE_TO_CONNECT.exception(
          "Cannot set up the trusted certificates: " + failure.getMessage(), failure);
    }
  }

  private static KeyStore loadTrustStore(Path file, ConnectionConfig config) throws SQLException {
    char[] password = config.trustStorePassword().map(String::toCharArray).orElse(null);
    try {
      // Detects JKS and PKCS12 from the file's content (JDK 9+).
      return KeyStore.getInstance(file.toFile(), password);
    } catch (IOException | GeneralSecurityException | IllegalArgumentException failure) {
      // The message of a wrong password is the JDK's ("keystore password was incorrect"); it never
      // contains the password itself.
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
          "Cannot open the trust store '"
              + file
              + "' (JKS or PKCS12; is 'trustStorePassword' right?): "
              + failure.getMessage(),
          failure);
    }
  }

  private static X509Certificate[] systemTrustAnchors() throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null); // the JVM default: javax.net.ssl.trustStore or cacerts
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager) {
        return ((X509TrustManager) manager).getAcceptedIssuers();
      }
    }
    return new X509Certificate[0];
  }
}
