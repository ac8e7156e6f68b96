package dev.quiver.jdbc.internal.jdbc;

import java.sql.SQLException;
import java.sql.Statement;

/** A statement whose results tell it when they close (plain and prepared statements). */
interface ResultOwner extends Statement {

  /** Called by a result of this statement when it closes. */
  void resultClosed(QuiverResultSet closedResult) throws SQLException;
}
