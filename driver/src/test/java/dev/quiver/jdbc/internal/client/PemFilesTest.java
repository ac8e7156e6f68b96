package dev.quiver.jdbc.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.sql.SQLException;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PEM private keys in the forms people have, read with JDK code only; BouncyCastle writes them. */
class PemFilesTest {

  @TempDir Path directory;

  private Path write(String name, Object pem) throws Exception {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(pem);
    }
    Path file = directory.resolve(name);
    Files.writeString(file, text.toString());
    return file;
  }

  private static KeyPair generate(String algorithm, int size) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
    generator.initialize(size);
    return generator.generateKeyPair();
  }

  @Test
  void pkcs1RsaKeyIsTheSameKeyAsItsPkcs8Form() throws Exception {
    PrivateKey key = generate("RSA", 2048).getPrivate();
    Path pkcs1 = write("rsa1.key", key); // BouncyCastle writes "BEGIN RSA PRIVATE KEY"
    assertThat(Files.readString(pkcs1)).contains("BEGIN RSA PRIVATE KEY");
    Path pkcs8 = write("rsa8.key", new JcaPKCS8Generator(key, null));
    assertThat(PemFiles.privateKey(pkcs1, "clientKey").getEncoded()).isEqualTo(key.getEncoded());
    assertThat(PemFiles.privateKey(pkcs8, "clientKey").getEncoded()).isEqualTo(key.getEncoded());
  }

  @Test
  void pkcs8EcKeyIsRead() throws Exception {
    PrivateKey key = generate("EC", 256).getPrivate();
    Path pkcs8 = write("ec8.key", new JcaPKCS8Generator(key, null));
    assertThat(PemFiles.privateKey(pkcs8, "clientKey").getAlgorithm()).isEqualTo("EC");
  }

  @Test
  void unusableKeysFailWithTheFileNameButNotTheKey() throws Exception {
    PrivateKey ec = generate("EC", 256).getPrivate();
    Path sec1 = write("ec1.key", ec); // "BEGIN EC PRIVATE KEY"
    assertThatThrownBy(() -> PemFiles.privateKey(sec1, "clientKey"))
        .isInstanceOfSatisfying(
            SQLException.class,
            e -> {
              assertThat(e.getSQLState()).isEqualTo("HY024");
              assertThat(e.getMessage()).contains("ec1.key", "PKCS#8");
            });
    Path empty = directory.resolve("empty.key");
    Files.writeString(empty, "no key here");
    assertThatThrownBy(() -> PemFiles.privateKey(empty, "clientKey"))
        .hasMessageContaining("no PEM private key");
    assertThatThrownBy(() -> PemFiles.certificates(empty, "tlsRootCerts"))
        .hasMessageContaining("tlsRootCerts");
  }
}
