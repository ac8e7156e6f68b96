package dev.quiver.it.jar;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Connects over TLS with the driver jar in a JVM without flags, trusting the test's certificate
 * through the JDK's standard trust store properties (set here in code, not on the command line).
 * Prints {@code PASS tls-query} and exits with 0 when the query over TLS returns the right value.
 *
 * <p>Usage: {@code TlsSmokeProgram <jdbc-url> <pkcs12-trust-store> <password>}
 */
public final class TlsSmokeProgram {

  private TlsSmokeProgram() {}

  public static void main(String[] args) throws SQLException {
    if (args.length != 3) {
      System.err.println("usage: TlsSmokeProgram <jdbc-url> <trust-store> <password>");
      System.exit(2);
    }
    System.setProperty("javax.net.ssl.trustStore", args[1]);
    System.setProperty("javax.net.ssl.trustStorePassword", args[2]);
    System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    try (Connection connection = DriverManager.getConnection(args[0]);
        PreparedStatement statement = connection.prepareStatement("SELECT ? * 2 AS doubled")) {
      statement.setInt(1, 21);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        int value = rs.getInt(1);
        if (value != 42) {
          System.out.println("FAIL tls-query: expected <42> but was <" + value + ">");
          System.exit(1);
        }
      }
    }
    System.out.println("PASS tls-query");
    System.exit(0);
  }
}
