package dev.quiver.jdbc.internal.metadata;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlInfo;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlNullOrdering;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlSupportedCaseSensitivity;

/**
 * The server's product and SQL dialect as GetSqlInfo describes them (identifiers, keywords and
 * functions, null ordering, SQL features). A missing SqlInfo id gives the conservative answer
 * (false, empty), never an error.
 */
abstract class DialectMetaData extends DriverMetaData {

  /** The server's SqlInfo, fetched once per connection. */
  abstract SqlInfoValues info() throws SQLException;

  // ---- product and driver ----

  @Override
  public String getDatabaseProductName() throws SQLException {
    return info().string(SqlInfo.FLIGHT_SQL_SERVER_NAME, "");
  }

  @Override
  public String getDatabaseProductVersion() throws SQLException {
    return info().string(SqlInfo.FLIGHT_SQL_SERVER_VERSION, "");
  }

  @Override
  public int getDatabaseMajorVersion() throws SQLException {
    return versionPart(getDatabaseProductVersion(), 0);
  }

  @Override
  public int getDatabaseMinorVersion() throws SQLException {
    return versionPart(getDatabaseProductVersion(), 1);
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    return info().bool(SqlInfo.FLIGHT_SQL_SERVER_READ_ONLY, false);
  }

  // ---- identifiers and SQL words ----

  private long identifierCase() throws SQLException {
    return info().number(SqlInfo.SQL_IDENTIFIER_CASE, 0);
  }

  private long quotedIdentifierCase() throws SQLException {
    return info().number(SqlInfo.SQL_QUOTED_IDENTIFIER_CASE, 0);
  }

  // SqlSupportedCaseSensitivity has no "case sensitive" value, so no answer says mixed-case
  // identifiers are distinct; CASE_INSENSITIVE means stored as written, matched in any case.
  @Override
  public boolean supportsMixedCaseIdentifiers() {
    return false;
  }

  @Override
  public boolean storesUpperCaseIdentifiers() throws SQLException {
    return identifierCase() == SqlSupportedCaseSensitivity.SQL_CASE_SENSITIVITY_UPPERCASE_VALUE;
  }

  @Override
  public boolean storesLowerCaseIdentifiers() throws SQLException {
    return identifierCase() == SqlSupportedCaseSensitivity.SQL_CASE_SENSITIVITY_LOWERCASE_VALUE;
  }

  @Override
  public boolean storesMixedCaseIdentifiers() throws SQLException {
    return identifierCase()
        == SqlSupportedCaseSensitivity.SQL_CASE_SENSITIVITY_CASE_INSENSITIVE_VALUE;
  }

  @Override
  public boolean supportsMixedCaseQuotedIdentifiers() {
    return false;
  }

  @Override
  public boolean storesUpperCaseQuotedIdentifiers() throws SQLException {
    return quotedIdentifierCase()
        == SqlSupportedCaseSensitivity.SQL_CASE_SENSITIVITY_UPPERCASE_VALUE;
  }

  @Override
  public boolean storesLowerCaseQuotedIdentifiers() throws SQLException {
    return quotedIdentifierCase()
        == SqlSupportedCaseSensitivity.SQL_CASE_SENSITIVITY_LOWERCASE_VALUE;
  }

  @Override
  public boolean storesMixedCaseQuotedIdentifiers() throws SQLException {
    return quotedIdentifierCase()
        == SqlSupportedCaseSensitivity.SQL_CASE_SENSITIVITY_CASE_INSENSITIVE_VALUE;
  }

  /** The server's quote; the SQL standard's {@code "} when the server does not say. */
  @Override
  public String getIdentifierQuoteString() throws SQLException {
    return info().string(SqlInfo.SQL_IDENTIFIER_QUOTE_CHAR, "\"");
  }

  @Override
  public String getSQLKeywords() throws SQLException {
    // JDBC: only the keywords that are not also SQL:2003 keywords.
    return String.join(",", Sql2003Keywords.withoutSql2003(info().strings(SqlInfo.SQL_KEYWORDS)));
  }

  @Override
  public String getNumericFunctions() throws SQLException {
    return String.join(",", info().strings(SqlInfo.SQL_NUMERIC_FUNCTIONS));
  }

  @Override
  public String getStringFunctions() throws SQLException {
    return String.join(",", info().strings(SqlInfo.SQL_STRING_FUNCTIONS));
  }

  @Override
  public String getSystemFunctions() throws SQLException {
    return String.join(",", info().strings(SqlInfo.SQL_SYSTEM_FUNCTIONS));
  }

