package dev.scimpatch;

import dev.scimpatch.internal.Text;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one exception scim-patch throws for bad input: an HTTP status and, for 400-class errors, an
 * RFC 7644 §3.12 {@link ScimType}.
 *
 * <p>Besides the status and type it carries structured details, so callers and tests can act on
 * them without reading the message:
 * <ul>
 *   <li>{@link #reason()}: what went wrong, in one sentence, without the input;</li>
 *   <li>{@link #input()} and {@link #index()}: for syntax errors, the text that was parsed and the
 *       zero-based index of the offending character ({@code -1} when there is no position);</li>
 *   <li>{@link #operationIndex()} and {@link #path()}: for errors of a PATCH operation, its
 *       zero-based index in the request and its path.</li>
 * </ul>
 *
 * <p>The message has one fixed shape: {@code "<reason> at index <N>: <input>"} for syntax errors,
 * quoting at most 64 characters of the input around the position (control characters escaped),
 * optionally preceded by {@code "operation <k> (path <p>): "}.
 */
public final class ScimPatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many characters of the input a message quotes at most. */
  static final int MAX_QUOTED = 64;

  private final int status;
  private final @Nullable ScimType scimType;
  private final String reason;
  private final @Nullable String input;
  private final int index;
  private final int operationIndex;
  private final @Nullable String path;

  private ScimPatchException(
      int status,
      @Nullable ScimType scimType,
      String reason,
      @Nullable String input,
      int index,
      int operationIndex,
      @Nullable String path,
      @Nullable Throwable cause) {
    super(null, cause, false, true);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP error status (400-599): " + status);
    }
    this.status = status;
    this.scimType = scimType;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.input = input;
    this.index = input == null ? -1 : Math.max(-1, Math.min(index, input.length()));
    this.operationIndex = operationIndex;
    this.path = path;
  }

  /** An error of the given type, with the status RFC 7644 Table 9 pairs with it. */
  public static ScimPatchException of(ScimType scimType, String reason) {
    return new ScimPatchException(scimType.status(), scimType, reason, null, -1, -1, null, null);
  }

  /** An error with a status and no {@code scimType} (for example 413, 501). */
  public static ScimPatchException ofStatus(int status, String reason) {
    return new ScimPatchException(status, null, reason, null, -1, -1, null, null);
  }

  /**
   * A syntax error at a position of some input.
   *
   * @param scimType usually {@link ScimType#INVALID_PATH} or {@link ScimType#INVALID_FILTER}
   * @param reason what was wrong, for example {@code "expected ']'"}
   * @param input the whole text that was being parsed
   * @param index the zero-based index of the offending character, {@code input.length()} for the
   *     end of input
   */
  public static ScimPatchException atIndex(ScimType scimType, String reason, String input, int index) {
    Objects.requireNonNull(input, "input");
    return new ScimPatchException(scimType.status(), scimType, reason, input, index, -1, null, null);
  }

  /** A {@code 400 invalidPath} error at a position of a path. */
  public static ScimPatchException invalidPath(String reason, String input, int index) {
    return atIndex(ScimType.INVALID_PATH, reason, input, index);
  }

  /** A {@code 400 invalidFilter} error at a position of a filter or of a path's value filter. */
  public static ScimPatchException invalidFilter(String reason, String input, int index) {
    return atIndex(ScimType.INVALID_FILTER, reason, input, index);
  }

  /**
   * Returns a copy of this exception that names the PATCH operation it belongs to.
   *
   * @param operationIndex the zero-based index of the operation in the request
   * @param path the operation's path as sent, or {@code null} for an operation without one
   */
  public ScimPatchException withOperation(int operationIndex, @Nullable String path) {
    if (operationIndex < 0) {
      throw new IllegalArgumentException("operationIndex must not be negative: " + operationIndex);
    }
    ScimPatchException copy =
        new ScimPatchException(status, scimType, reason, input, index, operationIndex, path, getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /** Returns the HTTP status: 400 for most errors, 409 for {@code uniqueness}, and so on. */
  public int status() {
    return status;
  }

  /** Returns the RFC 7644 {@code scimType}, or {@code null} when the error has none. */
  public @Nullable ScimType scimType() {
    return scimType;
  }

  /** Returns what went wrong, without the input or the position. */
  public String reason() {
    return reason;
  }

  /** Returns the text in which a syntax error was found, or {@code null}. */
  public @Nullable String input() {
    return input;
  }

  /** Returns the zero-based index of a syntax error in {@link #input()}, or {@code -1}. */
  public int index() {
    return index;
  }

  /** Returns the zero-based index of the failing operation in its request, or {@code -1}. */
  public int operationIndex() {
    return operationIndex;
  }

  /** Returns the path of the failing operation as sent, or {@code null}. */
  public @Nullable String path() {
    return path;
  }

  /**
   * Returns the text for the {@code detail} member of a SCIM error document: the message, which
   * names what failed and where.
   */
  public String detail() {
    return getMessage();
  }

  @Override
  public String getMessage() {
    StringBuilder sb = new StringBuilder();
    if (operationIndex >= 0) {
      sb.append("operation ").append(operationIndex);
      if (path != null) {
        sb.append(" (path ").append(Text.quote(Text.snippet(path, 0, MAX_QUOTED))).append(')');
      }
      sb.append(": ");
    }
    sb.append(reason);
    if (input != null) {
      if (index >= 0) {
        sb.append(" at index ").append(index);
      }
      sb.append(": ").append(Text.snippet(input, Math.max(index, 0), MAX_QUOTED));
    }
    return sb.toString();
  }
}
