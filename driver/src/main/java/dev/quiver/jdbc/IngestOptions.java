package dev.quiver.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@link QuiverConnection#ingest} writes into its table: the Flight SQL {@code
 * CommandStatementIngest} options. Immutable; made with {@link #builder()}.
 *
 * <p>Defaults: create the table when it is missing, fail when it exists ({@link #create()}); no
 * catalog or schema (the server's current ones); not temporary; no extra options; batches of
 * {@value #DEFAULT_BATCH_ROWS} rows when rows have to be converted from a {@code ResultSet}.
 */
public final class IngestOptions {

  /** The most rows per Arrow batch when converting rows of a {@code ResultSet}, by default. */
  public static final int DEFAULT_BATCH_ROWS = 65_536;

  /** What to do when the table does not exist (Flight SQL {@code TableNotExistOption}). */
  public enum IfMissing {
    /** Create the table from the data's schema. */
    CREATE,
    /** Fail (the server answers NOT_FOUND, SQLState 42S02). */
    FAIL
  }

  /** What to do when the table exists (Flight SQL {@code TableExistsOption}). */
  public enum IfExists {
    /** Fail (the server answers ALREADY_EXISTS, SQLState 42S01). */
    FAIL,
    /** Add the rows to the table. */
    APPEND,
    /** Drop the table's rows and definition and create it anew from the data. */
    REPLACE
  }

  private final IfMissing ifMissing;
  private final IfExists ifExists;
  private final String catalog;
  private final String schema;
  private final boolean temporary;
  private final Map<String, String> serverOptions;
  private final int batchRows;

  private IngestOptions(Builder builder) {
    this.ifMissing = builder.ifMissing;
    this.ifExists = builder.ifExists;
    this.catalog = builder.catalog;
    this.schema = builder.schema;
    this.temporary = builder.temporary;
    this.serverOptions = Collections.unmodifiableMap(new LinkedHashMap<>(builder.serverOptions));
    this.batchRows = builder.batchRows;
  }

  /** Creates the table; fails when it already exists. */
  public static IngestOptions create() {
    return builder().build();
  }

  /** Appends to an existing table; fails when it is missing. */
  public static IngestOptions append() {
    return builder().ifMissing(IfMissing.FAIL).ifExists(IfExists.APPEND).build();
  }

  /** Appends to the table, creating it when it is missing. */
  public static IngestOptions createOrAppend() {
    return builder().ifMissing(IfMissing.CREATE).ifExists(IfExists.APPEND).build();
  }

  /** Replaces the table, creating it when it is missing. */
  public static IngestOptions createOrReplace() {
    return builder().ifMissing(IfMissing.CREATE).ifExists(IfExists.REPLACE).build();
  }

  /** A builder with the defaults of {@link #create()}. */
  public static Builder builder() {
    return new Builder();
  }

  public IfMissing ifMissing() {
    return ifMissing;
  }

  public IfExists ifExists() {
    return ifExists;
  }

  /** The catalog of the table; null for the server's current one. */
  public String catalog() {
    return catalog;
  }

  /** The schema of the table; null for the server's current one. */
  public String schema() {
    return schema;
  }

  /** Whether the table is a temporary table of the session. */
  public boolean temporary() {
    return temporary;
  }

  /** Extra server-specific options, sent as the command's {@code options} map. */
  public Map<String, String> serverOptions() {
    return serverOptions;
  }

  /** The most rows per Arrow batch when rows of a {@code ResultSet} are converted. */
  public int batchRows() {
    return batchRows;
  }

  @Override
  public String toString() {
    return "IngestOptions{ifMissing="
        + ifMissing
        + ", ifExists="
        + ifExists
        + (catalog == null ? "" : ", catalog=" + catalog)
        + (schema == null ? "" : ", schema=" + schema)
        + (temporary ? ", temporary" : "")
        + (serverOptions.isEmpty() ? "" : ", serverOptions=" + serverOptions.keySet())
        + ", batchRows="
        + batchRows
        + "}";
  }

  /** Builds {@link IngestOptions}; not thread-safe. */
  public static final class Builder {
    private IfMissing ifMissing = IfMissing.CREATE;
    private IfExists ifExists = IfExists.FAIL;
    private String catalog;
    private String schema;
    private boolean temporary;
    private final Map<String, String> serverOptions = new LinkedHashMap<>();
    private int batchRows = DEFAULT_BATCH_ROWS;

    private Builder() {}

    public Builder ifMissing(IfMissing ifMissing) {
      this.ifMissing = requireNonNull(ifMissing, "ifMissing is null");
      return this;
    }

    public Builder ifExists(IfExists ifExists) {
      this.ifExists = requireNonNull(ifExists, "ifExists is null");
      return this;
    }

    /** The table's catalog; null (the default) for the server's current catalog. */
    public Builder catalog(String catalog) {
      this.catalog = catalog;
      return this;
    }

    /** The table's schema; null (the default) for the server's current schema. */
    public Builder schema(String schema) {
      this.schema = schema;
      return this;
    }

    /** A temporary table of the session; servers may require no catalog or schema then. */
    public Builder temporary(boolean temporary) {
      this.temporary = temporary;
      return this;
    }

    /** One extra server-specific option (Flight SQL {@code CommandStatementIngest.options}). */
    public Builder serverOption(String key, String value) {
      serverOptions.put(requireNonNull(key, "key is null"), requireNonNull(value, "value is null"));
      return this;
    }

    /** At least 1; the default is {@value IngestOptions#DEFAULT_BATCH_ROWS}. */
    public Builder batchRows(int batchRows) {
      if (batchRows < 1) {
        throw new IllegalArgumentException("batchRows must be at least 1, not " + batchRows);
      }
      this.batchRows = batchRows;
      return this;
    }

    public IngestOptions build() {
      return new IngestOptions(this);
    }
  }
}