  @Override
  public String getTimeDateFunctions() throws SQLException {
    return String.join(",", info().strings(SqlInfo.SQL_DATETIME_FUNCTIONS));
  }

  /** The server's escape; a backslash, the common choice, when it does not say. */
  @Override
  public String getSearchStringEscape() throws SQLException {
    return info().string(SqlInfo.SQL_SEARCH_STRING_ESCAPE, "\\");
  }

  @Override
  public String getExtraNameCharacters() throws SQLException {
    return info().string(SqlInfo.SQL_EXTRA_NAME_CHARACTERS, "");
  }

  @Override
  public String getSchemaTerm() throws SQLException {
    return info().string(SqlInfo.SQL_SCHEMA_TERM, "");
  }

  @Override
  public String getProcedureTerm() throws SQLException {
    return info().string(SqlInfo.SQL_PROCEDURE_TERM, "");
  }

  @Override
  public String getCatalogTerm() throws SQLException {
    return info().string(SqlInfo.SQL_CATALOG_TERM, "");
  }

  @Override
  public boolean isCatalogAtStart() throws SQLException {
    return info().bool(SqlInfo.SQL_CATALOG_AT_START, false);
  }

  @Override
  public String getCatalogSeparator() throws SQLException {
    return hasCatalogs() ? "." : "";
  }

  private boolean hasCatalogs() throws SQLException {
    return !getCatalogTerm().isEmpty();
  }

  private boolean hasSchemas() throws SQLException {
    return !getSchemaTerm().isEmpty() || info().bool(SqlInfo.SQL_DDL_SCHEMA, false);
  }

  // ---- null handling and ordering ----

  private long nullOrdering() throws SQLException {
    return info().number(SqlInfo.SQL_NULL_ORDERING, -1);
  }

  @Override
  public boolean nullsAreSortedHigh() throws SQLException {
    return nullOrdering() == SqlNullOrdering.SQL_NULLS_SORTED_HIGH_VALUE;
  }

  @Override
  public boolean nullsAreSortedLow() throws SQLException {
    return nullOrdering() == SqlNullOrdering.SQL_NULLS_SORTED_LOW_VALUE;
  }

  @Override
  public boolean nullsAreSortedAtStart() throws SQLException {
    return nullOrdering() == SqlNullOrdering.SQL_NULLS_SORTED_AT_START_VALUE;
  }

  @Override
  public boolean nullsAreSortedAtEnd() throws SQLException {
    return nullOrdering() == SqlNullOrdering.SQL_NULLS_SORTED_AT_END_VALUE;
  }

  @Override
  public boolean nullPlusNonNullIsNull() throws SQLException {
    return info().bool(SqlInfo.SQL_NULL_PLUS_NULL_IS_NULL, false);
  }

  // ---- SQL features ----

  @Override
  public boolean allProceduresAreCallable() {
    return false; // Flight SQL has no procedures
  }

  @Override
  public boolean allTablesAreSelectable() throws SQLException {
    return info().bool(SqlInfo.SQL_ALL_TABLES_ARE_SELECTABLE, false);
  }

  @Override
  public boolean supportsAlterTableWithAddColumn() {
    return false; // no SqlInfo id tells
  }

  @Override
  public boolean supportsAlterTableWithDropColumn() {
    return false; // no SqlInfo id tells
  }

  @Override
  public boolean supportsColumnAliasing() throws SQLException {
    return info().bool(SqlInfo.SQL_SUPPORTS_COLUMN_ALIASING, false);
  }

  @Override
  public boolean supportsConvert() throws SQLException {
    return !info().intListMap(SqlInfo.SQL_SUPPORTS_CONVERT).isEmpty();
  }

  @Override
  public boolean supportsConvert(int fromType, int toType) throws SQLException {
    Integer from = ConvertCodes.of(fromType);
    Integer to = ConvertCodes.of(toType);
    if (from == null || to == null) {
      return false;
    }
    Map<Integer, List<Integer>> matrix = info().intListMap(SqlInfo.SQL_SUPPORTS_CONVERT);
    List<Integer> targets = matrix.get(from);
    return targets != null && targets.contains(to);
  }

  @Override
  public boolean supportsTableCorrelationNames() throws SQLException {
    return info().bool(SqlInfo.SQL_SUPPORTS_TABLE_CORRELATION_NAMES, false);
  }

