package dev.quiver.it.jar;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Connects over TLS with the driver jar in a JVM without flags (the URL names the trust store
 * through the driver's {@code trustStore} properties). Prints {@code PASS tls-query} and exits with
 * 0 when a prepared query over TLS returns the right value.
 *
 * <p>Usage: {@code TlsSmokeProgram <jdbc-url>}
 */
public final class TlsSmokeProgram {

  private TlsSmokeProgram() {}

  public static void main(String[] args) throws SQLException {
    if (args.length != 1) {
      System.err.println("usage: TlsSmokeProgram <jdbc-url>");
      System.exit(2);
    }
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
