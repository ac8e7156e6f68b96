package dev.quiver.jdbc.internal.client;

import dev.quiver.jdbc.internal.error.SqlState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PEM certificates and private keys with plain JDK code. Private keys may be PKCS#8 ({@code
 * BEGIN PRIVATE KEY}: RSA, EC or EdDSA) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY}), which is
 * re-wrapped as PKCS#8: Netty's own PEM reader takes only PKCS#8 unless BouncyCastle is on the
 * class path, and the driver jar must work alone. Errors name the file, never the key material.
 */
final class PemFiles {

  private static final Pattern PEM_BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

  // DER of AlgorithmIdentifier { rsaEncryption (1.2.840.113549.1.1.1), NULL }.
  private static final byte[] RSA_ALGORITHM = {
    0x30,
    0x0d,
    0x06,
    0x09,
    0x2a,
    (byte) 0x86,
    0x48,
    (byte) 0x86,
    (byte) 0xf7,
    0x0d,
    0x01,
    0x01,
    0x01,
    0x05,
    0x00
  };

  private PemFiles() {}

  /** Every certificate in a PEM (or DER) file. */
  static List<X509Certificate> certificates(Path file, String property) throws SQLException {
    byte[] bytes = read(file, property);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      Collection<? extends Certificate> parsed =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      List<X509Certificate> certificates = new ArrayList<>();
      for (Certificate certificate : parsed) {
        certificates.add((X509Certificate) certificate);
      }
      if (certificates.isEmpty()) {
        throw invalid(property, file, "contains no certificate");
      }
      return certificates;
    } catch (CertificateException | IOException malformed) {
      throw invalid(property, file, "is not a PEM certificate file: " + malformed.getMessage());
    }
  }

  /** The unencrypted private key in a PEM file (PKCS#8 or PKCS#1 RSA). */
  static PrivateKey privateKey(Path file, String property) throws SQLException {
    String text = new String(read(file, property), StandardCharsets.US_ASCII);
    Matcher block = PEM_BLOCK.matcher(text);
    while (block.find()) {
      String type = block.group(1);
      byte[] der;
      try {
        der = Base64.getMimeDecoder().decode(block.group(2));
      } catch (IllegalArgumentException malformed) {
        throw invalid(property, file, "holds a PEM block that is not valid Base64");
      }
      switch (type) {
        case "PRIVATE KEY":
          return pkcs8(der, property, file);
        case "RSA PRIVATE KEY":
          return pkcs8(rsaPkcs1ToPkcs8(der), property, file);
        case "ENCRYPTED PRIVATE KEY":
          throw invalid(property, file, "holds an encrypted key; give an unencrypted PKCS#8 key");
        case "EC PRIVATE KEY":
          throw invalid(
              property,
              file,
              "holds a SEC1 EC key; convert it to PKCS#8 (openssl pkcs8 -topk8 -nocrypt)");
        default:
          // Other blocks (parameters, certificates) may precede the key.
      }
    }
    throw invalid(property, file, "holds no PEM private key (BEGIN PRIVATE KEY)");
  }

  private static PrivateKey pkcs8(byte[] der, String property, Path file) throws SQLException {
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
    for (String algorithm : new String[] {"RSA", "EC", "EdDSA"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(spec);
      } catch (GeneralSecurityException wrongAlgorithm) {
        // try the next algorithm
      }
    }
    throw invalid(property, file, "holds a private key that is not RSA, EC or EdDSA PKCS#8");
  }

  /** Wraps a PKCS#1 RSAPrivateKey in a PKCS#8 PrivateKeyInfo (RFC 5208 section 5). */
  static byte[] rsaPkcs1ToPkcs8(byte[] pkcs1) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(new byte[] {0x02, 0x01, 0x00}); // version 0
    body.writeBytes(RSA_ALGORITHM);
    body.write(0x04); // OCTET STRING holding the PKCS#1 key
    writeLength(body, pkcs1.length);
    body.writeBytes(pkcs1);
    ByteArrayOutputStream info = new ByteArrayOutputStream();
    info.write(0x30); // SEQUENCE
    writeLength(info, body.size());
    info.writeBytes(body.toByteArray());
    return info.toByteArray();
  }

  private static void writeLength(ByteArrayOutputStream out, int length) {
    if (length < 0x80) {
      out.write(length);
      return;
    }
    int bytes = length > 0xffffff ? 4 : length > 0xffff ? 3 : length > 0xff ? 2 : 1;
    out.write(0x80 | bytes);
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
      out.write((length >>> shift) & 0xff);
    }
  }

  private static byte[] read(Path file, String property) throws SQLException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException failure) {
      throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
          "Cannot read the file of '" + property + "': " + file, failure);
    }
  }

  private static SQLException invalid(String property, Path file, String problem) {
    return SqlState.INVALID_ATTRIBUTE_VALUE.exception(
        "The file of '" + property + "' (" + file + ") " + problem);
  }
}