  @Override
  public boolean supportsDifferentTableCorrelationNames() throws SQLException {
    return info().bool(SqlInfo.SQL_SUPPORTS_DIFFERENT_TABLE_CORRELATION_NAMES, false);
  }

  @Override
  public boolean supportsExpressionsInOrderBy() throws SQLException {
    return info().bool(SqlInfo.SQL_SUPPORTS_EXPRESSIONS_IN_ORDER_BY, false);
  }

  @Override
  public boolean supportsOrderByUnrelated() throws SQLException {
    return info().bool(SqlInfo.SQL_SUPPORTS_ORDER_BY_UNRELATED, false);
  }

  @Override
  public boolean supportsGroupBy() throws SQLException {
    // A bitmask of 0 still means GROUP BY exists, just without the two extensions.
    return info().has(SqlInfo.SQL_SUPPORTED_GROUP_BY)
        || info().bool(SqlInfo.FLIGHT_SQL_SERVER_SQL, false);
  }

  @Override
  public boolean supportsGroupByUnrelated() throws SQLException {
    return info().bit(SqlInfo.SQL_SUPPORTED_GROUP_BY, 0);
  }

  @Override
  public boolean supportsGroupByBeyondSelect() throws SQLException {
    return info().bit(SqlInfo.SQL_SUPPORTED_GROUP_BY, 1);
  }

  @Override
  public boolean supportsLikeEscapeClause() throws SQLException {
    return info().bool(SqlInfo.SQL_SUPPORTS_LIKE_ESCAPE_CLAUSE, false);
  }

  @Override
  public boolean supportsNonNullableColumns() throws SQLException {
    return info().bool(SqlInfo.SQL_SUPPORTS_NON_NULLABLE_COLUMNS, false);
  }

  // Grammar and ANSI levels are bitmasks; each level includes the ones below it.
  @Override
  public boolean supportsMinimumSQLGrammar() throws SQLException {
    return info().number(SqlInfo.SQL_SUPPORTED_GRAMMAR, 0) != 0;
  }

  @Override
  public boolean supportsCoreSQLGrammar() throws SQLException {
    return info().number(SqlInfo.SQL_SUPPORTED_GRAMMAR, 0) >= 2;
  }

  @Override
  public boolean supportsExtendedSQLGrammar() throws SQLException {
    return info().bit(SqlInfo.SQL_SUPPORTED_GRAMMAR, 2);
  }

  @Override
  public boolean supportsANSI92EntryLevelSQL() throws SQLException {
    return info().number(SqlInfo.SQL_ANSI92_SUPPORTED_LEVEL, 0) != 0;
  }

  @Override
  public boolean supportsANSI92IntermediateSQL() throws SQLException {
    return info().number(SqlInfo.SQL_ANSI92_SUPPORTED_LEVEL, 0) >= 2;
  }

  @Override
  public boolean supportsANSI92FullSQL() throws SQLException {
    return info().bit(SqlInfo.SQL_ANSI92_SUPPORTED_LEVEL, 2);
  }

  @Override
  public boolean supportsIntegrityEnhancementFacility() throws SQLException {
    return info().bool(SqlInfo.SQL_SUPPORTS_INTEGRITY_ENHANCEMENT_FACILITY, false);
  }

  /**
   * 0 = none, 1 = limited, 2 = full. The proto defines SQL_OUTER_JOINS_SUPPORT_LEVEL as an ordinal,
   * but Arrow's SqlInfoBuilder writes a bitmask (FULL = 4): values up to 2 are read as the proto's
   * ordinal, larger ones as the bitmask.
   */
  private int outerJoinLevel() throws SQLException {
    long value = info().number(SqlInfo.SQL_OUTER_JOINS_SUPPORT_LEVEL, 0);
    if (value <= 2) {
      return (int) Math.max(value, 0);
    }
    return (value & 4) != 0 ? 2 : (value & 2) != 0 ? 1 : 0;
  }

  @Override
  public boolean supportsOuterJoins() throws SQLException {
    return outerJoinLevel() >= 1;
  }

  @Override
  public boolean supportsFullOuterJoins() throws SQLException {
    return outerJoinLevel() == 2;
  }

  @Override
  public boolean supportsLimitedOuterJoins() throws SQLException {
    return outerJoinLevel() >= 1;
  }

  // Schemas and catalogs in statements: Flight SQL only says which names a server has (the
  // terms) and, as bitmasks, whether they work in procedure calls, index and privilege
  // definitions (bits 0, 1, 2).
  @Override
  public boolean supportsSchemasInDataManipulation() throws SQLException {
    return hasSchemas();
  }

