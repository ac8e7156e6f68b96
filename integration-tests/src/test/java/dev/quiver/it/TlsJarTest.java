package dev.quiver.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.it.jar.TlsSmokeProgram;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS with the driver jar, which has no netty-tcnative: the JDK's engine with ALPN must carry gRPC,
 * in a fresh JVM without flags, on every JDK on this machine.
 */
class TlsJarTest {

  private static final String PASSWORD = "changeit";

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  @TempDir Path directory;

  @Test
  void queryOverTlsWithTheJdksEngineOnEveryJdk() throws Exception {
    Path serverStore = directory.resolve("server.p12");
    Path keytool = Paths.get(System.getProperty("java.home"), "bin", "keytool");
    Process generate =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                serverStore.toString(),
                "-storepass",
                PASSWORD)
            .redirectErrorStream(true)
            .start();
    assertThat(generate.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(generate.exitValue())
        .as(new String(generate.getInputStream().readAllBytes()))
        .isZero();

    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(serverStore)) {
      keys.load(in, PASSWORD.toCharArray());
    }
    Certificate certificate = keys.getCertificate("server");
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("server", certificate);
    Path trustStore = directory.resolve("trust.p12");
    try (OutputStream out = Files.newOutputStream(trustStore)) {
      trust.store(out, PASSWORD.toCharArray());
    }
    KeyManagerFactory keyManagers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keyManagers.getKeyManagers(), null, null);

    try (TlsTerminatingProxy proxy = new TlsTerminatingProxy(context, FIXTURE.server().port())) {
      // useEncryption defaults to true: TLS, checked against the test's trust store.
      String url =
          "jdbc:flightsql://localhost:"
              + proxy.port()
              + "?trustStore="
              + trustStore
              + "&trustStorePassword="
              + PASSWORD;
      for (InstalledJdks.Jdk jdk : InstalledJdks.find()) {
        FreshJvm.Result result =
            FreshJvm.run(
                jdk.java(),
                List.of(DriverJar.path(), DriverJar.codeSourceOf(TlsSmokeProgram.class)),
                TlsSmokeProgram.class.getName(),
                url);
        assertThat(result.exitCode()).as("%s\n%s", jdk, result).isZero();
        assertThat(result.stdout()).as("%s", jdk).contains("PASS tls-query");
      }
    }
  }
}
