package dev.quiver.jdbc.e2e;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Test PKI made with BouncyCastle inside the test: a CA, and certificates it issues for servers
 * (SAN localhost and 127.0.0.1 unless told otherwise) and clients, also expired ones. Written as
 * PEM files in a directory (keys as PKCS#8, which is all Arrow's server reads; PKCS#1 on request).
 */
final class TestCertificates {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A certificate with its key, written as PEM files. */
  static final class Issued {
    final X509Certificate certificate;
    final PrivateKey key;
    final Path certificateFile;
    final Path keyFile;

    Issued(X509Certificate certificate, PrivateKey key, Path certificateFile, Path keyFile) {
      this.certificate = certificate;
      this.key = key;
      this.certificateFile = certificateFile;
      this.keyFile = keyFile;
    }
  }

  private final Path directory;
  private final Issued ca;

  TestCertificates(Path directory) throws Exception {
    this.directory = directory;
    KeyPair keys = rsa();
    X500Name name = new X500Name("CN=Quiver Test CA");
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            serial(),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(Duration.ofDays(2))),
            name,
            keys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    builder.addExtension(
        Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    X509Certificate certificate = sign(builder, keys.getPrivate());
    this.ca = write("ca", certificate, keys.getPrivate(), false);
  }

  Issued ca() {
    return ca;
  }

  /** A server certificate for localhost and 127.0.0.1, valid now. */
  Issued server(String name) throws Exception {
    return issue(name, false, Duration.ofDays(1), false, "localhost", "127.0.0.1");
  }

  /** A server certificate for the given DNS names / IP addresses. */
  Issued serverFor(String name, String... hosts) throws Exception {
    return issue(name, false, Duration.ofDays(1), false, hosts);
  }

  /** A server certificate for localhost and 127.0.0.1 that expired yesterday. */
  Issued expiredServer(String name) throws Exception {
    return issue(name, false, Duration.ofDays(-1), false, "localhost", "127.0.0.1");
  }

  /** A client certificate; its key as PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) when asked. */
  Issued client(String name, boolean pkcs1Key) throws Exception {
    return issue(name, true, Duration.ofDays(1), pkcs1Key);
  }

  /** A self-signed server certificate for localhost and 127.0.0.1 (no CA). */
  Issued selfSignedServer(String name) throws Exception {
    KeyPair keys = rsa();
    X500Name subject = new X500Name("CN=" + name);
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            serial(),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(Duration.ofDays(1))),
            subject,
            keys.getPublic());
    builder.addExtension(Extension.subjectAlternativeName, false, names("localhost", "127.0.0.1"));
    return write(name, sign(builder, keys.getPrivate()), keys.getPrivate(), false);
  }

  private Issued issue(
      String name, boolean client, Duration validity, boolean pkcs1Key, String... hosts)
      throws Exception {
    KeyPair keys = rsa();
    Instant now = Instant.now();
    Instant notBefore =
        validity.isNegative() ? now.minus(Duration.ofDays(3)) : now.minus(Duration.ofHours(1));
    Instant notAfter = now.plus(validity);
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            ca.certificate,
            serial(),
            Date.from(notBefore),
            Date.from(notAfter),
            new X500Name("CN=" + name),
            keys.getPublic());
    if (hosts.length > 0) {
      builder.addExtension(Extension.subjectAlternativeName, false, names(hosts));
    }
    builder.addExtension(
        Extension.keyUsage,
        true,
        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
    builder.addExtension(
        Extension.extendedKeyUsage,
        false,
        new org.bouncycastle.asn1.x509.ExtendedKeyUsage(
            client
                ? org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_clientAuth
                : org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_serverAuth));
    return write(name, sign(builder, ca.key), keys.getPrivate(), pkcs1Key);
  }

  private static GeneralNames names(String... hosts) {
    GeneralName[] names = new GeneralName[hosts.length];
    for (int i = 0; i < hosts.length; i++) {
      boolean ip = hosts[i].chars().allMatch(c -> Character.isDigit(c) || c == '.');
      names[i] = new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, hosts[i]);
    }
    return new GeneralNames(names);
  }

  private Issued write(String name, X509Certificate certificate, PrivateKey key, boolean pkcs1)
      throws IOException {
    Path certificateFile = directory.resolve(name + ".crt");
    Path keyFile = directory.resolve(name + ".key");
    Files.writeString(certificateFile, pem(certificate), StandardCharsets.US_ASCII);
    Files.writeString(keyFile, pkcs1 ? pem(key) : pem(new JcaPKCS8Generator(key, null)));
    return new Issued(certificate, key, certificateFile, keyFile);
  }

  private static String pem(Object object) throws IOException {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(object);
    }
    return text.toString();
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
      throws Exception {
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey);
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048, RANDOM);
    return generator.generateKeyPair();
  }

  private static BigInteger serial() {
    return new BigInteger(64, RANDOM);
  }
}