  @Override
  public boolean supportsSchemasInTableDefinitions() throws SQLException {
    return hasSchemas();
  }

  @Override
  public boolean supportsSchemasInProcedureCalls() throws SQLException {
    return info().bit(SqlInfo.SQL_SCHEMAS_SUPPORTED_ACTIONS, 0);
  }

  @Override
  public boolean supportsSchemasInIndexDefinitions() throws SQLException {
    return info().bit(SqlInfo.SQL_SCHEMAS_SUPPORTED_ACTIONS, 1);
  }

  @Override
  public boolean supportsSchemasInPrivilegeDefinitions() throws SQLException {
    return info().bit(SqlInfo.SQL_SCHEMAS_SUPPORTED_ACTIONS, 2);
  }

  @Override
  public boolean supportsCatalogsInDataManipulation() throws SQLException {
    return hasCatalogs();
  }

  @Override
  public boolean supportsCatalogsInTableDefinitions() throws SQLException {
    return hasCatalogs();
  }

  @Override
  public boolean supportsCatalogsInProcedureCalls() throws SQLException {
    return info().bit(SqlInfo.SQL_CATALOGS_SUPPORTED_ACTIONS, 0);
  }

  @Override
  public boolean supportsCatalogsInIndexDefinitions() throws SQLException {
    return info().bit(SqlInfo.SQL_CATALOGS_SUPPORTED_ACTIONS, 1);
  }

  @Override
  public boolean supportsCatalogsInPrivilegeDefinitions() throws SQLException {
    return info().bit(SqlInfo.SQL_CATALOGS_SUPPORTED_ACTIONS, 2);
  }

  @Override
  public boolean supportsPositionedDelete() throws SQLException {
    return info().bit(SqlInfo.SQL_SUPPORTED_POSITIONED_COMMANDS, 0);
  }

  @Override
  public boolean supportsPositionedUpdate() throws SQLException {
    return info().bit(SqlInfo.SQL_SUPPORTED_POSITIONED_COMMANDS, 1);
  }

  @Override
  public boolean supportsSelectForUpdate() throws SQLException {
    return info().bool(SqlInfo.SQL_SELECT_FOR_UPDATE_SUPPORTED, false);
  }

  @Override
  public boolean supportsStoredProcedures() throws SQLException {
    return info().bool(SqlInfo.SQL_STORED_PROCEDURES_SUPPORTED, false);
  }

  @Override
  public boolean supportsSubqueriesInComparisons() throws SQLException {
    return info().bit(SqlInfo.SQL_SUPPORTED_SUBQUERIES, 0);
  }

  @Override
  public boolean supportsSubqueriesInExists() throws SQLException {
    return info().bit(SqlInfo.SQL_SUPPORTED_SUBQUERIES, 1);
  }

  @Override
  public boolean supportsSubqueriesInIns() throws SQLException {
    return info().bit(SqlInfo.SQL_SUPPORTED_SUBQUERIES, 2);
  }

  @Override
  public boolean supportsSubqueriesInQuantifieds() throws SQLException {
    return info().bit(SqlInfo.SQL_SUPPORTED_SUBQUERIES, 3);
  }

  @Override
  public boolean supportsCorrelatedSubqueries() throws SQLException {
    return info().bool(SqlInfo.SQL_CORRELATED_SUBQUERIES_SUPPORTED, false);
  }

  @Override
  public boolean supportsUnion() throws SQLException {
    return info().bit(SqlInfo.SQL_SUPPORTED_UNIONS, 0);
  }

  @Override
  public boolean supportsUnionAll() throws SQLException {
    return info().bit(SqlInfo.SQL_SUPPORTED_UNIONS, 1);
  }

  @Override
  public boolean supportsBatchUpdates() throws SQLException {
    return info().bool(SqlInfo.SQL_BATCH_UPDATES_SUPPORTED, false);
  }

  @Override
  public boolean supportsNamedParameters() throws SQLException {
    return info().bool(SqlInfo.SQL_NAMED_PARAMETERS_SUPPORTED, false);
  }

  @Override
  public boolean locatorsUpdateCopy() throws SQLException {
    return info().bool(SqlInfo.SQL_LOCATORS_UPDATE_COPY, false);
  }

  @Override
  public boolean supportsStoredFunctionsUsingCallSyntax() throws SQLException {
    return info().bool(SqlInfo.SQL_STORED_FUNCTIONS_USING_CALL_SYNTAX_SUPPORTED, false);
  }
}
